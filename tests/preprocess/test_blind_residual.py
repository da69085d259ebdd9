"""What stays different in the text models read once one value is swapped for another of the same family: the place a
letter is signed at in every form, a body's restriction with its cause read as one health value, and a Korean
particle whose form follows the masked word's last sound. Each with the job facts of the same shape that must stay."""
from __future__ import annotations

import pytest

from matchlens.preprocess.masking import mask

LETTER_PLACES = [
    "Fait à Pau, le 20/04/2026",
    "Fait à Cité des Goyaviers, appt 7, le 20/04/2026",
    "Fait à Bayonne\nLe 20/04/2026",
    "À Creil, le 4 mars 2026",
    "Bordeaux, le 12/03/2026",
    "Fait à Saint-Ouen-l'Aumône le 12.05.2026",
    "Fait à Paris, le 1er mars 2026",
]


@pytest.mark.parametrize("line", LETTER_PLACES)
def test_the_place_a_letter_is_signed_at_is_masked_in_every_form(line):
    text = "Agent de propreté\n" + line
    place = line.removeprefix("Fait à ").removeprefix("À ").split(",")[0].split(" le ")[0].split("\n")[0]
    out = mask(text).text
    assert place not in out and "Agent de propreté" in out


@pytest.mark.parametrize("text", ["Stage fait à Bayonne\nCariste", "Travaux réalisés à Bordeaux, le 12/03/2026 livrés",
                                  "Fait à la demande du client"])
def test_a_place_of_work_said_near_a_date_stays(text):
    assert mask(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("Pas de port de charges lourdes suite à une hernie discale", ("charges", "hernie")),
    ("Santé : pas de port de charges lourdes", ("charges",)),
    ("Pas de port de charges lourdes suite à une opération du dos", ("charges", "dos")),
    ("No heavy lifting after a back injury", ("lifting", "injury")),
    ("Contre-indication au port de charges lourdes", ("charges",)),
    ("Unable to do heavy lifting due to a knee injury at work", ("lifting", "knee")),
    ("허리디스크로 무거운 물건 드는 일은 어렵습니다", ("디스크", "무거운")),
])
def test_a_restriction_and_its_cause_are_one_health_value(text, gone):
    out = mask(text).text
    assert not any(g in out for g in gone), out
    assert out.count("[HEALTH]") <= 1 or "로 [HEALTH]" in out  # the cause is part of the value, not a second one


@pytest.mark.parametrize("text, kept", [
    ("Port de charges lourdes (jusqu'à 25 kg)\nCariste", "Port de charges lourdes"),
    ("RQTH depuis 2015, cariste depuis 10 ans", "cariste depuis 10 ans"),
    ("RQTH after 10 years as a forklift driver", "after 10 years as a forklift driver"),
    ("Après une longue maladie, je reprends le travail de cariste", "je reprends le travail de cariste"),
])
def test_job_facts_after_a_health_value_stay(text, kept):
    assert kept in mask(text).text


@pytest.mark.parametrize("a, b", [
    ("저는 김민준입니다. 김민준이 작성했습니다.", "저는 박이수입니다. 박이수가 작성했습니다."),
    ("천식이 있어요. 지게차 운전 가능.", "고혈압이 있어요. 지게차 운전 가능."),
    ("허리디스크로 병가를 냈습니다. 지게차 5년.", "당뇨로 병가를 냈습니다. 지게차 5년."),
])
def test_a_korean_particle_does_not_tell_the_masked_value(a, b):
    """'이' follows a final consonant and '가' a vowel: after a placeholder one form is kept for both."""
    assert mask(a).text == mask(b).text


@pytest.mark.parametrize("values", [
    ("je suis marier", "je suis mariee", "je suis divorcée", "je suis celibatere", "Célibataire"),
    ("I am married", "I'm single", "divorced"),
])
def test_a_family_situation_reads_alike_whatever_its_form(values):
    """'je suis' inside one value and outside another ('je suis [FAMILY STATUS]' / '[FAMILY STATUS]') told them apart."""
    assert len({mask(f"{v}, cariste depuis 2019").text for v in values}) == 1
