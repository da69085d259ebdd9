"""One path for every score (#28): a resume-gig pair scores the same in a comparison (the heatmaps), in a labelled
pairs file and in a ranking set, under any Options; what the Inspector and the Label queue show is what the models
read; every model name is parsed once."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from matchlens.documents import Corpus, Document
from matchlens.encoders.registry import model_kind, parse_model
from matchlens.preprocess.chunking import ChunkSettings
from matchlens.scoring.cache import NullCache
from matchlens.scoring.matching import Options, compare, model_text

RESUMES = [
    "Marie Dupont\nmarie.dupont@example.com · 06 12 34 56 78\n34 ans, mariée, 2 enfants\nProfil\nInfirmière motivée "
    "et rigoureuse, soins aux patients.\nExpérience professionnelle\n2015-2023 Infirmière de nuit à l'hôpital : soins "
    "patient, nuit, urgences, hôpital, soins.\nFormation\nDiplôme d'État infirmier, 2014.\nCompétences\nsoins, "
    "patient, hôpital, nuit",
    "Karim Benali\nkarim.benali@example.com\nNé le 12/03/1985\nExpérience professionnelle\n2018-2024 Développeur "
    "Python : Django, React, API web, code, data sql, javascript.\nFormation\nMaster informatique.\nCompétences\n"
    "python django react javascript sql api web code",
    "Nom : Sophie Leroy\nNationalité : française\nTéléphone : +33 6 98 76 54 32\nExpérience\nCuisinière en "
    "restaurant : cuisine traditionnelle, restaurant, cuisine, stock.\nCompétences\ncuisine restaurant",
    "Jean Martin, 45 ans, cariste CACES 3 depuis 10 ans en entrepôt : forklift, stock, warehouse, cariste, "
    "entrepôt, stock, chantier.",
]
GIGS = [
    "Infirmier de nuit (H/F)\nMission infirmier de nuit à l'hôpital, soins patients, urgences, nuit, soins.",
    "Développeur Python\nAPI web en Python et Django, React côté client, code et data sql, javascript.",
    "Cariste\nCariste en entrepôt, CACES, stock et forklift, warehouse.",
]
OPTIONS = [Options(), Options(blind=False), Options("sections"), Options("sections", blind=False),
           Options(chunking=ChunkSettings(aggregation="mean", overlap=8), gig_fields="whole"),
           Options(chunking=ChunkSettings(aggregation="first"), gig_fields="max"),
           Options(chunking=ChunkSettings(aggregation="max", overlap=0, max_tokens=16), title_weight=0.6)]


def _corpus() -> Corpus:
    docs = [Document(f"r{i}", f"r{i}", "resume", t) for i, t in enumerate(RESUMES)]
    return Corpus(docs + [Document(f"g{j}", f"g{j}", "gig", t) for j, t in enumerate(GIGS)])


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A pairs file (every resume x gig) and a ranking set (gigs as queries, resumes as the corpus)."""
    pairs = pd.DataFrame([(r, g, int(i == j)) for i, r in enumerate(RESUMES) for j, g in enumerate(GIGS)],
                         columns=["resume", "job", "label"])
    pairs.to_csv(tmp_path / "pairs.csv", index=False)
    pd.DataFrame({"text": GIGS, "label": range(len(GIGS))}).to_csv(tmp_path / "q.csv", index=False)
    pd.DataFrame({"text": RESUMES, "label": range(len(RESUMES))}).to_csv(tmp_path / "c.csv", index=False)
    return tmp_path / "pairs.csv", tmp_path / "q.csv", tmp_path / "c.csv"


def _captured(monkeypatch, name: str) -> dict:
    """The scores an evaluator hands to its metric function, by model (the metrics themselves are not at stake)."""
    from matchlens.evaluation import metrics

    seen: list = []
    real = getattr(metrics, name)
    monkeypatch.setattr(metrics, name, lambda scores, *a, **kw: seen.append(np.asarray(scores)) or real(
        scores, *a, **{**kw, "n_boot": 0}))
    return seen


@pytest.fixture()
def models(saved_tiny_model, tiny_cross_dir) -> list[str]:
    return ["tfidf", "tiny-trained", "hybrid:tfidf+tiny-trained:z:0.4,0.6",
            f"rerank:cross:{tiny_cross_dir}@tiny-trained:2"]


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: f"{o.preprocessing}-blind{o.blind}-"
                         f"{o.chunking.aggregation}{o.chunking.max_tokens or ''}-{o.gig_fields}-{o.title_weight}")
def test_a_pair_scores_the_same_in_the_heatmaps_a_pairs_file_and_a_ranking_set(tmp_path, monkeypatch, models,
                                                                               options):
    from matchlens.evaluation.labeled import evaluate_pairs_file, evaluate_ranking_files, ranking_set

    pairs_file, queries, corpus_file = _files(tmp_path)
    qt, ct, _ = ranking_set(str(queries), str(corpus_file), "text", "label", None)
    assert (qt, ct) == (GIGS, RESUMES)  # the files hold the texts the corpus holds
    comp = compare(_corpus(), models, options, cache=NullCache())
    assert not comp.errors
    pair_scores = _captured(monkeypatch, "pair_metrics")
    res, err = evaluate_pairs_file(str(pairs_file), models, cache=NullCache(), options=options)
    assert not err and list(res) == models
    ranked = _captured(monkeypatch, "ranking_metrics")
    res, err = evaluate_ranking_files(str(queries), str(corpus_file), models, cache=NullCache(), options=options)
    assert not err and list(res) == models
    for m, from_pairs, from_ranking in zip(models, pair_scores, ranked):
        heatmap = comp.results[m].scores
        np.testing.assert_allclose(from_pairs, heatmap.ravel(), atol=1e-5, err_msg=f"pairs file, {m}")
        np.testing.assert_allclose(from_ranking, heatmap.T, atol=1e-5, err_msg=f"ranking set, {m}")


def test_blind_scoring_holds_in_the_pairs_file(tmp_path, monkeypatch):
    """What the test above relies on: these resumes carry identifiers that blind scoring removes."""
    from matchlens.evaluation.labeled import score_text_pairs

    assert all(model_text(r, Options(), "resume") != r for r in RESUMES)
    a, b = [r for r in RESUMES for _ in GIGS], GIGS * len(RESUMES)
    blind, seen = score_text_pairs("tfidf", a, b), score_text_pairs("tfidf", a, b, options=Options(blind=False))
    assert not np.allclose(blind, seen)
    masked = [model_text(r, Options(), "resume") for r in a]
    np.testing.assert_allclose(blind, score_text_pairs("tfidf", masked, b, options=Options(blind=False)), atol=1e-6)


@pytest.mark.parametrize("options", [Options(), Options("sections"), Options(blind=False),
                                     Options("sections", blind=False)], ids=lambda o: f"{o.preprocessing}-{o.blind}")
def test_the_inspector_and_the_label_queue_show_what_the_models_read(options):
    from matchlens.evaluation.queue import training_pairs
    from matchlens.ui import inspector

    comp = compare(_corpus(), ["tfidf"], options, cache=NullCache())
    read = comp.results["tfidf"].resumes.chunk_texts  # the texts TF-IDF was given, one per resume
    assert [inspector._seen(comp, i) for i in range(len(RESUMES))] == read
    labels = {(f"r{i}", f"g{j}"): "fit" if i == j else "no" for i in range(len(RESUMES)) for j in range(len(GIGS))}
    rows = training_pairs(comp, labels)
    assert rows.resume.tolist() == [read[int(r[1:])] for r, _ in labels]
    assert rows.job.tolist() == [comp.results["tfidf"].gigs.chunk_texts[int(g[1:])] for _, g in labels]
    if options.preprocessing == "sections":  # the box shows the kept sections, not the whole (masked) resume
        assert "Formation" in read[0] and "Profil" not in read[0]


NAMES = {  # name -> (kind, parts)
    "tfidf": ("single", ()), "e5-small-multilingual": ("single", ()), "my-trained-model": ("single", ()),
    "st:sentence-transformers/all-MiniLM-L6-v2": ("single", ()), "hf:bert-base-multilingual-cased": ("single", ()),
    "transformer:camembert-base": ("single", ()), "cross:/models/my-cross": ("single", ()),
    "openai:text-embedding-3-small@http://localhost:8080/v1": ("single", ()), "openai:nomic-embed": ("single", ()),
    "/models/my model": ("single", ()), "org/model-name": ("single", ()), "st:": ("single", ()),
    "hybrid:tfidf+e5-small-multilingual": ("hybrid", ("tfidf", "e5-small-multilingual")),
    "hybrid:tfidf+bm25:rrf": ("hybrid", ("tfidf", "bm25")),
    "hybrid:tfidf+bm25+use-multilingual:z:0.2,0.3,0.5": ("hybrid", ("tfidf", "bm25", "use-multilingual")),
    "rerank:cross:/m/x@e5-small-multilingual:5": ("rerank", ("cross:/m/x", "e5-small-multilingual")),
    "rerank:my-cross@tfidf": ("rerank", ("my-cross", "tfidf")),
}


@pytest.mark.parametrize("name", list(NAMES))
def test_every_model_name_syntax_parses_once_and_round_trips(name):
    from matchlens.scoring import fusion, rerank

    spec = parse_model(f"  {name} ")
    assert (spec.kind, spec.parts, spec.name) == (*NAMES[name], name) and model_kind(name) == spec.kind
    again = parse_model(spec.canonical())
    assert again == spec and again.canonical() == spec.canonical()
    if spec.kind == "hybrid":
        assert fusion.parse(name) == (list(spec.parts), spec.method, spec.weights and list(spec.weights))
    if spec.kind == "rerank":
        assert rerank.parse(name) == (spec.scorer, spec.retriever, spec.k) and spec.inputs == (spec.retriever,)
    if spec.prefix and not spec.composite:
        assert spec.canonical() == name and f"{spec.prefix}:{spec.ref}" == name


def test_spelled_out_names_are_their_own_canonical_form_and_bad_ones_are_refused():
    assert parse_model("hybrid:a+b:rrf:0.2,0.8").canonical() == "hybrid:a+b:rrf:0.2,0.8"
    assert parse_model("hybrid:a+b") == parse_model("hybrid:a+b:z")  # same model, however spelled
    assert parse_model("rerank:c@r").k == parse_model("rerank:c@r:20").k == 20
    for bad in ["hybrid:onlyone", "hybrid:", "hybrid:a+b:max", "hybrid:a+b:z:1", "rerank:only-a-scorer", "rerank:@x",
                "rerank:c@r:0"]:
        assert model_kind(bad) != "single"
        with pytest.raises(ValueError):
            parse_model(bad)


def test_no_module_reparses_composite_prefixes():
    src = Path(__file__).resolve().parents[2] / "src" / "matchlens"
    for path in src.rglob("*.py"):
        text = path.read_text()
        for pattern in ('startswith("hybrid', 'startswith("rerank', 'startswith(("hybrid', '("hybrid:", "rerank:")'):
            assert pattern not in text, f"{path.relative_to(src)} re-parses model names ({pattern}): use parse_model"
