"""Health and disability as CVs and the papers around them say it (#27): conditions as the person's adjective,
operations on a body part in either order, prostheses and hearing aids, occupational-health verdicts, a restriction
or a frequency after the condition, the remark an occupational-health visit or a counted absence announces, blood
groups, a ticked health question; and the job facts that look like them stay."""
from __future__ import annotations

import pytest

from matchlens.preprocess.masking import mask

HIDDEN = [
    ("Infos : asthmatique, permis B", "asthmatique"),
    ("Personal details: asthmatic", "asthmatic"),
    ("hypertendue, sous traitement", "hypertendue"),
    ("→ apte sans réserve", "apte sans réserve"),
    ("Aptitude : apte avec restrictions", "apte avec restrictions"),
    ("Médecine du travail : inapte temporaire", "inapte temporaire"),
    ("fit without restrictions", "fit without restrictions"),
    ("Fit with adjustments (occupational health)", "Fit with adjustments"),
    ("genou opéré, pas d'échelle", "genou opéré"),
    ("genou opéré, pas d'échelle", "pas d'échelle"),
    ("épaule opérée en 2021", "épaule opérée"),
    ("opérée du canal carpien", "canal carpien"),
    ("shoulder surgery, no ladders, no overhead work", "no ladders"),
    ("shoulder surgery, no ladders, no overhead work", "no overhead work"),
    ("wrist operation last year", "wrist operation"),
    ("무릎 수술 (사다리 작업 불가)", "사다리 작업 불가"),
    ("dialyse 3 fois par semaine", "3 fois par semaine"),
    ("dialysis three times a week", "three times a week"),
    ("주 3회 투석", "투석"),
    ("건강 특이사항 없음", "특이사항 없음"),
    ("☐ Visite médicale d'embauche — à signaler : migraines fréquentes", "migraines fréquentes"),
    ("Pre-employment medical questionnaire: controlled epilepsy", "controlled epilepsy"),
    ("□ 건강진단결과서(보건증) — 위염 치료 중", "위염 치료 중"),
    ("Absences : 6 demi-journées, justifiées (migraines)", "migraines"),
    ("질병결석 3일 (장염)", "장염"),
    ("☒ santé (hernie inguinale)", "hernie inguinale"),
    ("prothèse de hanche depuis 2019", "prothèse de hanche"),
    ("prosthetic leg, drives an automatic", "prosthetic leg"),
    ("appareillée des deux oreilles", "appareillée"),
    ("보청기 착용", "보청기"),
    ("자폐 스펙트럼", "자폐"),
    ("어깨 인공관절 수술", "인공관절"),
    ("mention invalidité", "invalidité"),
    ("Statutory Sick Pay (2 days)", "Statutory Sick Pay"),
    ("Groupe sanguin : O+", "O+"),
    ("Blood group: B-", "B-"),
    ("혈액형: AB형", "AB형"),
    ("Do you consider yourself to have a disability? ☒ Yes ☐ No", "☒ Yes"),
    ("Suivez-vous un traitement ou un suivi ? ☑ Oui, précisez : implant cochléaire", "implant cochléaire"),
    ("Aménagement de poste : siège ergonomique", "siège ergonomique"),
    ("Reasonable adjustments: screen reader", "screen reader"),
    ("임신 20주", "임신"),
]

KEPT = [
    ("Apte à travailler en équipe, autonome", "Apte à travailler en équipe"),
    ("Formation SST, massage cardiaque, défibrillateur", "massage cardiaque"),
    ("Technicien en appareillage électrique (5 ans)", "appareillage électrique"),
    ("Prothésiste dentaire : pose de prothèses dentaires", "prothèses dentaires"),
    ("Gestion des absences (Octime) et des plannings", "Octime"),
    ("Infirmière — service de médecine du travail : visites d'embauche, dossiers", "visites d'embauche"),
    ("RQTH, disponible immédiatement", "disponible immédiatement"),
    ("Cariste — 10 ans en EHPAD puis en entrepôt, CACES R489", "10 ans en EHPAD"),
    ("Accompagnement de patients dialysés à domicile", "Accompagnement"),
]


@pytest.mark.parametrize("text, value", HIDDEN)
def test_health_said_any_way_is_masked(text, value):
    assert value not in mask(text).text


@pytest.mark.parametrize("text, value", KEPT)
def test_job_facts_that_look_like_health_stay(text, value):
    assert value in mask(text).text


def test_a_certification_beside_personal_lines_is_no_town():
    """A line of short abbreviations under personal details ('NMC PIN') is a certification; a name in capitals or a
    town in the list is still masked there."""
    text = "VETTING\nEnhanced DBS\nNMC PIN\nReasonable adjustments: screen reader\n"
    assert "NMC PIN" in mask(text).text
    assert "LYON" not in mask("Âge : 34 ans\nLYON\n").text
    assert "KURUP" not in mask("Âge : 34 ans\nKURUP\n").text


def test_a_placeholder_is_never_read_again_as_a_labels_value():
    """'Reasonable adjustments: X' is one health field, found once (not again as '[HEALTH]')."""
    found = mask("Reasonable adjustments: wheelchair").found
    assert [v for _, v in found] == ["wheelchair"]
