"""``matchlens evaluate options`` on the sample: the grid, the held-back comparison and the sentence."""
import json

from matchlens.cli import main
from tests.conftest import SAMPLE


def run(capsys, *extra):
    code = main(["evaluate", "options", str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "--labels",
                 str(SAMPLE / "labels.csv"), "-m", "tfidf", *extra])
    return code, capsys.readouterr()


def test_options_on_the_sample_print_the_grid_the_held_back_figures_and_the_sentence(capsys):
    code, out = run(capsys)
    assert code == 0
    lines = out.out.splitlines()
    assert sum(line.startswith(("max ", "mean ", "top3 ")) for line in lines) == 12
    assert sum("chosen" in line for line in lines if line.startswith(("max", "mean", "top3"))) == 1
    assert any(line.startswith("current ") and "[" in line for line in lines)
    assert "held-back pairs, ROC-AUC" in out.out and out.out.count("tfidf:") == 2


def test_options_json_holds_the_choice_and_both_held_back_figures(capsys):
    code, out = run(capsys, "--json")
    assert code == 0
    found = json.loads(out.out)["tfidf"]
    assert len(found["grid"]) == 12 and set(found["heldout"]) == {"chosen", "current"}
    auc, lo, hi = found["heldout"]["chosen"]
    assert 0.5 < auc <= 1 and lo <= auc <= hi
    assert found["n_heldout"] > 20 and found["current"]["hubness"] == "none"  # TF-IDF's family default


def test_options_with_labels_of_no_loaded_pair_say_so_in_words(capsys, tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text("resume,gig,label\nnobody.pdf,No such gig,fit\n")
    code = main(["evaluate", "options", str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "--labels", str(labels),
                 "-m", "tfidf"])
    err = capsys.readouterr().err
    assert code != 0 and ("labels" in err) and "Traceback" not in err
