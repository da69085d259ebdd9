"""The blind17 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), personal blocks and sentences written in the
author's own language (Portuguese to Thai) with that language's labels, names in Cyrillic, Devanagari, Khmer, Burmese
and Thai scripts scored as whole words, job facts in those languages, a vocabulary no earlier split nor Faker
carries, and layouts that write what their docstrings say."""
from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind17 as B17
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted, some, values  # noqa: E402
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10
LAYOUT_NAMES = ("cv_traduit", "europass_maison", "fiche_agence_traduite", "carta_recomendacao",
                "traduction_assermentee", "message_whatsapp", "carte_identite_ocr", "formulaire_bilingue",
                "profil_appli", "lettre_code_switch", "biodata_e9", "saisonnier_agricole")
SCRIPTS = {"cyrillic": "[\u0400-\u04ff]", "devanagari": "[\u0900-\u097f]", "khmer": "[\u1780-\u17ff]",
           "burmese": "[\u1000-\u109f]", "thai": "[\u0e00-\u0e7f]"}


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind17", per_layout=PER_LAYOUT, seed=17)


def test_split_is_registered_new_and_listed():
    contract.registered("blind17", B17, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind17")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind17", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)

def test_every_family_is_written_in_the_authors_own_language(cvs):
    """Each CV language carries personal blocks in many home languages, under those languages' labels."""
    for lang in P.LANGS:
        origins = {o for cv in cvs if cv.lang == lang for o in B17.WEIGHTS[lang]
                   if B17.HL[B17.HOME[o]]["born"] in cv.text}
        assert origins == set(B17.WEIGHTS[lang]), (lang, set(B17.WEIGHTS[lang]) - origins)
    text = "\n".join(cv.text for cv in cvs)
    for label in ("Data de nascimento", "Naturalidade", "Estado civil", "Fecha de nacimiento", "Lugar de nacimiento",
                  "Data nașterii", "Stare civilă", "Cetățenie", "Data urodzenia", "Stan cywilny", "Obywatelstwo",
                  "Doğum tarihi", "Medeni hali", "Uyruğu", "Дата народження", "Сімейний стан", "Gimimo data",
                  "जन्म मिति", "Họ và tên", "Giới tính", "Quê quán", "Tôn giáo", "Nama lengkap", "Jenis kelamin",
                  "Agama", "Status perkawinan", "ភេទ", "Oilaviy holati", "Kasarian", "Katayuang sibil", "ကျား/မ",
                  "ศาสนา", "สถานภาพ"):
        assert label in text, label
    for family in ("sex", "age", "birth", "nationality", "family", "religion", "health"):
        for name, rx in SCRIPTS.items():  # the value itself in the home script, not only its label
            if (family, name) in {("birth", "khmer"), ("birth", "burmese"), ("birth", "thai"), ("birth", "devanagari"),
                                  ("age", "cyrillic")}:
                continue  # places of birth are written in Latin letters there; '46 років' is tested below
            assert any(re.search(rx, v) for v in values(cvs, family)), (family, name)


def test_markers_said_the_home_way_are_planted(cvs):
    sex, family, nat = values(cvs, "sex"), values(cvs, "family"), values(cvs, "nationality")
    assert {"Giới tính: Nữ", "Giới tính: Nam", "Askerlik durumu: Yapıldı", "Feminino", "kobieta", "Kadın"} <= sex
    assert {"Daw", "ဒေါ်"} & sex and {"นาง", "นางสาว", "นาย"} & sex and {"Sex: F", "Sex: M"} & sex
    assert {"ភេទ: ស្រី", "ភេទ: ប្រុស"} & sex and {"ကျား/မ: မ", "ကျား/မ: ကျား"} & sex
    assert {"casada", "zamężna", "заміжня", "ištekėjusi", "căsătorită"} & family
    assert {"kawaler", "solteiro", "soltero", "неодружений", "Bekâr", "Độc thân", "Belum kawin", "โสด"} & family
    assert any(re.fullmatch(r"\d (filhos|dzieci|copii|çocuk|anak|con)", v) for v in family)
    assert {"Dân tộc: Kinh", "WNI", "T.C.", "Portuguesa", "polskie", "Україна"} <= nat
    religion = values(cvs, "religion")
    assert {"Católica", "rzymskokatolickie", "İslam", "Islam", "Phật giáo", "พุทธ"} & religion and len(religion) >= 10
    age = values(cvs, "age")
    assert any(re.fullmatch(r"(vinte|trinta|quarenta|cinquenta|sessenta).* anos", v) for v in age)  # in words
    assert any(v.endswith(("lat", "lata")) for v in age) and any(v.endswith("tuổi") for v in age)
    assert any(re.fullmatch(r"\d+ (років|роки|рік)", v) for v in age)
    health = values(cvs, "health")
    assert {"%40 engelli raporu", "158 cm / 52 kg"} & health and len(health) >= 6


def test_names_in_home_scripts_and_orders(cvs):
    names = values(cvs, "name")
    for script, rx in SCRIPTS.items():
        assert len([v for v in names if re.search(rx, v)]) >= 3, script
    for v in names:  # a name in a Brahmic script is scored word by word, not by the fragments between its marks
        for w in P.name_words(v):
            assert len(w) >= 2 and (w in v)
    assert P.name_words("फूलमाया थापा") == ["फूलमाया", "थापा"] and P.name_words("ស្រីនិច") == ["ស្រីនិច"]
    assert P.name_words("सुन माया।") == ["सुन", "माया"]  # the danda is no letter
    assert any(re.fullmatch(r"\S+ (Thị|Văn) \S+", v) for v in names)  # Vietnamese order with its middle name
    assert any(re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻÇŞĞİÖÜĂÂÎȘȚ]+ [A-Z][a-zà-ÿąćęłńóśźżçşğıöüăâîșț]+", v) for v in names)
    assert any(re.fullmatch(r"[A-Z]+_[A-Za-z]+", v) for v in names)  # a file name in a chat


def test_surnames_agree_with_the_sex_and_the_marriage():
    for lang in ("fr", "en"):
        for cv in some("saisonnier_agricole", lang, 12):
            for v in planted(cv, "name"):
                last = v.split()[0].lower()
                if cv.sex == "M":
                    assert not last.endswith(("ska", "cka", "ienė", "aitė", "iūtė")), v
                if cv.sex == "F" and re.search(r"(owsk|jakšt|grybausk|baranausk|bruž)", last):
                    assert last.endswith(("ska", "ienė", "aitė", "iūtė")), v


def test_other_people_are_named_too():
    """Translators, signatories, recruiters: names besides the author's."""
    for name in ("fiche_agence_traduite", "carta_recomendacao", "traduction_assermentee", "message_whatsapp"):
        for lang in P.LANGS:
            for cv in some(name, lang, 4):
                words = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
                assert any(not a & b for a in words for b in words), (name, lang, words)


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        origins = B17.WEIGHTS[lang]
        home_emp = {e for o in origins for e, _ in B17.HOME_JOBS[o]}
        home_places = {pl for o in origins for _, pl in B17.HOME_JOBS[o]}
        places = {"fr": B17.FR_JOB_PLACES, "en": B17.EN_JOB_PLACES, "ko": B17.KO_JOB_PLACES}[lang]
        assert len(home_emp & facts) >= 8 and len(home_places & facts) >= 8, lang
        assert len(set(places) & facts) >= 6, (lang, set(places) - facts)
        hls = {B17.HOME[o] for o in origins}
        dips = {d for h in hls for d in B17.HL[h]["dip"]}
        lics = {x for h in hls for x in B17.HL[h]["lic"]}
        avails = {B17.HL[h]["avail"] for h in hls}
        assert len(dips & facts) >= 6 and len(lics & facts) >= 6 and len(avails & facts) >= 4, lang
        tongues = {f"{B17.TONGUES[o]} ({B17.NATIVE[lang]})" for o in origins}
        assert len(tongues & facts) >= 4, lang
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 15, lang
    facts = {f for cv in cvs for f in cv.facts}
    assert {"Carta de condução categoria C", "Prawo jazdy kat. C+E"} & facts
    assert any(re.fullmatch(r"\d+ anos de experiência", f) for f in facts)
    assert any(re.fullmatch(r"\d+ (lat|lata) doświadczenia", f) for f in facts)
    assert any(re.fullmatch(r"kinh nghiệm \d+ năm", f) for f in facts)  # 'kinh' of experience, not 'Kinh' the people
    assert any(f.startswith("EPS-TOPIK ") for f in facts)


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, *(getattr(P, f"BLIND{i}_MODULE")
                                                                      for i in range(3, 17)))]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B17.NAMES) | {P.ascii_fold(w).lower() for v in B17.SCRIPT.values() for w in P.name_words(v)}
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
    mine = towns(B17) | {pl.split(",")[0] for jobs in B17.HOME_JOBS.values() for _, pl in jobs}
    assert {"Scionzier", "Kimbolton", "연무", "Cluses", "Badsey", "Fafe", "Qarshi", "Felgueiras"} <= mine  # read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family in ("residence", "birth")}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Quaresma", "Kuzmyshyn", "Thakali", "Khổng", "Ngadiman", "Boonyarit"} & written


# --- the layouts write what their docstrings say ----------------------------------------------------------------------
def test_translated_and_bilingual_forms_label_twice():
    for lang in P.LANGS:
        for cv in some("cv_traduit", lang, 4):
            assert re.search(r"^.+ / (Date de naissance|Date of birth|생년월일|Sexe|Sex|성별|Nom|Name|성명) ?: ",
                             cv.text, re.M), cv.text[:200]
        for cv in some("formulaire_bilingue", lang, 4):
            assert len([line for line in cv.text.splitlines() if " | " in line]) >= 5
    for cv in some("biodata_e9", "ko", 6):
        assert cv.text.startswith("외국인 구직자 명부 (E-9)") and re.search(r"^성명 / \S", cv.text, re.M)


def test_chat_id_card_sworn_translation_and_season():
    for lang in P.LANGS:
        for cv in some("message_whatsapp", lang, 4):
            stamps = re.findall(r"^\[\d\d/\d\d/2024, \d\d:\d\d\] ", cv.text, re.M)
            assert len(stamps) >= 8 and cv.text.split(" — ")[0] in ("WhatsApp", "Zalo", "Viber")
        for cv in some("carte_identite_ocr", lang, 4):
            assert cv.text.splitlines()[1] in B17.ID_CARD.values()
        for cv in some("traduction_assermentee", lang, 3):
            assert cv.text.splitlines()[1].split(": ", 1)[1] in planted(cv, "name")  # the translator is named
    for lang in ("fr", "en"):
        for cv in some("saisonnier_agricole", lang, 4):
            assert cv.text.startswith(("CANDIDATURE", "SEASONAL")) and "lettre" not in cv.text
