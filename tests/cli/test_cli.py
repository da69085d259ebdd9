import json

import pandas as pd
import pytest

from matchlens.cli import main
from tests.conftest import SAMPLE


def test_models_json_lists_bundled_models(capsys):
    assert main(["models", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_name = {r["name"]: r for r in rows}
    assert by_name["e5-small-multilingual"]["offline_ready"] is True
    assert {"name", "kind", "languages", "dim", "max_tokens", "offline_ready"} <= set(rows[0])


def test_score_writes_csv_and_reports_bad_files_by_name(tmp_path, capsys):
    resumes = tmp_path / "cvs"
    resumes.mkdir()
    (resumes / "nurse.txt").write_text("Infirmière de nuit, soins aux patients, hôpital.")
    (resumes / "dev.txt").write_text("Développeur Python Django, API web.")
    (resumes / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    out = tmp_path / "scores.csv"
    code = main(["score", str(resumes), str(SAMPLE / "gigs" / "gigs_missions.csv"), "-m", "tfidf",
                 "--top-k", "2", "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == 0
    assert "broken.pdf" in err
    df = pd.read_csv(out)
    assert {"resume", "gig", "model", "score", "rank"} <= set(df.columns)
    assert len(df) == 8 * 2
    nurse_gig = df[df.gig.str.startswith("Infirmier")].sort_values("rank")
    assert nurse_gig.iloc[0].resume == "nurse.txt"


def test_score_reads_odt_and_json_and_logs_progress_as_plain_lines(tmp_path, capsys):
    """Files of the new formats score like any other; progress to a log or pipe has no cursor codes."""
    from tests.ingest.odf_builder import odt

    (tmp_path / "cv.odt").write_bytes(odt("<text:p>Cariste CACES 3, préparation de commandes en entrepôt.</text:p>"))
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    gigs = tmp_path / "offres.json"
    gigs.write_text(json.dumps({"resultats": [{"intitule": "Cariste", "description": "Cariste CACES 3 en entrepôt."},
                                              {"intitule": "Cuisinier", "description": "Cuisinier en brasserie."}]}))
    assert main(["score", str(tmp_path / "cv.odt"), str(tmp_path / "old.doc"), str(gigs), "-m", "tfidf",
                 "--json"]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert {r["gig"].split(" [")[0] for r in rows} == {"Cariste", "Cuisinier"} and {r["resume"] for r in rows} == {"cv.odt"}
    assert "old.doc" in captured.err and ".docx" in captured.err
    assert "[matchlens] tfidf resumes: 1/1" in captured.err
    assert "\r" not in captured.err and "\x1b[" not in captured.err


def test_score_json_and_nothing_loaded_exit_code(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    assert main(["score", str(tmp_path), str(SAMPLE / "gigs"), "-m", "tfidf", "-q"]) == 1
    assert "empty.txt" in capsys.readouterr().err
    code = main(["score", str(SAMPLE / "resumes" / "fr_cariste_nadia_haddad.txt"), str(SAMPLE / "gigs"),
                 "-m", "tfidf", "--top-k", "1", "--per", "resume", "--json", "-q"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 0 and len(rows) == 1 and rows[0]["gig"].startswith("Cariste")


def test_failing_model_is_reported_and_others_still_score(capsys):
    code = main(["score", str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "-m", "tfidf", "-m", "nobody/nothing",
                 "--top-k", "1", "-q"])
    captured = capsys.readouterr()
    assert code == 0
    assert "nobody/nothing" in captured.err and "offline" in captured.err
    assert "tfidf" in captured.out


def test_embed_writes_parquet(tmp_path, tiny_st_dir):
    out = tmp_path / "e.parquet"
    assert main(["embed", str(SAMPLE / "gigs"), "-m", str(tiny_st_dir), "--out", str(out), "--kind", "gig"]) == 0
    df = pd.read_parquet(out)
    assert len(df) == 12 and len(df.embedding[0]) == 32
    assert set(df.kind) == {"gig"}


def test_cli_limits_are_flags(tmp_path, capsys):
    (tmp_path / "cv.txt").write_text("Infirmière de nuit. " * 50)
    code = main(["score", str(tmp_path), str(SAMPLE / "gigs"), "-m", "tfidf", "--max-chars", "100", "-q",
                 "--top-k", "1"])
    assert code == 0 and "cut to 100 characters" in capsys.readouterr().err


def test_per_resume_table_shows_the_rank_within_the_resume(capsys):
    assert main(["score", str(SAMPLE / "resumes" / "fr_cariste_nadia_haddad.txt"), str(SAMPLE / "gigs"),
                 "-m", "tfidf", "--top-k", "1", "--per", "resume", "-q"]) == 0
    out = capsys.readouterr().out.splitlines()
    at = out[0].index("Rank for resume")  # the location column follows the rank
    assert out[2][at:].split()[0] == "1"


def test_topk_refuses_mixed_models_and_non_embedding_files(tmp_path, capsys):
    res, gigs = tmp_path / "r.parquet", tmp_path / "g.parquet"
    assert main(["embed", str(SAMPLE / "resumes"), "-m", "static-multilingual", "--out", str(res)]) == 0
    assert main(["embed", str(SAMPLE / "gigs"), "-m", "tfidf", "--kind", "gig", "--out", str(gigs)]) == 0
    assert main(["topk", "--resumes", str(res), "--gigs", str(gigs)]) == 1
    assert "mix models" in capsys.readouterr().err
    pd.DataFrame({"a": [1]}).to_parquet(tmp_path / "other.parquet")
    assert main(["topk", "--resumes", str(tmp_path / "other.parquet"), "--gigs", str(gigs)]) == 1
    assert "not a matchlens embeddings file" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["hybrid:tfidf+nope", "hybrid:tfidf", "rerank:tfidf@tfidf", "nope", "rerank:x",
                                 "hybrid:tfidf+someone/not-cached", "openai:m@http://api.example.com/v1"])
def test_wrong_model_names_are_refused_before_any_work(bad, capsys, monkeypatch):
    from matchlens.scoring import matching

    monkeypatch.delenv("MATCHLENS_ALLOW_REMOTE", raising=False)
    monkeypatch.setattr(matching, "compare", lambda *a, **k: pytest.fail("work started"))
    assert main(["score", str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "-m", "tfidf", "-m", bad, "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "error:" in err[0]


def test_cli_report_writes_one_self_contained_file(tmp_path):
    out = tmp_path / "r.html"
    assert main(["report", str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "-m", "tfidf", "--labels",
                 str(SAMPLE / "labels.csv"), "--out", str(out), "-q"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "<h2>Scorecard" in text and "<h2>Heatmaps" in text and "<script src=" not in text


def test_score_shows_location_as_its_own_column_and_flags_by_mobility(tmp_path, capsys):
    """Location beside the scores (#27): the same scores with or without --mobility; outside rows flagged, kept."""
    (tmp_path / "cvs").mkdir()
    (tmp_path / "cvs" / "marie.txt").write_text("Marie Dupont\nHabite à Sarcelles\nmarie@example.org\n\n"
                                                "Serveuse en brasserie, extras traiteur.")
    (tmp_path / "cvs" / "luc.txt").write_text("Lieu de résidence : Lyon 3e\n\nServeur en brasserie, extras.")
    (tmp_path / "gig.txt").write_text("Serveur en extra pour un traiteur.\nLieu : 75008 Paris")
    args = ["score", str(tmp_path / "cvs"), str(tmp_path / "gig.txt"), "-m", "tfidf", "-q", "--json"]
    assert main(args) == 0
    plain = pd.DataFrame(json.loads(capsys.readouterr().out))
    assert main(args + ["--mobility", "region"]) == 0
    flagged = pd.DataFrame(json.loads(capsys.readouterr().out))
    assert plain["score"].tolist() == flagged["score"].tolist() and len(flagged) == 2
    assert dict(zip(flagged.resume, flagged.location)) == {"marie.txt": "same region", "luc.txt": "elsewhere"}
    assert dict(zip(flagged.resume, flagged.mobility)) == {"marie.txt": "in area", "luc.txt": "outside area"}
    assert "mobility" not in plain
    assert main(args[:-1] + ["--mobility", "region"]) == 0
    out = capsys.readouterr().out
    assert "location" in out.splitlines()[0] and "outside area" in out


def test_blind_shows_what_is_masked_and_the_text_models_read(tmp_path, capsys):
    cv = tmp_path / "cv.txt"
    cv.write_text("CURRICULUM VITAE\nFATIMA EL AMRANI\nEmail: fatima.elamrani@mail.fr\nNée en 1968 · Habite à Sarcelles\n\n"
                  "Expérience\n2015 - 2020 : Cariste chez Leroy Merlin à Villepinte, 10 ans en EHPAD.\n"
                  "Fait à Sarcelles, le 3 mars 2025.", encoding="utf-8")
    assert main(["blind", str(cv), "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    hidden = {(m["what"], m["text"]) for m in item["masked"]}
    assert ("birth", "Née en 1968") in hidden and ("name", "FATIMA") in hidden
    assert not any(m["text"] == "Email" for m in item["masked"])  # a field label is no town
    for gone in ("FATIMA", "AMRANI", "1968", "Sarcelles", "fatima.elamrani"):
        assert gone not in item["read"]
    for kept in ("Leroy Merlin", "Villepinte", "10 ans en EHPAD", "2015 - 2020"):
        assert kept in item["read"]


def test_scoring_flags_given_are_the_users_and_the_rest_follow_each_models_defaults(capsys):
    """#33: --aggregation / --hubness given on the command line are pinned (a family default never replaces them,
    even when they equal the global default); left out, each model family's measured defaults apply."""
    import argparse

    from matchlens.cli.score import add_scoring_args, scoring_options
    from matchlens.options import for_family

    p = argparse.ArgumentParser()
    add_scoring_args(p)
    family = {"aggregation": "mean", "hubness": "z"}
    given = scoring_options(p.parse_args(["--aggregation", "max", "--hubness", "none"]))
    assert given.pinned == ("aggregation", "hubness") and for_family(given, family) == given
    left = scoring_options(p.parse_args([]))
    assert left.pinned == () and for_family(left, family).hubness == "z"
    assert scoring_options(p.parse_args(["--aggregation", "top3"])).chunking.aggregation == "top3"
    assert main(["models"]) == 0 and "hubness z" in capsys.readouterr().out


def test_without_m_a_command_compares_the_apps_defaults(monkeypatch, capsys):
    """#31: what a user gets without composing a name is the app's defaults, the real-ads winner among them."""
    from matchlens.cli.score import default_models
    from matchlens.encoders import default_names

    monkeypatch.delenv("MATCHLENS_MODELS", raising=False)
    assert default_models() == default_names() and "jobs-hybrid" in default_models()
    monkeypatch.setenv("MATCHLENS_MODELS", "tfidf")  # the suite never loads the real models
    assert main(["score", str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "--top-k", "1", "-q", "--json"]) == 0
    out = capsys.readouterr()
    assert "models: tfidf (the defaults" in out.err and "tfidf" in out.out
