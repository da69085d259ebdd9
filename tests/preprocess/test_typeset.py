"""blind.typeset: a CV's text read as typed, whatever its file did to it (#27: blind13's first run missed names
behind soft hyphens, broken lines and mojibake)."""
from __future__ import annotations


import pytest

from matchlens.evaluation.placement import forms
from matchlens.preprocess.blind.typeset import typed
from matchlens.preprocess.masking import mask

READ = [
    ("Réfé\u00adrences : X", "Références : X"),  # soft hyphen inside a label
    ("Ngu\u200byen", "Nguyen"),  # zero-width space inside a name
    ("Ne\u0301e a\u0300 Smara", "Née à Smara"),  # decomposed accents
    ("che\ufb00e d'équipe, certi\ufb01ed", "cheffe d'équipe, certified"),  # ligatures
    ("06\u202f12\u00a034\u300056", "06 12 34 56"),  # no-break and ideographic spaces
    ("Cr\u00c3\u00a9ation, \u00c3\u00a0 Paris \u00e2\u20ac\u201c 2021", "Création, à Paris – 2021"),  # UTF-8 read as cp1252
    ("Embarek Bou-\nhali (chef)", "Embarek Bouhali (chef)"),  # a name broken at a line end
    ("Capesterre-\nBelle-Eau, Guadeloupe", "Capesterre-Belle-Eau, Guadeloupe"),
    ("Villette-\nd'Anthon", "Villette-d'Anthon"),
    ("Villeneuve-\nsur-Lot", "Villeneuve-sur-Lot"),
    ("aides-\nsoignants", "aides-soignants"),
    ("BOU-\nHALI", "BOUHALI"),
]


@pytest.mark.parametrize("raw, read", READ)
def test_typesetting_marks_are_read_away(raw, read):
    assert typed(raw) == read


def test_a_clean_text_comes_back_as_it_is():
    text = "Cariste — 10 ans en EHPAD\n2019 - 2021 : Lyon"
    assert typed(text) is text


@pytest.mark.parametrize("raw, hidden", [
    ("Réfé\u00adrences : Mghaylaha Salama (cheffe d'équipe)", "Salama"),
    ("Nom : Ngu\u200byen Thi\nCariste", "Nguyen"),
    ("Référence : Embarek Bou-\nhali (chef d'équipe)", "hali"),
    ("Ne\u0301e en 1995 a\u0300 Smara", "1995"),
    ("N\u00c3\u00a9e le 12/03/1990 \u00c3\u00a0 Lyon", "1990"),
])
def test_the_masker_reads_through_them(raw, hidden):
    assert hidden not in mask(raw).text


def test_the_benchmark_reads_a_value_as_the_masker_does():
    """A fact planted in its damaged form counts as kept when the masker's output holds its typed form."""
    assert "Ambulances Ginette" in forms("Ambu\u00adlances Ginette")


@pytest.mark.parametrize("text", ["17 years’ experience in care", "17 years' experience", "12 ans d’expérience"])
def test_a_duration_said_with_a_possessive_is_no_age(text):
    assert mask(text).text.startswith(text.split()[0] + " ")


def test_linear_on_hostile_text():
    """One long word, thousands of broken lines, thousands of marks: time grows with the text, not its square."""
    from tests.scaling import assert_linear

    def make(n: int) -> str:
        return "a" * (50 * n) + ("ab-\ncd " * n) + ("\u00adé\u0301\ufb01" * n)
    assert_linear(typed, make, 2000, 64_000, what="typeset")


TWO_COLUMNS = """JEANNE MARTIN
Cariste

CONTACT                                               EXPÉRIENCE PROFESSIONNELLE
07.87.88.02.79                                        Cariste pointeuse
jeanne.martin@example.fr                              Lidl · Pusignan
                                                      2008 – auj.
Lyon (69)
INFORMATIONS PERSONNELLES
Né(e) le                                              FORMATION
10/09/85 à Omoa (Fatu Hiva)                           2007  CAP Opérateur logistique
                                                      COMPÉTENCES
Religion : Catholique                                 Gestion des stocks
"""

FIELDS = """Persönliche Daten
Name / Nom                  MARTIN, Jeanne
Geschlecht                  weiblich
Geburtsdatum                21.06.1982
Berufserfahrung
seit 05/2023                Animatrice, Mairie de Montreuil, Erstein
11/2018 – 12/2023           Animatrice d'atelier, People&Baby, Offenburg
                            6 ans de métier
                            Permis B
"""


def test_a_two_column_page_is_read_column_by_column():
    """The left column's lines come first, then the right column's: a label and its value meet again."""
    out = typed(TWO_COLUMNS)
    assert "Né(e) le\n10/09/85 à Omoa (Fatu Hiva)" in out
    assert "EXPÉRIENCE PROFESSIONNELLE\nCariste pointeuse\nLidl · Pusignan" in out
    assert "10/09/85" not in mask(TWO_COLUMNS).text and "Lidl · Pusignan" in mask(TWO_COLUMNS).text


def test_fields_aligned_with_their_values_stay_one_column():
    assert typed(FIELDS) is FIELDS


@pytest.mark.parametrize("row, hidden, kept", [
    ("Sexe\tFéminin\tNé(e) le\t20 décembre 1995 à Hakahau (Ua Pou)", "1995", "Sexe"),
    ("Né(e) le | 23/06/1980 | Âge | 44 ans", "1980", "Âge"),
    ("Gender\tFemale\tDate of birth\tDecember 23, 1986", "Female", "Gender"),
])
def test_a_forms_row_of_labels_and_values_is_masked_by_its_labels(row, hidden, kept):
    """A flattened Word table ('label | value | label | value') is a form's row, not a table's header."""
    found = mask(row).found
    assert hidden not in mask(row).text and any(hidden in v for _, v in found)


@pytest.mark.parametrize("text, hidden", [
    ("As a woman in this trade, I know what the job takes.", "woman"),
    ("En tant que femme dans ce métier, je sais", "femme"),
    ("Je suis maman d'un enfant.", "maman"),
    ("single mum of two", "mum"),
    ("Je vous signale : suivi pour un burn-out.", "burn-out"),
    ("arrêt longue maladie en 2022", "2022"),
    ("I should mention: long-term sick leave in 2022.", "sick leave"),
    ("참고로 2022년 장기 병가.", "병가"),
    ("PIP (disability benefit)", "PIP"),
])
def test_blind13s_sex_and_health_classes(text, hidden):
    assert hidden not in mask(text).text


@pytest.mark.parametrize("text, kept", [
    ("suivi pour la paie et les absences", "suivi pour la paie"),
    ("Psychologue : prévention du burn-out en entreprise", "burn-out"),
    ("Gestion des absences, suivi des arrêts maladie", "arrêts maladie"),
    ("As a manager I led 5 people", "As a manager"),
    ("Marie Dupont\nLoisirs : Papa Wemba, chanteur", "Papa Wemba"),  # (a CV's first line 'X Y, chanteur' is its name)
])
def test_what_the_job_deals_with_stays(text, kept):
    assert kept in mask(text).text


@pytest.mark.parametrize("feminine, masculine", [("heureuse", "heureux"), ("ravie", "ravi"), ("joyeuse", "joyeux"),
                                                 ("souriante", "souriant"), ("attentive", "attentif")])
def test_a_feminine_no_rule_settles_is_read_by_the_lexicon(feminine, masculine):
    """'Heureuse' once read 'heureur' (a person noun's rule): a woman's CV still differed from a man's 'heureux'."""
    from matchlens.preprocess.blind.gender import masculine as fold

    assert fold(feminine) == masculine
    assert mask(f"Je suis {feminine} de postuler.").text == mask(f"Je suis {masculine} de postuler.").text


@pytest.mark.parametrize("word", ["journée", "journées", "entrée", "naissance"])
def test_a_feminine_noun_of_its_own_stays(word):
    from matchlens.preprocess.blind.gender import masculine as fold

    assert fold(word) == word


@pytest.mark.parametrize("text, kept", [("Animatrice – Crèche Les Petits Loups, Cappelle-la-Grande", "Cappelle-la-Grande"),
                                        ("Vendeuse à Villeneuve-la-Garenne", "Villeneuve-la-Garenne")])
def test_a_places_compound_name_keeps_its_feminine(text, kept):
    """'Cappelle-la-Grande' had become 'Cappelle-la-Grand' (a job place lost) while the person noun goes masculine."""
    out = mask(text).text
    assert kept in out and "Animatrice" not in out and "Vendeuse" not in out
