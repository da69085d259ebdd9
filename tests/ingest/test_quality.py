"""Damaged text: repaired where it can be (glyph names, icon fonts), flagged by name where it cannot."""
import pytest

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


@pytest.mark.parametrize("broken, fixed", [
    ("surveil-\nlance officielle", "surveillance\nofficielle"),
    ("des trans-\nmissions.", "des transmissions.\n"),
    ("aides-\nsoignants de nuit", "aides-soignants\nde nuit"),
    ("front-\nend developer", "front-end\ndeveloper"),
    ("PROFES-\nSIONNELLE", "PROFESSIONNELLE\n"),
    ("Paris-\nLyon", "Paris-\nLyon"),
    ("2019-\n2024", "2019-\n2024"),
    ("a-\nb", "a-\nb"),
])
def test_words_broken_at_line_ends_are_joined_and_compounds_keep_their_hyphen(broken, fixed):
    from matchlens.ingest.quality import dehyphenate

    assert dehyphenate(broken)[0] == fixed


@pytest.mark.parametrize("hostile", ["a" * 200_000, "a " * 100_000, ("mot" * 30_000 + "-\n") * 3, "x-\n" * 50_000,
                                     ("A " * 5_000 + "B\n") * 20])
def test_repairs_stay_linear_on_hostile_text(hostile):
    """Catastrophic backtracking guard: each of these took minutes with a pattern that could start mid-word; a
    60 s alarm turns a hang into a failure (a guard, not a speed target)."""
    import re
    import signal

    from matchlens.ingest.pdf import SPACED_RUN

    def hang(*_):
        raise TimeoutError("a repair pattern backtracks catastrophically")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(60)
    try:
        repair(hostile)
        check(hostile)
        SPACED_RUN.findall(hostile)
        re.sub(r"x", "x", hostile)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
