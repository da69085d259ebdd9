"""Names that are also words (#27): a given name and a surname of the name lists alone on their line, a surname after a
civil title, a name before its role, a recommendation's signer, a Korean name beside its romanization; the same words
as job facts stay. Written here, not taken from a placement split; each failed before the mechanism it tests."""
import pytest

from matchlens.preprocess.masking import mask


def masked(text: str) -> str:
    return mask(text).text


@pytest.mark.parametrize("text,gone", [
    ("Candidates\nGrace Walker\nHGV driver, 6 years", "Grace Walker"),  # alone on its line, a surname that is a town
    ("Je soussigné certifie que M. Charpentier a travaillé chez nous.", "Charpentier"),  # after a civil title
    ("Referee: Grace Turner, site manager", "Grace Turner"),
    ("Tom Mason, general manager", "Tom Mason"),  # a name, then a role of a few words
    ("Recommendation — Faith Cooper", "Faith Cooper"),
    ("서하늘 (Haneul SEO)\n바리스타", "Haneul"), ("서하늘 (Haneul SEO)\n바리스타", "서하늘"),
    ("1) 여성 서하늘", "서하늘"),
])
def test_names_that_are_words(text, gone):
    assert gone not in masked(text), masked(text)


@pytest.mark.parametrize("text,kept", [
    ("Experience\n2019-2022 – Hotel Porter – Park Hyatt, London", "Hotel Porter – Park Hyatt"),
    ("영어 회화 가능, 일본어 (JLPT N3)", "(JLPT N3)"),  # an exam in brackets is no romanized name
    ("— Attached: employment reference —\nSky\nPurfleet", "Sky"),  # an employer after a reference's heading
    ("Mr Bricolage, Clermont-Ferrand : vendeur conseil", "Bricolage"),  # a brand after a title
])
def test_the_same_words_as_job_facts_stay(text, kept):
    assert kept in masked(text), masked(text)
