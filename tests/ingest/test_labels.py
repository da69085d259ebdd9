"""Label files as people make them: French Excel exports, other column names, label words; bad rows named."""
import pandas as pd
import pytest

from matchlens.documents import Corpus, Document
from matchlens.ingest.corpus import apply_labels_file
from matchlens.ingest.errors import IngestError
from matchlens.ingest.labels import label_value, read_label_table

FR = ("CV;Offre;Étiquette\n"
      "nadia.txt;Cariste;oui\n"
      "nadia.txt;Cuisinier;non\n"
      "marc.txt;Cuisinier;partiel\n"
      "marc.txt;Cariste;0,5\n"
      "marc.txt;Plombier;peut-être pas\n"
      "inconnu.txt;Cariste;oui\n"
      "nadia.txt;Plombier;4\n")


@pytest.mark.parametrize("value,expected", [("fit", 1.0), ("Oui", 1.0), (" NO ", 0.0), ("partielle", 0.5),
                                            ("0,5", 0.5), ("0.8", 0.8), ("1", 1.0), ("4", None), ("??", None),
                                            ("", None), ("no  match", 0.0)])
def test_label_words_and_numbers(value, expected):
    assert label_value(value) == expected


def test_a_french_excel_export_loads_and_names_the_rows_it_cannot_read(tmp_path):
    path = tmp_path / "étiquettes.csv"
    path.write_bytes(FR.encode("cp1252"))
    rows, problems = read_label_table(path, {"resume": "resume", "gig": "gig", "label": "label"})
    assert rows["value"].tolist() == [1.0, 0.0, 0.5, 0.5, 1.0]
    assert len(problems) == 1 and "row(s) 5 ('peut-être pas'), 7 ('4')" in problems[0].reason, problems
    docs = [Document(id=f"r{i}", name=n, kind="resume", text="x") for i, n in enumerate(["nadia.txt", "marc.txt"])] + \
        [Document(id=f"g{i}", name=n, kind="gig", text="y") for i, n in enumerate(["Cariste", "Cuisinier", "Plombier"])]
    corpus = Corpus(docs)
    problems = apply_labels_file(corpus, path)
    assert corpus.labels == {("r0", "g0"): "fit", ("r0", "g1"): "no", ("r1", "g1"): "partial", ("r1", "g0"): "partial"}
    reasons = " | ".join(p.reason for p in problems)
    assert "peut-être pas" in reasons and "row(s) 5 (resume 'inconnu.txt')" in reasons, reasons


def test_xlsx_labels_and_a_missing_column_say_what_is_there(tmp_path):
    xlsx = tmp_path / "labels.xlsx"
    pd.DataFrame({"resume": ["a"], "job": ["b"], "verdict": ["fit"]}).to_excel(xlsx, index=False)
    rows, _ = read_label_table(xlsx, {"resume": "resume", "gig": "gig", "label": "label"})
    assert rows.to_dict("records") == [{"resume": "a", "gig": "b", "label": "fit", "value": 1.0}]
    with pytest.raises(IngestError, match="no column 'texte'.*columns: resume, job, verdict"):
        read_label_table(xlsx, {"resume": "texte", "gig": "gig", "label": "label"})


def test_pairs_evaluation_and_training_data_read_the_same_files(tmp_path):
    from matchlens.evaluation.labeled import evaluate_pairs_file
    from matchlens.training.config import TrainConfig
    from matchlens.training.data import read_pairs

    lines = ["cv;offre;label"] + [f"Cariste CACES {i} entrepôt;Cariste en entrepôt {i};oui" for i in range(6)] + \
        [f"Cuisinier brasserie {i};Cariste en entrepôt {i};non" for i in range(6)] + ["Texte;Autre;???"]
    path = tmp_path / "paires.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    results, errors = evaluate_pairs_file(str(path), ["tfidf"], n_boot=0)
    assert results["tfidf"]["n_pairs"] == 12 and results["tfidf"]["roc_auc"] > 0.9
    assert any("13 ('???')" in e for e in errors.values()), errors
    pairs = read_pairs(str(path), TrainConfig(name="t", base_model="x", train_file=str(path), text_a="resume",
                                              text_b="job", label="label"))
    assert len(pairs) == 12 and pairs.label.sum() == 6 and "???" in pairs.problems[0].reason


def test_long_pairs_files_keep_every_row(tmp_path):
    """A training file is longer than a corpus: the corpus's 20,000-row limit must not cut it silently."""
    path = tmp_path / "pairs.csv"
    path.write_text("resume,job,label\n" + "".join(f"cv {i},job {i},{i % 2}\n" for i in range(25_000)), encoding="utf-8")
    rows, problems = read_label_table(path, {"resume": "resume", "gig": "job", "label": "label"})
    assert len(rows) == 25_000 and rows["value"].sum() == 12_500 and not problems
