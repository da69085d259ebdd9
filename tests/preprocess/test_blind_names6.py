"""Names in running text and in Hangul without a label (#27, blind13's residual name effect): a colleague named after
'worked with' / 'travaillé avec' whatever the name's origin, a Korean name before a title and 님, a Vietnamese name in
Hangul anywhere, the first referee under a 'REFERENCES' heading; and what these cues must leave alone."""
from __future__ import annotations

import pytest

from matchlens.preprocess.masking import mask

HIDDEN = [
    ("Avez-vous travaillé avec Ganessin Soupramanien ?", "Soupramanien"),
    ("Avez-vous travaillé avec Pohue Kohumoetini ?", "Kohumoetini"),
    ("Did you work with Okot Oloya?", "Oloya"),
    ("I worked alongside Hélier Le Gallichan for two years.", "Gallichan"),
    ("Formée par Ana Pereira au CACES R489.", "Pereira"),
    ("Trained by Nakato Nsubuga (shift lead).", "Nsubuga"),
    ("travaillé sous la direction de Tekber Lebsir", "Lebsir"),
    ("거주지와 근무 가능 조건을 알려주세요. 수석삼 반장님과 일해 보셨나요?", "수석삼"),
    ("독만수 팀장님께 보고", "독만수"),
    ("Certifications\n1종 보통 운전면허\n\n응오 반 응이아\n건설 현장 작업원 @ 대우", "응이아"),
    ("보낸 사람: 후인 반 뚜안 <tuan@hanmail.net>", "후인"),
    ("경력\n즈엉 티 프엉\n조리원", "프엉"),
    ("REFERENCES\nOjok Otim, Shift Manager, Tesco", "Otim"),
    ("Références\nMahfoud Dahi, chef d'équipe", "Dahi"),
    ("Entretien réalisé par : Mbisséne Ngom", "Ngom"),
    ("Interview by: Thilakaratne Wanigasekara", "Wanigasekara"),
    ("Filed by Ranmuthu Jayalath", "Jayalath"),
    ("Viewed by Bagsik Bimmuyag (recruiter)", "Bimmuyag"),
    ("Application from WANIGASEKARA Wasantha for Lunchtime Assistant", "Wasantha"),
    ("Candidature de Jaroszk Derdowsczi pour Préparateur de commandes", "Derdowsczi"),
    ("To whom it may concern,\n\nI, Lềnh Thèn, manager of Dambulla Tea", "Lềnh"),
    ("본인 쿠무두니 코디투왁쿠은(는) 캔디 차 농장의 대표로서", "코디투왁쿠"),
    ("통역 치트라바하두르 지렐 (외국인력지원센터)", "지렐"),
    ("열람: 쿠무두니 자얄라트 (채용 담당자)", "자얄라트"),
]

KEPT = [
    ("worked with Salesforce and SAP Business One", "Salesforce"),
    ("J'ai travaillé avec Bouygues Construction sur le chantier.", "Bouygues Construction"),
    ("Formé par l'AFPA à Rouen", "AFPA"),
    ("현장 반장님과 협력하여 작업", "현장 반장님"),
    ("우리 팀장님과 함께 일했습니다", "우리 팀장님"),
    ("오전 반 근무 가능", "오전 반 근무"),
    ("[NAME]\nBLS Provider\nInfirmière", "BLS Provider"),
    ("Jean Martin\nHACCP Niveau 2\nCuisinier", "HACCP Niveau 2"),
    ("Candidature de Marie Dupont pour cariste\nCandidature envoyée le 3 mai", "Candidature envoy"),
    ("Application from Lyon for the role", "Lyon"),
    ("I, the undersigned, certify", "the undersigned"),
    ("Application of Machine Learning", "Machine Learning"),
]


@pytest.mark.parametrize("text, value", HIDDEN)
def test_names_in_running_text_and_hangul_are_masked(text, value):
    assert value not in mask(text).text


@pytest.mark.parametrize("text, value", KEPT)
def test_companies_titles_and_certificates_stay(text, value):
    assert value in mask(text).text


def test_a_town_beside_the_name_is_still_the_residence():
    assert "Havre" not in mask("Jean Martin\nLE HAVRE\nCuisinier").text


FORM = "Apply for delivery driver\n* Required\n\nFirst name *\nFaleolo\n\nLast name *\nFaleafa\n\nAddress line 1\nFlat 4, 144 Uxbridge Road\n\n" \
       "Town/City *\nRotherham\n\nPostcode *\nS18 5YT\n\nPrénom (obligatoire)\nNimisha\n\nCurrent employer\nRoyal Mail\n"


@pytest.mark.parametrize("value", ["Faleolo", "Faleafa", "Uxbridge", "Rotherham", "S18 5YT", "Nimisha"])
def test_a_web_forms_labels_keep_their_value_below_whatever_marks_them(value):
    assert value not in mask(FORM).text  # 'First name *', 'Address line 1', '(obligatoire)': a form's marks


def test_a_forms_other_fields_and_a_posts_date_stay():
    assert "Royal Mail" in mask(FORM).text
    assert "2024.09.11. 21:16" in mask("다한아빠 | 2024.09.11. 21:16 | 조회 50").text  # a date and time, no phone
    assert "[PHONE]" in mask("Tél. 06 12 34 56 78").text
