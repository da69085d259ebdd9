"""The blind24 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim (an identity mask finds nothing,
deleting the planted values finds everything and keeps every fact); CVs made with builders and templates as a text
extractor reads them: icon glyphs and ligature names before contact items and personal fields, sidebars, letter-spaced
or small-capital headings, skill and language bars, template leftovers; markers beside icons and in sidebars, facts
beside icons and bars; names and places new; layouts that write what their docstrings say."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind24 as B24

sys.path.insert(0, str(Path(__file__).parent))
import split_contract as contract  # noqa: E402
from split_contract import planted  # noqa: E402

PER_LAYOUT = 10  # 260 CVs: the contract's 250 and more
LAYOUT_NAMES = ("canva_deux_colonnes_icones", "cvdesignr_export", "europass_editeur_2020", "indeed_profil_pdf",
                "word_moderne_zone_texte", "gdocs_serif_modele", "hellowork_cv", "modele_etudiant_barres",
                "uk_cvlibrary_template", "canva_frise_chrono", "jobkorea_iryeokseo", "saramin_pyojun",
                "hwp_iryeokseo_cells")
GLYPHS = {g for kinds in B24.ICONS.values() for g in kinds}
ICON_END = re.compile("(?:[\ue000-\uf8ff]|\\(cid:\\d+\\)|(?<![\\w@.])(?:" + "|".join(
    sorted((re.escape(k[2]) for k in B24.ICONS.values()), key=len, reverse=True)) + ")|" + "|".join(
    re.escape(k[3]) for k in B24.ICONS.values()) + ")[ \t]*$")
BAR = re.compile(r"[●○■□★☆█░⬤◯]{5}|\b\d{2,3}%|\b[1-5]/5\b")


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind24", per_layout=PER_LAYOUT, seed=24)


def by_layout(cvs, name: str, lang: str | None = None) -> list[P.PlacedCV]:
    return [cv for cv in cvs if cv.layout == name and lang in (None, cv.lang)]


def beside_icon(cv: P.PlacedCV, value: str) -> bool:
    """The value is right after an icon glyph, ligature name, emoji or '(cid:n)' on its line."""
    for line in cv.text.splitlines():
        at = line.find(value)
        while at >= 0:
            if ICON_END.search(line[:at]):
                return True
            at = line.find(value, at + 1)
    return False


def test_split_is_registered_new_and_listed():
    contract.registered("blind24", B24, LAYOUT_NAMES)


def test_generation_is_deterministic_for_a_seed_and_quick():
    contract.deterministic("blind24")


def test_every_layout_plants_every_family_in_each_language(cvs):
    contract.every_family("blind24", cvs)


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    contract.verbatim_and_apart(cvs)


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    contract.identity_and_oracle(cvs, LAYOUT_NAMES)


# --- what builders leave in the text ----------------------------------------------------------------------------------
def test_markers_sit_beside_icons_in_most_cvs_and_every_family_does_somewhere(cvs):
    fams = set()
    with_icon = 0
    for cv in cvs:
        hits = [m for m in cv.markers if beside_icon(cv, m.value)]
        fams |= {m.family for m in hits}
        with_icon += len(hits) >= 3
    assert with_icon >= 0.6 * len(cvs), with_icon
    assert fams >= set(P.FAMILIES) - {"name"}, set(P.FAMILIES) - fams
    styles = {"pua": 0, "word": 0, "emoji": 0, "cid": 0}
    for cv in cvs:
        styles["pua"] += bool(re.search("[\ue000-\uf8ff]", cv.text))
        styles["cid"] += "(cid:" in cv.text
        styles["word"] += bool(re.search(r"(?m)^(phone|mail|location_on|cake|flag|home)\s", cv.text))
        styles["emoji"] += any(k[3] in cv.text for k in B24.ICONS.values())
    assert min(styles.values()) >= 20, styles
    assert any(re.search("[\ue000-\uf8ff][^\\s]", cv.text) for cv in cvs)  # glued to its item


def test_facts_beside_icons_and_bars_are_present_and_many(cvs):
    near = 0
    for cv in cvs:
        lines = cv.text.splitlines()
        n = sum(any(f in line and (BAR.search(line) or ICON_END.search(line[:line.find(f)])) for line in lines)
                or any(f == lines[i] and BAR.search(lines[i + 1]) for i in range(len(lines) - 1))
                for f in cv.facts)
        near += n >= 3
        assert len(cv.facts) >= 12, (cv.layout, len(cv.facts))
    assert near >= 0.6 * len(cvs), near


def test_bars_headings_sidebars_and_leftovers(cvs):
    assert sum(bool(BAR.search(cv.text)) for cv in cvs) >= 0.7 * len(cvs)
    spaced = re.compile(r"(?m)^(?:\w ){4,}\w")
    small = re.compile("[ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ]{3}")
    assert sum(bool(spaced.search(cv.text)) for cv in cvs) >= 45
    assert sum(bool(small.search(cv.text)) for cv in cvs) >= 20
    leftovers = [x for xs in B24.PLACEHOLDERS.values() for x in xs] + [
        x for xs in B24.FOOTERS.values() for x in xs] + list(B24.QR.values()) + list(B24.WEB_PLACEHOLDER.values())
    for cv in cvs:
        assert any(x in cv.text for x in leftovers) or "(cid:" in cv.text, cv.layout
    for cv in cvs:  # leftovers are neither markers nor facts
        for x in leftovers:
            assert not any(x == m.value for m in cv.markers) and x not in cv.facts


def test_layout_frames(cvs):
    for cv in by_layout(cvs, "canva_deux_colonnes_icones"):
        assert "(cid:5)" in cv.text and any(f in cv.text for f in B24.FOOTERS["canva"])
    for cv in by_layout(cvs, "cvdesignr_export"):
        assert cv.text.index("Photo") < 5 and "CVDesignR" in cv.text and B24.QR[cv.lang] in cv.text
        assert B24.UNFILLED[cv.lang] in cv.text and any("cvdesignr.com/p/" in v for v in planted(cv, "contact"))
    for cv in by_layout(cvs, "europass_editeur_2020"):
        assert "europass.europa.eu" in cv.text and cv.text.count("(cid:") >= 4
        assert re.search(r"^01/\d\d/\d{4} – ", cv.text, re.M)
    for cv in by_layout(cvs, "indeed_profil_pdf"):
        assert cv.text.splitlines()[1].startswith("location_on") and "Indeed" in cv.text
    for cv in by_layout(cvs, "word_moderne_zone_texte"):
        main, box = cv.text.split("\f")
        assert any(v in box for v in planted(cv, "contact")) and not any(v in main for v in planted(cv, "contact"))
        assert re.search("[\uf000-\uf2ff]", box)
    for cv in by_layout(cvs, "gdocs_serif_modele"):
        assert any(x in cv.text for x in B24.PLACEHOLDERS[cv.lang])
    for cv in by_layout(cvs, "hellowork_cv"):
        assert "HelloWork" in cv.text and cv.text.count("|  ") >= 2
    for cv in by_layout(cvs, "modele_etudiant_barres"):
        assert re.search(r"[█⬤]{1,5}[░◯]{0,4}$", cv.text, re.M) and "%" in cv.text
        assert B24.WEB_PLACEHOLDER[cv.lang] in cv.text
    for cv in by_layout(cvs, "uk_cvlibrary_template"):
        assert cv.text.startswith("YOUR NAME\n") and "\t\t\t" in cv.text
    for cv in by_layout(cvs, "canva_frise_chrono"):
        assert "C U R R I C U L U M" in cv.text or "이 력 서" in cv.text
        assert re.search(r"(?m)^phone\s", cv.text)
    for cv in by_layout(cvs, "jobkorea_iryeokseo"):
        assert "잡코리아" in cv.text and "병역사항:" in cv.text and "홍길동" in cv.text
    for cv in by_layout(cvs, "saramin_pyojun"):
        assert "가족관계" in cv.text and len(planted(cv, "family")) >= 3
    for cv in by_layout(cvs, "hwp_iryeokseo_cells"):
        assert "(cid:1)" in cv.text and any(re.fullmatch(r"[A-Z]+ [A-Z][a-z]+", v) for v in planted(cv, "name"))
        assert any(re.fullmatch(r"\d{6}-[1-4]\*{6}", v) for v in planted(cv, "birth"))


# --- vocabulary ------------------------------------------------------------------------------------------------------
def test_names_and_places_are_new():
    contract.names_and_places_new(
        "blind24", B24, {"Yssingeaux", "Retournac", "Otterburn", "Prudhoe", "벌교읍", "도양읍", "Égletons", "Awka"},
        place_stop=contract.PLACE_STOP | {"es", "d", "apcher", "ville"})
