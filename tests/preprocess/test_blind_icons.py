"""Icons in place of labels (blind24's class, blind.icons): a CV builder's icon says what its value is — as a Font
Awesome or Material code point, a '(cid:N)', an emoji or a Material ligature word — and an icon of unknown meaning
leaves the value to say it; a language, a job's town and an ordinary word that happens to be an icon's name stay."""
from __future__ import annotations

import pytest

from matchlens.preprocess.masking import mask


@pytest.mark.parametrize("line, value", [
    ("\uf1fd 02/03/1986", "02/03/1986"), ("cake\t1 novembre 1988", "1 novembre 1988"),
    ("(cid:16)09/08/1975                  Agent d'entretien", "09/08/1975"), ("🎂 26 March 2000", "26 March 2000"),
    ("\uf024 Sénégalais", "Sénégalais"), ("flag  Française", "Française"), ("(cid:18)Sénégalaise", "Sénégalaise"),
    ("🏳 우즈베키스탄", "우즈베키스탄"), ("person  Masculin                    Agent de production", "Masculin"),
    ("location_on  Craponne-sur-Arzon (43)", "Craponne-sur-Arzon"), ("home\tFlat 2, 31 Hencotes", "Hencotes"),
    ("\ue55f Flat 5B, 50 Hencotes", "Hencotes"), ("church musulmane", "musulmane"), ("🛐 catholique", "catholique"),
    ("(cid:29)catholique", "catholique"), ("accessible déficience auditive", "déficience"),
    ("\uf193 déficience auditive", "déficience"), ("language cvdesignr.com/p/6b482c9b", "cvdesignr.com"),
    ("\uf0ac cvdesignr.com/p/8e640710", "cvdesignr.com"),
])
def test_an_icons_value_is_masked(line, value):
    out = mask("Bérangère Mugnier\n" + line + "\n\nExpérience\n2019-2024 Cariste, Entrepôt Stef\n").text
    assert value not in out and "Cariste, Entrepôt Stef" in out, out


def test_two_icon_fields_on_one_line_each_end_at_their_column():
    out = mask("X\nlocation_on  Tence   cake\t50 ans\n").text
    assert "Tence" not in out and "50 ans" not in out and "[ADDRESS]" in out and "[AGE]" in out, out


@pytest.mark.parametrize("line, kept", [
    ("\uf1ab Allemand (B1)", "Allemand (B1)"), ("(cid:7) Turkish (fluent)", "Turkish (fluent)"),
    ("  mosque car park at Eid ; asylum seekers' hostel ; CCTV monitoring", "CCTV monitoring"),
    ("  church halls and a synagogue", "church halls"), ("home care visits for elderly clients", "home care visits"),
    ("(cid:5) CACES R489 cat. 3", "CACES R489 cat. 3"), ("Espagnol  ⬤⬤◯◯◯  A2", "Espagnol"),
])
def test_what_an_icon_does_not_mark_stays(line, kept):
    assert kept in mask("Bérangère Mugnier\n\nCompétences\n" + line + "\n").text


def test_a_pin_under_a_job_stays():
    out = mask("X\n\nEXPÉRIENCE\nCariste @ Entrepôt Stef\nlocation_on Aurec-sur-Loire\n2012 – 2024\n").text
    assert "Aurec-sur-Loire" in out, out


def test_a_town_after_a_spaced_hyphen_is_no_feminine():
    out = mask("Cariste\nCoopérative laitière du Mézenc - Dunières\nfévrier 2020 – janvier 2025\n").text
    assert "Dunières" in out, out


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "•", "-", "(cid:7)"])
def test_languages_in_their_list_stay_languages(bullet):
    """Under a 'LANGUES' heading, 'Français' and 'Anglais' are languages spoken (Word's Symbol bullets are no icons)."""
    out = mask(f"Jean Martin\nNationalité : Sénégalaise\n\nLANGUES\n{bullet} Français\n{bullet} Anglais\n\nCOMPÉTENCES\n"
               f"{bullet} Cariste\n").text
    assert "Français" in out and "Anglais" in out and "Sénégalaise" not in out, out


def test_a_demonym_alone_outside_a_languages_list_is_still_a_nationality():
    assert "Sénégalais" not in mask("Jean Martin\nInfos personnelles\nSénégalais\nMarié\n").text
