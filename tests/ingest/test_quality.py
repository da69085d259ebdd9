"""Damaged text: repaired where it can be (glyph names, icon fonts), flagged by name where it cannot."""
from matchlens.ingest import load_bytes
from matchlens.ingest.quality import check, repair


def test_glyph_names_and_icon_fonts_are_repaired():
    text, notes = repair("De /two.lnum/zero.lnum/one.lnum/nine.lnum à /two.lnum/zero.lnum/two.lnum/three.lnum : "
                         "con/f_iguration, \uf095 06 12, \uf0e0 mail, arti/f_lows, /two.lnum")
    assert "2019" in text and "2023" in text and "configuration" in text and "artiflows" in text
    assert "\uf095" not in text and len(notes) == 2


def test_damage_that_cannot_be_repaired_is_named():
    glued = "Développeuradorédepuisseptansdansdesprojetsdanalysedegrandsjeuxdedonnées " * 5 + "Python Django SQL"
    assert any("missing spaces" in i for i in check(glued))
    spaced = "C O N T A C T\nE X P E R I E N C E\nF O R M A T I O N\nInfirmière de nuit, soins intensifs"
    assert any("letter-spaced" in i for i in check(spaced))
    assert check("Infirmière de nuit en EHPAD, soins techniques, transmissions, encadrement.") == []


def test_a_damaged_document_loads_with_a_visible_warning():
    res = load_bytes("cv.txt", ("analysedegrandsjeuxdedonnéesetvisualisation " * 6).encode(), "resume")
    assert res.documents and any("missing spaces" in p.reason and p.severity == "warning" for p in res.problems)
