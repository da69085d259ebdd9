"""Names blind13's first run showed (#27): referees after 'Références :' / 'Referees:', who recommended the candidate,
the Korean applicant label '지원자'; and the job a name's field adds in brackets stays."""
from __future__ import annotations

import pytest

from matchlens.preprocess.masking import mask

HIDDEN = [
    ("Références : Mghaylaha Salama (cheffe d'équipe)", "Salama"),
    ("Référence : Awa Traoré, gérante", "Traoré"),
    ("Referees: Mulondo Kaggwa (team leader)", "Kaggwa"),
    ("Recommended by Komakech Odong", "Odong"),
    ("Endorsed by Lamunu Olanya", "Olanya"),
    ("지원자: 부이 티 타오", "타오"),
    ("지원자 성명 : 즈엉 티 디엡", "디엡"),
]

KEPT = [
    ("Nom : Jean Dupont (cariste, 10 ans)", "(cariste, "),
    ("이름: 난귀남 (화물차 운전원, 경력 3년차)", "경력 3년차"),
    ('"text": "신규 지원자: 량언년 (조리사, 급식실 30년)",', "급식실 30년"),
    ("Références : disponibles sur demande", "disponibles sur demande"),
    ("지원자 수: 30명", "지원자 수"),
]


@pytest.mark.parametrize("text, value", HIDDEN)
def test_names_after_these_cues_are_masked(text, value):
    assert value not in mask(text).text


@pytest.mark.parametrize("text, value", KEPT)
def test_what_stays(text, value):
    assert value in mask(text).text


@pytest.mark.parametrize("text, name", [("Nom : Marie Dupont (née Martin)", "Martin"), ("Nom : Nino (ბაკურაძე)", "ბაკურაძე"),
                                        ("성명: 김철수 (金哲洙)", "金哲洙")])
def test_a_bracket_that_is_the_name_again_is_masked_with_it(text, name):
    assert name not in mask(text).text


@pytest.mark.parametrize("text, hidden", [
    ("추천: 독억수", "독억수"),
    ("이력서 - 응오 반 쯔엉", "쯔엉"),
    ("이력서 - 응오 반 쯔엉", " 반 "),
    ("후인 반 쯔엉 이력서 (1/3)", "쯔엉"),
    ("지원자: 부이 티 타오", "티"),
])
def test_korean_recommenders_page_headers_and_vietnamese_middle_names(text, hidden):
    """'반' / '티' (Văn, Thị) in a Vietnamese name written in Hangul say the person's sex: masked with the name."""
    assert hidden not in f" {mask(text).text} "


@pytest.mark.parametrize("text", ["물류센터 입출고 담당 이력서", "요양보호사 이력서 (1/2)", "오전 반 오후 반 근무", "추천 업무: 지게차 운전"])
def test_korean_job_lines_stay(text):
    assert mask(text).text == text
