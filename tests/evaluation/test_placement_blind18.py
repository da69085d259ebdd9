"""The blind18 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), personal details typed in a hurry (misspelled
and cut labels, texting-style values, no accents or capitals, odd date formats, mistyped e-mail addresses), job facts
typed the same way, other people named, a vocabulary no earlier split nor Faker carries, and layouts that write what
their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind18 as B18
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted, some, values  # noqa: E402
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10
LAYOUT_NAMES = ("sms_agence", "formulaire_mobile", "post_cherche_taf", "note_vocale", "fiche_benevole",
                "demande_petite_annonce", "cv_premier_job", "cv_apprenant", "profil_discord", "notes_recruteur",
                "profil_alba", "quick_apply_uk")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind18", per_layout=PER_LAYOUT, seed=18)


def test_split_is_registered_new_and_listed():
    contract.registered("blind18", B18, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind18")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind18", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


def test_labels_are_typed_misspelled_and_cut(cvs):
    """The misspelled labels are in the CVs, and in every language most families have one that is not the right
    spelling (a generator writing only 'date de naissance' fails)."""
    for lang in P.LANGS:
        text = "\n".join(cv.text for cv in cvs if cv.lang == lang)
        for family, labels in B18.LABELS[lang].items():
            assert any(re.search(rf"(^|[\s>/|]){re.escape(x)} ?:", text, re.M) for x in labels), (lang, family)
    text = "\n".join(cv.text for cv in cvs)
    for label in ("date de naissense", "ddn", "nationalitée", "natiolite", "sit. fam.", "situation familliale",
                  "adrese", "relig.", "DOB", "date of brith", "nationallity", "maritial status", "adress", "helth",
                  "생녀월일", "국젹", "주쇼", "종꾜"):
        assert re.search(rf"(^|[\s>/|]){re.escape(label)} ?:", text, re.M), label


def test_values_are_typed_in_texting_style(cvs):
    age, birth, family = values(cvs, "age"), values(cvs, "birth"), values(cvs, "family")
    assert any(re.fullmatch(r"\d\dans", v) for v in age) and any(v.endswith(" piges") for v in age)
    assert any(re.fullmatch(r"\d\d(yo|y/o)", v) for v in age) and any(re.fullmatch(r"만\d\d세", v) for v in age)
    assert any(re.fullmatch(r"en \d\d", v) for v in birth) and any(re.fullmatch(r"'\d\d", v) for v in birth)
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d\d", v) for v in birth) and any(re.fullmatch(r"\d\d/\d\d", v) for v in birth)
    assert any(re.fullmatch(r"\d{1,2} (janv|fev|mars|avril|mai|juin|juil|aout|sept|oct|nov|dec) \d\d", v) for v in birth)
    assert any(re.fullmatch(r"\d{6}", v) for v in birth) and any(re.fullmatch(r"\d\d년생", v) for v in birth)
    assert any(re.fullmatch(r"born \d\d", v) for v in birth)
    assert {"célib", "celibatere", "maryé", "maryée", "marrried", "singel", "미혼임", "돌싱"} & family
    assert any(re.fullmatch(r"(maman|papa) de \d", v) for v in family) and any(re.fullmatch(r"\d gosses", v)
                                                                              for v in family)
    assert any(re.fullmatch(r"\d kids", v) for v in family) and any(re.fullmatch(r"애 (하나|둘|셋|넷)", v) for v in family)
    assert {"asmathique", "rqth", "bad back"} <= values(cvs, "health")
    assert {"musulmane pratiquante", "musulman pratiquant"} & values(cvs, "religion")
    assert {"je fais le ramadan", "go to church on sundays", "교회 다녀요"} & values(cvs, "religion")
    text = "\n".join(cv.text for cv in cvs)
    assert re.search(r"\b(jsuis|chui) née? (en|le) ", text) and re.search(r"\bg \d (enfants|gosses|enf\.)", text)
    assert re.search(r"married w/ \d kids|marrried w/ \d kids", text) and "jhabite a " in text


def test_no_accents_no_capitals_and_mistyped_mail(cvs):
    names = values(cvs, "name", "fr") | values(cvs, "name", "en")
    assert sum(v == v.lower() for v in names) >= 20 and sum(v == v.upper() for v in names) >= 5
    assert any(v != P.ascii_fold(v) for v in names) and any(
        P.ascii_fold(v) == v and any(P.ascii_fold(w) != w for w in B18.NAMES["fr"]["F"] + B18.NAMES["fr"]["M"]
                                     if P.ascii_fold(w).lower() in v) for v in names)
    assert any(re.search(r"\(\w+\)$", v) for v in names)  # a nickname with the given name after it
    nats = values(cvs, "nationality", "fr")
    assert {"francaise", "francais", "algerienne", "algerien"} & nats and not any(re.search("[éè]", v) for v in nats)
    hosts = {v.split("@")[1] for v in values(cvs, "contact") if "@" in v[1:]}  # not the handles ('@kevy_12x')
    assert hosts and hosts <= {h for hs in B18.MAIL_HOSTS.values() for h in hs}
    assert {"gmial.com", "hotmial.fr", "navr.com"} & hosts


def test_other_people_are_named_too():
    """A cousin, a former boss, a volunteer, a referee: names besides the author's."""
    for name in ("sms_agence", "note_vocale", "fiche_benevole", "cv_premier_job", "notes_recruteur"):
        for lang in P.LANGS:
            for cv in some(name, lang, 4):
                words = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
                assert any(not a & b for a in words for b in words), (name, lang, words)
    for cv in some("fiche_benevole", "fr", 4):
        assert cv.text.splitlines()[0].split(" par ")[1].split(" (")[0] in planted(cv, "name")


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        assert len(set(B18.EMPLOYERS[lang]) & facts) >= 5, lang
        assert set(B18.JOB_PLACES[lang]) <= facts, (lang, set(B18.JOB_PLACES[lang]) - facts)
        assert len(set(B18.LICENCES[lang]) & facts) >= 5 and len(set(B18.AVAIL[lang]) & facts) >= 3, lang
        assert len(set(B18.DIPLOMAS[lang]) & facts) >= 3, lang
    facts = {f for cv in cvs for f in cv.facts}
    assert any(re.fullmatch(r"\d+ans d'exp en .+", f) for f in facts)
    assert any(re.fullmatch(r"\d+ yrs .+", f) for f in facts)
    assert any(re.fullmatch(r"지게차 \d+년", f) for f in facts)
    assert {"caces 1 3 5 ok", "dispo de suite", "permis b + vehicule"} <= facts


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, *(getattr(P, f"BLIND{i}_MODULE")
                                                                      for i in range(3, 18)))]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B18.NAMES) | {P.ascii_fold(w).lower() for v in B18.NICKS.values() for w in P.name_words(v)}
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    for attr in ("KO_LATIN", "LATIN", "NIC", "SCRIPT"):
        old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, attr, {}).values()
                      if isinstance(v, str) for w in P.name_words(v)}
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B18)
    assert {"Villetaneuse", "Darlaston", "십정동", "Senlis", "Bloxwich", "Guelma", "연길"} <= mine  # read
    folded = {P.ascii_fold(x).lower() for x in old}
    assert not mine & old and not {P.ascii_fold(x).lower() for x in mine} & folded, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family in ("residence", "birth")}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"bouzerdoum", "Pughsley", "탁보늬", "jessou"} & written


# --- the layouts write what their docstrings say ----------------------------------------------------------------------
def test_sms_voice_note_post_and_profile_frames():
    for lang in P.LANGS:
        for cv in some("sms_agence", lang, 3):
            body = cv.text.splitlines()[1:]
            assert len(body) >= 15 and all(line.startswith("> ") for line in body)
        for cv in some("note_vocale", lang, 3):
            said = cv.text.split("\n")
            assert len(said) == 2 and said[1].count({"fr": " euh ", "en": " erm ", "ko": " 음 "}[lang]) >= 12
        for cv in some("post_cherche_taf", lang, 3):
            assert "🙏" in cv.text.splitlines()[0] and all(e in cv.text for e in "🎂📍📞💼")
        for cv in some("profil_discord", lang, 3):
            first = cv.text.splitlines()[0]
            assert first.startswith("@") and cv.text.count(" | ") >= 8 and first.split(" · ")[0] in planted(cv,
                                                                                                            "contact")
    for cv in some("quick_apply_uk", "en", 3):
        assert len(re.findall(r"^Q: .+\? A: ", cv.text, re.M)) >= 12
    for cv in some("profil_alba", "ko", 3):
        assert cv.text.startswith("알바앱 프로필") and "ㅎㅎ" in cv.text
