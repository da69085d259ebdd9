"""Issue #31: what a user gets without composing a name includes the best model on real job ads, listed by
`matchlens models` as a default, and a bundled composite works wherever its spelled-out name does."""
import json
from pathlib import Path

import numpy as np
import pytest

from matchlens.cli import main
from matchlens.encoders import registry
from matchlens.encoders.registry import COMPOSITES, Composite, default_names, parse_model

QUALITY = Path(__file__).resolve().parents[2] / "docs" / "quality.json"


def _best_on_real_ads(split: str) -> str:
    results = json.loads(QUALITY.read_text())["realads"]["tasks"]["ad_to_occupation"][split]["results"]
    return max(results, key=lambda m: results[m]["mrr"])


@pytest.mark.parametrize("split", ["all", "dev"])
def test_the_defaults_hold_the_best_model_on_real_ads(split):
    best = parse_model(_best_on_real_ads(split))
    assert any(parse_model(name) == best for name in default_names()), (best.name, default_names())


def test_tfidf_is_still_scored_first_and_the_composite_after_its_parts():
    from matchlens.scoring.background import speed_order

    order = speed_order(default_names())
    assert order[0] == "tfidf"
    assert order[-1] == "jobs-hybrid"


def test_models_lists_the_composite_as_a_default(capsys):
    assert main(["models", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["jobs-hybrid"]["default"] is True and rows["jobs-hybrid"]["kind"] == "hybrid"
    assert rows["jobs-hybrid"]["source"] == "hybrid:jobs-multilingual+tfidf-char"
    assert {n for n, r in rows.items() if r["default"]} == set(default_names())
    assert main(["models"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("jobs-hybrid"))
    assert "yes" in line and "tfidf-char" in line  # a default, and what it is made of


def test_a_bundled_composite_is_checked_without_loading_anything():
    assert registry.check_model_name("jobs-hybrid") is None
    assert registry.model_kind("jobs-hybrid") == "hybrid"
    with pytest.raises(registry.ModelUnavailable, match="built from other models"):
        registry.create("jobs-hybrid")


def test_a_bundled_composite_scores_as_its_spelled_out_name(monkeypatch, small_corpus):
    """The mechanism, on cheap parts: the short name's scores are the spelled-out hybrid's, under the short name."""
    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.scoring.matching import compare

    spelled = "hybrid:tfidf+tfidf-char"
    monkeypatch.setitem(COMPOSITES, "lex-hybrid", Composite("lex-hybrid", spelled, why="test"))
    comp = compare(small_corpus, ["lex-hybrid", spelled], cache=EmbeddingCache())
    assert not comp.errors and list(comp.results) == ["lex-hybrid", spelled]
    np.testing.assert_allclose(comp.results["lex-hybrid"].scores, comp.results[spelled].scores)
    assert comp.results["lex-hybrid"].info.name == "lex-hybrid"
