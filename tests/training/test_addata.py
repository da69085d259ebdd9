"""Real-ad training triples: only the train split's ads, no dev/test occupation, no held collection, on an invented
shared-data folder (no real ad text)."""
from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from matchlens.evaluation import realads
from matchlens.training import addata
from matchlens.training.jobs import JobsConfig

ROOT = Path(__file__).resolve().parents[2]
WORDS = ["boulanger", "cariste", "infirmier", "soudeur", "comptable", "jardinier", "plombier", "couvreur",
         "électricien", "serveur", "vendeur", "chauffeur", "maçon", "coiffeur", "fleuriste"]
CODES = [f"X{1100 + k}" for k in range(len(WORDS))]
CHILD = "X9999"            # a v4 child of CODES[0]: its job title names it
SPARE = "Y1200"            # an occupation with no ad at all: its titles may train
AD_HEADER = ["source", "id", "created", "department", "place", "title", "description", "rome_code", "appellation"]


def _write(path: Path, header: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)
        w.writerow(header)
        w.writerows(rows)


def _ad(source, ad_id, created, dept, code, word, appellation=""):
    return [source, ad_id, created, dept, "Ville inventée", f"{word.capitalize()} {ad_id} (H/F) - Ville",
            f"Annonce inventée {ad_id} : missions de {word}.", code, appellation]


@pytest.fixture()
def shared(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "data"
    codes = [[c, f"Métier de {w}", c] for c, w in zip(CODES, WORDS)]
    codes += [[CHILD, "Métier de boulanger-pâtissier", CODES[0]], [SPARE, "Métier de luthier", SPARE]]
    _write(root / realads.ROME_CODES, ["code_rome", "libelle_rome", "code_rome_parent"], codes)
    titles = [[c, f"Titre {w} {k}", "SYNONYME", "N"] for c, w in zip(CODES, WORDS) for k in range(5)]
    titles += [[CHILD, "Titre pâtissier 0", "SYNONYME", "N"], [SPARE, "Titre luthier 0", "SYNONYME", "N"]]
    _write(root / realads.ROME_TITLES, ["code_rome", "libelle_appellation_long", "classification", "peu_usite"],
           titles)
    ads = []
    for k, (code, word) in enumerate(zip(CODES, WORDS)):
        ads.append(_ad("dldi", f"d{k}", "2022-05-01", "69", code, word))         # trainable if its group is train
        ads.append(_ad("dldi", f"d{k}-01", "2022-05-01", "01", code, word))      # a held département: never
        ads.append(_ad("dldi", f"d{k}-late", "2025-03-01", "75", code, word))    # the held period: never
        ads.append(_ad("chuck", f"c{k}", "2025-02-01", "74", code, word))        # the held collection: never
    ads.append(_ad("dldi", "d-child", "2022-06-01", "69", CODES[0], "boulanger", "Titre pâtissier 0"))
    _write(root / realads.ADS, AD_HEADER, ads)
    monkeypatch.setenv("MATCHLENS_SHARED_DATA", str(root))
    return root


def _groups(seed: int) -> tuple[dict[str, str], dict[str, set[str]]]:
    ads, rome = realads.read_ads(), realads.read_rome()
    split = realads.split_ads(ads, rome, seed)
    by_id = {a.id: a for a in ads}
    return split, {p: {rome.parents[by_id[i].rome_code] for i, v in split.items() if v == p}
                   for p in ("train", "dev", "test")}


@pytest.mark.parametrize("seed", range(6))
def test_triples_hold_no_dev_or_test_occupation_and_no_held_ad(shared, seed):
    split, groups = _groups(seed)
    data = addata.build(shared, seed=seed)
    text = "\n".join("\n".join(t) for t in data.ads + data.titles)
    held = groups["dev"] | groups["test"]
    assert held and data.ads and data.titles
    for code, word in zip(CODES, WORDS):   # a held group's ads, label, titles never appear, not even as negatives
        if code in held:
            assert f"de {word}" not in text and f"Titre {word}" not in text and code not in data.codes
    for ad_id, part in split.items():       # only train ads; the held collection, place and period never
        assert (f"Annonce inventée {ad_id} :" in text) == (part == "train")
    assert all(split[i] == "train" for i in data.ad_ids) and data.record["sources"] == {"dldi": len(data.ad_ids)}
    assert "Titre luthier 0" in text        # an occupation without ads is no dev occupation: its titles train
    assert "inventée" not in json.dumps(data.record)  # the record says counts and ids' split, never ad text


def test_an_old_parent_code_moves_to_the_child_its_job_title_names(shared):
    split, groups = _groups(0)
    seed = next(s for s in range(50) if CODES[0] in _groups(s)[1]["train"])
    data = addata.build(shared, seed=seed)
    rows = [r for r in data.ads if "d-child" in r[0]]
    assert rows and all(r[1].startswith("Métier de boulanger-pâtissier") for r in rows)
    assert data.record["codes_refined_by_job_title"] == 1


def test_hard_negative_comes_from_the_nearest_allowed_occupation():
    rome = realads.Rome({c: c for c in ("A1101", "A1102", "A1201", "B1101", "C1101")},
                        {"A1101": "A1101", "A1102": "A1101", "A1201": "A1201", "B1101": "B1101", "C1101": "C1101"}, {})
    rng = random.Random(0)
    allowed = ["A1101", "A1102", "A1201", "B1101", "C1101"]
    assert {addata.negative_code("A1101", allowed, rome, rng) for _ in range(20)} == {"A1102"}  # same parent
    assert {addata.negative_code("A1201", ["A1101", "A1201", "B1101"], rome, rng) for _ in range(20)} == {"A1101"}
    assert addata.negative_code("A1201", ["A1201", "B1101"], rome, rng) == "B1101"


@pytest.mark.parametrize("title, clean", [
    ("Serveur petits-déjeuners F/H - Tribe Paris Saint-Ouen **** (H/F)", "Serveur petits-déjeuners"),
    ("educateur jeunes enfants eje H/F - EC20795", "educateur jeunes enfants eje"),
    ("Cuisinier CDI temps plein h/f", "Cuisinier"),
    ('"Technicien d\'élevage F-H" (H/F)', "Technicien d'élevage"),
    ("Agent-e référent-e de service (H/F)", "Agent-e référent-e de service"),
    ("Vendeur réf. AB123 (H/F)", "Vendeur"),
    ("(H/F)", "(H/F)"),                      # nothing left: the title as written, never an empty anchor
])
def test_clean_title_drops_what_ads_wrap_a_job_in(title, clean):
    assert addata.clean_title(title) == clean


def test_mix_draws_the_shares_asked():
    esco = [(f"e{k}", "p", "n") for k in range(100)]
    data = addata.AdData([(f"a{k}", "p", "n") for k in range(7)], [(f"t{k}", "p", "n") for k in range(50)], [], set())
    rows = addata.mix(esco, data, 200, 0.35, 0.3, 1)
    counts = {c: sum(r[0][0] == c for r in rows) for c in "aet"}
    assert len(rows) == 200 and counts == {"a": 70, "t": 60, "e": 70}


def test_split_file_must_match_the_split(shared, tmp_path):
    ads, rome = realads.read_ads(), realads.read_rome()
    split = realads.split_ads(ads, rome, 13)
    path = tmp_path / "split.json"
    path.write_text(json.dumps(realads.split_record(ads, rome, split)))
    assert len(addata.check_split_file(split, path)) == 64
    moved = dict(split, **{next(i for i, v in split.items() if v == "dev"): "train"})
    with pytest.raises(ValueError, match="differs from"):
        addata.check_split_file(moved, path)


def test_recipe_loads_and_refuses_unknown_keys_and_bad_shares(tmp_path):
    cfg = JobsConfig.from_json(ROOT / "configs" / "train" / "jobs_ads.json")
    assert cfg.ads_share > 0 and cfg.rome_titles_share > 0 and cfg.ad_split
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"ads_shares": 0.3}))
    with pytest.raises(ValueError, match="unknown keys"):
        JobsConfig.from_json(bad)
    with pytest.raises(ValueError, match="add up to at most 1"):
        JobsConfig(ads_share=0.7, rome_titles_share=0.5)


def test_model_card_says_which_ads_were_seen_never_their_text(shared):
    from dataclasses import asdict

    from matchlens.training.jobs import model_card

    data = addata.build(shared, seed=13)
    cfg = JobsConfig(ads_share=0.35, rome_titles_share=0.3, extra={"recipe_file": "configs/train/jobs_ads.json"})
    info = {"config": asdict(cfg), "train_triples": 10, "train_occupations": 5, "dev_occupations": 1, "seconds": 1,
            "torch_threads": 2, "real_ads": {**data.record, "esco_onet_triples": 40}}
    card = model_card(info, {})
    assert f"{len(data.ad_ids)} ads of the train part" in card and "configs/train/jobs_ads.json" in card
    assert "inventée" not in card and "not redistributed" in card
    del info["real_ads"]
    assert "ads of the train part" not in model_card(info, {})


def test_the_recipe_trains_on_the_mix_and_the_old_recipe_on_esco_alone(shared):
    from matchlens.training.jobs import training_rows

    esco = [(f"esco {k}", "p", "n") for k in range(500)]
    rows, ads = training_rows(JobsConfig(max_steps=10, batch_size=16, ads_share=0.5, rome_titles_share=0.25,
                                         ad_split=None), esco)
    assert len(rows) == 160 and sum(r[0].startswith("esco") for r in rows) == 40 and ads.record["ads"] > 0
    assert training_rows(JobsConfig(), esco) == (esco, None)


def test_second_stage_reuses_only_the_first_stage_its_recipe_names(tmp_path, monkeypatch):
    from dataclasses import asdict

    from matchlens.training import jobs

    monkeypatch.setenv("MATCHLENS_HOME", str(tmp_path / "home"))
    stage1 = tmp_path / "stage1.json"
    stage1.write_text(json.dumps({"max_steps": 7, "seed": 5}))
    cfg = JobsConfig(init_from=str(stage1), ads_share=0.3)
    trained = []
    monkeypatch.setattr(jobs, "train_jobs", lambda c, report=None: trained.append(c) or {"config": asdict(c)})
    out, _ = jobs.first_stage(cfg)
    assert len(trained) == 1 and trained[0].max_steps == 7 and out.name == "_jobs-multilingual-stage1-adapter"
    out.mkdir(parents=True)
    (out / "training.json").write_text(json.dumps({"config": asdict(trained[0])}))
    assert jobs.first_stage(cfg)[0] == out and len(trained) == 1      # the same recipe: reused, not retrained
    stage1.write_text(json.dumps({"max_steps": 8, "seed": 5}))
    jobs.first_stage(cfg)
    assert len(trained) == 2                                         # another recipe: trained again
