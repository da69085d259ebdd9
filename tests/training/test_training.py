"""Each recipe runs a few steps on tiny models, saves, reloads and is listed; training helps on an easy task."""
import json
import random

import pandas as pd
import pytest

from matchlens.encoders import available, create
from matchlens.training import RECIPES, TrainConfig, train

TOPICS = {
    "nurse": "nurse infirmière soins patient hôpital nuit".split(),
    "dev": "developer développeur python django react code api web".split(),
    "cook": "cook cuisinier cuisine restaurant".split(),
    "warehouse": "warehouse entrepôt cariste forklift stock".split(),
}


@pytest.fixture(scope="module")
def pairs_file(tmp_path_factory):
    rng = random.Random(0)
    rows = []
    names = list(TOPICS)
    for i in range(160):
        ta = names[i % 4]
        tb = ta if i % 2 == 0 else names[(i + 1 + rng.randrange(3)) % 4]
        a = " ".join(rng.sample(TOPICS[ta], 3)) + f" {i}"
        b = " ".join(rng.sample(TOPICS[tb], 3)) + f" job{i % 40}"
        rows.append((a, b, 1.0 if ta == tb else 0.0))
    path = tmp_path_factory.mktemp("train") / "pairs.csv"
    pd.DataFrame(rows, columns=["resume", "job", "label"]).to_csv(path, index=False)
    return path


def test_config_from_json_rejects_unknown_keys_and_bad_recipes(tmp_path):
    good = tmp_path / "c.json"
    good.write_text(json.dumps({"name": "m", "recipe": "cosent", "epochs": 2}))
    assert TrainConfig.from_json(good).epochs == 2
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps({"name": "m", "epoch": 2}))
    with pytest.raises(ValueError, match="unknown keys"):
        TrainConfig.from_json(bad)
    with pytest.raises(ValueError):
        TrainConfig(name="m", recipe="magic")
    with pytest.raises(ValueError):
        TrainConfig(name="../escape")


@pytest.mark.parametrize("recipe", [r for r in RECIPES if r != "distill"])
def test_each_recipe_runs_saves_reloads_and_is_listed(recipe, pairs_file, tiny_st_dir):
    cfg = TrainConfig(name=f"tiny-{recipe}", recipe=recipe, base_model=str(tiny_st_dir), train_file=str(pairs_file),
                      max_steps=2, batch_size=8, eval_steps=1, max_seq_length=32, mlm_epochs=0.05)
    result = train(cfg)
    assert (result.output_dir / "matchlens.json").exists() and (result.output_dir / "metrics.json").exists()
    assert f"tiny-{recipe}" in [i.name for i in available()]
    model = create(f"tiny-{recipe}")
    if recipe == "cross_encoder":
        assert model.pair_scorer and model.score_pairs(["python"], ["django"]).shape == (1,)
    else:
        assert model.encode(["python developer"]).shape == (1, 32)
    assert {"roc_auc", "mse"} <= set(result.after)
    card = json.loads((result.output_dir / "matchlens.json").read_text())
    assert card["recipe"] == recipe and card["data_hash"] and "torch" in card["versions"]


def test_distillation_from_a_cross_encoder_teacher(pairs_file, tiny_st_dir, tiny_cross_dir):
    cfg = TrainConfig(name="tiny-distill", recipe="distill", teacher=f"cross:{tiny_cross_dir}",
                      base_model=str(tiny_st_dir), train_file=str(pairs_file), max_steps=2, batch_size=8)
    assert train(cfg).output_dir.exists()


def test_training_improves_an_easy_task(pairs_file, tiny_st_dir):
    cfg = TrainConfig(name="tiny-better", recipe="cosine", base_model=str(tiny_st_dir), train_file=str(pairs_file),
                      epochs=8, batch_size=16, learning_rate=1e-3, warmup_ratio=0.0, eval_steps=1000, seed=1)
    result = train(cfg)
    assert result.after["roc_auc"] > result.before["roc_auc"] + 0.1
    assert result.after["roc_auc"] > 0.85


def test_cancel_stops_training(pairs_file, tiny_st_dir):
    import threading

    stop = threading.Event()
    stop.set()
    cfg = TrainConfig(name="tiny-cancelled", recipe="cosine", base_model=str(tiny_st_dir),
                      train_file=str(pairs_file), epochs=5)
    with pytest.raises(InterruptedError):
        train(cfg, stop=stop)
    assert "tiny-cancelled" not in [i.name for i in available()]  # nothing half-written


def test_cli_train_and_shipped_configs_parse(pairs_file, tiny_st_dir, tmp_path, capsys):
    from pathlib import Path

    from matchlens.cli import main

    from matchlens.training.jobs import JobsConfig

    for cfg in sorted(Path(__file__).resolve().parents[2].joinpath("configs", "train").glob("*.json")):
        # every shipped recipe is a valid config of its kind
        (JobsConfig if json.loads(cfg.read_text()).get("recipe") == "jobs_lora" else TrainConfig).from_json(cfg)
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"name": "tiny-cli", "recipe": "cosent", "base_model": str(tiny_st_dir),
                               "train_file": str(pairs_file), "batch_size": 8}))
    assert main(["train", "--config", str(cfg), "--max-steps", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"tfidf", f"base ({tiny_st_dir})", "trained (tiny-cli)"}
    assert main(["models", "--json"]) == 0
    assert "tiny-cli" in capsys.readouterr().out


def test_fixed_seed_gives_the_same_metrics(pairs_file, tiny_st_dir):
    """Reproducibility: same config and seed, twice -> same after-training metrics (and a recorded config)."""
    def run(name: str):
        cfg = TrainConfig(name=name, recipe="cosine", base_model=str(tiny_st_dir), train_file=str(pairs_file),
                          max_steps=6, batch_size=8, learning_rate=1e-3, warmup_ratio=0.0, seed=7)
        return train(cfg)

    a, b = run("tiny-seed-a"), run("tiny-seed-b")
    for key in ("roc_auc", "average_precision", "mse"):
        assert a.after[key] == pytest.approx(b.after[key], abs=1e-6)
    assert a.after["mse"] != pytest.approx(a.before["mse"], abs=1e-6)  # it did train
    assert json.loads((a.output_dir / "train_config.json").read_text())["seed"] == 7
    card = json.loads((a.output_dir / "matchlens.json").read_text())
    assert card["data_hash"] == json.loads((b.output_dir / "matchlens.json").read_text())["data_hash"]


@pytest.mark.parametrize("where", ["outside", "foreign", "root"])
def test_training_writes_only_inside_the_models_folder(pairs_file, tiny_st_dir, tmp_path, where):
    """Refused before any training starts: an output_dir outside the models folder, the folder itself, or an
    existing folder that is not a matchlens model."""
    from matchlens import settings

    foreign = settings.models_dir() / "not-a-model"
    foreign.mkdir(exist_ok=True)
    (foreign / "precious.txt").write_text("user data")
    out = {"outside": str(tmp_path / "elsewhere"), "foreign": str(foreign), "root": str(settings.models_dir())}[where]
    cfg = TrainConfig(name="t-out", base_model=str(tiny_st_dir), train_file=str(pairs_file), recipe="cosine",
                      epochs=1, output_dir=out)
    with pytest.raises(ValueError, match="outside|not a matchlens model"):
        train(cfg)
    assert (foreign / "precious.txt").read_text() == "user data" and not (tmp_path / "elsewhere").exists()


def test_a_published_model_is_complete(pairs_file, tiny_st_dir, monkeypatch):
    """The card, metrics and config are written before the one rename that makes the model visible."""
    from matchlens.training import run

    seen = {}
    real = run._publish

    def spy(src, out):
        seen["files"] = sorted(p.name for p in src.iterdir())
        seen["visible_before"] = out.exists()
        real(src, out)

    monkeypatch.setattr(run, "_publish", spy)
    cfg = TrainConfig(name="t-complete", base_model=str(tiny_st_dir), train_file=str(pairs_file), recipe="cosine",
                      epochs=1, batch_size=16)
    result = train(cfg)
    assert {"matchlens.json", "metrics.json", "train_config.json", "MATCHLENS_CARD.md"} <= set(seen["files"])
    assert not seen["visible_before"] and (result.output_dir / "MATCHLENS_CARD.md").exists()


def test_evaluating_a_model_on_its_training_pairs_is_flagged_as_leakage(pairs_file, tiny_st_dir):
    from matchlens.evaluation.labeled import evaluate_pairs_file

    cfg = TrainConfig(name="t-leak", base_model=str(tiny_st_dir), train_file=str(pairs_file), recipe="cosine",
                      epochs=1, batch_size=16)
    train(cfg)
    results, _ = evaluate_pairs_file(str(pairs_file), ["t-leak", "tfidf"], n_boot=0)
    assert results["t-leak"]["trained_on_pairs"] > 0.5 * results["t-leak"]["n_pairs"] * 0.5
    assert "trained_on_pairs" not in results["tfidf"]


def test_training_defaults_follow_the_corpus_languages():
    from matchlens.training.config import default_base_model

    models = ["minilm-en", "e5-small-multilingual"]
    assert default_base_model(["fr", "en"], models) == "e5-small-multilingual"
    assert default_base_model(["en", "en"], models) == "minilm-en"
    assert default_base_model(["ko"], ["minilm-en"]) == "minilm-en"  # only what is there
