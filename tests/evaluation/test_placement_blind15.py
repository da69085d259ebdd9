"""The blind15 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), OCR misreadings recorded as the marker's text, a
GB driver number that really carries the birth date and the sex, a vocabulary no earlier split nor Faker carries, and
layouts that write what their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind15 as B15
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10
LAYOUT_NAMES = ("app_screenshot_ocr", "client_submission", "chatbot_transcript", "image_alt_texts", "reel_captions",
                "client_reviews", "posted_application", "parser_confidence", "cvtheque_hit", "wallet_share",
                "self_intro_ko", "us_resume")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind15", per_layout=PER_LAYOUT, seed=15)


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    return P.make_cv(P.LAYOUTS[name], lang, seed=2, index=i)


def some(name: str, lang: str, n: int = 8) -> list[P.PlacedCV]:
    return [make(name, lang, i) for i in range(n)]


def planted(cv: P.PlacedCV, family: str) -> list[str]:
    return [m.value for m in cv.markers if m.family == family]


def test_split_is_registered_new_and_listed():
    blind15 = P.layouts("blind15")
    older = {lay.name for split in P.SPLITS[:P.SPLITS.index("blind15")] for lay in P.layouts(split)}
    assert "blind15" in P.SPLITS and len(blind15) >= 10 and not {lay.name for lay in blind15} & older
    assert all(lay.fn.__module__ == B15.__name__ and lay.split == "blind15" for lay in blind15)
    assert {lay.name for lay in blind15} == set(LAYOUT_NAMES)
    for lang in P.LANGS:
        assert len(P.layouts("blind15", lang)) >= 8, lang
    assert all(lay.langs[0] == "fr" for lay in P.layouts("blind15", "fr"))  # French first
    listed = B15.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in blind15)
    assert 250 <= 10 * sum(len(lay.langs) for lay in blind15) <= 340  # CVs at the bench's default of 10 a layout
    assert set(blind15) <= set(P.layouts("all"))
    assert P.BLIND15_MODULE == B15.__name__ and "blind15" in P.__doc__ and "blind15" in P.layouts.__doc__
    for bench in ("bench_blind.py", "bench_blind_effect.py"):  # selectable with --split blind15, the others kept
        text = (Path(__file__).parents[2] / "bench" / bench).read_text(encoding="utf-8")
        usage = next(line for line in text.splitlines() if "--split" in line and "Run:" in line)
        assert all(f"|{name}|" in usage or f"|{name}]" in usage for name in P.SPLITS[2:]), bench
    with pytest.raises(ValueError, match="blind15") as err:  # the message names every split
        P.generate("blind99")
    assert all(name in str(err.value) for name in P.SPLITS)


def test_generation_is_deterministic_for_a_seed_and_quick():
    a, b = (P.generate("blind15", per_layout=1, seed=3) for _ in range(2))
    c = P.generate("blind15", per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]
    start = time.perf_counter()
    P.generate("blind15", per_layout=3, seed=5)
    assert time.perf_counter() - start < 5  # per_layout=10 takes about three times as long


def test_every_layout_plants_every_family_in_each_language(cvs):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    expected = {(lay.name, lang) for lay in P.layouts("blind15") for lang in lay.langs}
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
    assert 250 <= oracle["n_cvs"] and oracle["n_markers"] >= 3000 and oracle["n_facts"] >= 3000


def test_other_people_are_named_too(cvs):
    """Recruiters, clients, reviewers, commenters, referees, parents, counsellors: names besides the author's."""
    for name in LAYOUT_NAMES:
        for cv in (c for c in cvs if c.layout == name):
            names = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
            assert any(not a & b for a in names for b in names), (name, cv.lang, names)  # two people at least


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        places = {"fr": B15.FR_JOB_PLACES, "en": B15.EN_JOB_PLACES, "ko": B15.KO_JOB_PLACES}[lang]
        durations = [f for f in facts if re.search(r"\d+ ?(ans|saisons|hivers|years|seasons)|\d+년", f)]
        assert len(set(B15.SIDE_EMPLOYERS[lang]) & facts) >= 3, lang
        assert len(set(places) & facts) >= 7, (lang, set(places) - facts)
        assert len(durations) >= 10, lang
        assert set(B15.SEASON[lang]) <= facts, lang  # seasons that look like dates
        assert len([f for f in facts if re.search(r"(19|20)\d\d", f) and any(
            f.startswith(d) for t in D.TRADES for d in t.diplomas[lang])]) >= 10, lang  # diplomas with their year
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 20, lang
        assert any(a in facts for a in ("Disponible immédiatement", "Available immediately", "즉시 출근 가능")), lang
    fr = {f for cv in cvs if cv.lang == "fr" for f in cv.facts}
    assert {"Veuve Clicquot", "Boulangerie Martin", "Clinique Saint-Joseph", "Fromagerie La Mère Richard"} & fr
    assert any(re.fullmatch(r"\d+ (saisons|hivers) en station", f) for f in fr)  # a duration that looks like an age
    assert any(re.fullmatch(r"délivré le \d\d/\d\d/\d{4}", f) for f in fr)  # a licence's date, not a birth date
    assert any(f.startswith("Permis") for f in fr)


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE, P.BLIND7_MODULE,
                                                     P.BLIND8_MODULE, P.BLIND9_MODULE, P.BLIND10_MODULE,
                                                     P.BLIND11_MODULE, P.BLIND12_MODULE, P.BLIND13_MODULE,
                                                     P.BLIND14_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B15.NAMES) | {P.ascii_fold(w).lower() for w in B15.LATIN.values()}
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    for attr in ("KO_LATIN", "LATIN", "NIC"):
        old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, attr, {}).values()
                      if isinstance(w, str)}
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B15)
    assert {"Ugine", "Bromyard", "화원", "Courchevel", "Presteigne", "Niamtougou", "Kasama"} <= mine  # read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Kpemissi", "Zinsou", "Yobouet", "Ekwalla", "Kuroglo", "Shekeryk", "Mulenga", "Nyirenda", "Jammeh",
            "라파이", "다하이트"} & written


# --- OCR and identity numbers --------------------------------------------------------------------------------------
def test_ocr_records_what_it_read_and_reads_a_word_one_way():
    misread = 0
    for lang in P.LANGS:
        for name in ("app_screenshot_ocr", "posted_application"):
            for cv in some(name, lang, 6):
                for m in cv.markers:  # these families have no other form but the clean one OCR misread
                    if m.also and m.family in ("name", "residence", "birth", "age", "contact"):
                        misread += 1
                        assert m.value in cv.text and m.also[0] != m.value and m.also[0] not in cv.text, m
    assert misread >= 15  # OCR'd markers are recorded as read, their clean form kept as another form
    salt = 7
    assert B15._ocr_word("Charmettes", salt, 100, B15.PAPER_SWAPS) == B15._ocr_word("Charmettes", salt, 100,
                                                                                   B15.PAPER_SWAPS)
    assert B15._ocr_word("Ugine", salt, 0, B15.PAPER_SWAPS) == "Ugine"  # rate 0: read right
    assert B15._ocr_word("de", salt, 100, B15.PAPER_SWAPS) == "de"  # short words are read right
    assert B15._ocr_word("Charmettes", salt, 100, B15.PAPER_SWAPS) != "Charmettes"


def test_gb_driver_number_carries_surname_birth_and_sex(cvs):
    seen = 0
    for cv in [c for c in cvs if c.layout == "wallet_share" and c.lang == "en"] + some("wallet_share", "en", 10):
        number = next(v for v in planted(cv, "birth") if re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}", v))
        last = cv.text.split("\n1. ")[1].splitlines()[0]
        assert number[:5] == re.sub(r"[^A-Z]", "", P.ascii_fold(last))[:5].ljust(5, "9"), (number, last)
        assert (int(number[6:8]) > 50) == (cv.sex == "F"), number
        born = re.search(r"^3\. (\d\d)\.(\d\d)\.(\d{4}) ", cv.text, re.M)
        if born:
            seen += 1
            day, month, year = born.groups()
            assert number[5] + number[10] == year[2:] and int(number[6:8]) % 50 == int(month) and number[8:10] == day
    assert seen >= 3


# --- the layouts write what their docstrings say ----------------------------------------------------------------------
def test_client_submission_is_a_mail_to_a_named_client():
    for lang, subject in (("fr", "Objet : Proposition de candidature"), ("en", "Subject: Candidate for"),
                          ("ko", "제목: [인재 추천]")):
        for cv in some("client_submission", lang, 4):
            assert subject in cv.text and re.search(r"(PJ : CV_|Attachment: CV_|첨부: 이력서_)\S+\.pdf", cv.text)
            greeted = re.search(r"^(Bonjour|Hi) (.+),$", cv.text, re.M)
            if greeted:
                assert greeted.group(2) in planted(cv, "name")
    notes = [cv for cv in some("client_submission", "fr", 10) if "Points d'attention :\n- RAS" not in cv.text]
    assert len(notes) >= 5


def test_chatbot_transcript_names_the_same_referee_twice():
    for lang in P.LANGS:
        for cv in some("chatbot_transcript", lang, 4):
            assert cv.text.count(B15.CHAT[lang][0]) == 2 and cv.text.count(B15.CHAT[lang][1]) == 2
            referee = re.search(r"\*\* : (.+), ", cv.text).group(1)
            assert referee in planted(cv, "name") and cv.text.count(referee) == 2


def test_alt_texts_give_away_sex_and_nationality():
    sexes = flags = 0
    for lang in P.LANGS:
        for cv in some("image_alt_texts", lang, 8):
            assert cv.text.startswith("![") and "media/image1.jpeg" in cv.text
            alt = cv.text.split("](media/image1.jpeg)")[0]
            sexes += any(v in alt for v in planted(cv, "sex"))
            flags += any(v.startswith(("Drapeau", "Flag of")) or v.endswith("국기") for v in planted(cv, "nationality"))
    assert sexes >= 6 and flags >= 6


def test_reels_plant_hashtags_and_lower_case_captions():
    towns_, lower = 0, 0
    for lang in P.LANGS:
        for cv in some("reel_captions", lang, 8):
            towns_ += any(f"#{v}" in cv.text for v in planted(cv, "residence"))
            caps = next(line for line in cv.text.splitlines() if line.startswith(B15.REEL[lang][3]))
            lower += lang != "ko" and any(v.islower() and v in caps for v in planted(cv, "name"))
    assert towns_ >= 12 and lower >= 10


def test_reviews_are_signed_and_give_away_families():
    for lang in P.LANGS:
        told = 0
        for cv in some("client_reviews", lang, 6):
            stars = [line for line in cv.text.splitlines() if line.startswith("★")]
            assert stars
            for line in stars:
                assert any(f in line for f in cv.facts) and any(n in line for n in planted(cv, "name")), line
            told += len({m.family for m in cv.markers} - {"name", "contact"}) >= 3
        assert told >= 4, lang


def test_parser_output_scores_fields_and_flags_an_employer():
    for lang in P.LANGS:
        genders = 0
        for cv in some("parser_confidence", lang, 8):
            assert cv.text.startswith("parser: cvparse") and re.search(r"# 0\.\d\d", cv.text)
            flagged = re.search(r'employer: "(.+)"  # 0\.58  ⚠', cv.text).group(1)
            assert flagged in cv.facts and flagged in B15.SIDE_EMPLOYERS[lang]
            genders += any(v.startswith("candidate.gender_inferred") for v in planted(cv, "sex"))
            assert re.search(r'reviewed_by: "(.+)"', cv.text).group(1) in planted(cv, "name")
        assert genders >= 2, lang


def test_self_intro_and_us_resume_follow_their_forms():
    for cv in some("self_intro_ko", "ko"):
        assert all(h in cv.text for h in ("1. 성장과정", "2. 성격의 장단점", "3. 지원 동기", "4. 입사 후 포부"))
        parents = re.search(r"아버지 (.+)께서는 .+ 어머니 (.+)께서는", cv.text)
        assert set(parents.groups()) <= set(planted(cv, "name"))
    for cv in some("us_resume", "en"):
        assert cv.text.rstrip().endswith("References available upon request.") and "PROFESSIONAL EXPERIENCE" in cv.text
        assert re.match(r"Dear (Ms|Mr)\. (\S+),", cv.text).group(2) in planted(cv, "name")


def test_cvtheque_and_wallet_carry_their_chrome():
    for lang in P.LANGS:
        for cv in some("cvtheque_hit", lang, 4):
            assert "<em>" in cv.text and any(n in cv.text.splitlines()[-1] for n in planted(cv, "name"))
        for cv in some("wallet_share", lang, 4):
            assert "---" in cv.text and any(f in cv.facts for f in B15.DRIVING[lang])
