"""CVs written by people for whom writing a CV is hard, and CVs written for them (blind28's classes): French typed
without its accents, a birthplace after a masked birth date in the words a learner or a machine translation uses,
immigration statuses said as people say them, and a label typed in a recruiter's notes or spelled by ear. Each with
the job facts of the same shape that must stay."""
from __future__ import annotations

import pytest

from matchlens.preprocess.blind import accents
from matchlens.preprocess.blind.lexicon import fold
from matchlens.preprocess.masking import mask


@pytest.mark.parametrize("typed, read", [
    ("je suis nee le 3/4/99, celibataire, refugiee", "je suis née le 3/4/99, célibataire, réfugiée"),
    ("AGENT DE SECURITE au batiment", "AGENT DE SÉCURITÉ au bâtiment"),
    ("oui je suis debout du matin", "oui je suis debout du matin"),  # words simplemma lacks stay as typed
    ("il marie les saveurs, age de 30 ans", "il marie les saveurs, age de 30 ans"),  # French as typed ('marie', 'age')
    ("papier en regle et menage", "papier en regle et menage"),  # two readings ('règle' / 'réglé'): as typed
    ("je suis Laure, de l'Ecole d'Etat, avec les EPI", "je suis Laure, de l'École d'État, avec les EPI"),  # names, acronyms
    ("Tengo cuarenta y tres años.", "Tengo cuarenta y tres años."),  # no French line
    ("worker.family.dependants=3 et nee.celibataire@mail.fr", "worker.family.dependants=3 et nee.celibataire@mail.fr"),
    # a participle whose plain form is a word too, only after an auxiliary ('il marie' stays)
    ("je suis motive, je suis marie et il marie les saveurs", "je suis motivé, je suis marié et il marie les saveurs"),
    ("je suis ne le 3/4/99, elle est divorcee", "je suis ne le 3/4/99, elle est divorcée"),  # 'ne' a common word
    ("il est de Lyon et il est entre deux missions", "il est de Lyon et il est entre deux missions"),
])
def test_french_typed_without_accents_is_read_with_them(typed, read):
    assert accents.restored(typed) == read


def test_english_lines_keep_their_words():
    text = "je suis motivee et serieuse\nMy role is the executive chef of the cafe"
    assert accents.restored(text).split("\n") == ["je suis motivée et sérieuse", text.split("\n")[1]]


def test_a_man_and_a_woman_typing_without_accents_read_alike():
    """'motive' (a man's 'motivé' typed plain) had become 'motif' while a woman's 'motivee' became 'motivé'."""
    man, woman = mask("je suis motive et serieux\ncariste").text, mask("je suis motivee et serieuse\ncariste").text
    assert man == woman


def test_the_table_holds_only_words_with_one_accented_reading():
    table = accents.table()
    assert len(table) > 50_000 and table["celibataire"] == "célibataire"
    assert not {"du", "oui", "debout", "the", "marie", "age", "ne", "regle"} & set(table)
    assert all(fold(v) == k for k, v in list(table.items())[:2000])


@pytest.mark.parametrize("text, gone", [
    ("je suis nee le 03/04/1999 a Creil, je suis motivee et celibataire", ("nee", "03/04/1999", "Creil", "motivee", "celibataire")),
    ("Zeynep a 34 ans (née le 03/04/1991, a Néma (Mauritanie)). Cariste.", ("Néma", "03/04/1991")),
    ("36A NE LE 12/03/1990 A GHAZNI (AFGHANISTAN)", ("GHAZNI",)),
    ("I was born on 12/03/1990 in the city of Halabja, Iraq. Forklift driver in Preston.", ("Halabja",)),
    ("Je suis né dans l'année 1999 dans la ville de Boghé (Mauritanie).", ("1999", "Boghé")),
    ("34, b. 75, from Kayts", ("b. 75",)),
    ("추천 대상: 빈아라슬 (여, 17세, 2009.03.21 출생)", ("2009.03.21",)),
    ("Bayankhongor에서 태어났어요", ("Bayankhongor",)),
    ("-> nat. mauritanien / refugié", ("mauritanien", "refugié")),
    ("nat: Kurdish (leave to remain)", ("Kurdish", "leave to remain")),
    ("yes Tamil from Sri Lanka ILR", ("ILR",)),
    ("[NAME] est roumaine, citoyenne européenne. Cariste.", ("roumaine", "européenne")),
    ("oui mauritanien papier en regle", ("mauritanien", "papier")),
    ("nasionalité roumain", ("roumain",)),
    ("-> sit. fam celibataire", ("celibataire",)),
    ("L’intéressé habite chez sa tante a Dugny. Situation : célibataire.", ("Dugny",)),
    ("[20:18] Kim: jai 34 ans jabite vers Brassac-les-Mines", ("Brassac",)),
    ("On habite tous foyer Adoma chambre 12 a Quiévrechain.", ("Quiévrechain", "chambre 12")),
    ("-> hab. vers Quiévrechain (dans le 59)", ("Quiévrechain",)),
    ("Marie lives with an aunt in Bacup. Family: single.", ("Bacup",)),
    ("merci davance\nNoyon le 11/05/2026", ("Noyon",)),
    ("thank you\nColne 11/05/2026", ("Colne",)),
    ("2026년 5월 11일 문산읍에서", ("문산읍",)),
    ("청천면 살아 여자임", ("청천면",)),
    ("소흘읍 공장 기숙사", ("소흘읍",)),
    ("i am have 43 years i am born 1983", ("43", "1983")),
    ("My age is 52 years of old.", ("52",)),
    ("Mon âge est 47 ans de vieux.", ("47",)),
    ("-> F, 39a, née le 12/03/1987 a Creil", ("39a", "12/03/1987")),
    ("40A NE LE 12/03/1986 A GHAZNI", ("40A",)),
    ("I am woman. I am have 38 years.", ("woman", "38")),
    ("Moi homme. Mon age 38.", ("homme",)),
    ("I am writing for my mum Maria, english is not good.", ("mum",)),
    ("je vous ecrit pour mon frere Ali, parle pas bien francais", ("frere",)),
    ("우리 엄마 대신 제가 씁니다.", ("엄마",)),
    ("[NAME] est musulmane, juste asthme mais courageuse.", ("musulmane",)),
    ("[16:44] [NAME]: 이슬람 다녀요", ("이슬람",)),
    ("DIVORCER 2 ENFANT MUSULMANE MAL AU DOS", ("MUSULMANE", "MAL AU DOS")),
    ("[FAMILY STATUS] [SEX] Catholic", ("Catholic",)),
    ("i am Orthodox no problem", ("Orthodox",)),
    ("Marie Dupont, domicile : 12 rue des Lilas, Creil", ("Lilas", "Creil")),
    ("SITUATION : MARIER 2 ENFANT", ("MARIER",)),
    ("[NAME]: divorcer dc pr les horaires faut voir", ("divorcer",)),
    ("가족 대신 제가 씁니다. 엄마 이름은 탁길녀이에요.", ("탁길녀",)),
    ("아빠 이름은 미를란 사디르바예프이에요.", ("미를란", "사디르바예프")),
    ("추천 대상: 제갈한빛솔 (여, 17세, 2009.03.21 출생)", ("제갈한빛솔",)),
    ("Nom : Kim LEE\nKim est motivée et ponctuelle.", ("motivée", "ponctuelle")),
    ("저는 34세 여자이고 1991년생", ("여자",)),
    ("여자 2001.12.20 Karakol", ("여자", "2001.12.20")),
    ("성별: 남 / 군대 갔다옴", ("군대",)),
    ("un garçon tres serieux", ("garçon",)),
    ("엄마 이름은 탁길녀이에요.", ("엄마", "탁길녀")),
    ("[09:35] Kim: oui tamoule réfugiée", ("tamoule",)),
    ("Kurdish i have my leave to remain", ("Kurdish",)),
    ("체류자격 : E-9", ("E-9",)),
    ("[18:19] Kim: 키르기스스탄 E-9", ("키르기스스탄", "E-9")),
    ("Né le 12/03/1990 à Jaffna, Sri Lanka. Cariste.", ("Jaffna", "Lanka")),
    ("i am single woman Catholic", ("woman", "Catholic")),
    ("Nom : Ali KHAN\nAli est musulman et souhaite ne pas travailler le vendredi", ("musulman",)),
    ("-> musulman (dit au tel)", ("musulman",)),
    ("동두천시 태생이고 여자입니다", ("동두천시",)),
    ("I'm 34, 03/04/1991, born 포천시", ("포천시",)),
    ("[09:12] Kim: 여자 1991.03.04 Karakol", ("Karakol", "1991.03.04")),
])
def test_markers_as_learners_and_notes_write_them_are_masked(text, gone):
    out = mask(text).text
    assert not any(g in out for g in gone), out


@pytest.mark.parametrize("text, kept", [
    ("Née le 3/4/1990 à Pau, cariste depuis 2010.", "cariste depuis 2010"),
    ("Accompagnement des réfugiés (CADA Creil, 2019-2021)", "Accompagnement des réfugiés (CADA Creil, 2019-2021)"),
    ("Refugee support worker, 2 years", "Refugee support worker, 2 years"),
    ("Enfant de 3 ans gardé le mercredi", "Enfant de 3 ans gardé le mercredi"),
    ("Adresses mail pro : gestion", "Adresses mail pro"),
    ("2 ans ds le batiment, permis B", "2 ans ds le bâtiment, permis B"),
    ("Mission 11/05/2026", "Mission 11/05/2026"),
    ("Living the dream at Tesco in Preston since 2019", "at Tesco in Preston since 2019"),
    ("Cariste a Creil (2019-2021)", "Cariste a Creil (2019-2021)"),
    ("worker.family.dependants=3", "worker.family.dependants"),
    ("I have 10 years of experience in care", "I have 10 years of experience in care"),
    ("I have 5 years in retail", "I have 5 years in retail"),
    ("Bat 12A, 3e étage", "Bat 12A"),
    ("I worked for my father's company 2010-2015", "for my father's company"),
    ("I am management trainee", "I am management trainee"),
    ("Aide à domicile : soins, toilette des patients", "Aide à domicile : soins, toilette des patients"),
    ("Soins à domicile : toilette, repas (2019-2022)", "Soins à domicile : toilette, repas (2019-2022)"),
    ("Catholic school cook, 2019", "cook, 2019"),
    ("je vais me marier en juin", "je vais me marier en juin"),
    ("marier des saveurs, cuisine créative", "marier des saveurs"),
    ("회사 이름은 삼성이에요. 지게차 5년", "회사 이름은 삼성"),
    ("우리 엄마 대신 제가 씁니다.", "대신 제가 씁니다"),
    ("경력\n2023년~지금 가산면 김씨네 식당 주방 보조", "2023년~지금 가산면 김씨네 식당"),
    ("경력\n2012년~2013년 맹동면 대한종합건설 건설 노가다", "2012년~2013년 맹동면 대한종합건설"),
    ("i work care assistant in St Mary's care home in Atherstone 2011-2016", "care home in Atherstone 2011-2016"),
    ("[20:18] Kim: residents de 65 a 95 ans", "65 a 95 ans"),
    ("21 ANS DS LE NETTOYAGE", "21 ANS DS LE NETTOYAGE"),
    ("19 an dexperience en menage", "19 an dexperience"),
    ("35 ans aide a domicile", "35 ans aide a domicile"),
    ("La mission est terminée et validée.", "La mission est terminée et validée."),
    ("Garde d'une fille de 3 ans, un garçon de 5 ans", "une fille de 3 ans, un garçon de 5 ans"),
    ("Langues : tamoul, français ; nationalité : française", "Langues : tamoul, français"),
    ("aide a une dame agee de 90 ans", "une dame âgée de 90 ans"),
    ("Care for a gentleman aged 92, daily", "a gentleman aged 92"),
    ("[SEX] née le 03/04/1991 Cariste", "Cariste"),
])
def test_job_facts_beside_them_stay(text, kept):
    assert kept in mask(text).text
