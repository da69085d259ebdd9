"""Markup and words that once made the masker lose or keep too much (#27): an XML CV whose root element's name sounds
like a job ('SkillsPassport'), an address or a labelled value running on past a tag, the year of life one is in, and a
feminine that job text writes as a word of its own ('carrière')."""
from __future__ import annotations

import pytest

from matchlens.preprocess.masking import mask

EUROPASS = ('<?xml version="1.0" encoding="UTF-8"?>\n<SkillsPassport locale="fr"><LearnerInfo><Identification><ContactInfo>'
            "<Address><Contact><AddressLine>19 impasse du Lavoir</AddressLine><PostalCode>97660</PostalCode>"
            "<Municipality>Dembeni</Municipality></Contact></Address></ContactInfo></Identification>"
            "<WorkExperienceList><WorkExperience><Employer><Name>Hippopotamus</Name><ContactInfo><Address><Contact>"
            "<Municipality>Rethel</Municipality></Contact></Address></ContactInfo></Employer></WorkExperience>"
            "</WorkExperienceList><Skills><JobRelated><Description>Accueil client, Service à l'assiette</Description>"
            "</JobRelated></Skills></LearnerInfo></SkillsPassport>")


@pytest.mark.parametrize("value", ["impasse du Lavoir", "97660", "Dembeni"])
def test_an_xml_cv_is_read_by_its_elements_whatever_its_root_is_called(value):
    assert value not in mask(EUROPASS).text


@pytest.mark.parametrize("value", ["Hippopotamus", "Rethel", "Accueil client, Service à l'assiette"])
def test_an_xml_cvs_job_elements_stay(value):
    assert value in mask(EUROPASS).text  # the employer's town is a place of work


@pytest.mark.parametrize("text, kept", [
    ("<r><x><b>19 impasse du Lavoir</b><c>x</c></x><e>Accueil client, Service</e></r>", "Accueil client, Service"),
    ("Adresse : 19 impasse du Lavoir<br>Accueil client, Service à table", "Accueil client, Service à table"),
    ("Nom : Marie Dupont<br/>Poste : cariste", "Poste : cariste"),
])
def test_a_value_ends_where_markup_starts(text, kept):
    out = mask(text).text
    assert kept in out and "Lavoir" not in out and "Dupont" not in out


@pytest.mark.parametrize("text", ["Je suis dans ma 23e année.", "dans ma 45ème année", "I am in my 23rd year."])
def test_the_year_of_life_one_is_in_is_an_age(text):
    masked = mask(text)
    assert ("age", text[text.find("in " if "in my" in text else "dans"):].rstrip(".")) in masked.found
    assert not any(n in masked.text for n in ("23", "45"))


@pytest.mark.parametrize("text", ["dans ma 3e année de BTS", "in my 12th year of service", "en sa 15e année de carrière"])
def test_a_year_of_study_or_service_is_no_age(text):
    assert "[AGE]" not in mask(text).text


@pytest.mark.parametrize("text, kept", [("Évolution de carrière rapide", "carrière"), ("ma carrière dans le BTP", "carrière"),
                                        ("travail à la frontière suisse", "frontière"), ("industrie papetière", "papetière")])
def test_a_feminine_that_is_a_word_of_its_own_is_kept(text, kept):
    assert kept in mask(text).text


def test_a_feminine_person_noun_still_reads_masculine():
    assert mask("Vendeuse, serveuse").text == mask("Vendeur, serveur").text


@pytest.mark.parametrize("text, place", [
    ("2023년 김장철 – 형제수산, 고흥 도양읍", "고흥 도양읍"), ("★★★★★ 형제수산 (진도 군내면) — 사장", "진도 군내면"),
    ("최근 장흥 관산읍 GS건설에서 근무했고", "장흥 관산읍"), ("| 2023년 겨울 시즌 | | 은혜요양원 | 함평 학교면 |", "함평 학교면"),
    ("2023.09 ~ 2024.08 | 라인 쿡 | 신라호텔 | 보성 벌교읍 |", "보성 벌교읍"),
])
def test_a_korean_town_where_a_job_was_stays(text, place):
    assert place in mask(text).text  # a place of work is a job fact, as in French and English


@pytest.mark.parametrize("text, place", [
    ("주소: 창녕 창녕읍", "창녕읍"), ("음성 대소면에 살고 있습니다", "대소면"), ("1985년생, 창녕 창녕읍", "창녕읍"),
    ("창녕 창녕읍\n010-1234-5678", "창녕읍"), ("[구직] 미화원 구직합니다 (무안 삼향읍)", "삼향읍"),
    ("2024. 9. 16. 오전 8:42, 환굳셈 : 전라남도 보성군 보성읍 전곡로 41", "보성읍"),
])
def test_a_korean_town_where_the_candidate_lives_is_masked(text, place):
    assert place not in mask(text).text
