"""The blind25 split of the placement benchmark: its generator only (never a masker). Deterministic dossiers, every
layout planting every family in each of its languages, facts and markers found verbatim (an identity mask finds
nothing, deleting the planted values finds everything and keeps every fact); whole application dossiers: several
documents joined by page breaks, attachment banners, e-mail headers and running headers; the same markers said in
different forms in different parts; job facts repeated across parts; other people named and unscored; long texts;
names and places new; layouts that write what their docstrings say."""
from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind25 as B25

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted  # noqa: E402

PER_LAYOUT = 9  # 252 dossiers: the contract's 250 and more
LAYOUT_NAMES = ("ats_profil_complet", "pdf_fusionne_certificat", "mail_transfere_pieces_jointes",
                "dossier_vendanges_msa", "uk_agency_registration_pack", "care_dbs_reference_bundle",
                "ko_ipsa_jiwon_bundle", "ko_oegugin_geunro_file", "pack_onboarding_interim",
                "dossier_apprentissage_cerfa", "plateforme_export_avis_chat", "notes_entretien_synthese",
                "dossier_paie_attestations")
ATTACH = re.compile(r"(?m)^=== (?:Pièce jointe|Attachment|첨부파일) ?: ")
SEPARATOR = re.compile(r"\f|^--- Page \d+ ---$|^=== .+ ===$|^(?:De|From|보낸 사람) ?: |^\[[^\]]+\]$", re.M)


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind25", per_layout=PER_LAYOUT, seed=25)


def by_layout(cvs, name: str, lang: str | None = None) -> list[P.PlacedCV]:
    return [cv for cv in cvs if cv.layout == name and lang in (None, cv.lang)]


def parts(cv: P.PlacedCV) -> list[str]:
    return [x for x in SEPARATOR.split(cv.text) if x.strip()]


def test_split_is_registered_new_and_listed():
    contract.registered("blind25", B25, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind25")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind25", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


# --- dossiers: parts, markers in many forms, facts again and again, other people -------------------------------------
def test_every_dossier_has_several_parts_and_every_kind_of_separator_is_used(cvs):
    for cv in cvs:
        assert len(SEPARATOR.findall(cv.text)) >= 3 and len(parts(cv)) >= 4, cv.layout
    kinds = {"ff": "\f", "page": "--- Page ", "attach": "=== ", "mail": ("De: ", "From: ", "보낸 사람: "),
             "ats": "[CV"}
    for kind, marks in kinds.items():
        marks = marks if isinstance(marks, tuple) else (marks,)
        assert sum(any(m in cv.text for m in marks) for cv in cvs) >= 15, kind
    files = [cv for cv in cvs if re.search(r"(CV|LM|Cover_letter|이력서|자기소개서)_\S+\.(pdf|docx|hwp)", cv.text)]
    assert len(files) >= 40
    for cv in files:  # the attachment's file name carries the candidate's name, planted
        name = re.search(r"(?:CV|LM|Cover_letter|이력서|자기소개서)_(\S+?)(?:_\d{4})?\.(?:pdf|docx|hwp)", cv.text).group(1)
        assert name in planted(cv, "name"), (cv.layout, name)


def test_markers_are_said_in_different_forms_in_different_parts(cvs):
    for cv in cvs:
        names = set(planted(cv, "name"))
        assert len(names) >= 3, (cv.layout, names)
        assert sum(any(n in part for n in names) for part in parts(cv)) >= 3, cv.layout
    # the birth as a date and as a year or an age in the same dossier; the home as an address and as a town alone
    both = sum(bool(planted(cv, "birth")) and bool(planted(cv, "age") or any(re.fullmatch(r"\d{4}(년생)?", v)
                                                                             for v in planted(cv, "birth")))
               for cv in cvs)
    assert both >= 0.9 * len(cvs), both
    towns_alone = sum(any(v in {t for t, _ in B25.FR_TOWNS + B25.EN_TOWNS} | {
        r.split(" ", 1)[1] for r, _ in B25.KO_TOWNS} for v in planted(cv, "residence")) for cv in cvs)
    assert towns_alone >= 0.5 * len(cvs), towns_alone
    nicks = set(B25.NICK.values())
    assert sum(any(v in nicks for v in planted(cv, "name")) for cv in cvs) >= 40
    assert sum(any("<<" in v for v in planted(cv, "name")) for cv in cvs) >= 20  # MRZ name lines
    assert sum(any(re.fullmatch(r"\d{6}-[1-8]\*{6}", v) for v in planted(cv, "birth")) for cv in cvs) >= 20


def test_facts_come_back_in_several_parts(cvs):
    again = 0
    for cv in cvs:
        ps = parts(cv)
        repeated = [f for f in cv.facts if len(f) >= 4 and sum(f in p for p in ps) >= 2]
        again += len(repeated) >= 3
        assert len(cv.facts) >= 12, (cv.layout, len(cv.facts))
    assert again >= 0.8 * len(cvs), again


def test_other_people_are_named_and_neither_markers_nor_facts(cvs):
    others = {o for xs in B25.OTHERS.values() for o in xs}
    with_others = 0
    for cv in cvs:
        present = [o for o in others if o in cv.text]
        with_others += bool(present)
        for o in present:
            assert not any(o in m.value for m in cv.markers) and not any(o in f for f in cv.facts)
    assert with_others >= 0.8 * len(cvs), with_others
    mine = contract.name_words(B25.NAMES) | {P.ascii_fold(w).lower() for w in B25.NICK.values()}
    theirs = {P.ascii_fold(w).lower() for o in others | {r for xs in B25.RELATIVE.values() for r in xs}
              for w in P.name_words(o)}
    assert not mine & theirs, sorted(mine & theirs)
    agency = sum(any(a in cv.text for a, _ in B25.AGENCY.values()) for cv in cvs)
    assert agency >= 0.5 * len(cvs)


def test_dossiers_are_long(cvs):
    sizes = [len(cv.text) for cv in cvs]
    assert sum(n > 2500 for n in sizes) > 0.6 * len(cvs)
    assert sum(n > 8000 for n in sizes) >= 5
    for lang in ("fr", "en"):
        assert statistics.median(len(cv.text) for cv in cvs if cv.lang == lang) > 2500, lang
    assert statistics.median(len(cv.text) for cv in cvs if cv.lang == "ko") > 1200


def test_layout_frames(cvs):
    for cv in by_layout(cvs, "ats_profil_complet"):
        for mark in ({"fr": "[CV – texte extrait]", "en": "[CV – extracted text]", "ko": "[이력서 – 추출 텍스트]"}[cv.lang],
                     {"fr": "[Lettre]", "en": "[Cover letter]", "ko": "[자기소개서]"}[cv.lang], "[Notes]" if cv.lang !=
                     "ko" else "[메모]", B25.JOB_AD[cv.lang]):
            assert mark in cv.text, (cv.lang, mark)
    for cv in by_layout(cvs, "pdf_fusionne_certificat"):
        assert cv.text.count("\f") == 3 and re.search(r"(?m)^(Dossier |D|CAND-|N°)", cv.text)
        assert ("CERTIFICAT DE TRAVAIL" if cv.lang == "fr" else "REFERENCE") in cv.text
    for cv in by_layout(cvs, "mail_transfere_pieces_jointes"):
        assert len(ATTACH.findall(cv.text)) == 3 and ("transféré" in cv.text or "Forwarded" in cv.text or "전달된" in cv.text)
    for cv in by_layout(cvs, "dossier_vendanges_msa"):
        assert "VENDANGES" in cv.text and "MSA" in cv.text and "CARTE NATIONALE" in cv.text
        assert "--- Page 5 ---" in cv.text
    for cv in by_layout(cvs, "uk_agency_registration_pack"):
        assert "RIGHT TO WORK" in cv.text and "REGISTRATION FORM" in cv.text and "SECOND REFERENCE" in cv.text
    for cv in by_layout(cvs, "care_dbs_reference_bundle"):
        assert "DBS" in cv.text and "HEALTH DECLARATION" in cv.text and cv.text.count("\f") == 6
    for cv in by_layout(cvs, "ko_ipsa_jiwon_bundle"):
        assert "입 사 지 원 서" in cv.text and "자기소개서" in cv.text and "경 력 증 명 서" in cv.text
        assert "위 사람은" in cv.text and len(planted(cv, "family")) >= 2
    for cv in by_layout(cvs, "ko_oegugin_geunro_file"):
        assert "외국인등록증" in cv.text and "표준근로계약서" in cv.text and "카카오톡" in cv.text
        assert any(v in B25.EPS_HANGUL.values() or v.split()[0] in B25.EPS_HANGUL.values()
                   for v in planted(cv, "name"))
    for cv in by_layout(cvs, "pack_onboarding_interim"):
        assert cv.text.count("\f") == 3 and B25.BOILER[cv.lang]["contract"] in cv.text
    for cv in by_layout(cvs, "dossier_apprentissage_cerfa"):
        assert "--- Page 5 ---" in cv.text and B25.JOB_AD[cv.lang] in cv.text
    for cv in by_layout(cvs, "plateforme_export_avis_chat"):
        assert "★★★★★" in cv.text and any(v in set(B25.NICK.values()) | {v} for v in planted(cv, "name"))
    for cv in by_layout(cvs, "notes_entretien_synthese"):
        assert "--- Page 5 ---" in cv.text and any(re.fullmatch(r"\d{4}(년생)?", v) for v in planted(cv, "birth"))
    for cv in by_layout(cvs, "dossier_paie_attestations"):
        assert len(ATTACH.findall(cv.text)) == 4 and B25.BOILER[cv.lang]["pay"][0] in cv.text


# --- vocabulary ------------------------------------------------------------------------------------------------------
def test_names_and_places_are_new():
    contract.names_and_places_new(
        "blind25", B25, {"Guillestre", "Risoul", "Ellesmere", "Whitchurch", "춘양면", "석포면", "Koudougou", "Rusape"},
        pool=contract.name_words(B25.NAMES) | {P.ascii_fold(w).lower() for w in B25.NICK.values()})
