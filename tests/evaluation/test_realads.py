"""Real-ad dev sets: built on a small invented shared-data folder (no real ad text), and one check on the real one."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from matchlens.cli import main
from matchlens.evaluation import realads

ROOT = Path(__file__).resolve().parents[2]
WORDS = ["boulanger", "cariste", "infirmier", "soudeur", "comptable", "jardinier", "plombier", "couvreur",
         "électricien", "serveur", "vendeur", "chauffeur"]
PARENTS = [f"X{1100 + k}" for k in range(len(WORDS))]
CHILD = "X9999"  # a newer code whose parent is PARENTS[0], as ROME v4 split some occupations


def _write(path: Path, header: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)
        w.writerow(header)
        w.writerows(rows)


def _ad(source: str, ad_id: str, created: str, dept: str, code: str, word: str) -> list[str]:
    return [source, ad_id, created, dept, "Ville inventée", f"{word.capitalize()} (H/F)",
            f"Annonce inventée pour les tests : poste de {word}, missions de {word}.", code]


@pytest.fixture()
def shared(tmp_path, monkeypatch) -> Path:
    """An invented shared-data folder: 12 occupations (+ one child code), ads from two collections."""
    root = tmp_path / "data"
    codes = [[c, f"Métier de {w}", c] for c, w in zip(PARENTS, WORDS)] + [[CHILD, "Métier de boulanger-pâtissier",
                                                                          PARENTS[0]]]
    _write(root / realads.ROME_CODES, ["code_rome", "libelle_rome", "code_rome_parent"], codes)
    titles = [[c, f"{w.capitalize()} {k}", "SYNONYME", "N"] for c, w in zip(PARENTS, WORDS) for k in range(4)]
    titles += [[PARENTS[0], "Boulanger rare", "SYNONYME", "O"], [PARENTS[0], "Métier de boulanger", "PRINCIPALE", "N"]]
    _write(root / realads.ROME_TITLES, ["code_rome", "libelle_appellation_long", "classification", "peu_usite"],
           titles)
    ads = []
    for k, (code, word) in enumerate(zip(PARENTS, WORDS)):
        ads.append(_ad("dldi", f"d{k}", "2022-05-01", "69", code, word))          # nationwide, before: trainable
        ads.append(_ad("dldi", f"d{k}-01", "2022-05-01", "01", code, word))       # a held département: never trained
        ads.append(_ad("dldi", f"d{k}-late", "2025-03-01", "75", code, word))     # the held period: never trained
        ads.append(_ad("chuck", f"c{k}", "2025-02-01", "74" if k % 2 else "01", code, word))
    ads.append(_ad("chuck", "c-child", "2025-02-03", "74", CHILD, "boulanger"))
    header = ["source", "id", "created", "department", "place", "title", "description", "rome_code"]
    _write(root / realads.ADS, header, ads)
    monkeypatch.setenv("MATCHLENS_SHARED_DATA", str(root))
    return root


def test_splits_are_disjoint_by_occupation_and_by_collection_place_and_period(shared):
    ads, rome = realads.read_ads(), realads.read_rome()
    by_id = {a.id: a for a in ads}
    parts_seen = set()
    for seed in range(8):
        split = realads.split_ads(ads, rome, seed)
        assert set(split) == set(by_id)
        groups = {p: {rome.parents[by_id[i].rome_code] for i, v in split.items() if v == p}
                  for p in ("train", "dev", "test")}
        assert not groups["train"] & groups["dev"] and not groups["train"] & groups["test"]
        assert not groups["dev"] & groups["test"]
        assert split["c-child"] == split["c0"]  # a child code stays with its parent's group
        held = [by_id[i] for i, v in split.items() if v in ("dev", "test")]
        train = [by_id[i] for i, v in split.items() if v == "train"]
        assert held and train and all(a.source == "chuck" for a in held)
        assert all(a.source == "dldi" and a.department == "69" and a.created < "2025" for a in train)
        parts_seen |= set(split.values())
    assert parts_seen == {"train", "dev", "test", "unused"}
    assert realads.split_ads(ads, rome, 3) == realads.split_ads(ads, rome, 3)  # seeded: the same twice


def test_split_shares_follow_occupation_groups(shared):
    ads, rome = realads.read_ads(), realads.read_rome()
    split = realads.split_ads(ads, rome, 0, shares=(0.5, 0.25, 0.25))
    dev_groups = {rome.parents[a.rome_code] for a in ads if split[a.id] == "dev"}
    assert len(dev_groups) == 3  # 25% of 12 occupation groups (the child code counts with its parent)


def test_ad_to_occupation_points_each_ad_at_its_own_entry(shared):
    ads, rome = realads.read_ads(), realads.read_rome()
    task = realads.ad_to_occupation(ads, rome, n_titles=2)
    rel = realads.relevance(task)
    assert rel.shape == (len(ads), len(PARENTS) + 1)  # every ROME code is in the corpus
    for i, ad in enumerate(ads):
        assert rel[i].sum() == 1 and task["corpus_ids"][int(rel[i].argmax())] == ad.rome_code
        assert task["queries"][i][0].startswith(ad.title + "\n")  # the title is the gig's first line
    entry = task["corpus"][task["corpus_ids"].index(PARENTS[0])][0].splitlines()
    assert entry == ["Métier de boulanger", "Boulanger 0", "Boulanger 1"]  # label, then 2 common titles, no rare one
    assert len(realads.ad_to_occupation(ads, rome, n_titles=10)["corpus"][0][0].splitlines()) == 6


def test_occupation_to_ads_is_the_reverse(shared):
    ads, rome = realads.read_ads(), realads.read_rome()
    task = realads.occupation_to_ads(ads, rome)
    rel = realads.relevance(task)
    assert task["query_ids"] == sorted({a.rome_code for a in ads})
    for q, code in enumerate(task["query_ids"]):
        assert [task["corpus_ids"][k] for k in rel[q].nonzero()[0]] == [a.id for a in ads if a.rome_code == code]


def test_evaluate_scores_once_and_reports_each_subset(shared):
    ads, rome = realads.read_ads(), realads.read_rome()
    rows = realads.subsets(ads, realads.split_ads(ads, rome, 1))
    res, errors = realads.evaluate(realads.ad_to_occupation(ads, rome), ["tfidf"], rows, n_boot=50)
    assert not errors and set(res) == set(rows)
    assert res["all"]["tfidf"]["n_queries"] == len(ads) and res["dev"]["tfidf"]["n_queries"] == len(rows["dev"])
    assert res["all"]["tfidf"]["mrr"] > 0.5  # the invented ads name their occupation's word
    lo, hi = res["all"]["tfidf"]["mrr_ci_by_occupation"]
    assert lo <= res["all"]["tfidf"]["mrr"] <= hi


def test_cli_evaluate_realads(shared, capsys):
    assert main(["evaluate", "realads", "-m", "tfidf", "--split", "all", "--json", "--bootstrap", "20"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["tfidf"]["n_queries"] == 4 * len(PARENTS) + 1
    assert "→ 13 ROME occupations" in captured.err


def test_missing_data_is_named_with_the_way_to_point_to_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MATCHLENS_SHARED_DATA", str(tmp_path / "nowhere"))
    with pytest.raises(realads.SharedDataMissing, match="MATCHLENS_SHARED_DATA") as info:
        realads.read_ads()
    assert "job_ads_fr/ads.csv" in str(info.value) and str(tmp_path / "nowhere") in str(info.value)
    assert main(["evaluate", "realads", "-m", "tfidf"]) == 2
    assert "MATCHLENS_SHARED_DATA" in capsys.readouterr().err


def test_bad_files_are_named(shared):
    with open(shared / realads.ADS, "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(_ad("chuck", "odd", "2025-01-01", "74", "Z0000", "inconnu"))
    with pytest.raises(ValueError, match="Z0000"):
        realads.ad_to_occupation(realads.read_ads(), realads.read_rome())
    _write(shared / realads.ROME_CODES, ["code", "label"], [["X1", "y"]])
    with pytest.raises(ValueError, match="no column 'code_rome'"):
        realads.read_rome()


REAL = realads.shared_data_dir()


@pytest.mark.skipif(not (REAL / realads.ADS).is_file(), reason="the team's ../shared/data is not here")
def test_real_shared_data_loads_and_the_saved_split_reproduces(monkeypatch):
    monkeypatch.setenv("MATCHLENS_SHARED_DATA", str(REAL))
    ads, rome = realads.read_ads(), realads.read_rome()
    assert len(ads) == 2634 and len({a.id for a in ads}) == 2634 and len(rome.labels) == 1584
    realads.check_codes(ads, rome)
    saved = json.loads((ROOT / "configs" / "eval" / "realads_split.json").read_text())
    split = realads.split_ads(ads, rome, saved["seed"])
    assert {p: sorted(i for i, v in split.items() if v == p) for p in saved["ad_ids"]} == saved["ad_ids"]
    text = json.dumps(saved)
    assert not any(len(a.title) > 12 and a.title in text for a in ads)  # ids only: no ad text in the repository


def test_an_ad_longer_than_csvs_default_field_limit_is_read(tmp_path):
    """csv stops at 131,072 characters a field by default: a long real description raised a raw _csv.Error."""
    from matchlens.evaluation import realads

    path = tmp_path / "ads.csv"
    path.write_text("id,title,description\n1,Cariste,\"" + "x" * 200_000 + "\"\n", encoding="utf-8")
    rows = realads._rows(path, ["id", "description"])
    assert len(rows[0]["description"]) == 200_000
