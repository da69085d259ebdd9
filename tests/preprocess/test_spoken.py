"""A dictated text is read as typed (preprocess.blind.spoken), a mail's quote marks are taken off
(preprocess.blind.quoting), and the masker then finds what the spoken form hid."""
import pytest

from matchlens.preprocess.blind import quoting, spoken
from matchlens.preprocess.masking import mask

FR = ("curriculum vitae deux points Wakoué Waheo à la ligne\n"
      "âge deux points cinquante-deux ans point\n"
      "née le cinq février mille-neuf-cent-soixante-quatorze à Alqosh point\n"
      "mon numéro deux points zéro six virgule soixante-sept virgule soixante-trois virgule trente virgule dix-sept à la ligne\n"
      "mon mail deux points aghali tiret bas alkassoum trente-quatre arobase orange point fr à la ligne\n"
      "expérience deux points sept ans d'intérim point\n"
      "Technicien en remise à neuf de véhicules ouvrez la parenthèse Peugeot virgule Poya fermez la parenthèse à la ligne\n")
EN = ("CV colon Liseby Bancoult new line\n"
      "born on the twenty-seven of June nineteen sixty-three full stop\n"
      "my number is colon oh one one three four seven two eight oh five seven new line\n"
      "my email is colon liseby underscore bancoult ninety at gmail dot com new line\n"
      "experience colon three years in the trade full stop\n")
KO = ("이력서 콜론 묵돌샘 줄바꿈\n"
      "생년월일 천구백구십육년 육월 오일 마침표\n"
      "전화번호 콜론 공일공이칠사칠팔이육오 줄바꿈\n"
      "이메일 콜론 kkotsaembin 구십 골뱅이 naver 점 com 줄바꿈\n"
      "경력 콜론 현장 이십일년 마침표\n")


def test_a_dictated_text_reads_as_typed():
    fr = spoken.written(FR)
    assert "curriculum vitae: Wakoué Waheo\n" in fr and "âge: 52 ans." in fr
    assert "née le 5 février 1974 à Alqosh." in fr
    assert "06 67 63 30 17" in fr and "aghali_alkassoum34@orange.fr" in fr
    assert "7 ans d'intérim." in fr
    assert "remise à neuf de véhicules (Peugeot, Poya)" in fr  # a lone small number stays a word without a unit
    en = spoken.written(EN)
    assert "CV: Liseby Bancoult" in en and "the 27 of June 1963." in en
    assert "01134728057" in en and "liseby_bancoult90@gmail.com" in en and "3 years in the trade." in en
    ko = spoken.written(KO)
    assert "이력서: 묵돌샘" in ko and "1996년 6월 5일" in ko and "01027478265" in ko
    assert "kkotsaembin90@naver.com" in ko and "현장 21년." in ko


@pytest.mark.parametrize("text", [
    "Je fais le point sur mes compétences.\nPoint fort : rigueur.\nUn camion neuf, colon, comma",
    "Chargé de mission à la ligne 2 du métro.\nRemise à neuf de moteurs",
    "이 일은 오일 교환과 사무 보조입니다.\n일정 협의",
])
def test_typed_text_is_left_alone(text):
    assert not spoken.is_dictated(text) and spoken.written(text) == text


def test_the_masker_finds_what_the_spoken_form_hid():
    for text, gone in ((FR, ["Wakoué", "52", "1974", "67 63", "alkassoum", "orange"]),
                       (EN, ["Liseby", "1963", "01134728057", "bancoult90", "gmail"]),
                       (KO, ["묵돌샘", "1996", "01027478265", "kkotsaembin"])):
        out = mask(text).text
        assert not [g for g in gone if g in out], out
    out = mask(FR).text
    assert "7 ans d'intérim" in out and "Peugeot, Poya" in out  # job facts stay, in their typed form


def test_quoted_mail_lines_are_read_as_lines():
    text = ("Salut, je te fais suivre.\n\n> Bonjour,\n> > Veuillez trouver mon CV.\n> > 12 ans de métier\n"
            "> > Sexe : F\n> > Iracoubo\n> > asthme sévère\n")
    assert quoting.unquoted(text).endswith("12 ans de métier\nSexe : F\nIracoubo\nasthme sévère\n")
    assert quoting.unquoted("a > b\n> one quote\n") == "a > b\n> one quote\n"  # two quoted lines or fewer: as written
    out = mask(text).text
    assert "Iracoubo" not in out and "asthme" not in out and "12 ans de métier" in out


def test_number_words_are_never_made_masculine():
    out = mask("J'ai travaillé quarante-cinq heures par semaine, soixante-dix clients, cinquante-deux semaines.").text
    assert "quarante-cinq" in out and "soixante-dix" in out and "cinquante-deux" in out


@pytest.mark.parametrize("text, gone", [
    ("vous pouvez me rappeler au zéro six quatre-vingt-huit soixante zéro zéro soixante-dix euh merci", "quatre-vingt"),
    ("call me back on oh seven nine one one two three four five six seven thanks", "seven nine"),
    ("ou par mail oomesh tiret du bas nundlall7 arobase hotmail point fr merci", "nundlall7"),
    ("my email is talate dot louisiano at gmail dot com thanks", "louisiano"),
])
def test_a_phone_or_mail_said_in_a_transcript_is_masked(text, gone):
    assert not spoken.is_dictated(text) and gone not in mask(text).text


@pytest.mark.parametrize("text", ["I work at Amazon dot com now", "zéro un deux trois quatre ans d'expérience",
                                  "j'ai travaillé chez orange point com"])
def test_words_that_only_look_said_stay(text):
    assert mask(text).text == text
