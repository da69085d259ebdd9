"""The blind28 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages (every CV writes all ten), facts and markers found verbatim (an identity
mask finds nothing, deleting the planted values finds everything and keeps every fact), CVs written by people for whom
writing a CV is hard and CVs written for them: spelt by ear, in capitals and SMS abbreviations, in a second language,
mixing languages, written by an adviser, a recruiter, a receptionist, a relative or a machine translator, pasted into a
chat or an e-mail body; markers in informal and misspelt forms, ages and birth years consistent with one reference date,
job facts as misspelt that look like markers (employers named after people, the ages of the people cared for, periods
whose years look like birth years); names and places new; layouts that write what their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind28 as B28
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted  # noqa: E402

PER_LAYOUT = 8  # 264 CVs: the contract's 250 and more
SEED = 5  # the contract's quick generation draws the first three CVs of each layout with this seed: shared work
LAYOUT_NAMES = ("cv_phonetique", "cv_sms_majuscules", "presentation_mission_locale", "notes_appel_recruteur",
                "export_cv_en_ligne", "formulaire_accueil_retape", "cv_ecrit_par_un_proche", "cv_traduit_machine",
                "whatsapp_voila_mon_cv", "candidature_corps_mail", "cv_langues_melangees",
                "cv_francais_langue_seconde", "lettre_manuscrite_retapee")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind28", per_layout=PER_LAYOUT, seed=SEED)


def by_layout(cvs, name: str, lang: str | None = None) -> list[P.PlacedCV]:
    return [cv for cv in cvs if cv.layout == name and lang in (None, cv.lang)]


def line_of(cv: P.PlacedCV, value: str) -> int:
    """The index of the first line holding the value."""
    return next(i for i, line in enumerate(cv.text.splitlines()) if value in line)


def test_split_is_registered_new_and_listed():
    contract.registered("blind28", B28, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind28")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind28", cvs)
    assert all({m.family for m in cv.markers} == set(P.FAMILIES) for cv in cvs)  # every CV writes all ten


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


# --- ages, forms, look-alike facts -----------------------------------------------------------------------------------
def _years(cv: P.PlacedCV) -> set[int]:
    """Birth years written in the CV's birth markers: four digits, or two ('03/04/99', 'en 99', 'b. 99', '99년생')."""
    out = set()
    for v in planted(cv, "birth"):
        four = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", v)
        two = re.findall(r"^\d\d?/\d\d?/(\d\d)$|^(?:en|b\.|EN|B\.) (\d\d)$|^(\d\d)년|^\d+ [a-z]+ (\d\d)$", v)
        out |= {int(y) for y in four} | {int(y) + (1900 if int(y) > 30 else 2000) for t in two for y in t if y}
    return out


def _ages(cv: P.PlacedCV) -> set[int]:
    return {int(a) for v in planted(cv, "age") for a in re.findall(r"\d+", v)}


def test_ages_birth_years_and_durations_agree_with_the_reference_date(cvs):
    """An age and a birth year written in the same CV agree at REF; no duration of experience is longer than the
    working life; no period starts before the candidate was sixteen."""
    both = 0
    for cv in cvs:
        ages, years = _ages(cv), _years(cv)
        assert len(ages) == 1, (cv.layout, planted(cv, "age"))
        age = ages.pop()
        both += bool(years)
        assert years or cv.layout == "export_cv_en_ligne", (cv.layout, planted(cv, "birth"))  # a field left empty
        assert all(B28.REF.year - y - age in (0, 1) for y in years), (cv.layout, age, years)
        for f in cv.facts:
            m = re.match(r"(\d+) (ans|an|saisons?|years?)\b", f, re.I) or re.search(r"(\d+)년$", f)
            if m and not re.search(r"\d+ a \d+|~|\bto\b", f):
                assert 1 <= int(m.group(1)) <= age - 15, (cv.layout, f, age)
            for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", f):
                assert B28.REF.year - age + 14 <= int(y) <= B28.REF.year, (cv.layout, f, age)
    assert both >= 0.95 * len(cvs)
    span = {name: {a for cv in by_layout(cvs, name) for a in _ages(cv)} for name in LAYOUT_NAMES}
    assert max(span["presentation_mission_locale"]) <= 26 and min(span["lettre_manuscrite_retapee"]) >= 24


def test_markers_are_written_in_informal_forms(cvs):
    every = defaultdict(set)
    for cv in cvs:
        for m in cv.markers:
            every[m.family].add(m.value)
    forms = {"age": [r"^\d\dans$", r"^\d\da$", r"^\d\d an$", r"^\d\d yo$", r"^\d\d years$", r"^\d\d살$", r"^만 \d\d세$",
                     r"^\d\dA$"],
             "birth": [r"^\d\d/\d\d/\d\d$", r"^en \d\d$", r"^b\. \d\d$", r"^\d\d년생$", r"^\d+ [a-z]+ \d\d$",
                       r"^\d\d년 \d+월생$", r"^\d{4}$", r"\(Sri Lanka\)$", r"^Karakol$|^Batken$"],
             "residence": [r"^(cité|résidence|foyer) ", r"^dans le \d\d$", r"^\d{5} [A-Z]", r"[A-Z]{2}\d+ \d[A-Z]{2}$",
                           r"(읍|면)$", r"^Saint-Ouen$"],
             "nationality": [r"^refugiée?$", r"^titre de sejour", r"^papier en regle$", r"^(afghane?|kurde|tamoule?)$",
                             r"^(Afghan|Kurdish|Iraqi|Romanian)$", r"^E-9", r"^키르기스|^몽골"],
             "religion": [r"^musulmane?$", r"^(hindoue?|pentecotiste|orthodoxe)$", r"^(Muslim|Hindu|Pentecostal)$",
                          r"^(교회|불교)$"],
             "family": [r"^marier$", r"^célibatere$", r"^divorcer$", r"^\d enfant$", r"^(maman|papa) solo",
                        r"^single (mum|dad) of \d$", r"^애 (하나|둘|셋|넷)$"],
             "health": [r"^mal au dos$", r"^handicapée?$", r"^RQTH$", r"^diabete$", r"^bad back$", r"^허리 안좋음$"],
             "sex": [r"^motivee$", r"^serieuse$", r"^une fille$", r"^un garçon$", r"^sexe : [FM]$", r"^(Mme|Mr)$",
                     r"^(ma soeur|ma mere|mon frere|mon pere)$", r"^(엄마|아빠)$", r"^(군필|병역 필|군대 갔다옴)$",
                     r"^accompagnée$", r"^(woman|man)$"],
             "contact": [r"^0[67] \d\d", r"^07\.\d\d\.", r"^\+33 ?\d", r"^\+44 7", r"^010-", r"(19|20)\d\d@",
                         r"\d\d@", r"^[a-z]+\d\d$"],
             "name": [r"^[a-zăâîșțéè]+ [a-zăâîșțéè]+$", r"^[A-ZĂÂÎȘȚ]+ [A-Z][a-zăâîșț]+$", r"(?i)^(Bobiță|Tarzan)$",
                      r"^[a-zăâîșț]+$", r"^[가-힣]{3,5}$", r"^[가-힣]+ [가-힣]+$", r"^(Nurbek|Mirlan|Aizhan|Kanykei|Tuvshin|"
                      r"Oyunchimeg) "]}
    for family, patterns in forms.items():
        for p in patterns:
            assert any(re.search(p, v) for v in every[family]), (family, p)


def test_job_facts_look_like_markers_on_purpose(cvs):
    """Employers named after people, the ages of other people, periods whose years look like birth years, misspelt
    durations and licences, the places of past jobs - never the candidate's own home town."""
    facts = {f for cv in cvs for f in cv.facts}
    assert {"Chez Mamadou", "Garage Da Silva", "Boucherie Ben Salah", "Epicerie Kim", "Interim 93"} <= facts
    assert {"garde d'enfants de 3 a 10 ans", "aide a une dame agee de 90 ans"} <= facts
    assert any("Foyer pour adultes handicapés" in f for f in facts)
    assert any(re.match(r"de (19[89]\d|200\d) a (19|20)\d\d$", f) for f in facts)
    assert any(re.match(r"\d+ an dexperience$", f) for f in facts) and any(re.match(r"\d+ ans ds le batiment$", f)
                                                                            for f in facts)
    assert {"permi B", "CACES 3", "SST", "carte BTP", "niveau 3eme", "DELF A2"} & facts == {
        "permi B", "CACES 3", "SST", "carte BTP", "niveau 3eme", "DELF A2"}
    assert any("지게차" in f for f in facts)
    places = set(B28.FR_JOB_PLACES) | set(B28.EN_JOB_PLACES) | set(B28.KO_JOB_PLACES)
    for cv in cvs:
        homes = set(planted(cv, "residence"))
        worked = {f for f in cv.facts if f in places or f.upper() in {p.upper() for p in places}}
        assert worked and not {w.upper() for w in worked} & {h.upper() for h in homes}, cv.layout


# --- vocabulary ------------------------------------------------------------------------------------------------------
def test_names_and_places_are_new(cvs):
    contract.names_and_places_new(
        "blind28", B28, {"Gagny", "Noyon", "Anzin", "Knutange", "Darwen", "Ilkeston", "Kayts", "Ghazni", "Halabja",
                         "소흘읍", "대소면", "Karakol", "Coubron", "Clitheroe", "맹동면"},
        place_stop=contract.PLACE_STOP | {"sous", "les", "lès"}, abroad=True)
    pool, mine = contract.name_words(B28.NAMES), contract.towns(B28)
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    earlier = [importlib.import_module(getattr(P, f"{s.upper()}_MODULE")) for s in P.SPLITS[2:P.SPLITS.index("blind28")]]
    old = set().union(*(contract.towns(m) for m in earlier))
    assert not {P.ascii_fold(x).lower() for x in mine if " " not in x} & data
    homes = {m.value for cv in cvs for m in cv.markers if m.family in ("residence", "birth")}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {P.ascii_fold(w).lower() for w in written} <= pool
    employers = {w for key in B28.TRADES for t in B28.TRADES[key].values() for e in t.employers
                 for w in P.name_words(e)}
    assert not {P.ascii_fold(w).lower() for w in employers} & pool  # an employer's name is never a candidate's


# --- the layouts write what their docstrings say ------------------------------------------------------------------------
def test_spelt_by_ear_and_in_capitals(cvs):
    for cv in by_layout(cvs, "cv_phonetique", "fr"):
        assert cv.text.startswith("cv\nje mapel ") and "jai " in cv.text and "jabite vers " in cv.text
        assert "nasionalité " in cv.text and "j'ai travailler " in cv.text and "experiense" in cv.text
        assert all(v == v.lower() for v in planted(cv, "name"))
    for cv in by_layout(cvs, "cv_phonetique", "en"):
        assert "i am have " in cv.text and "my nationality is " in cv.text and "i live in " in cv.text
    for cv in by_layout(cvs, "cv_phonetique", "ko"):
        assert cv.text.splitlines()[1].startswith("나 ") and "살아" in cv.text and "할수있어" in cv.text
    for cv in by_layout(cvs, "cv_sms_majuscules"):
        body = cv.text.replace("ș", "").replace("ț", "")
        assert body == body.upper() and re.search(r"\b(EXP|DISPO|PR|TT|THX)\b", cv.text)
        assert all(m.value == m.value.upper() for m in cv.markers) and all(f == f.upper() for f in cv.facts)
    assert any(re.search(r"^\d\dA$", v) for cv in by_layout(cvs, "cv_sms_majuscules", "fr") for v in planted(cv, "age"))


def test_written_for_the_candidate_in_the_third_person(cvs):
    for cv in by_layout(cvs, "presentation_mission_locale", "fr"):
        first = cv.text.splitlines()[4].split(" a ")[0]
        assert first in planted(cv, "name") and f"{first} est " in cv.text and f"{first} cumule " in cv.text
        assert "habite chez sa tante a " in cv.text and not re.search(r"\b(je|j'|moi)\b", cv.text, re.I)
        if cv.sex == "F":
            assert "accompagnée" in planted(cv, "sex") and "L’intéressée" in planted(cv, "sex")
    for cv in by_layout(cvs, "presentation_mission_locale", "en"):
        assert "WORK COACH REFERRAL" in cv.text and " lives with an aunt in " in cv.text
    for cv in by_layout(cvs, "presentation_mission_locale", "ko"):
        assert cv.text.startswith("취업 추천서") and "위 구직자는 " in cv.text
    for cv in by_layout(cvs, "cv_ecrit_par_un_proche"):
        kin = [v for v in planted(cv, "sex") if re.match(r"(ma |mon |my |엄마|아빠)", v)]
        assert kin and re.search(r"(je vous ecrit pour|I am writing for|대신 제가 씁니다)", cv.text)


def test_dictated_notes_builder_export_and_retyped_form(cvs):
    for cv in by_layout(cvs, "notes_appel_recruteur"):
        lines = cv.text.splitlines()
        assert re.match(r"(appel \d+h\d+|call \d+:\d+|전화 \d+:\d+)", lines[0])
        assert sum(line.startswith(("->", ">")) for line in lines) >= 7
        assert any(v in lines[1] for v in planted(cv, "name"))
    for cv in by_layout(cvs, "export_cv_en_ligne"):
        lines = cv.text.splitlines()
        assert lines[-1] and re.search(r"(Site web|Website|홈페이지) :$", cv.text, re.M)  # empty fields kept
        labels = [line.split(" :")[0] for line in lines[1:17]]
        assert len(labels) == 16 and labels[-1] in ("Titre du CV", "CV title", "이력서 제목")
    for cv in by_layout(cvs, "formulaire_accueil_retape", "fr"):
        assert "[illisible]" in cv.text and "(?)" in cv.text and "~~" in cv.text
        assert cv.text.splitlines()[-1].startswith("note accueil")
        assert all(m.value == m.value.upper() for m in cv.markers)
    for cv in by_layout(cvs, "formulaire_accueil_retape", "ko"):
        assert "[잘 안보임]" in cv.text and cv.text.splitlines()[-1].startswith("접수 메모")


def test_chat_lines_around_the_pasted_cv(cvs):
    for cv in by_layout(cvs, "whatsapp_voila_mon_cv"):
        lines = cv.text.splitlines()
        start = next(i for i, line in enumerate(lines) if re.search(r"<(CV colle|CV pasted|이력서)>", line))
        end = next(i for i, line in enumerate(lines) if re.search(r"</(CV colle|CV pasted|이력서)>", line))
        assert all(re.match(r"\[\d\d:\d\d\] ", line) for line in lines[:start + 1] + lines[end + 1:])
        before, after = "\n".join(lines[:start]), "\n".join(lines[end + 1:])
        assert any(v in before for v in planted(cv, "age")) and any(v in before for v in planted(cv, "residence"))
        assert all(any(v in after for v in planted(cv, f)) for f in ("nationality", "family", "health", "religion"))
        assert any(v in "\n".join(lines[start:end]) for v in planted(cv, "contact"))


def test_mail_body_translation_and_second_language(cvs):
    for cv in by_layout(cvs, "candidature_corps_mail"):
        lines = cv.text.splitlines()
        assert re.match(r"(De|From|보낸사람) ?:", lines[0]) and lines[3] == ""
        para = lines[4]
        assert "." not in para.replace("b.", "") or cv.lang == "ko"
        assert sum(any(v in para for v in planted(cv, f)) for f in P.FAMILIES) >= 7
    for cv in by_layout(cvs, "cv_traduit_machine"):
        assert re.search(r"(dans l'année \d{4} dans la ville de|in the year \d{4} in the city of)", cv.text)
        assert re.search(r"(de vieux|of old)\.", cv.text)
    for cv in by_layout(cvs, "cv_francais_langue_seconde", "fr"):
        assert "Moi habiter " in cv.text and "Moi travail " in cv.text
    for cv in by_layout(cvs, "cv_francais_langue_seconde", "en"):
        assert "I am have " in cv.text and "My nationality is " in cv.text and "I am work " in cv.text


def test_mixed_languages_and_retyped_letter(cvs):
    greet = ("Vanakkam", "Buna ziua", "Salam", "Silav")
    for cv in by_layout(cvs, "cv_langues_melangees", "fr"):
        assert cv.text.startswith(greet) and "moi c'est " in cv.text and "chez ma tante a " in cv.text
        assert any(w in cv.text for w in ("nandri", "mulțumesc", "choukrane", "tashakor", "spas"))
    for cv in by_layout(cvs, "cv_langues_melangees", "ko"):
        assert re.search(r"I'm \d+살", cv.text) and re.search(r"[A-Za-z]+ [가-힣]+:", cv.text)
    for cv in by_layout(cvs, "lettre_manuscrite_retapee"):
        lines = cv.text.splitlines()
        assert len(lines) >= 18 and max(len(line) for line in lines) < 90
        assert any(v == lines[-1] or lines[-1].startswith(v) for v in planted(cv, "name"))
        if cv.lang == "fr":
            assert "merci davance" in cv.text and "jai " in cv.text and not re.search(r"[.,;]$", cv.text, re.M)
