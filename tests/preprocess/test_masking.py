"""Blind scoring: identifiers planted in generated CVs (French, English, Korean; Faker's names, phones and
addresses) are each masked, and the work experience stays."""
import random

import pytest

from matchlens.preprocess.masking import mask

LOCALES = {"fr": "fr_FR", "en": "en_GB", "ko": "ko_KR"}
BODY = {
    "fr": "Expérience professionnelle\n2019 - 2023 : Infirmière de nuit en EHPAD, soins techniques.\n"
          "Compétences\nSoins intensifs, gestion des traitements, encadrement des aides-soignants.",
    "en": "Experience\n2019 - 2023: Night nurse in a care home, medication rounds.\n"
          "Skills\nIntensive care, wound care, team leadership.",
    "ko": "경력\n2019 - 2023 : 요양병원 야간 간호사, 투약 관리\n기술\n중환자 간호, 상처 관리, 팀 리더십",
}


def planted_cv(lang: str, seed: int) -> tuple[str, dict[str, str]]:
    """A CV with one of each identifier, in the positions and forms real CVs use."""
    from faker import Faker

    fake = Faker(LOCALES[lang])
    fake.seed_instance(seed)
    rng = random.Random(seed)
    female = rng.random() < 0.5
    first = fake.first_name_female() if female else fake.first_name_male()
    last = fake.last_name()
    name = f"{last}{first}" if lang == "ko" else f"{first} {last}"
    email = f"{first}.{last}@example.org".lower() if lang != "ko" else f"user{seed}@example.org"
    phone = fake.phone_number()
    year = rng.randint(1962, 2004)
    age = str(2026 - year)
    address = fake.address().replace("\n", ", ")
    birth = {"fr": f"Né{'e' if female else ''} le {rng.randint(1, 28)}/0{rng.randint(1, 9)}/{year}",
             "en": f"Date of birth: {rng.randint(1, 28)} March {year}",
             "ko": f"생년월일: {year}년 {rng.randint(1, 12)}월 {rng.randint(1, 28)}일"}[lang]
    age_line = {"fr": f"{age} ans", "en": f"Age: {age}", "ko": f"{age}세"}[lang]
    addr_line = {"fr": f"Adresse : {address}", "en": f"Address: {address}", "ko": f"주소: {address}"}[lang]
    family = {"fr": "Mariée, 2 enfants" if female else "Marié, 2 enfants", "en": "Married, 2 children",
              "ko": "결혼 여부: 기혼"}[lang]
    nationality = {"fr": "Nationalité : française", "en": "Nationality: British", "ko": "국적: 대한민국"}[lang]
    title = {"fr": "Mme " if female else "M. ", "en": "Ms " if female else "Mr ", "ko": ""}[lang]
    profile = f"linkedin.com/in/{first.lower()}-{last.lower()}-{seed}" if lang != "ko" else f"github.com/user{seed}"
    text = (f"{title}{name}\n{email} · {phone} · {profile}\n{addr_line}\n{birth} ({age_line})\n{nationality}\n"
            f"{family}\n\n{BODY[lang]}\n\n{name} — {email}")
    planted = {"name": name, "first name": first, "last name": last, "email": email, "phone": phone,
               "address": address, "birth": birth.split(":")[-1].strip(), "age": age_line,
               "nationality": nationality.split(":")[-1].strip(), "profile": profile}
    return text, planted


@pytest.mark.parametrize("lang", ["fr", "en", "ko"])
def test_every_planted_identifier_is_masked(lang):
    missed = []
    for seed in range(40):
        text, planted = planted_cv(lang, seed)
        seen = mask(text).text
        missed += [(seed, what, value) for what, value in planted.items() if value in seen]
        assert BODY[lang].split("\n")[1][:20] in seen  # the work experience stays
    assert missed == []


def test_family_status_and_civil_title_are_masked():
    seen = mask("Mme Claire Martin\nclaire.martin@mail.fr\nMariée, 2 enfants\n\nExpérience\nInfirmière").text
    assert "Mme" not in seen and "Mariée" not in seen and "2 enfants" not in seen and "Claire" not in seen


def test_years_of_experience_dates_and_common_words_are_kept():
    body = ("2016 - 2018 - 2020 : serveuse, 10 ans d'expérience, petit-déjeuner et service en salle, "
            "5 years of experience, 01/2018 - 12/2020, API 2.0, développeur depuis 12 ans dans une équipe, "
            "a single-page application on a single database, 10000 Utilisateurs actifs")
    text = "Emma Petit\nemma.petit@mail.fr\n\nExpérience\n" + "\n".join(["Une ligne de contexte."] * 8) + "\n" + body
    seen = mask(text).text
    for kept in ("2016 - 2018 - 2020", "10 ans d'expérience", "petit-déjeuner", "5 years of experience",
                 "01/2018 - 12/2020", "depuis 12 ans", "single-page", "single database"):
        assert kept in seen
    assert "Emma" not in seen and "Petit" not in seen


def test_a_cv_with_and_without_a_header_reads_the_same():
    body = "Expérience\nCariste en entrepôt, CACES 3.\nCompétences\nGestion de stock"
    header = "Nadia Haddad\nnadia.haddad@mail.fr · 06 12 34 56 78\n12 rue des Lilas, 59000 Lille\n\n"
    assert mask(header + body).text == mask(body).text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_names_announced_in_running_text_are_masked(lang):
    """Names with no header line: "Je m'appelle …", "My name is …", a referee, a dated signature."""
    from faker import Faker

    missed = []
    for seed in range(30):
        fake = Faker(LOCALES[lang])
        fake.seed_instance(seed)
        cand, ref = f"{fake.first_name()} {fake.last_name()}", f"{fake.first_name()} {fake.last_name()}"
        text = {"fr": f"Expérience\nAide-soignante en EHPAD.\nJe m'appelle {cand} et je cherche des nuits.\n"
                      f"Référence : {ref}, cadre de santé.\nFait à Lyon, le 3 mars 2025. {cand}",
                "en": f"Experience\nCare assistant.\nMy name is {cand} and I like night shifts.\n"
                      f"Reference: {ref}, ward manager.\nSigned, {cand}"}[lang]
        seen = mask(text).text
        missed += [w for w in (cand + " " + ref).split() if len(w) > 2 and w in seen]
    assert missed == []


def test_cues_without_a_name_change_nothing():
    text = "Expérience\nI am a night nurse.\nContact : par téléphone uniquement.\nJe suis disponible de nuit."
    assert mask(text).text == text


@pytest.mark.parametrize("locale", ["fr_FR", "en_GB"])
def test_the_same_cv_under_any_identity_reads_the_same(locale):
    """Unlabelled header lines as Faker writes them (multi-line UK addresses, odd street types, any phone form):
    the masked text does not depend on who the candidate is."""
    from faker import Faker

    body = "\n\nExperience\nNight nurse in a care home, medication rounds and wound care."
    seen = set()
    for seed in range(30):
        fake = Faker(locale)
        fake.seed_instance(seed)
        name = f"{fake.first_name()} {fake.last_name()}"
        header = (f"{name}\n{name.lower().replace(' ', '.')}@example.org · {fake.phone_number()}\n"
                  f"{fake.street_address()}, {fake.postcode()} {fake.city()}\n{fake.random_int(22, 60)} ans")
        seen.add(mask(header + body).text)
    assert len(seen) == 1, seen
