"""The placement benchmark's generator and scorer (not the masker): deterministic CVs in many layouts whose planted
markers and facts are where the lists say, a fixed dev / held split, and a scorer that counts the right things."""
from __future__ import annotations

import re

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_data as D


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("all", per_layout=2, seed=11)


def delete_all(cv: P.PlacedCV):
    """A mask function that deletes every planted value of this CV."""
    return lambda text: P.delete_values(text, [m.value for m in cv.markers])


def test_generation_is_deterministic_for_a_seed():
    a = P.generate("dev", langs=("fr", "ko"), per_layout=1, seed=3)
    b = P.generate("dev", langs=("fr", "ko"), per_layout=1, seed=3)
    c = P.generate("dev", langs=("fr", "ko"), per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]


def test_layouts_and_split():
    every, held = P.layouts("all"), P.layouts("held")
    assert len(every) >= 15
    for lang in P.LANGS:
        assert len(P.layouts("all", lang)) >= 8, lang
        assert P.layouts("dev", lang) and P.layouts("held", lang), lang
    assert 0.25 <= len(held) / len(every) <= 0.4
    assert all(lay.fn.__module__ == P.HELD_MODULE for lay in held)
    assert all(lay.fn.__module__ == P.__name__ for lay in P.layouts("dev"))
    listed = P.__doc__.split("Held-aside layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in held)
    with pytest.raises(ValueError):
        P.generate("test")


def test_every_marker_and_fact_is_verbatim_in_its_cv(cvs):
    assert {(cv.layout, cv.lang) for cv in cvs} == {(lay.name, lang) for lay in P.layouts("all") for lang in lay.langs}
    for cv in cvs:
        families = {m.family for m in cv.markers}
        assert "name" in families and len(families) >= 4, (cv.layout, families)
        assert cv.facts and cv.sex in ("F", "M")
        for m in cv.markers:
            assert m.family in P.FAMILIES and m.value in cv.text, (cv.layout, m)
        for f in cv.facts:
            assert f in cv.text, (cv.layout, f)
        assert P.check(cv) == ""


def test_no_fact_holds_a_marker_or_a_name(cvs):
    for cv in cvs:
        for f in cv.facts:
            for m in cv.markers:
                assert P.is_masked(m, f), (cv.layout, f, m)  # no marker value, other form or name word in the fact


def test_both_splits_plant_most_families_in_every_language(cvs):
    for split in P.SPLITS:
        names = {lay.name for lay in P.layouts(split)}
        for lang in P.LANGS:
            families = {m.family for cv in cvs if cv.layout in names and cv.lang == lang for m in cv.markers}
            assert len(families) >= 8, (split, lang, families)


def test_french_facts_have_no_feminine_word(cvs):
    feminine = {w.lower() for t in P.all_titles() for w in t.fem_words} | {f for m, f in D.FR_ADJ if f != m}
    feminine |= {c[1] for c in D.COUNTRIES.values() if c[0] != c[1]}
    masculine = {w.lower() for t in P.all_titles() for w in t.masc.split()}
    agreeing = re.compile(r"(?:ées|euses?|ières|iennes|elles?|ives|antes|entes)$")  # feminine adjectives, participles
    nouns = {"tournées"}
    for cv in (cv for cv in cvs if cv.lang == "fr"):
        for f in cv.facts:
            words = {w.lower() for w in P.name_words(f)}
            assert not (words & feminine) - masculine, (cv.layout, f)
            common = {w for w in P.name_words(f) if w.islower()}  # not towns and names ("Sarcelles")
            assert not {w for w in common if agreeing.search(w)} - nouns, (cv.layout, f)


def test_identity_mask_finds_nothing_and_keeps_every_fact(cvs):
    res = P.evaluate(lambda t: t, cvs)
    assert res["recall"] == 0 and res["fact_precision"] == 1 and res["primary"] == 0
    assert len(res["misses"]) == res["n_markers"] and res["lost_facts"] == []
    assert set(res["recall_by_family"]) == set(P.FAMILIES)


def test_deleting_every_planted_value_masks_everything_and_keeps_facts(cvs):
    texts = {id(cv.text): cv for cv in cvs}
    res = P.evaluate(lambda t: delete_all(texts[id(t)])(t), cvs)
    assert res["recall"] == 1 and res["fact_precision"] == 1 and res["primary"] == 1
    assert res["misses"] == [] and all(v == 1 for v in res["recall_by_layout"].values())


def test_scores_per_family_and_layout():
    cvs = P.generate("dev", langs=("fr",), per_layout=1, seed=5)
    by_text = {cv.text: cv for cv in cvs}

    def names_only(text: str) -> str:  # a name also leaks through the e-mail address: both go
        return P.delete_values(text, [m.value for m in by_text[text].markers if m.family in ("name", "contact")])

    res = P.evaluate(names_only, cvs)
    assert res["recall_by_family"]["name"] == res["recall_by_family"]["contact"] == 1
    assert res["recall_by_family"]["age"] == 0
    assert set(res["recall_by_family_layout"]["name"]) <= {cv.layout for cv in cvs}
    assert all(v == 1 for v in res["recall_by_family_layout"]["name"].values())
    assert 0 < res["recall"] < 1 and res["recall_by_lang"].keys() == {"fr"}


def test_masked_rules():
    name = P.Planted("name", "Jean de la Fontaine")
    assert P.is_masked(name, "[NAME] de la [NAME]")  # particles need not go
    assert not P.is_masked(name, "[NAME], jean.fontaine85@gmail.com")  # a word left in the e-mail still leaks
    assert P.is_masked(P.Planted("name", "Marie"), "Mariée, 2 enfants")  # whole words only
    assert not P.is_masked(P.Planted("name", "김민지"), "김민지입니다")  # Korean particles stick to the name
    married = P.Planted("family", "Mariée", ("Marié",))
    assert not P.is_masked(married, "Marié, 2 enfants") and P.is_masked(married, "[FAMILY STATUS], 2 enfants")
    assert P.is_masked(P.Planted("sex", "magasinière"), "Magasinier cariste")
    assert not P.is_masked(P.Planted("age", "34 ans"), "Âge : 34 ANS")
    assert P.is_masked(P.Planted("age", "34 ans"), "134 ans")


def test_rome_titles_give_both_genders(tmp_path):
    t = P.parse_rome("Receveur distributeur / Receveuse distributrice de La Poste")
    assert t == P.Title("Receveur distributeur de La Poste", "Receveuse distributrice de La Poste",
                        ("Receveuse", "distributrice"))
    assert P.parse_rome("Cariste") is None and P.parse_rome("Comptable / Comptable") is None
    assert P.rome_titles(str(tmp_path / "missing.csv")) == {}
    assert all(P.trade_titles(trade) for trade in D.TRADES)


def test_docx_layouts_are_read_by_matchlens(monkeypatch):
    import matchlens.ingest

    real, seen = matchlens.ingest.load_bytes, []

    def spy(name, data, kind, **kw):
        result = real(name, data, kind, **kw)
        seen.append((name, data[:2], result.documents[0].text))
        return result

    monkeypatch.setattr(matchlens.ingest, "load_bytes", spy)
    P.layouts()  # registers the held layouts (docx_table)
    for layout in ("docx_header_footer", "docx_table"):
        cv = P.make_cv(P.LAYOUTS[layout], "fr", seed=2, index=0)
        name, magic, text = seen[-1]
        assert name.endswith(".docx") and magic == b"PK" and cv.text == text
    header = P.make_cv(P.LAYOUTS["docx_header_footer"], "en", seed=2, index=1)
    first_line = header.text.splitlines()[0]
    assert any(m.family == "name" and m.value in first_line for m in header.markers)  # from the page header
