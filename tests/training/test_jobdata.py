"""Job-domain data: the split is grouped by occupation, so no dev occupation's text is ever trained on."""
import csv

import pytest

from matchlens.training import jobdata

FIELDS = ["conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels", "description"]


def _write(root, n=40):
    esco = root / "data" / "esco_v1.2.0"
    esco.mkdir(parents=True)
    for lang in ("fr", "en"):
        with open(esco / f"occupations_{lang}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, FIELDS)
            w.writeheader()
            for i in range(n):
                w.writerow({"conceptUri": f"uri{i}", "iscoGroup": str(1000 + i % 5),
                            "preferredLabel": f"{lang} job {i}",
                            "altLabels": "\n".join(f"{lang} title {i}-{k}" for k in range(3)),
                            "hiddenLabels": f"{lang} hidden {i}", "description": f"{lang} does task {i} daily."})
    onet = root / "data" / "onet"
    onet.mkdir(parents=True)
    (onet / "occupation_data.tsv").write_text("O*NET-SOC Code\tTitle\tDescription\n11-1\tChief\tLeads things.\n")
    return root


@pytest.fixture()
def data(tmp_path):
    return jobdata.build(_write(tmp_path), dev_share=0.25, seed=3)


def test_dev_occupations_never_trained_on(data):
    dev_uris = {label for task in data.dev.values() for _, label in task["queries"]}
    assert data.dev_occupations == 10 and len(dev_uris) == 10
    trained = " ".join(" ".join(row) for row in data.train)
    for uri in dev_uris:
        i = uri.removeprefix("uri")
        assert f"task {i} daily" not in trained and f"title {i}-" not in trained and f"job {i}\n" not in trained


def test_every_query_has_its_occupation_in_the_corpus(data):
    for name, task in data.dev.items():
        relevant = {q for q, _, _ in jobdata.qrels(task)}
        assert len(relevant) == len(task["queries"]), name
        assert len(task["corpus"]) == (40 if name != "fr_posting_to_cv" else 10 + 30), name


def test_long_resumes_are_long_and_relevant_only_where_they_list_the_job(data):
    task = data.dev["fr_posting_to_cv"]
    long_ = [(text, labels) for text, labels in task["corpus"] if labels.count("|") >= 20]
    assert len(long_) == 30 and min(len(t) for t, _ in long_) > 10 * max(len(t) for t, _ in task["corpus"][:10]) / 2
    for text, labels in long_:
        assert all(f"task {u.removeprefix('uri')} daily" in text for u in labels.split("|"))


def test_held_out_title_is_not_in_its_own_entry(data):
    entries = dict((label, text) for text, label in data.dev["fr_title_to_entry"]["corpus"])
    for title, label in data.dev["fr_title_to_entry"]["queries"]:
        assert title not in entries[label].splitlines()


def test_postings_have_a_title_line_the_field_splitter_finds(data):
    from matchlens.preprocess.fields import split_title

    for text, _ in data.dev["fr_posting_to_entry"]["queries"]:
        title, body = split_title(text)
        assert title.endswith("(H/F)") and "Vos missions" in body


def test_hard_negatives_share_the_isco_group_and_split_is_seeded(tmp_path, data):
    assert all(a and p and n and p != n for a, p, n in data.train)
    for a, p, n in data.train:
        if p.startswith("fr job ") and n.startswith("fr job "):  # entry triples: negative of the same ISCO group
            assert int(p.split()[2]) % 5 == int(n.split()[2]) % 5
    again = jobdata.build(tmp_path, dev_share=0.25, seed=3)
    assert again.train == data.train and again.dev == data.dev


def test_write_dev_files_load_in_evaluate_ranking(tmp_path, data):
    from matchlens.evaluation.labeled import evaluate_ranking_files

    jobdata.write_dev(data, tmp_path / "dev")
    task = tmp_path / "dev" / "fr_title_to_entry"
    res, err = evaluate_ranking_files(str(task / "queries.csv"), str(task / "corpus.csv"), ["tfidf-char"], n_boot=0)
    assert not err and res["tfidf-char"]["n_queries"] == len(data.dev["fr_title_to_entry"]["queries"])
