"""The blind9 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim where the text says they are, a
vocabulary no earlier split nor Faker carries, and layouts that write what their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind9 as B9
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind9", per_layout=PER_LAYOUT, seed=9)


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    return P.make_cv(P.LAYOUTS[name], lang, seed=2, index=i)


def test_split_is_registered_new_and_listed():
    blind9 = P.layouts("blind9")
    older = {lay.name for split in P.SPLITS[:P.SPLITS.index("blind9")] for lay in P.layouts(split)}
    assert "blind9" in P.SPLITS and len(blind9) >= 11 and not {lay.name for lay in blind9} & older
    assert all(lay.fn.__module__ == B9.__name__ and lay.split == "blind9" for lay in blind9)
    for lang in P.LANGS:
        assert len(P.layouts("blind9", lang)) >= 10, lang
    listed = B9.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in blind9)
    assert 280 <= 10 * sum(len(lay.langs) for lay in blind9) <= 340  # CVs at the bench's default of 10 a layout
    assert set(blind9) <= set(P.layouts("all"))
    for bench in ("bench_blind.py", "bench_blind_effect.py"):  # selectable with --split blind9
        assert "blind9" in (Path(__file__).parents[2] / "bench" / bench).read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="blind9"):
        P.generate("blind99")


def test_generation_is_deterministic_for_a_seed_and_quick():
    a, b = (P.generate("blind9", per_layout=1, seed=3) for _ in range(2))
    c = P.generate("blind9", per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]
    start = time.perf_counter()
    P.generate("blind9", per_layout=3, seed=5)
    assert time.perf_counter() - start < 5  # per_layout=10 takes about three times as long


def test_every_layout_plants_every_family_in_each_language(cvs):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    expected = {(lay.name, lang) for lay in P.layouts("blind9") for lang in lay.langs}
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


def test_other_people_are_named_too(cvs):
    """Clients, advisers, translators and next of kin: names besides the author's, planted."""
    for name in ("shift_app_profile", "referral_form", "sworn_translation"):
        for cv in (c for c in cvs if c.layout == name):
            names = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
            assert any(not a & b for a in names for b in names), (name, cv.lang, names)  # two people at least


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        places = set({"fr": B9.FR_JOB_PLACES, "en": B9.EN_JOB_PLACES, "ko": B9.KO_JOB_PLACES}[lang])
        durations = [f for f in facts if re.search(r"\d+ ?(ans|years|년)|\d+년", f)]
        assert facts & set(B9.SIDE_EMPLOYERS[lang]) and len(facts & places) >= 8, lang
        assert len(durations) >= 10, lang
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 20, lang
        assert any(a in facts for a in ("Disponible immédiatement", "Available immediately", "즉시 출근 가능")), lang
        abroad = {x for origin in B9.WEIGHTS[lang] for pair in B9.ABROAD[origin] for x in pair}
        assert len(facts & abroad) >= 3, lang  # the job abroad of a translated certificate
    fr = {f for cv in cvs if cv.lang == "fr" for f in cv.facts}
    assert any(re.fullmatch(r"\d+ ans en EHPAD", f) for f in fr)  # a duration next to a place word, kept
    assert {"Garage Ribeiro", "Chez Dédé"} & fr  # employers named after people, kept


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE, P.BLIND7_MODULE,
                                                     P.BLIND8_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B9.NAMES) | {w.lower() for w in B9.ROMAN.values()}
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for homes, _ in earlier[-2].EPS_HOMES.values() for h in homes}
    mine = towns(B9) | {place for pairs in B9.ABROAD.values() for _, place in pairs}
    assert {"Bandrélé", "Kirkwall", "향남", "Mions", "Pencoed", "Les Cayes", "Ouani"} <= mine  # the pools are read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Lăcătuș", "Căldărar", "Rostaș", "Zlătar"} & written  # letters of other scripts' alphabets
    assert any(w.isupper() and w.lower() in {x.lower() for x in B9.ROMAN.values()} for w in written)


def test_readme_badges_repeat_details_in_the_badge_escaping():
    escaped = 0
    for lang in P.LANGS:
        for i in range(6):
            cv = make("readme_badges", lang, i)
            assert cv.text.startswith("<!--") and "|---|---|---|---|" in cv.text and "img.shields.io/badge/" in cv.text
            for m in cv.markers:
                if m.family in ("residence", "age", "nationality") and f"-{m.value}-" in cv.text and "/badge/" in cv.text:
                    plain = unquote(m.value).replace("--", "\0").replace("__", "\1").replace("_", " ")
                    plain = plain.replace("\0", "-").replace("\1", "_")
                    assert any(x.value == plain for x in cv.markers), (m, plain)  # the alt text's form, planted
                    escaped += plain != m.value
    assert escaped >= 3


def test_app_properties_are_key_value_lines():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("app_properties", lang, i)
            lines = [x for x in cv.text.splitlines() if x and not x.startswith("#")]
            assert all(re.fullmatch(r"worker(\.[a-z_0-9]+|\[\d+\])+=.+", x) for x in lines), cv.text
            whole = [m.value for m in cv.markers if m.value.startswith("worker.")]
            assert all(re.fullmatch(r"worker\.[a-z_.]+=[\w]+", v) for v in whole)


def test_labels_come_before_every_value():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("labels_then_values", lang, i)
            lines = cv.text.splitlines()
            block = lines[2:lines.index("", 2)]
            names = [m.value for m in cv.markers if m.family == "name"]
            first_value = min(block.index(v) for v in names)
            assert first_value >= len(block) // 2 and not any(":" in x for x in block[:first_value])
            assert all(m.value in "\n".join(block[first_value:]) or m.value in "\n".join(lines[len(block) + 2:])
                       for m in cv.markers)


def test_fair_badge_link_decodes_to_the_identity():
    for lang in P.LANGS:
        for i in range(6):
            cv = make("fair_badge_qr", lang, i)
            url = next(x for x in cv.text.splitlines() if x.startswith("https://"))
            query = dict(parse_qsl(urlsplit(url).query))
            assert "id" in query
            encoded = [m for m in cv.markers if m.value in url.split("?")[1] and ("%" in m.value or "+" in m.value)]
            for m in encoded:  # planted as written in the link; its decoded form is the real value
                assert unquote_plus(m.value) in query.values(), (m, query)
            if lang != "ko":
                assert {query[k] for k in ("nom", "prenom", "surname", "forename") if k in query} <= {
                    m.value for m in cv.markers if m.family == "name"}


def test_cards_are_numbered_in_order():
    for lang in P.LANGS:
        for i in range(5):
            text = make("cards_scanned", lang, i).text
            numbers = [int(n) for n in re.findall(r"(?:Scan |card |스캔 )(\d+)", text)]
            assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 2, text


def test_shift_app_has_a_week_grid_and_signed_reviews():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("shift_app_profile", lang, i)
            lines = cv.text.splitlines()
            grid = [x for x in lines if x.split()[:1] and x.split()[0] in B9.SLOTS[lang]]
            assert len(grid) == 3 and all(len(x.split()) == 8 for x in grid)
            reviews = [x for x in lines if x.startswith("★★★★★")]
            others = {m.value for m in cv.markers if m.family == "name"}
            assert len(reviews) == 2 and all(any(f"— {o}" in r for o in others) for r in reviews)


def test_rtf_source_is_escaped_ascii():
    escaped = 0
    for lang in ("fr", "en"):
        for i in range(8):
            cv = make("rtf_source", lang, i)
            assert cv.text.startswith("{\\rtf1") and cv.text.isascii() and cv.text.count("\\par") >= 10
            escaped += sum("\\'" in m.value for m in cv.markers) + sum("\\'" in f for f in cv.facts)
    assert escaped >= 5  # markers and facts recorded in their escaped form


def test_attachments_follow_the_cv():
    for name, heads in (("payslip", ("BULLETIN DE PAIE", "PAYSLIP", "급여명세서")),
                        ("sworn_translation", ("TRADUCTION CERTIFIÉE CONFORME", "CERTIFIED TRANSLATION", "번역문"))):
        for lang, head in zip(P.LANGS, heads):
            for i in range(3):
                cv = make(name, lang, i)
                first = cv.text.splitlines()[0]
                assert first in {m.value for m in cv.markers if m.family == "name"}  # the CV first, its name on top
                cut = cv.text.index(head)
                assert cut > cv.text.index(first) and any(f in cv.text[cut:] for f in cv.facts)
                if name == "sworn_translation":  # the job abroad, in the translated certificate only
                    abroad = {x for pair in (p for o in B9.ABROAD.values() for p in o) for x in pair}
                    assert abroad & set(cv.facts) and all(f in cv.text[cut:] for f in abroad & set(cv.facts))
