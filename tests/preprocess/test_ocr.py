"""preprocess.blind.ocr: a page read by OCR read back as printed, and typed text left alone."""
import pytest

from matchlens.preprocess.blind import ocr, typeset
from matchlens.preprocess.masking import mask

SCAN = """N0m : TARAVVALLY
Prcnorn : KaIllu
5exe : Fernale
Dàte de naissànce : 1O/03/1991
Nationâlité : rnâlienne
Situation familiale : Dlv0rcée
Rcllgion : musuImàne
Sânté : Asth rnà
Aclrcssc : 61 chcmin dcs Combcs, 3g3o0 Champagnole
Tèléphone : o7 Z4 11 24 38

EXPÉRIENCE PROFESSIONNELLE
2O11 - 2O23 : Agent d´entretien - Onet, Mouthe (12 ans cn usine)
Cariste - Srnoby, Ornans
Perrnis C, Habilltàtion électrique B0, CACES R489
"""


def test_a_typed_text_is_returned_as_it_is():
    for text in ("Infirmière, 10 ans en EHPAD. Permis B, CACES R489, habilitation H0B0, H2O, B2B, LinkedIn.",
                 "Chef de rang à Lyon ; déjà voilà. Contact: U0B2F5F64 e5da5fb-profile",
                 "Công nhân làm việc tại nhà máy, 3 năm kinh nghiệm", "간호사 10년 경력, 요양병원 근무"):
        assert ocr.signs(text) < ocr.MIN_SIGNS
        assert ocr.read_back(text) is text


def test_a_scan_is_recognised_by_its_marks():
    assert ocr.signs(SCAN) >= ocr.MIN_SIGNS


@pytest.mark.parametrize("read, printed", [
    ("Rcllgion", "Religion"), ("Fernale", "Female"), ("Dlv0rcée", "Divorcée"), ("EpiIepsy", "Epilepsy"),
    ("Hcarlng lmpairment", "Hearing impairment"), ("Nationalitе", "Nationalité"),  # a Cyrillic е
    ("Asth rnà", "Asthma"), ("Nation alité", "Nationalité"), ("Gcn der", "Gender"), ("lice nce", "licence"),
    ("àns", "ans"), ("Perrnis B", "Permis B"), ("|a Fruitière", "la Fruitière"), ("Ie 6 novcmbre", "le 6 novembre"),
    ("Placc 0f birth", "Place of birth"), ("17 yeàrs ln care", "17 years in care"), ("I7 ans cn usine", "17 ans en usine"),
])
def test_misread_words_are_read_as_printed(read, printed):
    assert ocr.read_back(read, force=True) == printed


@pytest.mark.parametrize("read, printed", [
    ("o7 Z5 o3 04 43", "07 25 03 04 43"), ("0l0-1185-1Z9g", "010-1185-1299"), ("DOB06/1O/Ig68", "DOB 06/10/1968"),
    ("З98O0 Poligny", "39800 Poligny"), ("3O àns", "30 ans"), ("2012.11 ~ 20l3.o5", "2012.11 ~ 2013.05"),
])
def test_letters_read_for_digits_in_numbers_are_digits(read, printed):
    assert ocr.read_back(read, force=True) == printed


@pytest.mark.parametrize("text", ["CACES R4B9 cat. 3", "habilitation H0B0", "user U0B2F5F64",
                                  "Agent d'entretien - Onet, Ornans", "Cariste - Srnoby, Mouthe", "en logistique"])
def test_codes_and_proper_nouns_are_kept(text):
    """A town or a company is no dictionary word one letter away ('Ornans' is not 'ornons'); a code keeps its letters."""
    assert ocr.read_back(text, force=True) == text


def test_a_tables_bar_is_no_digit():
    assert ocr.read_back("1996 - 2013 | Hôtel de la Poste", force=True) == "1996 - 2013 | Hôtel de la Poste"
    assert ocr.read_back("1996 - 2013 I Hôtel de la Poste", force=True) == "1996 - 2013 | Hôtel de la Poste"


def test_a_proper_noun_gets_only_the_confusions_no_word_has():
    assert ocr.read_back("Conduite - Fromagcrie Arnaud, M0uthe", force=True) == "Conduite - Fromagcrie Arnaud, Mouthe"
    assert ocr.read_back("Fromagcrie Arnaud", force=True) == "Fromagerie Arnaud"  # a line's first word: a word


def test_a_forms_labels_read_as_one_column_and_its_values_as_another_are_paired_again():
    text = "Nom :\nPrénom :\nSexe :\nNationalité :\n\nDURAND\nAline\nF\nfrançaise\n\nEXPÉRIENCE\nCariste"
    assert typeset.paired(text).startswith("Nom : DURAND\nPrénom : Aline\nSexe : F\nNationalité : française\n")
    unequal = "Nom :\nPrénom :\nSexe :\nNationalité :\n\nDURAND\nAline\n\nEXPÉRIENCE"
    assert typeset.paired(unequal) == unequal


def test_ocr_columns_that_are_not_straight_are_read_one_after_the_other():
    rows = [("Sidonie TARAWALLY", "EXPÉRIENCE PROFESSIONNELLE"), ("Sexe : Féminin", "06/2020 - 04/2026"),
            ("Âge : 57 ans", "Montage - Lunetterie du Jura, Valdahon"), ("Religion : musulmane", "FORMATION"),
            ("Adresse : 84 rue de la Fruitière", "Bac pro Logistique (1989)")]
    pad = [46, 52, 49, 47, 51]
    text = "\n".join(left.ljust(p) + right for (left, right), p in zip(rows, pad)) + "\n" + " " * 50 + "Permis B\n" \
        + " " * 48 + "CACES R489\n"
    read = typeset.columns(text)
    assert read.index("Adresse") < read.index("EXPÉRIENCE") and "Montage - Lunetterie du Jura, Valdahon\n" in read


def test_a_scanned_cv_is_masked_and_keeps_its_job_facts():
    out = mask(SCAN).text
    for marker in ("TARAVVALLY", "KaIllu", "Kalllu", "Fernale", "Female", "1991", "alienne", "Divorc", "musul",
                   "Asth", "Combcs", "Combes", "Z4 11", "24 38"):
        assert marker not in out, marker
    for fact in ("Agent d'entretien", "Onet", "Mouthe", "12 ans en usine", "Cariste", "Ornans", "Permis C", "CACES R489"):
        assert fact in out, fact


@pytest.mark.parametrize("text", ["Agent d'entretien - Lidl, Mouthe", "Agent d entretien - Lidl, Mouthe",
                                  "Conseiller centre d'appel - Free, Lyon", "Technicien d'entretien – Onet, Dole"])
def test_a_jobs_complement_is_no_meeting_with_a_person(text):
    """'entretien' (upkeep) and 'appel' in a job's title are no interview or call with someone named after a dash."""
    assert mask(text).text == text


def test_a_meeting_still_names_who_it_is_with():
    assert mask("Notes : entretien - Kevin Durand").text == "Notes : entretien - [NAME]"


@pytest.mark.parametrize("text, markers", [
    ("Né(e) le ··········· 01/11/1976  à -------- Maubeuge\nCariste", ("1976", "Maubeuge")),  # dotted leaders
    ("Next of kin …………… Trlvor Cheverill\nAge . . . . . 21 years old\nCariste", ("Trlvor", "Cheverill", "21")),
    ("Sexe / Sex F\nNationality GBR\nLieu de naissance / Place of birth Maubeuge\nCariste", (" F", "GBR", "Maubeuge")),
])
def test_form_fields_without_a_colon_are_read_as_fields(text, markers):
    out = mask(text).text
    assert "Cariste" in out and not [m for m in markers if m in out]


def test_a_job_rows_leaders_separate_its_cells_and_keep_them():
    row = "05/2026 - 05/2027 -------- Aide à domicile ____ ADMR du Val de Sambre …………… Louvroil"
    out = mask(row).text
    for fact in ("Aide à domicile", "ADMR du Val de Sambre", "Louvroil"):
        assert fact in out


def test_a_column_border_read_as_a_letter_splits_the_columns():
    scan = ("CONTACT l NGARLEJY NGARADOVM\n46ruè du Moulin-Bleu  Profil : 10 ans d'expérience\nTchadien I\n"
            "Pacsé l 08/2025 - 02/2026\nSanfé : RQTH I Manutentionnaire\nI Forgés de la Sombre – Avesnelles\n"
            "Té1éphone : o7 80 66 82 54\nRe1igion : musu1mane")
    out = mask(scan).text
    for marker in ("NGARLEJY", "NGARADOVM", "Tchadien", "Pacsé", "Moulin-Bleu"):
        assert marker not in out, marker
    for fact in ("Manutentionnaire", "Forgés de la Sombre", "08/2025 - 02/2026", "10 ans d'expérience"):
        assert fact in out, fact


@pytest.mark.parametrize("text, name", [
    ("[00:00:03] Intervenant 1 :\n[00:00:10] euh oui bonjour alors je m'appelle amalberg Druen madame Druen voilà "
     "j'ai trente-sept ans\n[00:00:19] euh j'habite à Wignehies", "Druen"),
    ("[00:00:10] um hi yeah my name is lancelyn Attryl that's mister Attryl i'm thirty-eight years old\n"
     "[00:00:19] um I live in Shorwell", "Attryl"),
])
def test_a_speech_transcript_is_read_as_typed_and_its_speakers_name_is_masked(text, name):
    out = mask(text).text
    assert name not in out and "trente-sept" not in out and "thirty-eight" not in out


def test_a_numbered_form_question_is_a_field_and_a_question_in_prose_is_not():
    form = "12. Religion (facultatif) ? catholique\n8. Nationalité ? tchadien\nCariste"
    assert "catholique" not in mask(form).text and "tchadien" not in mask(form).text
    for prose in ("Nationalité ? Vous devez être autorisé à travailler en France", "Quelle religion ? Peu importe"):
        assert mask(prose).text == prose


def test_a_homes_town_alone_under_its_street_is_masked_and_a_job_title_there_is_not():
    assert "Hirson" not in mask("CONTACT\n24 rue du Bocage\nHirson\n06 12 34 56 78").text
    assert "Cariste" in mask("12 rue des Lilas\nCariste\n2019 - 2021 Lidl").text


@pytest.mark.parametrize("note, kept", [
    ("메모: 대한민국, 기혼, 자녀 1명, 천주교, 청각장애 4급, 여성", "메모"),
    ("Notes : française, célibataire, 2 enfants, catholique, surdité partielle, 35 ans", "Notes"),
    ("Notes: British, married, 2 children, Baptist, hearing impairment, 25 years old", "Notes"),
])
def test_a_note_listing_personal_values_is_masked_whole(note, kept):
    out = mask(note).text
    assert kept in out and not any(w in out for w in ("대한민국", "surdité", "hearing", "청각"))


@pytest.mark.parametrize("text", ["근무지: 대한민국, 서울", "Accompagnement de personnes atteintes de surdité"])
def test_a_country_or_a_condition_in_job_text_stays(text):
    assert mask(text).text == text
