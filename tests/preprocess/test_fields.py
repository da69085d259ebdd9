"""Job-posting fields: the title is found only where it is one; scores combine per mode; untitled gigs unchanged."""
import numpy as np
import pytest

from matchlens.preprocess.fields import combine, split_title


@pytest.mark.parametrize("text, title", [
    ("Chauffeur PL (H/F)\nNous recherchons un chauffeur poids lourd.", "Chauffeur PL (H/F)"),
    ("## Développeur Python\n\nMissions : API web.", "Développeur Python"),
    ("\n  Cook  \nKitchen work.", "Cook"),
    ("One line only, no body", ""),
    ("Description du poste :\nVous livrez des colis.", ""),
    ("We are hiring.\nYou will deliver parcels.", ""),
    ("This first line is a long sentence that describes the whole job and is clearly no title at all here\nbody",
     ""),
    ("", ""),
])
def test_split_title(text, title):
    got, body = split_title(text)
    assert got == title
    if title:
        assert body and title not in body
    else:
        assert body == text


def test_combine_modes_and_untitled_gigs():
    title = np.array([[1.0, 0.2], [0.0, 0.4]], np.float32)
    body = np.array([[0.0, 0.6], [1.0, 0.8]], np.float32)
    whole = np.full((2, 2), 0.5, np.float32)
    has = np.array([True, False])
    mixed = combine(title, body, whole, has, "title+body", 0.75)
    assert np.allclose(mixed[:, 0], [0.75, 0.25]) and np.allclose(mixed[:, 1], 0.5)
    assert np.allclose(combine(title, body, whole, has, "max")[:, 0], [1.0, 1.0])
    assert combine(title, body, whole, has, "whole") is whole
    with pytest.raises(ValueError):
        combine(title, body, whole, has, "sum")
    with pytest.raises(ValueError):
        combine(title, body, whole, has, "title+body", 1.5)


def test_a_table_rows_title_column_is_the_title():
    from matchlens.preprocess.fields import split_fields

    assert split_fields("Soins de nuit en EHPAD.", {"title": "Infirmier(e) de nuit", "lang": "fr"}) == (
        "Infirmier(e) de nuit", "Soins de nuit en EHPAD.")
    assert split_fields("Cook\nKitchen work.", {"lang": "en"}) == ("Cook", "Kitchen work.")
    assert split_fields("Kitchen work.", {"title": ""}) == ("", "Kitchen work.")
