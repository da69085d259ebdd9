"""The counterfactual audit: copies differ in one attribute only, blind scoring leaves every rank in place,
and a model that reads names is caught."""
import json

import numpy as np
import pytest

from matchlens.documents import Corpus, Document
from matchlens.encoders.base import Encoder, EncoderInfo
from matchlens.evaluation.audit import (AuditResult, Copy, Persona, audit, birth_date, copies, copy_scores, fill,
                                       group_view, name_groups, stale, worst_by_model)
from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.matching import Options, compare

CVS = [("Marie Dupont\nmarie.dupont@mail.fr · 06 12 34 56 78\n\nExpérience\nInfirmière de nuit, soins intensifs.", "fr"),
       ("John Smith\njohn.smith@mail.co.uk\n\nExperience\nPython developer, Django and React.", "en"),
       ("Nadia Haddad\nnadia.haddad@mail.fr\n\nExpérience\nCariste en entrepôt, CACES 3, gestion de stock.", "fr"),
       ("김지연\njiyeon@mail.kr\n\n경력\n중환자실 간호사, 야간 근무", "ko")]
GIGS = ["Mission infirmier de nuit en EHPAD, soins.", "Développeur Python Django pour une API web.",
        "Cariste CACES 3 en entrepôt logistique."]


@pytest.fixture()
def corpus():
    docs = [Document(f"r{i}", f"cv{i}.txt", "resume", t, lang) for i, (t, lang) in enumerate(CVS)]
    docs += [Document(f"g{j}", f"gig{j}.txt", "gig", t, "fr") for j, t in enumerate(GIGS)]
    return Corpus(docs)


class NameReader(Encoder):
    """A model that reads the first line (the name) and the body: what blind scoring must neutralise."""

    info = EncoderInfo("name-reader", "test", "any", 64, None, True, source="name-reader")
    cacheable = False

    def encode(self, texts, side="resume", progress=None):
        import zlib

        out = np.zeros((len(texts), 64), np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, zlib.crc32(w.encode()) % 63 + 1] += 1.0
            out[i, 0] = sum(int(c) for c in t if c.isdigit()) / 10  # reads numbers too: ages move it
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def test_each_copy_differs_in_one_attribute_only():
    cps = copies([CVS[0][0]], ["fr"])
    by = {}
    for c in cps:
        by.setdefault(c.attribute, []).append(c.text)
    assert len(by["name"]) == 16 and len(set(by["name"])) == 16
    assert "Mme" in by["gender"][0] and "Infirmière" in by["gender"][0] and "Infirmier " in by["gender"][1]
    assert [t.count(" ans") for t in by["age"]] == [1, 1, 1] and len(set(by["postcode"])) == 5
    assert all("Infirmière de nuit" in t or "Infirmier de nuit" in t for ts in by.values() for t in ts)
    assert "Marie" not in " ".join(t for ts in by.values() for t in ts)  # the original's name never leaks in


@pytest.mark.parametrize("blind", [True, False])
def test_blind_scoring_keeps_every_rank_and_the_audit_catches_a_model_that_reads_names(corpus, tmp_path, blind):
    from matchlens.scoring.cache import EmbeddingCache

    comp = compare(corpus, ["tfidf", "name-reader"], Options(blind=blind), cache=EmbeddingCache(tmp_path / "c"),
                   encoders={"name-reader": NameReader()})
    table, groups, sentences = audit(comp, k=2)
    moved = table.set_index(["model", "attribute"])["spread max (gig sd)"]
    if blind:
        assert (table["max rank change"] == 0).all() and (moved == 0).all()
        assert all(s.startswith("No model") for s in sentences)
    else:
        assert moved[("name-reader", "name")] > 0 and moved[("name-reader", "age")] > 0
        assert any("name-reader moves" in s or "No model" not in s for s in sentences)
    assert set(groups["attribute"]) == {"name", "gender", "age", "postcode"}
    assert {"French · F", "Maghrebi · M", "West African · F"} <= set(groups["group"])
    assert len(corpus.documents) == 7  # the copies never join the corpus


def test_cli_audit_prints_the_verdicts_and_the_table(tmp_path, capsys):
    from matchlens.cli import main

    (tmp_path / "cvs").mkdir()
    (tmp_path / "gigs").mkdir()
    for i, (t, _) in enumerate(CVS):
        (tmp_path / "cvs" / f"cv{i}.txt").write_text(t, encoding="utf-8")
    for j, t in enumerate(GIGS):
        (tmp_path / "gigs" / f"gig{j}.txt").write_text(t, encoding="utf-8")
    assert main(["audit", str(tmp_path / "cvs"), str(tmp_path / "gigs"), "-m", "tfidf", "-q", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["verdicts"]) == 5 and {r["attribute"] for r in out["table"]} == {"name", "gender", "age", "postcode"}
    assert len(out["selection"]) == 16 and {"impact ratio", "CI low", "CI high", "flag"} <= set(out["selection"][0])
    assert main(["audit", str(tmp_path / "cvs"), str(tmp_path / "gigs"), "-m", "tfidf", "-q", "--groups",
                 "-a", "name"]) == 0
    text = capsys.readouterr().out
    assert "Group view" in text and "impact ratio" in text and "Maghrebi · F" in text and "four-fifths" in text


@pytest.mark.parametrize("fields", ["whole", "title+body", "max"])
def test_copy_scores_follow_the_comparisons_scoring_rule(fields):
    """An unchanged copy of a resume scores exactly as the resume did, whatever the gig-field mode."""
    from matchlens.documents import Corpus, Document
    from matchlens.scoring.cache import NullCache
    from matchlens.scoring.matching import Options

    docs = [Document("r1", "cook", "resume", "Cuisinier en restaurant, cuisine du marché.", "fr"),
            Document("r2", "driver", "resume", "Chauffeur poids lourd, livraison régionale.", "fr"),
            Document("g1", "ad", "gig", "Cuisinier (H/F)\nLivraison des repas, route et camion.", "fr"),
            Document("g2", "plain", "gig", "cuisine et livraison", "fr")]
    comp = compare(Corpus(docs), ["tfidf"], Options(gig_fields=fields), cache=NullCache())
    cps = [Copy(i, "name", "same", d.text) for i, d in enumerate(comp.resumes)]
    assert np.allclose(copy_scores(comp, "tfidf", cps), comp.scores("tfidf"), atol=1e-6)


def _lines(text):
    return [ln.strip() for ln in text.split("\n")]


def test_an_age_in_a_sentence_is_varied_where_it_stands():
    """The age the CV gives mid-sentence is where its copies give theirs; no age line is added under the name."""
    cv = ("Marie Dupont\nmarie.dupont@mail.fr\n\nProfil\nInfirmière de nuit en réanimation, 34 ans, disponible "
          "immédiatement.\n\nExpérience\nInfirmière de nuit, soins intensifs.")
    by_age = {c.group: c.text for c in copies([cv], ["fr"], ["age"])}
    assert set(by_age) == {"24", "41", "58"}
    for age, text in by_age.items():
        assert f"Infirmière de nuit en réanimation, {age} ans, disponible immédiatement." in text
        assert text.count(" ans") == 1 and f"{age} ans" not in _lines(text)  # no line of its own
    names = [c.text for c in copies([cv], ["fr"], ["name"])]
    assert all("réanimation, 41 ans, disponible" in t for t in names)  # the reference age, same place


def test_a_birth_date_and_an_address_are_varied_where_the_cv_gives_them():
    cv = ("Marie Dupont\nmarie.dupont@mail.fr\n\nExpérience\nInfirmière de nuit, soins intensifs.\n\n"
          "Date de naissance : 03/03/1990\nAdresse : 5 rue Victor Hugo, 75011 Paris")
    cps = copies([cv], ["fr"], ["age", "postcode"])
    for c in cps:
        lines = _lines(c.text)
        born = next(ln for ln in lines if ln.startswith("Date de naissance"))
        assert "ans" not in c.text and len(lines) == len(_lines(cps[0].text))  # nothing added
        if c.attribute == "age":
            assert born == f"Date de naissance : {birth_date(int(c.group)):%d/%m/%Y}"
        else:
            assert lines[-1].endswith(f"12 rue de la Gare, {c.group}")  # on the CV's own address line
    import datetime as dt

    today = dt.date.today()
    for age in (24, 41, 58):
        d = birth_date(age, today)
        assert today.year - d.year - ((today.month, today.day) < (d.month, d.day)) == age


def test_every_placeholder_is_filled_in_a_form_that_fits_or_removed():
    shown = ("[FAMILY STATUS] [NAME]\n[EMAIL] · [PHONE]\nSexe : [SEX]\nReligion : [RELIGION]\n"
             "Infirmière, [HEALTH], disponible, [AGE], née en [BIRTH YEAR], à [ADDRESS].\n[ORIGIN] [PHOTO]\n"
             "Signé [NAME]")
    text = fill(shown, Persona(name="Rym Lamri", age=58, sex="F", title="Mme"), "gender")
    assert "[" not in text and "\x00" not in text
    assert _lines(text)[:3] == ["Mme Rym Lamri", "rym.lamri@example.org · 06 00 00 00 00", "Sexe : Femme"]
    year = birth_date(58).year
    assert f"Infirmière, disponible, 58 ans, née en {year}, à 69002 Lyon." in text  # a town, not a street
    assert text.endswith("Signé Lamri") and "Religion :" in text
    titled = fill("Civilité : [TITLE]\n[NAME]", Persona(title="M.", sex="M"), "gender")
    assert _lines(titled) == ["Civilité : M.", "Camille Martin"]  # the title where the CV had it, not twice


GROUP_CVS = [("Marie Dupont\nmarie.dupont@mail.fr\n\nExpérience\nInfirmière de nuit, soins intensifs, EHPAD.", "fr"),
             ("Paul Martin\npaul.martin@mail.fr\n\nExpérience\nDéveloppeur Python, Django, API web.", "fr"),
             ("Nadia Haddad\nnadia.haddad@mail.fr\n\nExpérience\nCariste en entrepôt, CACES 3, stock.", "fr"),
             ("Luc Bernard\nluc.bernard@mail.fr\n\nExpérience\nCuisinier en restaurant, cuisine du marché.", "fr"),
             ("Sophie Leroy\nsophie.leroy@mail.fr\n\nExpérience\nComptable, paie, bilans, fiscalité.", "fr"),
             ("Hugo Petit\nhugo.petit@mail.fr\n\nExpérience\nÉlectricien de chantier, câblage, habilitation.", "fr")]
GROUP_GIGS = ["Infirmier de nuit en EHPAD, soins.", "Développeur Python Django pour une API web.",
              "Cariste CACES 3 en entrepôt."]


def _group_comp(tmp_path, blind, planted=""):
    from matchlens.scoring.cache import EmbeddingCache

    docs = [Document(f"r{i}", f"cv{i}.txt", "resume", t, lang) for i, (t, lang) in enumerate(GROUP_CVS)]
    docs += [Document(f"g{j}", f"gig{j}.txt", "gig", t + (" " + planted if j == 2 else ""), "fr")
             for j, t in enumerate(GROUP_GIGS)]
    return compare(Corpus(docs), ["tfidf"], Options(blind=blind), cache=EmbeddingCache(tmp_path / "c"))


def test_the_group_view_is_even_when_blind_scoring_masks_the_names(tmp_path):
    view = group_view(_group_comp(tmp_path, blind=True), k=1, n_boot=200)
    assert list(view.columns) == ["model", "group", "selection rate", "impact ratio", "CI low", "CI high", "flag"]
    assert len(view) == 16 and (view["impact ratio"] == 1.0).all() and not view["flag"].any()
    assert view["selection rate"].nunique() == 1 and view["selection rate"].iloc[0] > 0


def test_a_name_word_the_model_rewards_raises_its_group_and_flags_the_others(tmp_path):
    """Blind scoring off and the Maghrebi women's names written into one gig: TF-IDF selects CVs carrying those
    names more often; other groups fall below four fifths of their rate and are flagged."""
    planted = " ".join(name_groups(3)["Maghrebi · F"])
    fair = group_view(_group_comp(tmp_path, blind=False), k=1, n_boot=200).set_index("group")
    view = group_view(_group_comp(tmp_path, blind=False, planted=planted), k=1, n_boot=200).set_index("group")
    assert view["selection rate"].idxmax() == "Maghrebi · F" and view.loc["Maghrebi · F", "impact ratio"] == 1.0
    assert view.loc["Maghrebi · F", "selection rate"] > fair.loc["Maghrebi · F", "selection rate"]
    low = view.loc[view["impact ratio"].idxmin()]
    assert low["impact ratio"] < 0.8 and low["flag"] and low["CI low"] <= low["impact ratio"] <= low["CI high"]
    assert view["flag"].sum() >= 1 and not view.loc["Maghrebi · F", "flag"]


def test_the_audit_carries_the_group_view_its_settings_and_its_worst_figures(corpus, tmp_path):
    comp = compare(corpus, ["tfidf", "name-reader"], Options(blind=False), cache=EmbeddingCache(tmp_path / "c"),
                   encoders={"name-reader": NameReader()})
    result = audit(comp, k=2, n_boot=100)
    assert isinstance(result, AuditResult) and set(result.selection["model"]) == {"tfidf", "name-reader"}
    assert result.settings["models"] == ["tfidf", "name-reader"] and result.settings["k"] == 2
    assert result.table["copies per resume"].tolist()[:4] == [48, 2, 3, 5]  # 3 names per origin × sex by default
    back = AuditResult.from_record(json.loads(json.dumps(result.to_record())))
    assert back.table.equals(result.table) and back.groups["95% CI"].tolist() == result.groups["95% CI"].tolist()
    assert stale(back.settings, comp) is None
    other = compare(corpus, ["tfidf"], Options(blind=True), cache=EmbeddingCache(tmp_path / "c"))
    assert "settings" in stale(back.settings, other)
    worst = worst_by_model(result.table, result.selection).set_index("model")
    reader = result.selection[result.selection["model"] == "name-reader"]
    assert worst.loc["name-reader", "lowest impact ratio"] == reader["impact ratio"].min()
    assert worst.loc["name-reader", "max rank change"] == result.table.query("model == 'name-reader'")[
        "max rank change"].max()


def test_the_audit_is_kept_in_the_workspace_for_every_session(corpus, tmp_path):
    from matchlens.workspace import Workspace

    comp = compare(corpus, ["tfidf"], Options(), cache=EmbeddingCache(tmp_path / "c"))
    result = audit(comp, attributes=["name", "age"], k=2, n_boot=50)
    ws = Workspace(tmp_path / "ws").create()
    before = ws.revision()
    ws.set_audit(result.to_record())
    assert ws.revision() != before  # other tabs re-read the workspace
    kept = Workspace(tmp_path / "ws").load().audit
    back = AuditResult.from_record(kept)
    assert back.sentences == result.sentences and back.selection.equals(result.selection)
    assert kept["settings"]["attributes"] == ["name", "age"] and stale(back.settings, comp) is None
    Workspace(tmp_path / "ws").set_audit(None)
    assert Workspace(tmp_path / "ws").load().audit is None


def test_the_gender_copy_changes_every_job_word_the_lexicon_pairs_not_a_fixed_list():
    """The audit's feminine copy used 45 fixed pairs; it now reads the 1,329 ROME/ESCO pairs the masker knows, so
    'chauffeur-livreur', 'magasinier', 'mécanicien' change too, and blind masking reads both copies alike."""
    from matchlens.evaluation.audit import GENDERED, _gendered
    from matchlens.preprocess.masking import mask

    text = "Chauffeur-livreur et magasinier, mécanicien diplômé.\n2016 - 2024 : Cariste chez Geodis"
    fem = _gendered(text, "F")
    assert "Chauffeuse-livreuse" in fem and "magasinière" in fem and "mécanicienne" in fem
    assert not {"magasinier", "mécanicien", "chauffeur"} & {m for _, m in GENDERED}  # outside the old list
    assert _gendered(fem, "M") == text
    assert mask(fem).text == mask(text).text
