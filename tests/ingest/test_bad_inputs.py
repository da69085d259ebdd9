"""The bad-input corpus plus the sample data, through the library, the CLI and the app's loader."""
import time
from pathlib import Path

import pytest

from matchlens.cli import main
from matchlens.ingest import load_paths
from tests.bad_inputs import write
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    return folder, write(folder)


def test_there_are_at_least_forty_cases(bad_folder):
    assert len(bad_folder[1]) >= 40


def test_every_case_loads_or_is_named_with_a_reason_in_bounded_time(bad_folder):
    folder, expected = bad_folder
    t0 = time.perf_counter()
    result = load_paths([folder], "resume")
    elapsed = time.perf_counter() - t0
    assert elapsed < 60, elapsed
    loaded = {Path(d.source).relative_to(folder).as_posix().split("#")[0] for d in result.documents}
    errors = {p.name for p in result.problems if p.severity == "error"}
    warnings = {p.name for p in result.problems if p.severity == "warning"}
    for name, exp in expected:
        base = Path(name).name
        if exp == "ok":
            assert name in loaded, (name, [p for p in result.problems if p.name == base])
        elif exp == "error":
            assert base in errors and name not in loaded, name
        else:
            assert base in warnings, name
    for p in result.problems:
        assert p.reason and len(p.reason) < 400


def test_cli_on_bad_corpus_and_sample_scores_the_good_files(bad_folder, capsys):
    folder, expected = bad_folder
    code = main(["score", str(folder), str(SAMPLE / "resumes"), str(SAMPLE / "gigs"), "-m", "tfidf",
                 "--top-k", "1", "-q", "--out", str(folder.parent / "out.csv")])
    err = capsys.readouterr().err
    assert code == 0
    for name, exp in expected:
        if exp == "error":
            assert Path(name).name in err, name
