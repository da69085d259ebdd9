"""The Ray batch path, in a private local Ray (two processes on this machine), against the local path."""
import numpy as np
import pandas as pd
import pytest

from matchlens.scoring.batch import ray_available, read_embeddings
from matchlens.cli import main
from tests.conftest import SAMPLE

pytestmark = pytest.mark.skipif(not ray_available(), reason='needs "ray[data]" (requirements-dev.txt)')


@pytest.fixture(scope="module")
def ray_session():
    import ray

    yield
    ray.shutdown()


def test_ray_engine_writes_what_the_local_path_writes(tmp_path, ray_session, capsys):
    resumes = SAMPLE / "resumes"
    assert main(["embed", str(resumes), "-m", "static-multilingual", "--out", str(tmp_path / "local.parquet")]) == 0
    assert main(["embed", str(resumes), "-m", "static-multilingual", "--out", str(tmp_path / "ray"),
                 "--engine", "ray", "--workers", "1", "--batch-size", "8"]) == 0
    local_rows, local_vecs = read_embeddings(tmp_path / "local.parquet")
    ray_rows, ray_vecs = read_embeddings(tmp_path / "ray")
    assert len(list((tmp_path / "ray").glob("*.parquet"))) >= 1
    order = {name: i for i, name in enumerate(ray_rows["name"])}
    assert set(order) == set(local_rows["name"]) and len(order) == 20
    ray_sorted = ray_vecs[[order[n] for n in local_rows["name"]]]
    np.testing.assert_allclose(ray_sorted, local_vecs, atol=1e-5)
    assert "with Ray (1 workers)" in capsys.readouterr().err

    # and the folder feeds the index-based top-k
    assert main(["embed", str(SAMPLE / "gigs"), "-m", "static-multilingual", "--kind", "gig",
                 "--out", str(tmp_path / "gigs.parquet")]) == 0
    out = tmp_path / "top.csv"
    assert main(["topk", "--resumes", str(tmp_path / "ray"), "--gigs", str(tmp_path / "gigs.parquet"),
                 "--k", "3", "--out", str(out)]) == 0
    top = pd.read_csv(out)
    assert len(top) == 12 * 3 and top.groupby("gig")["score"].apply(lambda s: s.is_monotonic_decreasing).all()


def test_ray_engine_refuses_corpus_fitted_models(tmp_path, capsys):
    code = main(["embed", str(SAMPLE / "resumes"), "-m", "tfidf", "--out", str(tmp_path / "x"), "--engine", "ray"])
    assert code == 1 and "without --engine ray" in capsys.readouterr().err
