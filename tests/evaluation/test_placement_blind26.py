"""The blind26 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact); paper and screens read back by machines: OCR
confusions at several damage levels (some CVs and items clean), facts and labels damaged like the markers, names
damaged letter for letter only, tick boxes, dotted leaders, UI chrome, columns read apart, Hangul misread, numbers and
names as heard; names and places new; layouts that write what their docstrings say."""
from __future__ import annotations

import difflib
import random
import re
import sys
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind26 as B26

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted  # noqa: E402

PER_LAYOUT = 9  # 270 CVs: the contract's 250 and more
LAYOUT_NAMES = ("scan_cv_smartphone", "tesseract_deux_colonnes", "fax_fiche_inscription", "capture_messagerie",
                "capture_profil_jobboard", "pdf_tableau_par_colonnes", "ko_iryeokseo_scan", "dictee_transcrite",
                "photocopie_cni_cv", "fiche_manuscrite_htr", "certificat_travail_scan", "ko_gujik_sincheong_fax",
                "pdf_scanne_multipage")
DAMAGED = ("tesseract_deux_colonnes", "fax_fiche_inscription", "ko_iryeokseo_scan", "photocopie_cni_cv",
           "fiche_manuscrite_htr", "certificat_travail_scan", "ko_gujik_sincheong_fax", "pdf_scanne_multipage")
CLEAN_FACTS = {x for lang in P.LANGS for xs in (B26.LICENCES[lang], B26.DIPLOMAS[lang], B26.SCHOOLS[lang],
                                                  B26.SKILLS[lang]) for x in xs} | {
    x for jobs in B26.JOBS.values() for t, e, _ in jobs for x in (t, e)} | set(
    B26.FR_JOB_PLACES + B26.EN_JOB_PLACES + B26.KO_JOB_PLACES)
HANGUL = re.compile("[\uac00-\ud7a3]")
CONFUSABLE = re.compile("[\u0400-\u04ff\u0370-\u03ff]|rn|I-I|\\|")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind26", per_layout=PER_LAYOUT, seed=26)


def by_layout(cvs, name: str, lang: str | None = None) -> list[P.PlacedCV]:
    return [cv for cv in cvs if cv.layout == name and lang in (None, cv.lang)]


def damaged_facts(cv: P.PlacedCV) -> list[str]:
    """Facts that are not a pool string but read from one (a close neighbour in the pools)."""
    return [f for f in cv.facts if f not in CLEAN_FACTS and len(f) >= 5 and difflib.get_close_matches(
        f, CLEAN_FACTS, n=1, cutoff=0.7)]


def test_split_is_registered_new_and_listed():
    contract.registered("blind26", B26, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind26")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind26", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


# --- the machine reader's damage ----------------------------------------------------------------------------------
def test_smudge_confuses_characters_as_ocr_does_and_keeps_names_letters():
    rng = random.Random(7)
    out = [B26.smudge(rng, "Permis B CACES R489 chez Verreries de l'Helpe 10 ans en EHPAD", 0.6) for _ in range(300)]
    joined = "\n".join(out)
    for sign in ("Perrnis", "8", "I-I", "R48g", "l'", "\u0435"):  # rn for m, B as 8, H as I-I, 9 as g, Cyrillic e
        assert sign in joined, sign
    assert sum(" " not in o.split("CACES")[0].strip() for o in out) > 0  # spaces dropped or inserted somewhere
    names = ["Hiltrude Caudrelier", "WAUQUIER", "Ngarlejy", "Mbaïlaou", "옹가온", "Marmaduke Thorpeley"]
    for name in names:
        for _ in range(200):
            got = B26.smudge(rng, name, 0.9, name=True)
            assert not re.search(r"[\d|$(]", got) and got.count(" ") == name.count(" "), (name, got)
            assert all(c.isalpha() or c in " .-'" for c in got), got
    assert {B26.smudge(rng, "옹가온", 1.0, name=True) for _ in range(50)} - {"옹가온"}
    assert any(HANGUL.search(x) and x != "요양보호사" for x in (B26.smudge(rng, "요양보호사", 1.0) for _ in range(20)))


def test_damage_comes_at_several_levels_and_some_cvs_are_clean(cvs):
    scans = by_layout(cvs, "scan_cv_smartphone")
    n_damaged = [len(damaged_facts(cv)) for cv in scans]
    assert sum(n == 0 for n in n_damaged) >= 2 and sum(n >= 4 for n in n_damaged) >= 3, n_damaged
    for name in DAMAGED:
        group = by_layout(cvs, name)
        assert sum(bool(damaged_facts(cv)) for cv in group) >= 0.6 * len(group), name
    clean = by_layout(cvs, "pdf_tableau_par_colonnes")
    assert sum(not damaged_facts(cv) for cv in clean) >= 0.5 * len(clean)


def test_facts_markers_and_labels_carry_the_damage(cvs):
    lost = [f for cv in cvs for f in damaged_facts(cv)]
    assert len(lost) >= 300
    assert sum(bool(CONFUSABLE.search(f)) for f in lost) >= 30
    assert any("-\n" in f for cv in cvs for f in cv.facts)  # a fact split at a line end
    assert any("-\n" in m.value for cv in cvs for m in cv.markers if m.family != "name")
    fr = [cv for cv in cvs if cv.lang == "fr" and cv.layout in DAMAGED]
    damaged_label = sum(not all(lab in cv.text for lab in ("Nationalité", "Adresse")) for cv in fr)
    assert damaged_label >= 0.3 * len(fr)
    # markers damaged too: values not as any clean form would write them
    towns_ = {t for t, _ in B26.FR_TOWNS + B26.EN_TOWNS}
    res = [v for cv in cvs for v in planted(cv, "residence") if re.search(r"[A-Za-z]", v)]
    assert sum(not any(t in v for t in towns_) and not any(st in v for st in B26.FR_STREETS + B26.EN_STREETS)
               for v in res) >= 10


def test_names_are_damaged_letter_for_letter_only(cvs):
    pool = {w for d in B26.NAMES.values() for v in d.values() for n in v for w in P.name_words(n)}
    pool |= {n[1:] for ns in B26.NAMES["ko"].values() for n in ns} | set(B26.KO_HEARD.values())
    folded = {P.ascii_fold(w).lower() for w in pool}
    damaged = 0
    for cv in cvs:
        for v in planted(cv, "name"):
            assert not re.search(r"\d", v), (cv.layout, v)
            for w in P.name_words(v):
                w = w.lower()
                if cv.layout == "photocopie_cni_cv" and w.startswith(("gbr", "tcd", "mus", "fra")):
                    w = w[3:]
                if P.ascii_fold(w) in folded or w in pool:
                    continue
                damaged += 1
                if HANGUL.search(w):  # syllable for syllable
                    assert all(HANGUL.match(c) for c in w) and len(w) in {len(n) for n in pool if HANGUL.search(n)}
                    continue
                assert difflib.get_close_matches(w, folded | pool, n=1, cutoff=0.5), (cv.layout, v)
    assert damaged >= 60


def test_layout_frames(cvs):
    for cv in by_layout(cvs, "capture_messagerie"):
        assert len(re.findall(r"\b\d{1,2}:[0-9O]{2}\b", cv.text)) >= 8 and re.search(r"\w ?%", cv.text)
        assert sum(t in cv.text for t in B26.TICKS) >= 1
    for cv in by_layout(cvs, "tesseract_deux_colonnes"):
        lines = cv.text.splitlines()
        assert sum(any(g in line for g in ("  ", " | ", " I ", " l ", " ¦ ")) for line in lines) >= 10
    for cv in by_layout(cvs, "fax_fiche_inscription"):
        assert re.search(r"[0O]+\S/[0O]+\S\b", cv.text) and any(b in cv.text for b in B26.BOXES["on"])
        assert any(b in cv.text for b in B26.BOXES["off"]) and ("...." in cv.text or "…" in cv.text or "__" in cv.text
                                                              or ". . ." in cv.text or "---" in cv.text)
    faxes = by_layout(cvs, "fax_fiche_inscription")  # the ticked box (as read) says the sex
    assert sum(any(re.match(r"\S{0,3}?[XxХΧ■☒⊠\[(|]", v) for v in planted(cv, "sex")) for cv in faxes) >= 0.8 * len(
        faxes)
    for cv in by_layout(cvs, "pdf_tableau_par_colonnes"):  # labels first, values after; periods before employers
        lines = cv.text.splitlines()
        assert lines[14] == planted(cv, "name")[0] and not any("@" in x for x in lines[:14])
        employers = [f for f in cv.facts if f in {e for js in B26.JOBS.values() for _, e, _ in js}]
        periods = [f for f in cv.facts if re.search(r"\d{4}", f) and ("-" in f or "~" in f)]
        if employers and periods:
            assert cv.text.index(periods[0]) < cv.text.index(employers[0])
    for cv in by_layout(cvs, "dictee_transcrite"):
        assert re.search(r"\[00:\d\d:\d\d\]", cv.text)
        assert any(w in cv.text for w in (" arobase ", " at ", " 골뱅이 "))
        assert any(re.search(r"[a-z가-힣]", v) for v in planted(cv, "age"))  # the age said in words (mostly)
    said = [v for cv in by_layout(cvs, "dictee_transcrite") for v in planted(cv, "age")]
    assert sum(not re.search(r"\d", v) for v in said) >= 0.5 * len(said)
    for cv in by_layout(cvs, "photocopie_cni_cv"):
        assert any("<<" in v for v in planted(cv, "name")) and any("<" in v for v in planted(cv, "birth"))
    for cv in by_layout(cvs, "certificat_travail_scan"):
        assert any(s in cv.text for s in ("BORDEREAU", "FAX", "팩스", "BOROEREAU")) or cv.text.count("\n") > 15
    for cv in by_layout(cvs, "pdf_scanne_multipage"):
        assert "\f" in cv.text and sum(cv.text.count(v) for v in set(planted(cv, "name"))) >= 3
    for cv in by_layout(cvs, "fiche_manuscrite_htr"):
        assert len(re.findall(r"(?m)^\d+\. ", cv.text)) >= 14
    for cv in by_layout(cvs, "ko_gujik_sincheong_fax"):
        assert "FROM" in cv.text or "P.1" in cv.text or "고용" in cv.text
    for cv in by_layout(cvs, "ko_iryeokseo_scan"):
        assert len(planted(cv, "family")) >= 2 and any("(" in v for v in planted(cv, "sex"))  # 병역 says the sex


def test_korean_layouts_are_in_hangul_and_misread(cvs):
    ko = [cv for cv in cvs if cv.lang == "ko"]
    assert len({cv.layout for cv in ko}) >= 8
    for cv in ko:
        assert len(HANGUL.findall(cv.text)) > 100, cv.layout
    pool_ko = {x for lang in ("ko",) for xs in (B26.LICENCES[lang], B26.DIPLOMAS[lang], B26.SCHOOLS[lang])
               for x in xs} | {x for t, e, _ in B26.JOBS["ko"] for x in (t, e)} | set(B26.KO_JOB_PLACES)
    misread = [f for cv in ko if cv.layout != "dictee_transcrite" for f in cv.facts
               if HANGUL.search(f) and f not in pool_ko and difflib.get_close_matches(f, pool_ko, n=1, cutoff=0.6)]
    assert len(misread) >= 40
    names = [v for cv in ko for v in planted(cv, "name") if HANGUL.search(v)]
    assert sum(v.replace(" ", "") not in {n for ns in B26.NAMES["ko"].values() for n in ns} and
               v.replace(" ", "") not in {n[1:] for ns in B26.NAMES["ko"].values() for n in ns} for v in names) >= 10


# --- vocabulary ------------------------------------------------------------------------------------------------------
def test_names_and_places_are_new():
    contract.names_and_places_new(
        "blind26", B26, {"Fourmies", "Landrecies", "Totland", "Whippingham", "흥덕면", "상하면", "Moundou", "Levelwood"})
    others = {P.ascii_fold(w).lower() for xs in list(B26.OTHERS.values()) + list(B26.RELATIVE.values()) for o in xs
              for w in P.name_words(o)}
    assert not contract.name_words(B26.NAMES) & others
