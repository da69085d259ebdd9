"""The blind27 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages (every CV writes all ten), facts and markers found verbatim (an identity
mask finds nothing, deleting the planted values finds everything and keeps every fact), everyday CVs of gig workers by
trade and by age: markers where each genre's writers put them (a header, an opening sentence, a side column read after
or before the body, an 'À propos' paragraph, a running footer, a signature, a flattened 인적사항 table), in many forms,
ages and birth years consistent with one reference date, job facts that look like markers (employers named after
people, the ages of the people cared for or taught, periods whose years look like birth years); names and places new;
layouts that write what their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind27 as B27
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted  # noqa: E402

PER_LAYOUT = 8  # 256 CVs: the contract's 250 and more
SEED = 5  # the contract's quick generation draws the first three CVs of each layout with this seed: shared work
LAYOUT_NAMES = ("premier_cv_ado", "cv_chantier_btp", "cv_cariste_colonne", "cv_extra_restauration",
                "cv_proprete_signature", "cv_aide_domicile_ehpad", "cv_caisse_photo", "cv_agent_securite_pied",
                "cv_saisonnier_agricole", "cv_accueil_evenementiel", "cv_chauffeur_livreur", "cv_agent_production",
                "cv_animateur_bafa", "cv_reprise_senior")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind27", per_layout=PER_LAYOUT, seed=SEED)


def by_layout(cvs, name: str, lang: str | None = None) -> list[P.PlacedCV]:
    return [cv for cv in cvs if cv.layout == name and lang in (None, cv.lang)]


def line_of(cv: P.PlacedCV, value: str) -> int:
    """The index of the first line holding the value."""
    return next(i for i, line in enumerate(cv.text.splitlines()) if value in line)


def test_split_is_registered_new_and_listed():
    contract.registered("blind27", B27, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind27")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind27", cvs)
    assert all({m.family for m in cv.markers} == set(P.FAMILIES) for cv in cvs)  # every CV writes all ten


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


# --- ages, forms, look-alike facts -----------------------------------------------------------------------------------
def _years(cv: P.PlacedCV) -> set[int]:
    """Birth years written in the CV's birth markers: four digits, or two ('03.02.85', '85년생')."""
    out = set()
    for v in planted(cv, "birth"):
        four = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", v)
        two = re.findall(r"^\d\d?[./]\d\d[./](\d\d)$|^(\d\d)년생$", v)
        out |= {int(y) for y in four} | {int(y) + (1900 if int(y) > 30 else 2000) for t in two for y in t if y}
    return out


def _ages(cv: P.PlacedCV) -> set[int]:
    return {int(a) for v in planted(cv, "age") for a in re.findall(r"\d+", v)}


def test_ages_birth_years_and_durations_agree_with_the_reference_date(cvs):
    """An age and a birth year written in the same CV agree at REF; every layout's ages are its trade's or life
    stage's (a first CV at 16-18, a return to work at 55-63); no duration of experience is longer than the working
    life."""
    both = 0
    for cv in cvs:
        ages, years = _ages(cv), _years(cv)
        assert len(ages) == 1, (cv.layout, planted(cv, "age"))
        age = ages.pop()
        if years:
            both += 1
            assert all(B27.REF.year - y - age in (0, 1) for y in years), (cv.layout, age, years)
        for f in cv.facts:
            m = re.match(r"(\d+) (ans|years|saisons|étés|summer)", f) or re.search(r"(?:경력|수확|기사|목공) (\d+)(?:년|시즌)", f)
            if m:
                assert 1 <= int(m.group(1)) <= age - 15, (cv.layout, f, age)
    assert both >= 0.9 * len(cvs)
    span = {name: {a for cv in by_layout(cvs, name) for a in _ages(cv)} for name in LAYOUT_NAMES}
    assert span["premier_cv_ado"] <= {16, 17, 18} and span["cv_reprise_senior"] <= set(range(55, 64))
    assert min(span["cv_chantier_btp"]) >= 22 and max(span["cv_animateur_bafa"]) <= 26


def test_markers_are_written_in_many_forms(cvs):
    every = defaultdict(set)
    for cv in cvs:
        for m in cv.markers:
            every[m.family].add(m.value)
    forms = {"birth": [r"^\d\d/\d\d/\d{4}$", r"^\d\d?\.\d\d\.\d\d$", r"^\d{1,2}(er)? [a-zéû]+ \d{4}$", r"^en \d{4}$",
                       r"^\(\d{4}\)$", r"^born \d{4}$", r"^\d\d년생$", r"^\d{4}년 \d+월 \d+일$", r"\(Comores\)$",
                       r"\(Portugal\)$", r"Madeira$"],
             "age": [r"^\d\d ans$", r"^\d\d a\.$", r"^Âge : \d\d$", r"^aged \d\d$", r"^\d\d y/o$", r"^만 \d\d세$",
                     r"^\d\d살$", r"^Age: \d\d$"],
             "sex": [r"^Jeune (fille|homme)$", r"^(Madame|Monsieur|Mme)$", r"^(she/her|he/him)$", r"^병역",
                     r"^(Née|Aînée|Polyvalente|Sérieuse|Motivée|diplômée|véhiculée)$", r"^성별: ", r"^(여|남)학생$"],
             "residence": [r"^\d+ (bis )?[a-zé]", r"^\d{5}$", r"^[A-Z]{2}\d{1,2} \d[A-Z]{2}$", r"\(64\)$|\(97\d\)$",
                           r"^Maison ", r"^Flat \d", r"동 \d+호$", r"읍$|면$"],
             "nationality": [r"^(française|comorienne|portugaise)$", r"^Originaire de", r"^(basque|mahoraise)$",
                             r"^British", r"Portuguese", r"조선족|고려인", r"^대한민국$"],
             "religion": [r"pratiquant", r"^(mosquée|paroisse|Madrassa|temple tamoul)$", r"Methodist|Kirk|Church",
                          r"^(기독교|불교|천주교|원불교)$", r"Scouts"],
             "family": [r"^(Maman|Papa) ", r"célibataire", r"^(Mariée|Marié|Pacsée|Pacsé)$", r"^Aînée? d'une fratrie",
                        r"^(single )?(mum|dad) of \d", r"^Grand-(mère|père)", r"^자녀 \d명$", r"남매"],
             "health": [r"^RQTH$", r"hernie discale", r"diabétique|diabetic|당뇨", r"^Registered disabled$", r"장애"],
             "contact": [r"^0\d[ .]\d\d", r"^069[23] |^0639 ", r"^\+44 7", r"^010-", r"@", r"facebook|instagram|linkedin",
                         r"blog\.naver"],
             "name": [r"^[A-ZÀ-Ý' -]+ [A-ZÀ-Ý][a-zà-ÿç]+$", r"^[A-Z]\. ", r"[^\W\d]-[^\W\d]{2,}", r"^(Txiki|Pitchoun|Gégé|"
                      r"Ptiloup|Titou|Zazou|Kikou|Bibou|Zézé|Tchoupi)$", r"^[가-힣]{3,4}$", r"^[가-힣] [가-힣]{2,3}$"]}
    for family, patterns in forms.items():
        for p in patterns:
            assert any(re.search(p, v) for v in every[family]), (family, p)


def test_job_facts_look_like_markers_on_purpose(cvs):
    """Employers named after people, the ages of other people, periods whose years look like birth years, the
    years of a trade, places of past jobs - never the candidate's own home town."""
    facts = {f for cv in cvs for f in cv.facts}
    assert {"Chez Fatima", "Boulangerie Martin", "Transports Rouxel", "SARL Dos Santos Frères",
            "Maison Etcheberry"} <= facts
    assert {"résidents de 70 à 98 ans", "enfants de 6 à 12 ans", "어르신 70~95세", "residents aged 65-102",
            "Babysitting (enfants de 2 à 8 ans)", "Foyer pour adultes handicapés Les Platanes"} <= facts
    old = [f for f in facts if re.search(r"\b19[6-9]\d\b", f) and re.search(r"\b(19|20)\d\d\b.*\b(19|20)\d\d\b|\d{4}\.", f)]
    assert len(old) >= 20, old[:5]
    durations = [f for f in facts if re.search(r"\d+ (ans|years|saisons)\b|경력 \d+년", f)]
    assert len(durations) >= 40
    places = set(B27.FR_JOB_PLACES) | set(B27.EN_JOB_PLACES) | set(B27.KO_JOB_PLACES) | set(B27.JEJU_JOB_PLACES)
    for cv in cvs:
        homes = set(planted(cv, "residence"))
        worked = {f for f in cv.facts if f in places}
        assert worked and not worked & homes, cv.layout


# --- vocabulary ------------------------------------------------------------------------------------------------------
def test_names_and_places_are_new(cvs):
    contract.names_and_places_new(
        "blind27", B27, {"Navarrenx", "Les Avirons", "Bandraboua", "Peyrehorade", "Okehampton", "Chard", "Iholdy",
                         "Melgaço", "Thurso", "고한읍", "기린면", "우도면"},
        place_stop=contract.PLACE_STOP | {"des", "l"}, abroad=True)
    pool, mine = contract.name_words(B27.NAMES), contract.towns(B27)
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    earlier = [importlib.import_module(getattr(P, f"{s.upper()}_MODULE")) for s in P.SPLITS[2:P.SPLITS.index("blind27")]]
    old = set().union(*(contract.towns(m) for m in earlier))
    assert not {P.ascii_fold(x).lower() for x in mine if " " not in x} & data
    homes = {m.value for cv in cvs for m in cv.markers if m.family in ("residence", "birth")}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {P.ascii_fold(w).lower() for w in written} <= pool
    employers = {w for key in B27.TRADES for t in B27.TRADES[key].values() for e in t.employers
                 for w in P.name_words(e)}
    assert not {P.ascii_fold(w).lower() for w in employers} & pool  # an employer's name is never a candidate's


# --- the layouts write what their docstrings say ------------------------------------------------------------------------
def test_first_cv_and_older_worker(cvs):
    for cv in by_layout(cvs, "premier_cv_ado"):
        if cv.lang == "ko":
            assert "[인적사항]" in cv.text and re.search(r"(여|남)학생이고", cv.text)
            continue
        first, age = planted(cv, "sex"), planted(cv, "age")[0]
        assert re.search(r"(Jeune fille|Jeune homme|young woman|young man)", cv.text)
        opening = next(line for line in cv.text.splitlines() if age in line)
        assert re.search(r"Jeune (fille|homme) de|young (wo)?man", opening) and first
    tops = {cv.text.splitlines().index(B27.H(_sheet(cv), "perso")) < 8 for cv in by_layout(cvs, "premier_cv_ado", "fr")}
    assert tops == {True, False}  # the 'Informations' block read at the top in some, at the end in others
    assert any(re.search(r"20(0[7-9]|10)@", v) for cv in by_layout(cvs, "premier_cv_ado") for v in planted(cv, "contact"))
    for cv in by_layout(cvs, "cv_reprise_senior"):
        assert any(re.search(r"pause de \d+ ans|career break|자녀 양육", f) for f in cv.facts)
        assert any(re.match(r"(De )?19[7-9]\d", f) for f in cv.facts), cv.facts


def _sheet(cv):
    return type("S", (), {"lang": cv.lang})()


def test_builder_driver_and_production_headers_and_blocks(cvs):
    for cv in by_layout(cvs, "cv_chantier_btp", "fr"):
        lines = cv.text.splitlines()
        assert any(v.isupper() and v in lines[0] for v in planted(cv, "name"))
        divers = lines[lines.index("DIVERS") + 1]
        assert divers.count(" • ") >= 5 and all(any(v in divers for v in planted(cv, f))
                                                for f in ("age", "family", "nationality", "religion", "health"))
    for cv in by_layout(cvs, "cv_chantier_btp", "ko") + by_layout(cvs, "cv_agent_production", "ko"):
        assert any(re.match(r"병\s*역", v) for v in planted(cv, "sex"))
    for cv in by_layout(cvs, "cv_chauffeur_livreur"):
        first = cv.text.splitlines()[0]
        assert any(v in first for v in planted(cv, "birth")) and any(v in first for v in planted(cv, "name"))
        assert re.search(r"(Tournées :|Routes:|운행 지역:) ", cv.text)
    for cv in by_layout(cvs, "cv_agent_production", "fr"):
        last = cv.text.splitlines()[-1]
        assert last.startswith("CV de ") and any(v in last for v in planted(cv, "birth"))
        assert any(v in last for v in planted(cv, "name"))


def test_side_columns_footers_and_signatures(cvs):
    for cv in by_layout(cvs, "cv_cariste_colonne"):
        contact = cv.text.splitlines().index({"fr": "CONTACT", "en": "CONTACT", "ko": "연락처"}[cv.lang])
        exp = cv.text.splitlines().index({"fr": B27.H(_sheet(cv), "exp"), "en": B27.H(_sheet(cv), "exp"),
                                          "ko": "경력사항"}[cv.lang])
        assert exp < contact  # the side column is read after the body
        assert all(line_of(cv, v) > contact for f in ("birth", "age", "family", "health") for v in planted(cv, f))
    for cv in by_layout(cvs, "cv_caisse_photo"):
        lines = cv.text.splitlines()
        assert lines[0] == "[photo]" and lines.index("CONTACT") < lines.index(B27.H(_sheet(cv), "profile"))
        assert any(v in lines[1] for v in planted(cv, "age")) and any(v in lines[1] for v in planted(cv, "name"))
    for cv in by_layout(cvs, "cv_agent_securite_pied"):
        feet = [line for line in cv.text.splitlines() if re.search(r"page [12]/2|Page [12] of 2", line)]
        assert len(feet) == 2 and "\f" in cv.text
        for foot in feet:
            assert all(any(v in foot for v in planted(cv, f)) for f in ("name", "birth", "contact"))
    for cv in by_layout(cvs, "cv_proprete_signature"):
        lines = cv.text.splitlines()
        assert any(v in lines[-1] for v in planted(cv, "residence"))
        assert any(v in lines[-3] for v in planted(cv, "sex")) and any(v in lines[-3] for v in planted(cv, "name"))
        if cv.lang == "fr":
            assert lines[-4].startswith("Fait à ") and any(v in lines[-4] for v in planted(cv, "residence"))


def test_opening_sentences_paragraphs_and_captions(cvs):
    for cv in by_layout(cvs, "cv_extra_restauration"):
        lines = cv.text.splitlines()
        about = next(i for i, line in enumerate(lines) if line.startswith(("À propos", "About me", "자기소개")))
        bullets = [i for i, line in enumerate(lines) if line.startswith("•")]
        assert bullets[0] < about and (len(bullets) == 1 or bullets[-1] > about)
        assert any(v in lines[about + 1] for v in planted(cv, "family") + planted(cv, "age"))
    for cv in by_layout(cvs, "cv_saisonnier_agricole", "fr"):
        opening = cv.text.splitlines()[1]
        assert all(any(v in opening for v in planted(cv, f)) for f in ("age", "residence"))
    for cv in by_layout(cvs, "cv_saisonnier_agricole", "ko"):
        para = cv.text.splitlines()[cv.text.splitlines().index("자기소개") + 1]
        assert all(any(v in para for v in planted(cv, f)) for f in ("age", "sex", "residence", "religion"))
    for cv in by_layout(cvs, "cv_accueil_evenementiel"):
        lines = cv.text.splitlines()
        assert lines[2].startswith("Book : ") and any(v in lines[2] for v in planted(cv, "contact"))
        assert lines[3].startswith("[Photo") and re.search(r"en \d{4}\]", lines[3])
    for cv in by_layout(cvs, "cv_aide_domicile_ehpad", "fr") + by_layout(cvs, "cv_aide_domicile_ehpad", "en"):
        assert re.match(r"(Madame|Mme|Mlle|Monsieur|Mrs|Ms|Miss|Mr) ", cv.text)
        profile = cv.text.splitlines()[3]
        assert all(any(v in profile for v in planted(cv, f)) for f in ("age", "family", "residence"))
    for cv in by_layout(cvs, "cv_animateur_bafa"):
        hobbies = cv.text.splitlines()[cv.text.splitlines().index("CENTRES D'INTÉRÊT") + 1]
        assert any(v in hobbies for v in planted(cv, "religion"))
        assert "enfants de 6 à 12 ans" in cv.facts and "BAFA" in cv.facts
