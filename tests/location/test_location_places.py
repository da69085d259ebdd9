"""Where a gig takes place and where a candidate lives (read from what blind masking found), in French, English
and Korean texts; the département and region tables."""
import os
from pathlib import Path

import pytest

from matchlens.location import geo
from matchlens.location.gigs import gig_place
from matchlens.location.places import parse_place, resume_place


@pytest.mark.parametrize("text, area, region", [
    ("Cariste H/F\nLieu : Lyon (69)\nCDD de 3 mois", "69", "Auvergne-Rhône-Alpes"),
    ("Préparateur de commandes\n69002 Lyon\nSalaire : 35000 euros brut annuel", "69", "Auvergne-Rhône-Alpes"),
    ("Poste basé à Nantes (44). Vous rejoignez une équipe de 12 personnes.", "44", "Pays de la Loire"),
    ("Localisation : Saint-Denis (93)\nMission de 2 semaines", "93", "Île-de-France"),
    ("31 - LA SALVETAT LAURAGAIS", "31", "Occitanie"),
    ("Lieu de travail : 20090 Ajaccio", "2A", "Corse"),
    ("Lieu : 20600 Bastia", "2B", "Corse"),
    ("Lieu : 97400 Saint-Denis", "974", "La Réunion"),
    ("Mission freelance de 6 mois à Paris (2 jours de télétravail par semaine).", "75", "Île-de-France"),
    ("Mission d'intérim : infirmier de nuit en EHPAD à Lyon 3e.", "69", "Auvergne-Rhône-Alpes"),
    ("Entrepôt logistique à Lesquin (Lille) : cariste pour chargement", "59", "Hauts-de-France"),
    ("Localisation : Grand Est", None, "Grand Est"),
])
def test_a_french_gig_s_place(text, area, region):
    place = gig_place(text)
    assert (place.country, place.area, place.region) == ("FR", area, region)


def test_a_gig_s_place_column_comes_first():
    """A table row of France Travail's ads keeps its `place` column as meta."""
    place = gig_place("Opérateur régleur sur machines-outils.", {"place": "74 - ANNECY", "contract": "CDI"})
    assert (place.area, place.region) == ("74", "Auvergne-Rhône-Alpes")


def test_english_and_korean_gigs():
    leeds = gig_place("Forklift driver\nLocation: Leeds\nFull time, days")
    assert (leeds.country, leeds.area, leeds.name) == ("", "leeds", "Leeds")
    seoul = gig_place("지게차 운전원 모집\n근무지: 서울 강남구\n주간 근무")
    assert (seoul.country, seoul.area, seoul.region) == ("KR", "서울 강남구", "서울")
    incheon = gig_place("인천 물류센터에서 지게차 운전원을 모집합니다.")
    assert (incheon.region, incheon.area) == ("인천", None)


def test_no_place_is_invented():
    assert gig_place("Two-month remote gig: Power BI dashboards, SQL on PostgreSQL.") is None
    assert gig_place("Salaire : 35000 € brut, 35 h par semaine, en CDI.") is None
    assert gig_place("Pilote de ligne Airbus A320, vols au départ d'Orly.") is None


@pytest.mark.parametrize("text, area", [
    ("Marie Dupont\nHabite à Sarcelles\nmarie.dupont@example.org\n\nExpérience\n2019-2021 Serveuse, Paris", "95"),
    ("Jean Martin\n12 rue des Lilas, 93200 Saint-Denis\n06 12 34 56 78\nCariste", "93"),
    ("Adresse : 75016 Paris\nCompétences : cariste, CACES 3", "75"),
    ("Ali Ben Salem\nSaint-Denis (93) | ali@example.org | 06 11 22 33 44\nPréparateur de commandes", "93"),
    ("Lieu de résidence : Lyon 3e\nCuisinier", "69"),
    ("Nadia Haddad\nLille - nadia.haddad@example.org\nCariste", "59"),
])
def test_a_french_resume_s_residence_is_what_masking_hid(text, area):
    from matchlens.preprocess.masking import mask

    place = resume_place(text)
    assert place.country == "FR" and place.area == area
    assert any(cat == "address" for cat, _ in mask(text).found)


def test_korean_and_english_residences():
    seoul = resume_place("김민수\n주소: 서울특별시 강남구 역삼동 123-4\n경력")
    assert (seoul.country, seoul.area, seoul.region) == ("KR", "서울 강남구", "서울")
    suwon = resume_place("이지은\n경기도 수원시 거주\n010-1234-5678")
    assert (suwon.area, suwon.region) == ("경기 수원시", "경기")
    assert resume_place("John Smith\nLives in Leeds\njohn@example.com\nForklift driver").name == "Leeds"


def test_a_town_in_the_experience_is_not_a_residence():
    """Only what the masker hid is read: places of past jobs stay job facts, not where someone lives."""
    text = "Expérience\n2019 - 2023 : Cariste chez Leroy Merlin, Lyon\nCompétences : CACES 1, 3 et 5"
    assert resume_place(text) is None


def test_the_tables():
    assert geo.department_of_postcode("20090") == "2A" and geo.department_of_postcode("20290") == "2B"
    assert geo.department_of_postcode("97611") == "976" and geo.department_of_postcode("98000") is None
    assert len(geo.DEPARTMENTS) == 102 and set(geo.REGION_OF) == set(geo.DEPARTMENTS)
    assert len([r for r, ds in geo.REGIONS.items() if not ds.startswith("97")]) == 13
    assert geo.town_key("ST HERBLAIN") == geo.town_key("Saint-Herblain") == "saint herblain"
    assert geo.town_key("PARIS 15") == geo.town_key("Paris 16e Arrondissement") == "paris"
    assert geo.towns()["sarcelles"][0] == ("95",) and geo.towns()["paris"][0] == ("75",)
    assert parse_place("Chaumont") is None or parse_place("Chaumont").country == ""  # 52 or 74: not guessed


def test_the_town_table_is_local_not_shipped():
    import matchlens

    assert geo.town_table().parent == Path(os.environ["MATCHLENS_HOME"])
    assert not list(Path(matchlens.__file__).parent.rglob("towns_fr*"))  # built where it is used, never shipped


def test_a_table_s_department_column_is_read_but_a_bare_number_elsewhere_is_not():
    assert gig_place("Opérateur régleur.", {"department": "31"}).area == "31"
    assert gig_place("Opérateur régleur.", {"department": "2A"}).region == "Corse"
    assert parse_place("12") is None  # a house number is no département


def test_a_fresh_install_without_a_town_table_still_places_big_towns(tmp_path, monkeypatch):
    monkeypatch.setattr(geo, "town_table", lambda: tmp_path / "absent.tsv")
    geo.towns.cache_clear()
    try:
        assert geo.towns()["lyon"][0] == ("69",) and geo.towns()["saint denis"][0] == ("93",)
    finally:
        geo.towns.cache_clear()
