"""Markers announced by what surrounds them, whatever the name (blind10's classes): a speaker shown by a speech mark, a
meeting's or a review's person, a relative writing for the candidate, an emergency contact, an age said as a birthday,
a birth date as a wiki template; and the job facts that look like them (an employer named after a person in the
brackets after a job title, a Korean job place there) kept."""
import pytest

from matchlens.preprocess.masking import mask


@pytest.mark.parametrize("text, name", [
    ("Q (Tafadimt) : Vous avez votre propre matériel ?", "Tafadimt"),
    ("Q (Bawbie): Do you bring your own tools?", "Bawbie"),
    ("💬 Hnadrune : Envoie-moi ton CV en privé", "Hnadrune"),
    ("💬 Amoïda Asaiti : Mon patron cherche quelqu'un", "Asaiti"),
    ("SUMMARY:Entretien – Ninwa Bakous – Comptable", "Bakous"),
    ("SUMMARY:Interview – Ehdoh Wah – Painter and Decorator", "Ehdoh"),
    ("SUMMARY:면접 – 돈한돌 – 보안 요원", "돈한돌"),
    ("★★★★★ Great job, tidy and quick. — Armah Quaye", "Quaye"),
    ("★★★★★ 꼼꼼하게 잘 해주셨어요. — 빈나슬", "빈나슬"),
    ("Je vous écris pour mon frère Alhabib Alhousseini, qui cherche un poste.", "Alhousseini"),
    ("Je vous écris pour Aghali Akeratane, qui cherche un poste de cariste.", "Akeratane"),
    ("I am writing for my sister Mimose Bancoult, who is looking for work.", "Bancoult"),
    ("Emergency contact: Dedei Ankrah (sister)", "Ankrah"),
    ("비상연락처: 승한돌 (남편)", "승한돌"),
])
def test_a_name_announced_by_its_surroundings_is_masked(text, name):
    assert name not in mask(text).text


def test_a_korean_name_with_its_particle_gives_its_given_name_too():
    out = mask("제 딸 승별아의 구직을 부탁드립니다. 별아는 휴대폰으로 글 쓰는 게 서툴러요.").text
    assert "승별아" not in out and "별아" not in out


@pytest.mark.parametrize("text, gone", [
    ("🎂 오늘 62번째 생일 ❤️", "62"),
    ("Today is my 45th birthday!", "45"),
    ("Pour mon 45e anniversaire, merci", "45"),
    ("🎂 39 ans aujourd'hui, merci pour vos messages", "39"),
    ("| date de naissance = {{date de naissance|5|1|1962}}", "1962"),
    ("| 출생일 = {{출생일|2001|8|15}}", "2001"),
    ("born on the 27 of June 1963.", "1963"),
])
def test_an_age_or_birth_date_said_otherwise_is_masked(text, gone):
    assert gone not in mask(text).text


@pytest.mark.parametrize("text, kept", [
    ("Motor Mechanic (Arnold Clark, Sella Ness)", "Arnold Clark, Sella Ness"),
    ("Forklift Driver (John Lewis, Orgreave)", "John Lewis"),
    ("경비원 (에스원, 아산 인주면)", "아산 인주면"),
    ("Entretien – Cariste – CDI", "Cariste"),
    ("le 10e anniversaire de l'entreprise", "10e anniversaire"),
    ("Q (client) : le devis est-il gratuit ?", "client"),
])
def test_job_facts_that_look_like_them_stay(text, kept):
    assert kept in mask(text).text
