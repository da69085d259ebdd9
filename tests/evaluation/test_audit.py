"""The counterfactual audit: copies differ in one attribute only, blind scoring leaves every rank in place,
and a model that reads names is caught."""
import json

import numpy as np
import pytest

from matchlens.documents import Corpus, Document
from matchlens.encoders.base import Encoder, EncoderInfo
from matchlens.evaluation.audit import Copy, audit, copies, copy_scores
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
        assert all(s.startswith("No model moves") for s in sentences)
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
    assert len(out["verdicts"]) == 4 and {r["attribute"] for r in out["table"]} == {"name", "gender", "age", "postcode"}


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
