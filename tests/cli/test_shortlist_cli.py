"""`matchlens shortlist`: top k or cutoff, blind CSV, edited requirements from a file, a wrong gig in words."""
from __future__ import annotations

import json

import pandas as pd

from matchlens.cli import main
from tests.requirements.corpus import write


def test_shortlist_writes_a_blind_csv_and_an_html_report(tmp_path, capsys):
    r, g = write(tmp_path)
    out, page = tmp_path / "sl.csv", tmp_path / "sl.html"
    code = main(["shortlist", str(r), str(g), "--gig", "soudeur", "-m", "req:tfidf", "--top", "2", "--csv", str(out),
                 "--html", str(page), "-q", "--details"])
    assert code == 0
    table = pd.read_csv(out)
    assert len(table) == 2 and table["candidate"].str.startswith("candidate r-").all()
    assert "dupont" not in out.read_text().lower() and "dupont" not in page.read_text().lower()
    printed = capsys.readouterr().out
    assert "soudeur.txt" in printed and "evidence in the CV" in printed


def test_edited_requirements_from_a_file_cap_the_lookalike(tmp_path, capsys):
    r, g = write(tmp_path)
    edits = tmp_path / "req.json"
    edits.write_text(json.dumps({"soudeur.txt": [
        {"text": "Certification soudure TIG", "required": True, "weight": 2},
        {"text": "Lecture de plans et travail en atelier"}]}), encoding="utf-8")
    assert main(["shortlist", str(r), str(g), "--gig", "soudeur.txt", "-m", "req:tfidf", "--cutoff", "0.5",
                 "--requirements", str(edits), "--reveal", "--json", "-q"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [c["candidate"] for c in got["candidates"]] == ["certified_jean_dupont.txt"]


def test_a_gig_that_is_not_there_is_named_with_the_choices(tmp_path, capsys):
    r, g = write(tmp_path)
    assert main(["shortlist", str(r), str(g), "--gig", "plombier", "-m", "tfidf", "-q"]) == 2
    err = capsys.readouterr().err
    assert "no gig named 'plombier'" in err and "soudeur.txt" in err
    assert main(["shortlist", str(r), str(g), "--gig", "gig_", "-m", "tfidf", "-q"]) == 2
    assert "names 3 gigs" in capsys.readouterr().err
