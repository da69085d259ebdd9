"""The blind14 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), identity numbers that really carry the birth date
and the sex they are planted for, a vocabulary no earlier split nor Faker carries, and layouts that write what their
docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind14 as B14
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10
LAYOUT_NAMES = ("contrat_mission", "cerfa_pro", "home_convention", "bilingual_cv", "jobboard_export",
                "recommendation_abroad", "droits_attestation", "biodata_sheet", "eps_roster_ko", "e9_resume_ko",
                "certified_translation", "registration_sheet", "hiring_declaration")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind14", per_layout=PER_LAYOUT, seed=14)


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    return P.make_cv(P.LAYOUTS[name], lang, seed=2, index=i)


def some(name: str, lang: str, n: int = 8) -> list[P.PlacedCV]:
    return [make(name, lang, i) for i in range(n)]


def test_split_is_registered_new_and_listed():
    blind14 = P.layouts("blind14")
    older = {lay.name for split in P.SPLITS[:P.SPLITS.index("blind14")] for lay in P.layouts(split)}
    assert "blind14" in P.SPLITS and len(blind14) >= 10 and not {lay.name for lay in blind14} & older
    assert all(lay.fn.__module__ == B14.__name__ and lay.split == "blind14" for lay in blind14)
    assert {lay.name for lay in blind14} == set(LAYOUT_NAMES)
    for lang in P.LANGS:
        assert len(P.layouts("blind14", lang)) >= 8, lang
    assert all(lay.langs[0] == "fr" for lay in P.layouts("blind14", "fr"))  # French first
    listed = B14.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in blind14)
    assert 250 <= 10 * sum(len(lay.langs) for lay in blind14) <= 340  # CVs at the bench's default of 10 a layout
    assert set(blind14) <= set(P.layouts("all"))
    assert P.BLIND14_MODULE == B14.__name__ and "blind14" in P.__doc__ and "blind14" in P.layouts.__doc__
    for bench in ("bench_blind.py", "bench_blind_effect.py"):  # selectable with --split blind14, the others kept
        text = (Path(__file__).parents[2] / "bench" / bench).read_text(encoding="utf-8")
        assert all(name in text for name in ("blind14", "blind13", "blind12", "blind11", "blind9", "blind3")), bench
    with pytest.raises(ValueError, match="blind14"):  # the message names every split
        P.generate("blind99")


def test_generation_is_deterministic_for_a_seed_and_quick():
    a, b = (P.generate("blind14", per_layout=1, seed=3) for _ in range(2))
    c = P.generate("blind14", per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]
    start = time.perf_counter()
    P.generate("blind14", per_layout=3, seed=5)
    assert time.perf_counter() - start < 5  # per_layout=10 takes about three times as long


def test_every_layout_plants_every_family_in_each_language(cvs):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    expected = {(lay.name, lang) for lay in P.layouts("blind14") for lang in lay.langs}
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
    """Parents, referees, signatories, recruiters, translators, tutors, interpreters: names besides the author's."""
    for name in LAYOUT_NAMES:
        for cv in (c for c in cvs if c.layout == name):
            names = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
            assert any(not a & b for a in names for b in names), (name, cv.lang, names)  # two people at least


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        places = {"fr": B14.FR_JOB_PLACES, "en": B14.EN_JOB_PLACES, "ko": B14.KO_JOB_PLACES}[lang]
        durations = [f for f in facts if re.search(r"\d+ ?(ans|years|년)|\d+년", f)]
        assert set(B14.SIDE_EMPLOYERS[lang]) & facts, lang
        assert len(set(places) & facts) >= 7, (lang, set(places) - facts)
        assert len(durations) >= 10, lang
        abroad = {x for pairs in B14.ABROAD.values() for pair in pairs for x in pair}
        assert len(abroad & facts) >= 6, lang  # employers and places of jobs at home, before coming
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 20, lang
        assert any(a in facts for a in ("Disponible immédiatement", "Available immediately", "즉시 출근 가능")), lang
    fr = {f for cv in cvs if cv.lang == "fr" for f in cv.facts}
    assert any(re.fullmatch(r"\d+ ans en (EHPAD|entrepôt)", f) for f in fr)  # a duration next to a workplace word
    assert {"Friterie Chez Momo", "Taxis Tonton Djo", "Maraîchage Chez Dédée", "Kebab Chez Riri"} & fr
    assert any(f.startswith("CACES") for f in fr) and any(f.startswith("Permis") for f in fr)


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE, P.BLIND7_MODULE,
                                                     P.BLIND8_MODULE, P.BLIND9_MODULE, P.BLIND10_MODULE,
                                                     P.BLIND11_MODULE, P.BLIND12_MODULE, P.BLIND13_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B14.NAMES) | {P.ascii_fold(w).lower() for w in B14.LATIN.values()}
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, "KO_LATIN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, "LATIN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, "NIC", {}).values()}
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B14) | {place for pairs in B14.ABROAD.values() for _, place in pairs}
    assert {"Grande-Synthe", "Crowland", "팔탄", "Gravelines", "Sutton Bridge", "Cogealac", "Kartuzy"} <= mine  # read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Caragiani", "Rompski", "Zuddas", "Ouarriach", "Wanigasekara", "Giàng", "쩨빵"} & written


# --- identity numbers: they carry what they are planted for ---------------------------------------------------------
def ids(cvs, regex: str) -> list[tuple[P.PlacedCV, str]]:
    return [(cv, m.value) for cv in cvs for m in cv.markers if m.family == "birth" and re.fullmatch(regex, m.value)]


def test_nir_carries_sex_birth_and_a_valid_key(cvs):
    nirs = ids(cvs, r"[12] ?\d\d ?\d\d ?99 ?\d{3} ?\d{3} ?\d\d")
    assert len(nirs) >= 60 and any(" " not in v for _, v in nirs) and any(" " in v for _, v in nirs)
    for cv, value in nirs:
        digits = value.replace(" ", "")
        assert digits[0] == ("2" if cv.sex == "F" else "1"), value
        assert int(digits[-2:]) == 97 - int(digits[:13]) % 97, value  # the key the INSEE computes
        born = [m.value for m in cv.markers if m.family == "birth" and re.fullmatch(r"\d\d/\d\d/\d{4}", m.value)]
        for b in born if cv.lang == "fr" else ():  # year and month of birth as the (French) date says
            assert digits[1:5] == b[8:10] + b[3:5], (value, b)


def test_home_numbers_carry_birth_and_sex(cvs):
    seen = set()
    for cv in cvs:
        for m in cv.markers:
            v = m.value
            if m.family != "birth":
                continue
            if re.fullmatch(r"\d{6}-\d{7}", v):  # 외국인등록번호
                seen.add("arc")
                assert v[7] in ("68" if cv.sex == "F" else "57"), v
            elif re.fullmatch(r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]", v):  # codice fiscale
                seen.add("cf")
                assert (int(v[9:11]) > 40) == (cv.sex == "F"), v
            elif re.fullmatch(r"\d{13}", v) and v[0] in "1256" and cv.lang == "fr":  # CNP
                seen.add("cnp")
                assert (v[0] in "26") == (cv.sex == "F"), v
                total = sum(int(d) * int(w) for d, w in zip(v, "279146358279"))
                assert int(v[12]) == (1 if total % 11 == 10 else total % 11), v
            elif re.fullmatch(r"\d{11}", v) and cv.lang == "fr":  # PESEL
                seen.add("pesel")
                assert (int(v[9]) % 2 == 0) == (cv.sex == "F"), v
            elif re.fullmatch(r"\d{9}V", v):  # old Sri Lankan NIC: day of the year + 500 for a woman
                seen.add("nic")
                assert (int(v[2:5]) > 500) == (cv.sex == "F"), v
            elif re.fullmatch(r"[12]\d{13}", v) and cv.lang == "ko":  # Kyrgyz PIN
                seen.add("pin")
                assert v[0] == ("1" if cv.sex == "F" else "2"), v
    assert seen >= {"arc", "cf", "cnp", "pesel", "nic", "pin"}, seen


def test_identity_number_makers_follow_their_rules():
    class Fake:  # what the makers read: a person born on a day, a sex, a random source
        def __init__(self, sex: str, born):
            import random

            from matchlens.evaluation.placement import Sheet
            self.female, self.rng = sex == "F", random.Random(1)
            self.p = type("Person", (), {"born": born, "b14_origin": "sardinian", "last": "Zuddas", "first": "Bainza",
                                         "birth_place": "Orgosolo (Sardaigne)"})()
            self.pick, self.chance = Sheet.pick.__get__(self), Sheet.chance.__get__(self)

    from datetime import date
    woman = Fake("F", date(1985, 3, 12))
    assert B14.codice_fiscale(woman)[:15] == "ZDDBNZ85C52G097"
    assert B14.pesel(woman)[:6] == "850312" and int(B14.pesel(woman)[9]) % 2 == 0
    assert B14.arc(woman).startswith("850312-6") and B14.kg_pin(woman).startswith("112031985")
    young = Fake("M", date(2003, 7, 1))
    assert B14.pesel(young)[:6] == "032701" and B14.arc(young).startswith("030701-7")
    assert B14.cnp(young).startswith("5030701")
    assert B14.boxes("12/03/1985") == "|1|2|0|3|1|9|8|5|"


# --- the layouts write what their docstrings say ----------------------------------------------------------------------
def test_contrat_and_registration_carry_the_country_number():
    for lang in P.LANGS:
        for name in ("contrat_mission", "registration_sheet"):
            for cv in some(name, lang, 4):
                label = {"fr": r"(N° de sécurité sociale|N° SS|NIR|N° Sécu)", "en": r"(French social security no\.|NIR "
                         r"\(France\)|Sécurité sociale no\.)", "ko": r"외국인 ?등록번호"}[lang]
                assert re.search(label + r"(: | : )\S", cv.text), (name, lang)
    for cv in some("contrat_mission", "fr", 4):
        assert cv.text.startswith("CONTRAT DE MISSION") and "Lieu de mission : " in cv.text
        place = cv.text.split("Lieu de mission : ")[1].splitlines()[0]
        assert place in cv.facts


def test_cerfa_has_boxes_ticks_and_the_tutor():
    for cv in some("cerfa_pro", "fr"):
        assert re.search(r"Né\(e\) le : \|\d\|\d\|\d\|\d\|\d\|\d\|\d\|\d\|", cv.text)
        tick = next(m.value for m in cv.markers if m.family == "sex" and "☒" in m.value)
        assert tick == ("☒ F" if cv.sex == "F" else "☒ M")
        tutor = cv.text.split("LE TUTEUR\nNom et prénom : ")[1].splitlines()[0]
        assert any(m.family == "name" and m.value == tutor for m in cv.markers)


def test_home_convention_uses_the_labels_and_names_the_parents():
    labels = {"Stare civilă", "Stan cywilny", "Stato civile", "Estado civil", "Situation familiale",
              "Situation matrimoniale", "Civil Status", "Marital status", "혼인 여부", "Data și locul nașterii",
              "Data urodzenia", "Luogo e data di nascita", "Naturalidade", "Date of Birth", "Date of birth", "생년월일",
              "Date et lieu de naissance", "Né(e) le"}
    for lang in P.LANGS:
        parents = 0
        for cv in some("home_convention", lang):
            assert any(lab in cv.text for lab in labels), (lang, cv.text[:300])
            parents += bool(re.search(r"(Numele tatălui|Imię ojca|Filiação|Fils/Fille de|Père|Father|^부)", cv.text,
                                      re.M))
        assert parents >= 4, lang


def test_bilingual_cv_writes_the_facts_twice_in_two_languages():
    for lang, heads in (("fr", ("Expérience", "Experience")), ("en", ("Experience", "Expérience")),
                        ("ko", ("경력", "Experience"))):
        for cv in some("bilingual_cv", lang, 4):
            first, second = cv.text.split("—" * 20)
            assert heads[0] in first and heads[1] in second
            for f in cv.facts:
                if f in first and f not in B14.AVAIL.values():  # availability is said in each language
                    assert f in second, (lang, f)
            personal = [m for m in cv.markers if m.family in ("age", "family", "religion", "nationality")]
            if len(personal) >= 2:  # a detail said in both languages
                assert any(m.value in first for m in personal) and any(m.value in second for m in personal)


def test_jobboard_export_answers_screening_questions():
    for lang, q in (("fr", "Quel âge avez-vous ? "), ("en", "How old are you? "), ("ko", "나이가 어떻게 되십니까? ")):
        asked = 0
        for cv in some("jobboard_export", lang):
            if q in cv.text:
                asked += 1
                answer = cv.text.split(q)[1].splitlines()[0]
                assert any(m.family == "age" and m.value == answer for m in cv.markers)
        assert asked >= 3, lang
    for cv in some("jobboard_export", "fr", 4):
        assert cv.text.startswith("Candidature de ") and "Êtes-vous autorisé(e) à travailler en France ?" in cv.text


def test_letters_are_signed_and_stamped():
    for lang in P.LANGS:
        for cv in some("recommendation_abroad", lang, 4):
            assert B14.STAMP[lang] in cv.text
            emp = next(e for pairs in B14.ABROAD.values() for e, _ in pairs if e in cv.text)
            assert emp in cv.facts
            names = [m.value for m in cv.markers if m.family == "name"]
            assert cv.text.count(names[0]) >= 2  # the signatory named at the top and under the letter
    for lang in ("fr", "en"):
        for cv in some("certified_translation", lang, 4):
            translator = cv.markers[0].value
            assert cv.markers[0].family == "name" and cv.text.count(translator) == 2


def test_attestation_rosters_and_biodata():
    kids = 0
    for cv in some("droits_attestation", "fr", 12):
        assert cv.text.startswith("Attestation de droits") and "Numéro de sécurité sociale : " in cv.text
        if "Bénéficiaires rattachés" in cv.text:
            kids += 1
            row = cv.text.split("Bénéficiaires rattachés\n")[1].splitlines()[0]
            assert any(m.family == "name" and m.value in row for m in cv.markers)
    assert kids >= 2
    for cv in some("eps_roster_ko", "ko"):
        latin = cv.text.split("성명(영문): ")[1].splitlines()[0]
        hangul = cv.text.split("성명(한글): ")[1].splitlines()[0]
        assert latin.isupper() and {latin, hangul} <= {m.value for m in cv.markers if m.family == "name"}
        assert "여권번호" in cv.text and not any("여권번호" in m.value for m in cv.markers)
    for cv in some("e9_resume_ko", "ko"):
        assert "체류자격: E-9" in cv.text and re.search(r"\d{6}-[5-8]\d{6}", cv.text)
    for lang in ("en", "fr"):
        for cv in some("biodata_sheet", lang, 4):
            kin = re.search(r"(Next of kin|Personne à prévenir) ?: (.+) \(", cv.text).group(2)
            assert any(m.family == "name" and m.value == kin for m in cv.markers)


def test_height_and_weight_are_health(cvs):
    sizes = [m.value for cv in cvs for m in cv.markers if m.family == "health" and re.fullmatch(
        r"\d,\d\d m|\d+ ?kg|\d+ ?cm|\d'\d+\"", m.value)]
    assert len(sizes) >= 100
    assert all(m.family == "health" for cv in cvs for m in cv.markers if re.fullmatch(r"\d+ ?kg", m.value))


def test_hiring_declarations_are_the_papers_of_each_country():
    for lang, start, number in (("fr", "Accusé de réception de déclaration préalable à l'embauche", r"[12] ?\d\d ?\d\d ?99"),
                                ("en", "HMRC Starter checklist", r"National Insurance number: [A-Z]{2} \d\d"),
                                ("ko", "4대 사회보험 피보험자격 취득신고서", r"\d{6}-[5-8]\d{6}")):
        for cv in some("hiring_declaration", lang, 4):
            assert cv.text.startswith(start) and re.search(number, cv.text), lang
            assert "---" in cv.text and cv.text.split("---")[1].strip()  # the CV below
    ticks = [m.value for cv in some("hiring_declaration", "en", 12) for m in cv.markers if "☒" in m.value]
    assert ticks and all(t in ("☒ Female", "☒ Male") for t in ticks)
    for cv in some("hiring_declaration", "en", 12):  # the NI number carries no birth date: not planted
        assert not any(re.fullmatch(r"[A-Z]{2} \d\d \d\d \d\d [A-D]", m.value) for m in cv.markers)
