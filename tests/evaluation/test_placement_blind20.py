"""The blind20 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), names that are ordinary words (virtues, days,
colours, trades, towns, romanized Korean syllables, Hangul words) written every way, the same words used as job facts
in the same CVs (a CV's own name's words never, its neighbours yes), many facts per CV, other people named, and layouts
that write what their docstrings say.

What the vocabulary test checks (the rule of this split): the words of the names may be ordinary words and Faker
names (that is the point), so instead of 'no Faker name word' it checks that every planted full name (a given name
and a surname together) is new: no earlier split's name pools hold both of its words. Homes, places of birth and
places of past jobs keep the old rules: in none of the earlier pools nor placement_data, and none of their words is a
Faker name."""
from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind20 as B20
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted, some  # noqa: E402
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10
LAYOUT_NAMES = ("cv_fournil", "cv_routier", "care_cv_uk", "cv_chantier", "appli_bagagiste", "brigade_cv",
                "student_gig_profile", "cv_references", "mail_shortlist", "lettre_reference", "lettre_prenom",
                "export_profil")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind20", per_layout=PER_LAYOUT, seed=20)


def test_split_is_registered_new_and_listed():
    contract.registered("blind20", B20, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind20")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind20", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


def pool_words() -> set[str]:
    """Every word of the split's names, folded (Latin) or as written (Hangul given names and surnames)."""
    return name_words({k: v for k, v in B20.NAMES.items() if k != "ko"}) | {
        w for v in B20.NAMES["ko"].values() for w in v}


def holds_name_word(fact: str, words: set[str]) -> bool:
    return bool(B20.words_of(fact) & words) or any(w in fact for w in words if not w.isascii() and len(w) > 1)


# --- names that are words, beside the same words as facts ------------------------------------------------------------
def test_many_facts_and_the_name_words_among_them(cvs):
    """Every CV has 15 facts or more; most hold a word that is a name of this split (another person's name, never the
    CV's own), and the sensitive facts of the brief are all written somewhere."""
    words = pool_words()
    assert all(len(cv.facts) >= 15 for cv in cvs), min(len(cv.facts) for cv in cvs)
    with_word = [cv for cv in cvs if any(holds_name_word(f, words) for f in cv.facts)]
    assert len(with_word) >= 0.9 * len(cvs)
    facts = {f for cv in cvs for f in cv.facts}
    for f in ("Baker", "Cook", "Butcher", "Porter", "Hotel Porter", "HGV Driver (Class 1)", "Carpenter (CSCS)",
              "Smith & Co Removals", "Taylor Wimpey", "Young's Seafood", "Park Hyatt", "Hope House (hospice)",
              "Grace Care Ltd", "Sunday shifts", "Lucky Star takeaway", "Rose & Crown pub", "Jordan's cereals",
              "Brown sauce prep", "days: Sunday to Friday", "shift patterns: Monday-Thursday", "Burger King",
              "Parkgate", "Woodhall Spa", "Bishop's Stortford", "King's Langley", "Boulangerie Marchand", "Disneyland Paris",
              "Petit Bateau", "Pierre Fabre", "pâtisserie Fleur de Sel", "Camping Les Prés Fleuris",
              "Charpentes Leblanc", "Maçonnerie Masson", "Champagne Mercier", "롯데호텔", "하늘요양원", "하나은행",
              "파리바게뜨", "바다횟집", "보라매병원"):
        assert f in facts, f
    assert any(re.search(r"\b(April|June)\b", f) for f in facts)  # months that are names, in dates


def test_a_cv_never_writes_its_own_name_word_outside_the_name_but_writes_its_neighbours(cvs):
    """The CV's own name's words are only in name and contact markers; words next to them ('bakery' beside Baker,
    'boulangerie' beside Boulanger, 'EHPAD Les Marguerites' beside Marguerite) are facts and stay."""
    near_seen = set()
    for cv in cvs:
        own = {P.ascii_fold(w).lower() for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
        for f in cv.facts:
            assert not B20.words_of(f) & own, (cv.layout, f, own)
            near_seen |= {f for key, fs in B20.NEAR.items() if P.ascii_fold(key).lower() in own or key in own
                          for x in fs if x == f}
    assert len(near_seen) >= 12, sorted(near_seen)
    assert {"bakery assistant (Tesco)", "boulangerie artisanale"} & near_seen


def test_names_are_written_every_way(cvs):
    names = {m.value for cv in cvs for m in cv.markers if m.family == "name"}
    assert any(re.fullmatch(r"[A-Z]{2,}(-[A-Z]+)? [A-Z][a-zé-]+", v) for v in names)  # 'BAKER Blessing', 'PARK Minji'
    assert any(re.fullmatch(r"[A-Z][a-zéèï]+ [A-Z]{2,}", v) for v in names)  # 'Pierre BOULANGER'
    assert any(re.fullmatch(r"[A-Z]\. [A-Z][a-z]+", v) for v in names)  # 'B. Baker'
    assert any(re.fullmatch(r"[A-Z][a-z]+, [A-Z][a-z]+", v) for v in names)  # 'Baker, Blessing'
    assert any(re.fullmatch(r"[가-힣]{3}", v) for v in names) and any(re.fullmatch(r"[가-힣]{2}", v) for v in names)
    assert {"Blessing", "Godswill", "Sunday", "Patience"} & names  # a first name alone, as a signature
    text = "\n".join(cv.text for cv in cvs)
    assert re.search(r"[가-힣]{3} \([A-Z][a-z-]+ [A-Z]{2,}\)", text)  # '박민지 (Minji PARK)'
    assert re.search(r"\b(Mrs|Ms|Miss|Mr|M\.|Mme) [A-Z][a-z]+\b", text)  # 'Mrs Baker', 'M. Boulanger'
    mails = [v for cv in cvs for v in planted(cv, "contact") if "@" in v]
    assert sum(any(P.ascii_fold(w).lower() in v for w in pool_words() if w.isascii() and len(w) > 3)
               for v in mails) >= 0.8 * len(mails)


def test_other_people_are_named_too():
    """A referee, a recruiter, a second candidate, a signer: a name besides the author's, planted."""
    for layout_name in ("care_cv_uk", "cv_references", "mail_shortlist", "lettre_reference", "appli_bagagiste",
                        "export_profil"):
        for lang in P.LAYOUTS[layout_name].langs:
            for cv in some(layout_name, lang, 3):
                words = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
                assert any(not a & b for a in words for b in words), (layout_name, lang, words)


def test_full_names_and_places_are_new(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, *(getattr(P, f"BLIND{i}_MODULE")
                                                                      for i in range(3, 20)))]
    old_pools = [name_words(m.NAMES) for m in earlier]
    fulls = {m.value for cv in cvs for m in cv.markers if m.family == "name" and len(P.name_words(m.value)) >= 2}
    fulls |= {m.value for cv in cvs for m in cv.markers if m.family == "name" and re.fullmatch(r"[가-힣]{3}", m.value)}
    assert len(fulls) >= 200
    for full in fulls:
        words = {P.ascii_fold(w).lower() for w in P.name_words(full)}
        assert not any(words <= pool for pool in old_pools), full
    # places: the old rules
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B20)
    assert {"Pontorson", "Horncastle", "정선읍", "Vire", "Greenford", "삼척", "Kisangani", "Calabar", "청송"} <= mine
    folded = {P.ascii_fold(x).lower() for x in old}
    assert not mine & old and not {P.ascii_fold(x).lower() for x in mine} & folded, sorted(mine & old)
    place_words = {P.ascii_fold(w).lower() for x in mine for w in re.findall(r"[^\W\d_]+", x)} - {"sur", "les", "la"}
    place_words -= pool_words()  # 'Bishop', 'King': a name of this split on purpose, in a place of a past job
    assert not place_words & faker_name_words(), sorted(place_words & faker_name_words())
    assert not {P.ascii_fold(x).lower() for x in mine if " " not in x} & data
    homes = {m.value for cv in cvs for m in cv.markers if m.family in ("residence", "birth")}
    assert homes and not homes & old


# --- the layouts write what their docstrings say ----------------------------------------------------------------------
def test_layout_frames():
    for lang in ("fr", "en", "ko"):
        for cv in some("cv_fournil", lang, 3):
            lines = cv.text.splitlines()
            assert lines[0] in planted(cv, "name") and lines[-1] in planted(cv, "name")
            if lang != "ko":
                assert re.fullmatch(r"[A-Z]{2,}\S* \S+", lines[0])
        for cv in some("lettre_prenom", lang, 3):
            last = cv.text.splitlines()[-1]
            assert last in planted(cv, "name") and len(P.name_words(last)) == 1
        for cv in some("mail_shortlist", lang, 3):
            assert re.search(r"^1\) ", cv.text, re.M) and re.search(r"^2\) ", cv.text, re.M)
            assert len({m.value for m in cv.markers if m.family == "name"}) >= 3
        for cv in some("export_profil", lang, 3):
            assert any(v.startswith("linkedin.com/in/") for v in planted(cv, "contact"))
        for cv in some("lettre_reference", lang, 3):
            signer = cv.text.splitlines()[-1].split(",")[0]
            assert signer in planted(cv, "name")
    for lang in ("fr", "en"):
        for cv in some("cv_routier", lang, 3):
            first = cv.text.splitlines()[0]
            assert first.split(" ")[0] in planted(cv, "sex") and first.split(" ", 1)[1] in planted(cv, "name")
        for cv in some("cv_chantier", lang, 3):
            assert re.fullmatch(r"[A-Z]\. \S+", cv.text.splitlines()[0])
        for cv in some("cv_references", lang, 3):
            assert {"Références", "References"} & set(cv.text.splitlines())
    for cv in some("care_cv_uk", "en", 4):
        assert re.fullmatch(r"\S+, \S+ \((Mrs|Ms|Miss|Mr)\)", cv.text.splitlines()[1])
        assert cv.text.splitlines()[-1].startswith("Ref: ")
    for cv in some("student_gig_profile", "en", 3):
        assert re.fullmatch(r"[A-Z]+ [A-Z][a-z-]+ / [가-힣]{3}", cv.text.splitlines()[0])
    for cv in some("appli_bagagiste", "ko", 2):
        assert cv.text.startswith("급구 앱")
