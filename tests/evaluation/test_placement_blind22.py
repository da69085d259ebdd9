"""The blind22 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), paper CVs and forms read by OCR: labels, values
and job facts damaged the way scanners and phone photos damage them (confused and look-alike characters, split and
joined words, dotted leaders, tick boxes, stray marks), with seeded odds by layout; names and places new; layouts that
write what their docstrings say."""
from __future__ import annotations

import importlib
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind22 as B22
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted, values  # noqa: E402
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 8  # 264 CVs: the contract's 250 and more, and a quicker file
LAYOUT_NAMES = ("cv_scanne_photo", "fiche_agence_cases", "formulaire_photo_manuscrit", "uk_application_scan",
                "iryeokseo_pyo_scan", "cv_fax", "scan_deux_pages", "word_zone_texte", "lettre_copieur",
                "reference_tampon", "photocopie_identite", "photo_telephone", "cv_colonnes_ocr")
LOOK_ALIKES = set("ЗОΟοаесрАЕН")  # Cyrillic and Greek letters read for Latin ones or digits


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, str, int], tuple[P.Sheet, P.PlacedCV]]:
    """What generate("blind22", per_layout=PER_LAYOUT, seed=22) draws, with each CV's sheet and its OCR log."""
    return {(lay.name, lang, i): replay(lay.name, lang, seed=22, index=i)
            for lay in P.layouts("blind22") for lang in lay.langs for i in range(PER_LAYOUT)}


@pytest.fixture(scope="module")
def cvs(drafts) -> list[P.PlacedCV]:
    return [cv for _, cv in drafts.values()]


def replay(name: str, lang: str, seed: int = 2, index: int = 0) -> tuple[P.Sheet, P.PlacedCV]:
    """A CV drawn as make_cv draws it, with its sheet: the OCR log (kind, clean, read) of what was written."""
    lay = P.LAYOUTS[name]
    for attempt in range(P.MAX_ATTEMPTS):
        rng = random.Random(f"{seed}/{lay.name}/{lang}/{index}/{attempt}")
        sheet = P.Sheet(rng, lang, P.make_person(rng, lang))
        text = lay.fn(sheet)
        cv = P.PlacedCV(name, lang, text, list(dict.fromkeys(sheet.markers)), list(dict.fromkeys(sheet.facts)),
                        sheet.p.sex)
        if not P.check(cv):
            return sheet, cv
    raise AssertionError(name)


def test_split_is_registered_new_and_listed():
    contract.registered("blind22", B22, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind22")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind22", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


# --- the OCR damage -----------------------------------------------------------------------------------------------------
def test_replay_is_the_generated_cv(drafts):
    for name in ("cv_fax", "lettre_copieur"):
        sheet, cv = replay(name, "fr", index=1)
        assert cv.text == contract.make(name, "fr", 1).text and sheet.b22_log
    generated = P.generate("blind22", langs=("ko",), per_layout=1, seed=22)
    assert [cv.text for cv in generated] == [drafts[cv.layout, "ko", 0][1].text for cv in generated]


def test_damage_is_there_and_grows_with_the_layouts_level(drafts):
    """A share of labels, values and facts differ from their clean form in every layout and language, the heavy
    layouts more than the light ones; some items stay clean."""
    share: dict[str, list[float]] = defaultdict(list)
    for lay in P.layouts("blind22"):
        for lang in lay.langs:
            log = [x for i in range(PER_LAYOUT) for x in drafts[lay.name, lang, i][0].b22_log]
            by_kind = defaultdict(list)
            for kind, clean, read in log:
                by_kind[kind].append(clean != read)
            for kind in ("label", "value", "fact"):
                assert by_kind[kind], (lay.name, lang, kind)
            changed = sum(x for v in by_kind.values() for x in v) / len(log)
            assert 0.15 <= changed < 0.97, (lay.name, lang, changed)
            assert any(by_kind["label"]) and any(by_kind["fact"]), (lay.name, lang)
            share[drafts[lay.name, lang, 0][0].b22_level].append(changed)
    mean = {level: sum(v) / len(v) for level, v in share.items()}
    assert mean["light"] < mean["medium"] < mean["heavy"], mean


def test_damage_is_seeded():
    a, b = replay("photo_telephone", "en", seed=5)[0].b22_log, replay("photo_telephone", "en", seed=5)[0].b22_log
    c = replay("photo_telephone", "en", seed=6)[0].b22_log
    assert a == b and a != c
    rng1, rng2 = random.Random(1), random.Random(1)
    assert B22.misread("Nationalité", rng1, 2, B22.SUBS) == B22.misread("Nationalité", rng2, 2, B22.SUBS)


def test_misread_confuses_characters_as_ocr_does():
    assert B22.misread("Prénom", random.Random(0), 1, [("m", "rn")]) == "Prénorn"
    assert B22.misread("Nationalité", random.Random(0), 1, [("l", "1")]) == "Nationa1ité"
    assert B22.misread("03/10/1979", random.Random(0), 3, [("0", "O")]) == "O3/1O/1979"
    cyrillic = [B22.misread("03/10/1979", random.Random(i), 1, [("3", "З")]) for i in range(40)]
    assert "0З/10/1979" in cyrillic and 0.1 < cyrillic.count("03/10/1979") / 40 < 0.95  # other scripts: rarer
    assert B22.misread("생년월일", random.Random(0), 1, {"월": "윌"}) == "생년윌일"
    assert B22.misread("rn", random.Random(0), 2, [("rn", "m"), ("r", "x")]) in ("m", "xn")  # never overlapping
    assert all(a.isalpha() and b.isalpha() for a, b in B22.NAME_SUBS)
    assert B22.split_word("Nationalité", random.Random(0)).replace(" ", "") == "Nationalité"


def test_damage_kinds_are_all_written(cvs, drafts):
    text = "\n".join(cv.text for cv in cvs)
    for mark in ("rn", "vv", "ﬁ", "|", "~", "¦", "»", "[X]", "[ ]", "☒", "☐", "■", "□", "........", "_____", "▒"):
        assert mark in text, mark
    assert LOOK_ALIKES <= set(text), LOOK_ALIKES - set(text)
    for wrong in ("Nationa1ité", "Prénorn", "Fernale", "생년윌일", "성벌", "국직"):
        assert any(wrong in cv.text for cv in cvs) or wrong[:5] in text, wrong
    labels = {read for sheet, _ in drafts.values() for kind, _, read in sheet.b22_log if kind == "label"}
    assert any(re.search(r"\w \w", x) and " " not in x.replace(" ", "", 1) for x in labels)  # a label split
    values_ = values(cvs, "birth")
    assert any(re.search(r"[OoОΟlI|ЗBSZg]", v) and re.search(r"\d", v) for v in values_)  # digits misread in a date
    assert any(v.startswith(("Née", "Né", "DOB")) and re.search(r"\d", v) for v in values_)  # glued to its label


def test_damaged_facts_are_present_and_many(cvs, drafts):
    """Every CV has 8 facts or more, at least a quarter of all facts read with a confusion, and the facts of the
    brief's kinds occur damaged: durations, licences, diplomas, dates."""
    assert all(len(cv.facts) >= 8 for cv in cvs), min(len(cv.facts) for cv in cvs)
    log = [x for sheet, _ in drafts.values() for x in sheet.b22_log if x[0] == "fact"]
    damaged = [read for _, clean, read in log if clean != read]
    assert len(damaged) >= 0.25 * len(log), (len(damaged), len(log))
    facts = {f for cv in cvs for f in cv.facts}
    clean = {clean for _, clean, _ in log}
    assert any(re.search(r"\d[OoО]? (ans|years)", f) and f not in clean for f in facts)  # a duration
    assert any(f.startswith(("CACES", "Perrnis", "Permis", "Counterbalance")) and f not in clean for f in facts)
    assert any(re.search(r"[lIOoЗBZg|]", f) and re.search(r"\d{2}", f) and f not in clean for f in facts)


# --- vocabulary ------------------------------------------------------------------------------------------------------
def test_names_and_places_are_new(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, *(getattr(P, f"BLIND{i}_MODULE")
                                                                      for i in range(3, 22)))]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool, faker = name_words(B22.NAMES), faker_name_words()
    assert not pool & faker, sorted(pool & faker)
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    assert not pool & old_names, sorted(pool & old_names)
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    mine = towns(B22)
    assert {"Morez", "Ornans", "Ebolowa", "Enniskillen", "Llanidloes", "Kambia", "단양읍", "영덕읍", "예천읍"} <= mine
    folded = {P.ascii_fold(x).lower() for x in old}
    assert not mine & old and not {P.ascii_fold(x).lower() for x in mine} & folded, sorted(mine & old)
    place_words = {P.ascii_fold(w).lower() for x in mine for w in re.findall(r"[^\W\d_]+", x)} - {"en", "les"}
    assert not place_words & faker, sorted(place_words & faker)


def unconfuse(word: str) -> str:
    """A name's word with OCR's confusions undone as far as they can be (lossy: i/l and c/e read alike)."""
    w = word.lower().translate(str.maketrans("аесрοознт", "aecpoo3ht"))
    for a, b in (("rn", "m"), ("vv", "w"), ("d", "cl")):  # "d" and "cl" both read "cl"
        w = w.replace(a, b)
    return P.ascii_fold(w).replace("i", "l").replace("c", "e")


def test_names_are_damaged_letter_for_letter(cvs):
    """A written name's words are letters only and read as the pool's once OCR's confusions are undone (a Korean name
    with one syllable misread at most); many are damaged."""
    pool = {w for d in B22.NAMES.values() for v in d.values() for n in v for w in P.name_words(n)}
    undone = {unconfuse(w) for w in pool}
    damaged = 0
    for cv in cvs:
        for v in planted(cv, "name"):
            for w in P.name_words(v):
                assert not re.search(r"\d", w)
                if w in pool or w.title() in pool:
                    continue
                damaged += 1
                if cv.lang == "ko":
                    assert any(len(x) == len(w) and sum(a != b for a, b in zip(x, w)) <= 1 for x in pool), w
                else:
                    assert unconfuse(w) in undone, (cv.layout, v)
    assert damaged >= 100


# --- the layouts write what their docstrings say ------------------------------------------------------------------------
def test_layout_frames(drafts):
    def some(name: str, lang: str, n: int) -> list[P.PlacedCV]:
        return [drafts[name, lang, i][1] for i in range(n)]

    for lang in ("fr", "en", "ko"):
        for cv in some("cv_scanne_photo", lang, 2):
            assert any(p in cv.text.splitlines()[0] for p in B22.PHOTO)
        for cv in some("fiche_agence_cases", lang, 3):
            assert re.search(r" \.{4,} ", cv.text) and "_" * 20 in cv.text
            assert any(re.search(r"\[X\]", v) for v in planted(cv, "family"))
            assert any(("■" in v and "□" in v) or ("☒" in v and "☐" in v) for v in planted(cv, "sex"))
        for cv in some("formulaire_photo_manuscrit", lang, 2):
            lines = cv.text.splitlines()
            assert sum(line.endswith(" :") for line in lines[:8]) >= 6  # the labels first, the values after them
        for cv in some("cv_fax", lang, 2):
            lines = cv.text.splitlines()
            assert re.search(r"FAX .*P\.01/02", lines[0], re.I) and re.search(r"P\.02/02", lines[-1])
        for cv in some("scan_deux_pages", lang, 2):
            assert sum(v in cv.text.split("\n")[0] for v in planted(cv, "name")) >= 1
            assert len([line for line in cv.text.splitlines() if "CV - " in line]) == 2
        for cv in some("lettre_copieur", lang, 2):
            assert cv.text.splitlines()[4] in ("Madame, Monsieur,", "Dear Sir or Madam,", "안녕하십니까.")
        for cv in some("reference_tampon", lang, 2):
            assert cv.text.startswith("»~") and "/~~\\_/" in cv.text
        for cv in some("photocopie_identite", lang, 2):
            assert "- - - - -" in cv.text and any(p in cv.text for p in B22.PHOTO)
        for cv in some("photo_telephone", lang, 2):
            assert sum(line[:1] in B22.NOISE or line[-1:] in B22.NOISE for line in cv.text.splitlines() if line) >= 3
    for lang in ("fr", "en"):
        for cv in some("word_zone_texte", lang, 2):
            assert sum(line.startswith("| ") for line in cv.text.splitlines()) >= 10
        for cv in some("cv_colonnes_ocr", lang, 2):
            assert sum(bool(re.search(r"\S {3,}\S", line)) for line in cv.text.splitlines()) >= 8
        for cv in some("photo_telephone", lang, 2):
            assert re.search(r"(\w ){4}", cv.text.splitlines()[1])  # a letter-spaced heading
    for cv in some("uk_application_scan", "en", 3):
        assert cv.text.startswith("Section 1 - ") and "--- page 2 ---" in cv.text
        assert any("☒" in v for v in planted(cv, "sex"))
    for cv in some("iryeokseo_pyo_scan", "ko", 3):
        assert "(사진)" in cv.text and len(re.findall(r" \| |   | ¦ ", cv.text)) >= 5
