"""Numbers and time in a CV (#27): the candidate's birth date and age among job dates, durations and other people's
ages. Written here, not taken from a placement split; each failed before the mechanism it tests."""
import pytest

from matchlens.preprocess.masking import mask


def masked(text: str) -> str:
    return mask(text).text


@pytest.mark.parametrize("text,gone", [
    ("Aïssatou Baldé\n°1987 à Tambacounda (Sénégal)\nCariste", "1987"),  # the degree sign says 'née'
    ("Aïssatou Baldé\n°1987 à Tambacounda (Sénégal)\nCariste", "Tambacounda"),
    ("Aïssatou Baldé\n°1987 à Tambacounda (Sénégal)\nCariste", "Sénégal"),  # the country after the birthplace
    ("Permis C\nDriving licence field 3 (DOB): 14/02/1979", "1979"),
    ("Temp worker – D.O.B 2nd May 1971", "1971"),
    ("Personal details\nD.O.B 9th March 1990, Port Antonio, Jamaica", "Port Antonio"),
    ("경력 요약\n운전면허증 생년월일 1983.04.21", "1983"),  # the label after another word, no colon
    ("Interests: in 2018, the year I turned 40, I ran my first marathon.", "40"),
    ("Forklift driver, 30 years on the floor, sixty-one", "sixty-one"),  # an age in words ending the line
    ("Porter\nfifty-four, Marital status: widowed", "fifty-four"),
    ("Mirela Costache, (47)\nAgent de quai", "47"),  # an age in brackets beside a name
    ("Mirela Costache, (47)\nAgent de quai", "Costache"),
    ("Date of birth: 02/02/1975 – (49)", "49"),
])
def test_age_and_birth_among_numbers_are_masked(text, gone):
    assert gone not in masked(text), masked(text)


@pytest.mark.parametrize("text,kept", [
    ("Expérience\nde 2004 à 2019 (14 ans 8 mois) – Magasinier, Kiabi", "(14 ans 8 mois)"),  # a duration, not an age
    ("Experience\n2016 - 2021 (5 years 2 months) – Picker, Ocado", "(5 years 2 months)"),
    ("Expérience\n2006-2007 (1 an 4 mois) – Chauffeur PL, Transports Maury", "2006-2007 (1 an 4 mois)"),  # no phone
    ("Experience\nHealthcare assistant – residents aged 70 to 95", "residents aged 70 to 95"),  # other people's ages
    ("경력\n요양보호사 – 어르신 70세~95세 돌봄", "어르신 70세~95세"),
    ("Employment history\nMar 2015 - Jun 2020\nCleaner | Mitie | Unit 7, Dock Road, Workington CA14", "Dock Road, Workington CA14"),
    ("Employment\n2012-2016 | Kitchen Porter | Compass | 3 Quay Street, Whitby YO21", "3 Quay Street, Whitby YO21"),
    ("Jean Moreau\n6 points, no endorsements", "6 points, no endorsements"),  # a licence, not an address line
    ("Jean Moreau\n120 couverts par service", "120 couverts par service"),
    ("Certificats\nBAFA obtenu en 2003, n°2003-1187", "BAFA obtenu en 2003"),
])
def test_job_numbers_stay(text, kept):
    assert kept in masked(text), masked(text)
