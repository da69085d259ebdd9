"""Religion as people mention it without a label (#27): a faith word alone behind a bullet, an arrow or in quotes,
observances ('Orthodox Lent', 'Eid off', 'jeûne du ramadan'), a temple named after its deity, Korean temple
practice ('절 공양'); and the words that only look like them stay."""
from __future__ import annotations

import pytest

from matchlens.preprocess.masking import mask

HIDDEN = [
    ("→ protestante", "protestante"),
    ("➜ Muslim", "Muslim"),
    ("✓ hindoue", "hindou"),
    ("Personal: widowed / \"Catholic\"", "Catholic"),
    ("Orthodox Lent fasting (no lunch breaks)", "Lent"),
    ("Great Lent: no meat on site please", "Lent"),
    ("Lent fasting until April", "Lent fasting"),
    ("Eid off please", "Eid"),
    ("jeûne du ramadan, horaires aménagés", "ramadan"),
    ("bénévole au temple Ganesh", "Ganesh"),
    ("volunteer at Sri Murugan Kovil, Ilford", "Murugan"),
    ("절 공양 봉사", "절 공양"),
    ("주말에 절에서 기도", "절에서 기도"),
]

KEPT = [
    ("I lent my van to a colleague on weekends", "lent"),
    ("Temple Bar, Dublin: barman (2 ans)", "Temple Bar"),
    ("Mohamed Eid Transport — chauffeur PL", "chauffeur PL"),
    ("Cariste — 10 ans en EHPAD, CACES R489", "CACES R489"),
    ("절단기 조작 가능, 지게차 운전", "절단기"),
]


@pytest.mark.parametrize("text, value", HIDDEN)
def test_religion_said_without_a_label_is_masked(text, value):
    assert value not in mask(text).text


@pytest.mark.parametrize("text, value", KEPT)
def test_words_that_look_religious_stay(text, value):
    assert value in mask(text).text


def test_a_segment_keeps_the_marks_around_it():
    """A quoted CSV cell stays quoted once its faith word is masked: the row's columns still line up."""
    out = mask('Healthcare Assistant,Bupa,12.60,"[HEALTH] / Catholic",x').text
    assert '"[HEALTH] / [RELIGION]"' in out
