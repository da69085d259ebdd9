"""The blind13 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim where the text says they are - in
the form the damaged text carries them (hyphenated, soft-hyphenated, ligatured, decomposed, full-width, garbled) - (an
identity mask finds nothing, deleting the planted values finds everything and keeps every fact), a vocabulary no
earlier split nor Faker carries, and layouts that write what their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind13 as B13
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10
LAYOUT_NAMES = ("pdf_two_columns", "page_furniture", "hyphenated_pdf", "unicode_noise", "mojibake", "word_table",
                "linkedin_pdf", "textbox_twice", "cover_prose", "recruiter_thread", "uk_resume", "standard_form_ko")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind13", per_layout=PER_LAYOUT, seed=13)


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    return P.make_cv(P.LAYOUTS[name], lang, seed=2, index=i)


def some(name: str, lang: str, n: int = 8) -> list[P.PlacedCV]:
    return [make(name, lang, i) for i in range(n)]


def test_split_is_registered_new_and_listed():
    blind13 = P.layouts("blind13")
    older = {lay.name for split in P.SPLITS[:P.SPLITS.index("blind13")] for lay in P.layouts(split)}
    assert "blind13" in P.SPLITS and len(blind13) >= 10 and not {lay.name for lay in blind13} & older
    assert all(lay.fn.__module__ == B13.__name__ and lay.split == "blind13" for lay in blind13)
    assert {lay.name for lay in blind13} == set(LAYOUT_NAMES)
    for lang in P.LANGS:
        assert len(P.layouts("blind13", lang)) >= 9, lang
    listed = B13.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in blind13)
    assert 280 <= 10 * sum(len(lay.langs) for lay in blind13) <= 340  # CVs at the bench's default of 10 a layout
    assert set(blind13) <= set(P.layouts("all"))
    assert P.BLIND13_MODULE == B13.__name__ and "blind13" in P.__doc__ and "blind13" in P.layouts.__doc__
    for bench in ("bench_blind.py", "bench_blind_effect.py"):  # selectable with --split blind13, the others kept
        text = (Path(__file__).parents[2] / "bench" / bench).read_text(encoding="utf-8")
        assert all(name in text for name in ("blind13", "blind12", "blind11", "blind9", "blind3")), bench
    with pytest.raises(ValueError, match="blind13"):  # the message names every split
        P.generate("blind99")


def test_generation_is_deterministic_for_a_seed_and_quick():
    a, b = (P.generate("blind13", per_layout=1, seed=3) for _ in range(2))
    c = P.generate("blind13", per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]
    start = time.perf_counter()
    P.generate("blind13", per_layout=3, seed=5)
    assert time.perf_counter() - start < 5  # per_layout=10 takes about three times as long


def test_every_layout_plants_every_family_in_each_language(cvs):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    expected = {(lay.name, lang) for lay in P.layouts("blind13") for lang in lay.langs}
    assert set(seen) == expected
    missing = {key: set(P.FAMILIES) - fams for key, fams in seen.items() if set(P.FAMILIES) - fams}
    assert not missing, missing


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    for cv in cvs:
        assert cv.facts and "name" in {m.family for m in cv.markers}, cv.layout
        for m in cv.markers:
            assert m.family in P.FAMILIES and m.value in cv.text and not P.is_masked(m, cv.text), (cv.layout, m)
        for f in cv.facts:
            assert f in cv.text, (cv.layout, cv.lang, f)
            assert all(P.is_masked(m, f) for m in cv.markers), (cv.layout, f)  # no marker, no name word in a fact
        assert P.check(cv) == ""
        bare = P.delete_values(cv.text, [m.value for m in cv.markers])  # deleting the markers keeps every fact
        assert all(f in bare for f in cv.facts) and all(P.is_masked(m, bare) for m in cv.markers), cv.layout


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    kept = P.evaluate(lambda text: text, cvs)
    assert kept["recall"] == 0 and kept["fact_precision"] == 1 and kept["lost_facts"] == []
    by_text = {id(cv.text): cv for cv in cvs}
    oracle = P.evaluate(lambda text: P.delete_values(text, [m.value for m in by_text[id(text)].markers]), cvs)
    assert oracle["recall"] == 1 and oracle["fact_precision"] == 1 and oracle["primary"] == 1
    assert set(oracle["recall_by_layout"]) == set(LAYOUT_NAMES)
    assert 290 <= oracle["n_cvs"] and oracle["n_markers"] >= 3000 and oracle["n_facts"] >= 3000


def test_other_people_are_named_too(cvs):
    """Recruiters, referees, supervisors, tutors, relatives, signatories: names besides the author's, planted."""
    for name in LAYOUT_NAMES:
        for cv in (c for c in cvs if c.layout == name):
            names = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
            assert any(not a & b for a in names for b in names), (name, cv.lang, names)  # two people at least


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        plain = {B13.soft(f).replace("\u00ad", "") for f in facts} | facts
        places = {"fr": B13.FR_JOB_PLACES, "en": B13.EN_JOB_PLACES, "ko": B13.KO_JOB_PLACES}[lang]
        durations = [f for f in facts if re.search(r"\d+ ?(ans|years|년)|\d+년|[０-９]+년", f)]
        assert set(B13.SIDE_EMPLOYERS[lang]) & plain, lang
        assert len(set(places) & plain) >= 7, (lang, set(places) - plain)
        assert len(durations) >= 10, lang
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(plain & trade_bits) >= 20, lang
        assert any(a in facts for a in ("Disponible immédiatement", "Available immediately", "즉시 출근 가능")), lang
    fr = {f for cv in cvs if cv.lang == "fr" for f in cv.facts}
    assert any(re.fullmatch(r"\d+ ans en EHPAD", f) for f in fr)  # a duration next to a workplace word, kept
    assert {"Boulangerie Chez Titine", "Ambulances Ginette", "Transports Dédé et Fils", "Snack Tatie Rose"} & fr
    assert any(f.startswith("CACES") for f in fr) and any(f.startswith("Permis") for f in fr)


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE, P.BLIND7_MODULE,
                                                     P.BLIND8_MODULE, P.BLIND9_MODULE, P.BLIND10_MODULE,
                                                     P.BLIND11_MODULE, P.BLIND12_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B13.NAMES)
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, "KO_LATIN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, "LATIN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, "NIC", {}).values()}
    assert not pool & old_names, sorted(pool & old_names)
    surnames = set(B13.NAMES["korean"]["L"])  # one syllable: not a 'name word', so compared whole
    old_korean = {n for m in earlier for o, d in m.NAMES.items() if "korean" in o for n in d.get("L", ())}
    assert not surnames & (old_korean | set(D.KO_SURNAME_ROMAN)), surnames & old_korean
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B13)
    assert {"Capesterre-Belle-Eau", "Lozells", "덕산", "Jonage", "Minworth", "Smara", "Gulu"} <= mine  # pools read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Narayaninsamy", "Mghaylaha", "Teikitutoua", "Ssemakula", "Querée"} & written


def test_hyphenated_pdf_breaks_words_and_records_the_breaks():
    broken, shy, ligature = 0, 0, 0
    for lang in ("fr", "en"):
        for cv in some("hyphenated_pdf", lang, 12):
            broken += sum("\n" in m.value for m in cv.markers if m.family in ("name", "residence"))
            broken += sum("\n" in f for f in cv.facts)
            shy += sum("\u00ad" in x for x in [*(m.value for m in cv.markers), *cv.facts])
            ligature += bool(re.search("[\ufb00-\ufb04]", cv.text))
            assert "\u00ad" not in " ".join(re.findall(r"\S+@\S+", cv.text))  # no soft hyphen in an address
            assert not re.search(r"\w-\n\s", cv.text)  # a break leaves no space at the start of the next line
    assert broken >= 10 and shy >= 10 and ligature >= 12
    assert B13.cut("Narayaninsamy") == "Naraya-\nninsamy" and B13.cut("Capesterre-Belle-Eau") == "Capesterre-\nBelle-Eau"
    assert B13.cut("Thornton Heath") == "Thornton\nHeath" and B13.soft("Counterbalance") == "Counter\u00adbalance"
    assert B13.ligatured("certificat officiel") == "certi\ufb01cat o\ufb03ciel"


def test_unicode_noise_carries_invisible_damage():
    for cv in some("unicode_noise", "fr"):
        assert unicodedata.is_normalized("NFD", cv.text) and not unicodedata.is_normalized("NFC", cv.text)
        assert "\u2019" in cv.text and "'" not in cv.text
        name = next(m.value for m in cv.markers if m.family == "name")
        assert "\u200b" in name or " " in cv.markers[0].value
    assert any("\u202f" in m.value for cv in some("unicode_noise", "fr") for m in cv.markers if m.family == "contact")
    for cv in some("unicode_noise", "ko"):
        assert re.search("[０-９]", cv.text) and not re.search("[0-9]", cv.text) and "\u3000" in cv.text
        assert any(re.search("[０-９]", m.value) for m in cv.markers if m.family in ("birth", "age", "contact"))
    for cv in some("unicode_noise", "en"):
        assert "'" not in cv.text and "\u2019" in cv.text


def test_mojibake_is_utf8_read_as_cp1252():
    assert B13.garble("Née à Saint-François") == "NÃ©e Ã\u00a0 Saint-FranÃ§ois"
    assert B13.garble("I’m") == "Iâ€™m" and B13.garble("Ï") == "Ã\u008f"  # undefined in cp1252: read as Latin-1
    garbled = 0
    for lang in ("fr", "en"):
        for cv in some("mojibake", lang):
            assert "Ã" in cv.text or "â€" in cv.text
            assert not re.search("[éèàçô’]", cv.text)
            garbled += sum("Ã" in x or "â€" in x for x in [*(m.value for m in cv.markers), *cv.facts])
    assert garbled >= 10


def test_two_columns_share_lines():
    for lang in P.LANGS:
        shared = 0
        for cv in some("pdf_two_columns", lang):
            for line in cv.text.splitlines():
                left, _, right = line.partition("   ")
                if right.strip() and any(m.value in left for m in cv.markers if m.family in P.PERSONAL) and \
                        any(f in right for f in cv.facts):
                    shared += 1
        assert shared >= 4, lang  # a personal detail and a job fact on one line


def test_page_furniture_repeats_the_name_on_each_page():
    for lang in P.LANGS:
        for cv in some("page_furniture", lang, 4):
            pages = cv.text.split("\f")
            assert len(pages) == 3
            names = [m.value for m in cv.markers if m.family == "name"]
            assert all(any(n in page.splitlines()[0] for n in names) for page in pages)
            assert re.search(r"(Page 3|- 3 -)", pages[2])


def test_word_table_rows_are_cells():
    for lang in P.LANGS:
        for cv in some("word_table", lang, 4):
            sep = "\t" if "\t" in cv.text else " | "
            rows = [r.split(sep) for r in cv.text.splitlines() if r.strip()]
            assert all(len(r) <= 4 for r in rows) and sum(len(r) == 4 for r in rows) >= 6
            personal = [r for r in rows if len(r) == 4 and any(m.value in r[1] + r[3] for m in cv.markers
                                                                 if m.family in P.PERSONAL)]
            assert personal or not any(m.family in ("age", "birth") for m in cv.markers)


def test_linkedin_export_and_text_boxes_are_laid_out_as_their_tools_do():
    for lang, labels in (("fr", ("Coordonnées", "Principales compétences", "Résumé", "Expérience", "Page 1 sur 2")),
                         ("en", ("Contact", "Top Skills", "Summary", "Experience", "Page 1 of 2"))):
        for cv in some("linkedin_pdf", lang, 4):
            positions = [cv.text.index(x) for x in labels]
            assert positions == sorted(positions), lang
    for lang in P.LANGS:
        for cv in some("textbox_twice", lang, 4):
            box = cv.text.split("\n\n")[-3]
            assert cv.text.count(box) == 2 and box == cv.text.split("\n\n")[-2]
            assert any(m.value in cv.text.splitlines()[-1] for m in cv.markers if m.family == "name")


def test_prose_layouts_say_the_details_in_sentences():
    for lang in P.LANGS:
        for cv in some("cover_prose", lang, 6):
            for m in cv.markers:
                if m.family in ("family", "health", "religion"):
                    line = next(x for x in cv.text.splitlines() if m.value in x)
                    assert not re.match(r"^\S[^:]{0,25} ?: ", line), (lang, line)  # no 'Label : value' field
        for cv in some("recruiter_thread", lang, 4):
            assert re.search(r"^(De|From|보낸 사람) ?:", cv.text) and "\n> " in cv.text
            quoted = [x for x in cv.text.splitlines() if x.startswith(">")]
            assert any(n.value in " ".join(quoted) for n in cv.markers if n.family == "name")
    fr = [cv for i in range(30) for cv in [make("cover_prose", "fr", i)]]
    assert any("enceinte" in cv.text for cv in fr) and all(cv.sex == "F" for cv in fr if "enceinte" in cv.text)


def test_uk_resume_and_korean_form():
    for cv in some("uk_resume", "en"):
        assert "PERSONAL DETAILS" in cv.text and "REFERENCES" in cv.text and "Driving licence: Full UK" in cv.text
    for cv in some("standard_form_ko", "ko"):
        assert cv.text.startswith("표 준 이 력 서") and "병역사항 | " in cv.text and re.search("[０-９]{4}", cv.text)
        assert any(m.family == "sex" and m.value in cv.text.split("병역사항 | ")[1] for m in cv.markers)
        if "가족관계 | " in cv.text:
            rows = cv.text.split("가족관계 | ")[1].splitlines()[1:]
            assert any(m.family == "name" and m.value in rows[0] for m in cv.markers)


def test_health_is_said_many_ways(cvs):
    health = {m.value for cv in cvs for m in cv.markers if m.family == "health"}
    for word in ("RQTH", "apte avec restrictions", "enceinte de cinq mois", "burn-out", "five months pregnant",
                 "Access to Work", "장애인 등록", "보훈대상자"):
        assert any(word in B13.garble(h) or word in h or word in unicodedata.normalize("NFC", h) for h in health) or \
            any(word in P.plain(h) for h in health), word
    for cv in cvs:
        if any("pregnant" in m.value or "enceinte" in m.value or "임신" in m.value for m in cv.markers):
            assert cv.sex == "F", cv.layout
