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
    # a given name that is a word, which no name list holds, before a surname-like word (known, in capitals)
    ("Dossier\nMiracle Thatcher\nagent d'entretien", "Miracle"), ("Dieumerci TISSERAND\ncariste", "Dieumerci"),
    ("Shortlist:\n3) Providence CARTER\nwarehouse operative", "Providence"),  # a list's number before it
    ("Testimony Mwangi, shift supervisor", "Testimony"),
    ("Madame Fontaine a travaillé chez nous", "Fontaine"),  # after a title, a surname that is a word and a town
    ("BROWN Justice\nkitchen porter", "Justice"),  # the surname in capitals first
    ("J. Cook, shift supervisor", "Cook"),  # an initial, a surname that is a word, a role
    # a Korean name beside its romanization, either order, with its hyphen or a given name that is a word
    ("정하람 (Ha-ram Jung)\n바리스타", "정하람"), ("Da-eun Yoon / 윤다은\nbarista", "윤다은"), ("한바다 (Bada Han)", "한바다"),
])
def test_names_that_are_words(text, gone):
    assert gone not in masked(text), masked(text)


@pytest.mark.parametrize("text,kept", [
    ("Experience\n2019-2022 – Hotel Porter – Park Hyatt, London", "Hotel Porter – Park Hyatt"),
    ("영어 회화 가능, 일본어 (JLPT N3)", "(JLPT N3)"),  # an exam in brackets is no romanized name
    ("— Attached: employment reference —\nSky\nPurfleet", "Sky"),  # an employer after a reference's heading
    ("Mr Bricolage, Clermont-Ferrand : vendeur conseil", "Bricolage"),  # a brand after a title
    ("Availability\nSunday shifts, River Island stockroom\nSuccess Story award 2021", "Sunday shifts, River Island"),
    ("Ministry of Justice, Croydon – cleaner", "Ministry of Justice"),
    ("2021 ~ 현재 | Line Cook / 아워홈 | 부산", "아워홈"), ("어학: Bahasa Jawa (모국어)", "모국어"),  # no romanized name
    ("Formation : 2014 : Bac pro – CNAM. Permis : Permis B.", "Permis B"),  # 'CNAM. ' ends in no title 'M.'
    ("Kabwe M.\nWaiter\n⭐ 4.9 (37 reviews)\n\nVerified experience\n✔ Costa Coffee — Ledbury — Waiter", "Ledbury — Waiter"), ("Liberty London – sales floor", "Liberty London"),
])
def test_the_same_words_as_job_facts_stay(text, kept):
    assert kept in masked(text), masked(text)
