"""The blind23 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact), places: the candidate's home written in several
forms per CV among many places that are job facts (mission sites with their addresses, some in the home's town or on
the line below the home, schools, licences, agencies, rounds); names and places new; layouts that write what their
docstrings say."""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind23 as B23

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted  # noqa: E402

PER_LAYOUT = 9  # 279 CVs: the contract's 250 and more
LAYOUT_NAMES = ("fiche_inscription_agence", "cv_missions_adresses", "historique_extra_appli", "cv_livreur_tournees",
                "lettre_fait_a", "uk_cv_client_sites", "uk_form_previous_addresses", "iryeokseo_juso_geunmuji",
                "jagisogaeseo_geoju", "cv_etudiant_meme_ville", "courriel_transfere_signatures", "cv_demenagement",
                "fiche_hebergement_social")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind23", per_layout=PER_LAYOUT, seed=23)


def by_layout(cvs, name: str, lang: str | None = None) -> list[P.PlacedCV]:
    return [cv for cv in cvs if cv.layout == name and lang in (None, cv.lang)]


def test_split_is_registered_new_and_listed():
    contract.registered("blind23", B23, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind23")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind23", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


# --- residence and places -------------------------------------------------------------------------------------------
def test_residence_markers_are_many_and_in_several_forms(cvs):
    """Most CVs carry 3 residence markers or more; every layout and language writes the home in several forms (a
    street, a town or postcode alone, a district / département / hostel / previous home, a Korean 동·호)."""
    counts = [len(planted(cv, "residence")) for cv in cvs]
    assert sum(c >= 3 for c in counts) >= 0.7 * len(cvs), sorted(counts)[:20]
    assert min(counts) >= 1
    for lay in P.layouts("blind23"):
        for lang in lay.langs:
            vals = {v for cv in by_layout(cvs, lay.name, lang) for v in planted(cv, "residence")}
            kinds = {("street" if re.search(r"\d", v) and re.search(r"[^\W\d_]{3}", v) else
                      "code" if re.fullmatch(r"[\dA-Z ]+", v) else "words") for v in vals}
            assert len(kinds) >= 2, (lay.name, lang, sorted(vals)[:5])
    every = {v for cv in cvs for v in planted(cv, "residence")}
    for form in (r"\d+ ?(bis|ter) ", r"Appt \d+, Bât C", r"^Lieu-dit ", r"^(chez|c/o) ", r"^7500|^6900|^1300",
                 r"^97\d{3}$|Guyane|Mayotte|Martinique", r"\(2[AB]\)", r"^Flat \d", r"\d+동 \d+호", r"리 \d+-\d",
                 r"^(quartier|cité) ", r"Haute-Marne|Meuse", r"Foyer|Résidence sociale|CHRS|hostel|쉼터",
                 r"^[A-Z]{2}\d{1,2} \d[A-Z]{2}$", r"거주$"):
        assert any(re.search(form, v) for v in every) or any(re.search(form, cv.text, re.M) for cv in cvs), form


def test_place_facts_are_many_some_in_the_homes_town_or_below_it(cvs):
    """Every CV has 10 facts or more, among them addresses of places of work; in some CVs a site is in the home's
    own town, and in some its address is on the line right after the home's."""
    assert all(len(cv.facts) >= 10 for cv in cvs), min(len(cv.facts) for cv in cvs)
    addr = re.compile(r"^\d+ |^Units? |로 \d+$|^\d{5} |[A-Z]{2}\d{1,2} \d[A-Z]{2}$")
    assert all(sum(bool(addr.search(f)) for f in cv.facts) >= 2 for cv in cvs)
    same = below = 0
    for cv in cvs:
        homes = [v for v in planted(cv, "residence") if re.search(r"\d", v)]
        same += any(any(t in f for t in _home_towns(cv)) for f in cv.facts if addr.search(f))
        lines = cv.text.splitlines()
        for i, line in enumerate(lines[:-1]):
            if any(h in line for h in homes) and any(f in lines[i + 1] for f in cv.facts if addr.search(f)):
                below += 1
                break
    assert same >= 40 and below >= 15, (same, below)


def _home_towns(cv) -> set[str]:
    return {t for t, _ in B23.FR_TOWNS + B23.EN_TOWNS if re.search(rf"\b{re.escape(t)}\b", cv.text)} | {
        t for _, t in B23.KO_TOWNS if t in cv.text}


def test_streets_named_after_people_are_in_both_roles(cvs):
    people = ("Lucie Aubrac", "Simone Veil", "Aimé Césaire", "Gisèle Halimi", "Mary Seacole", "Edith Cavell",
              "Brunel", "Nelson Mandela")
    marker = {p for cv in cvs for v in planted(cv, "residence") for p in people if p in v}
    fact = {p for cv in cvs for f in cv.facts for p in people if p in f}
    assert len(marker & fact) >= 4, (marker, fact)
    assert any("세종대로" in f or "충무공로" in f for cv in cvs for f in cv.facts)


def test_mobility_is_left_unscored(cvs):
    for cv in by_layout(cvs, "fiche_inscription_agence"):
        line = B23.mobility(SimpleNamespace(lang=cv.lang))
        assert line in cv.text
        assert not any(line in m.value or m.value in line for m in cv.markers) and line not in cv.facts


# --- vocabulary ------------------------------------------------------------------------------------------------------
def test_names_and_places_are_new():
    contract.names_and_places_new(
        "blind23", B23, {"Wassy", "Commercy", "Swaffham", "Wymondham", "가야읍", "화개면", "Langeac", "Hwange"},
        place_stop=contract.PLACE_STOP)


# --- the layouts write what their docstrings say ------------------------------------------------------------------------
def test_layout_frames(cvs):
    for lang in ("fr", "en", "ko"):
        for cv in by_layout(cvs, "fiche_inscription_agence", lang)[:3]:
            assert any(f.startswith(tuple(B23.AGENCIES[lang])) for f in cv.facts)
            assert re.search(r"(Adresse du candidat|Candidate's home address|주소) :\n.+\n", cv.text)
        for cv in by_layout(cvs, "historique_extra_appli", lang)[:3]:
            assert cv.text.count("📍") >= 2 and "★" in cv.text
        for cv in by_layout(cvs, "cv_livreur_tournees", lang)[:3]:
            assert re.search(r"(Tournées|Rounds|배송 구역) : ", cv.text)
        for cv in by_layout(cvs, "lettre_fait_a", lang)[:3]:
            assert re.search(r"Fait à |Signed at |에서$", cv.text, re.M)
        for cv in by_layout(cvs, "cv_etudiant_meme_ville", lang)[:3]:
            assert cv.text.splitlines()[2].startswith(("Établissement", "College", "학교"))
            assert any(t in cv.text.splitlines()[2] for t in _home_towns(cv))
        for cv in by_layout(cvs, "courriel_transfere_signatures", lang)[:3]:
            assert cv.text.splitlines().count("--") == 2 and "-----" in cv.text
        for cv in by_layout(cvs, "cv_demenagement", lang)[:3]:
            assert len({v for v in planted(cv, "residence") if not re.search(r"\d", v)}) >= 2
    for cv in by_layout(cvs, "uk_form_previous_addresses"):
        assert cv.text.count("Previous address") == 2 and len(planted(cv, "residence")) >= 7
    for cv in by_layout(cvs, "uk_cv_client_sites"):
        assert cv.text.count("Site: ") >= 2
    for cv in by_layout(cvs, "iryeokseo_juso_geunmuji"):
        assert "주소 | " in cv.text and "근무지" in cv.text
    for cv in by_layout(cvs, "jagisogaeseo_geoju"):
        assert re.search(r"살고 있습니다|거주", cv.text)
    hostel = defaultdict(int)
    for cv in by_layout(cvs, "fiche_hebergement_social"):
        hostel[cv.lang] += bool(re.search(r"Foyer|Résidence sociale|CHRS|Sans domicile|hostel|No fixed abode|c/o|chez|"
                                          r"쉼터|주거 불안정", cv.text))
    assert all(hostel[lang] >= 5 for lang in ("fr", "en", "ko")), hostel
