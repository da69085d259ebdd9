"""Places (blind23's class): where the candidate lives is masked, every place of work, study or training stays — by
its label, by the job entry it sits in, by the clause that says one worked there; a town after its postcode is the
town, never the sentence or the next line."""
from __future__ import annotations

import pytest

from matchlens.preprocess import masking
from matchlens.preprocess.masking import mask

HOME = "Adresse : 23 ter allée des Tilleuls, Apt 4, 52130 Wassy\n"


@pytest.mark.parametrize("line, kept", [
    ("Employer's address: Unit 4, 127 Station Approach, Sheringham NR26 6BT", "127 Station Approach"),
    ("Adresse de l'agence : 148 place du Marché, 55300 Saint-Mihiel", "148 place du Marché"),
    ("Établissement : CFA de la Meuse, 141 ZI de la Houpette, 52130 Wassy", "52130 Wassy"),
    ("Agence Proman, 148 place du Marché, 55300 Saint-Mihiel", "55300 Saint-Mihiel"),
])
def test_an_address_labelled_as_a_workplace_stays(line, kept):
    out = mask("Kofi MENSAH\n" + HOME + "\n" + line + "\n").text
    assert kept in out and "allée des Tilleuls" not in out, out


def test_address_lines_inside_a_dated_job_entry_stay():
    text = ("Kofi MENSAH\n" + HOME + "06 12 34 56 78\n\nMISSIONS\n04/2022 - 02/2026\nAgent de production, Fromagerie Pillot\n"
            "156 avenue de la Gare\n52130 Wassy\n\n✔ Cariste @ Entrepôt Stef\n  📍 101 rue des Forges, 55230 Spincourt\n"
            "  09/2023 - aujourd'hui\n")
    out = mask(text).text
    for fact in ("156 avenue de la Gare", "52130 Wassy", "101 rue des Forges, 55230 Spincourt"):
        assert fact in out, (fact, out)
    assert "allée des Tilleuls" not in out and "Kofi" not in out


def test_a_home_above_a_dated_line_in_the_header_is_still_masked():
    out = mask("Kofi MENSAH\n12 rue des Lilas, 52130 Wassy\nCariste depuis 2015\n").text
    assert "rue des Lilas" not in out and "Cariste depuis 2015" in out, out


def test_a_clause_that_says_one_worked_there_keeps_the_address_after_it():
    out = mask("J'habite au 39 bis rue des Lilas, 52270 Doulaincourt et j'ai travaillé comme cariste chez Fromagerie "
               "Pillot, 149 avenue de la Gare, 52220 Montier-en-Der (05/2020 - 04/2026).\n").text
    assert "rue des Lilas" not in out and "Doulaincourt" not in out, out
    assert "j'ai travaillé comme cariste chez Fromagerie Pillot, 149 avenue de la Gare, 52220 Montier-en-Der" in out, out


@pytest.mark.parametrize("text, gone, stays", [
    ("Adresse : 12 rue des Lilas, 52130 Wassy\nAdresse permanente (parents) : 4 rue Haute, 55140 Vaucouleurs\n",
     "Wassy", "(parents)"),
])
def test_a_town_after_its_postcode_stops_at_the_town(text, gone, stays):
    out = mask(text).text
    assert gone not in out and stays in out, out


@pytest.mark.parametrize("text, address", [
    ("7 rue Basse, 52220 Montier-en-Der (05/2020 - 04/2026)", "7 rue Basse, 52220 Montier-en-Der"),
    ("39 bis rue Haute, 52270 Doulaincourt et j'ai travaillé", "39 bis rue Haute, 52270 Doulaincourt"),
    ("2 rue du Port, 64500 Saint-Jean-de-Luz Cedex 2, tél.", "2 rue du Port, 64500 Saint-Jean-de-Luz Cedex 2"),
    ("52130 Wassy\nAdresse permanente", "52130 Wassy"),
])
def test_the_address_pattern_ends_with_the_town(text, address):
    assert masking.ADDRESS.search(text).group(0) == address


def test_streets_and_places_named_after_people_are_no_person():
    out = mask("Kofi MENSAH\n" + HOME + "\nExpérience\n2019-2023 Cariste, Entrepôt Stef, 178 allée Gisèle Halimi, "
               "52220 Montier\n2015-2019 Care assistant, Mary Seacole Court care home\n").text
    assert "178 allée Gisèle Halimi" in out and "Mary Seacole Court" in out, out


def test_a_person_went_but_a_street_is_an_allee():
    assert "je suis allé à Lyon" in mask("Née en 1990, je suis allée à Lyon pour travailler.\n").text


def test_a_job_title_after_a_spaced_hyphen_reads_in_one_form():
    out = mask("* Clair Net - 53 rue de l'Hôpital, 87500 Limoges - Laveuse de vitres (depuis 2019)\n"
               "* Ma Maison - Petites Sœurs des Pauvres - Agente d'entretien\n").text
    assert "Laveuse" not in out and "Petites Sœurs des Pauvres" in out, out


@pytest.mark.parametrize("line, kept", [
    ("2000.09 ~ 2023.08 | 생산직 | 하동녹차 가공공장 | 경상남도 합천군 쌍책면 세종대로 229", "세종대로 229"),
    ("상하차 – 묘산농협 선별장, 경상남도 합천군 삼가면 다산로 277 (2014.09 ~ 2026.10)", "다산로 277 (2014.09 ~ 2026.10)"),
    ("훈련기관: 다온인력 사무소, 경상남도 합천군 묘산면 세종대로 221", "경상남도 합천군 묘산면 세종대로 221"),
    ("해남 옥천면 롯데글로벌로지스에서 물류센터 입출고 담당로 일하며 경력 5년차을 쌓았습니다.", "해남 옥천면"),
])
def test_a_korean_place_of_work_stays(line, kept):
    out = mask("이름: 황보새롬\n주소: 경상남도 하동군 악양면 동정길 12, 3동 204호\n\n경력\n" + line + "\n").text
    assert kept in out and "동정길" not in out and "황보새롬" not in out, out
    assert "[NAME]" not in out.split("경력")[1], out  # a province is no name ('경상남' + '도')


@pytest.mark.parametrize("line, gone", [
    ("저는 경상남도 창녕군 영산면 온정로 93, 가야휴먼시아 107동 701호에 살고 있습니다. 선별장에서 근무했습니다 (2010.06 ~ 2026.01).",
     "온정로 93"),
    ("2026년 11월 9일 경상남도 창녕군 영산면에서", "영산면"),
    ("서귀포시 대정읍에 살고 있으며, 경상남도 통영시 욕지면에서 1991년에 태어나, 성실하게 일하겠습니다.", "욕지면"),
])
def test_a_korean_home_is_read_in_its_own_sentence(line, gone):
    out = mask("안녕하십니까.\n" + line + "\n").text
    assert gone not in out, out


@pytest.mark.parametrize("text, gone", [
    ("Quartier : quartier du Scoglio\n", "Scoglio"), ("County: Norfolk\n", "Norfolk"),
    ("Kofi MENSAH\n12 rue Haute\nLieu-dit la Haute Borne\n52130 Wassy\n", "Haute Borne"),
    ("Quartier : hameau de Casamozza\n", "Casamozza"),
    ("I moved from Fakenham to Swaffham, Norfolk.\n", "Fakenham"),
    ("I moved from Fakenham to Swaffham, Norfolk.\n", "Swaffham"),
    ("Arrivé(e) de Froncles, je me suis installé(e) à Doulaincourt-Saucourt.\n", "Froncles"),
    ("Arrivé(e) de Froncles, je me suis installé(e) à Doulaincourt-Saucourt.\n", "Doulaincourt"),
    ("Je suis installée depuis 2 ans à Lyon.\n", "Lyon"),
    ("Hébergé(e) au Foyer Adoma des Tilleuls, Stenay (55)\n", "Stenay"),
    ("Sans domicile fixe, domiciliation postale : CCAS de Montmédy\n", "Montmédy"),
])
def test_a_home_in_the_words_forms_use(text, gone):
    assert gone not in mask(text).text


def test_a_lieu_dit_where_one_worked_stays():
    out = mask("Vendanges 2019 - Domaine Ott, lieu-dit Les Plans, 83250 La Londe (2019-2020)\n").text
    assert "lieu-dit Les Plans" in out, out


@pytest.mark.parametrize("text, gone", [
    ("저는 1973년 6월 9일 가회면에서 태어난 만 53세이며 성실합니다.", "1973년"),
    ("저는 1973년 6월 9일 가회면에서 태어난 만 53세이며 성실합니다.", "가회면"),
    ("약산면 출신, 만 58세, 성실한 지원자입니다.", "약산면"),
    ("1990년 2월 20일에 태어났습니다.", "1990년"),
    ("청년 구직자로서 성실하게 일하겠습니다.", "청년"),
])
def test_a_korean_birth_and_age_said_in_a_sentence(text, gone):
    assert gone not in mask(text).text


@pytest.mark.parametrize("text, kept", [
    ("서울대 출신 간호사, 2015년 3월 1일 입사", "서울대 출신"), ("2015년 3월 1일 입사", "2015년 3월 1일 입사"),
    ("약산면 출신, 성실한 지원자입니다.", "지원자"), ("청년창업센터 근무", "청년창업센터"),
])
def test_korean_facts_beside_them_stay(text, kept):
    assert kept in mask(text).text


@pytest.mark.parametrize("text, gone, kept", [
    ("Religion (equal opportunities): Seventh-day Adventist\n", "Adventist", "Religion"),
    ("Entretien : Mme Adélaïde ROUX, 48a, présentation soignée\n", "48a", "présentation soignée"),
    ("- 20a (née en 2006), disponible\n", "20a", ""),
    ("이름\n김하늘\n출생지\n예천읍\n", "예천읍", ""),
    ("근무지: 석포면\n", "[NAME]", "석포면"),
    ("2012.11 ~ 2023.04\n사출 생산\n기성면\n", "[ADDRESS]", "기성면"),
    ("Cariste – Durance Logistique SAS, L'Argentière-la-Bessée (2011-2013)\n", "Argentier-", "L'Argentière-la-Bessée"),
    ("VALUES (15340, 'Chez Fatima', 'Colombelles', 'Commise de salle tournante')\n", "Commise", "Chez Fatima"),
    ("현재 주소는 경상남도 창녕군 영산면 온정로 25, 한아름아파트 102동 103호입니다.\n", "온정로 25", ""),
])
def test_dossier_forms_of_markers_and_facts(text, gone, kept):
    out = mask("안녕하세요.\n" + text).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text", [
    "Jean DUPONT\nCariste depuis 2015\n12 rue des Lilas, 75011 Paris\n06 12 34 56 78\n",
    "Jean DUPONT\nCariste – 10 ans d'expérience\n12 rue des Lilas, 75011 Paris\nPermis B, disponible depuis 2020\n",
])
def test_a_header_home_near_a_headline_with_a_year_is_still_masked(text):
    """A job's entry is read only away from the header and the contact lines, and below a title only down to a span."""
    assert "rue des Lilas" not in mask(text).text
