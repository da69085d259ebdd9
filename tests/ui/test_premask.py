"""ui.premask: the default workspace's resumes masked in a process of its own while the server starts; the server's
start-up scoring then finds them in the mask store (and masks whatever is still missing itself)."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from matchlens.documents import Corpus, Document
from matchlens.options import Options
from matchlens.preprocess import masking
from matchlens.ui import premask
from matchlens.workspace import Workspace

RESUMES = ["Zélie Ferrandou\n12 rue des Lilas, 69003 Lyon\nNée en 1987\nCariste CACES 3, 10 ans en entrepôt",
           "NOM : KOWALCZYK Anselme\nTél. 06 11 22 33 44\nSoudeur TIG, 8 ans chez Airbus"]


def _workspace(blind: bool = True, resumes=RESUMES) -> str:
    name = f"premask-{uuid.uuid4().hex[:8]}"
    docs = [Document(f"r{i}", f"r{i}.txt", "resume", t) for i, t in enumerate(resumes)]
    ws = Workspace.named(name)
    ws.create(models=["tfidf"], options=Options(blind=blind))
    ws.replace_content(Corpus(docs + [Document("g0", "g0.txt", "gig", "Cariste H/F")]), {}, [])
    return name


def test_the_sample_texts_are_the_ones_the_server_loads():
    from matchlens.ingest.corpus import load_corpus_with_problems

    server = load_corpus_with_problems(premask.SAMPLE / "resumes", premask.SAMPLE / "gigs",
                                       labels=premask.SAMPLE / "labels.csv")[0]
    assert premask.texts("sample", "default") == [d.text for d in server.resumes]


def test_a_blind_workspace_is_masked_into_the_store():
    name = _workspace()
    assert premask.main(["workspace", name]) == 0
    for text in RESUMES:
        stored = masking.store().get(text)
        assert stored == masking.blind_text(text) and "Ferrandou" not in stored and "KOWALCZYK" not in stored


@pytest.mark.parametrize("blind, many", [(False, False), (True, True)])
def test_nothing_is_masked_when_not_blind_or_for_the_workers(monkeypatch, blind, many):
    texts = [f"{t}\nPermis C ({uuid.uuid4().hex[:6]})" for t in RESUMES]
    name = _workspace(blind, texts)
    monkeypatch.setattr(masking, "POOL_MIN", 2 if many else 200)  # a large workspace: the server's workers mask it
    assert premask.texts("workspace", name) == ([] if not blind else texts)
    premask.main(["workspace", name])
    assert masking.store().missing(texts) == texts


def test_a_warm_start_reads_the_store_only():
    """When every resume is stored, the process never imports the masker (a warm start: ~0.2 s of a core saved)."""
    import subprocess
    import sys

    name = _workspace()
    premask.main(["workspace", name])
    assert masking.store().missing(RESUMES) == []
    probe = (f"import sys; from matchlens.ui import premask; premask.main(['workspace', {name!r}]); "
             "print('matchlens.preprocess.masking' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(Path(premask.__file__).parents[2])}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120,
                         check=True)
    assert out.stdout.strip() == "False"


def test_start_runs_a_process_that_fills_the_store(monkeypatch):
    monkeypatch.delenv("MATCHLENS_AUTOLOAD_SAMPLE", raising=False)
    assert premask.start(f"no-such-{uuid.uuid4().hex[:8]}") is None  # nothing there, no sample to load
    texts = [f"{t}\nPermis B ({uuid.uuid4().hex[:6]})" for t in RESUMES]  # not in the store yet
    name = _workspace(resumes=texts)
    assert all(masking.store().get(t) is None for t in texts)
    proc = premask.start(name)
    assert proc is not None and proc.wait(120) == 0
    masking.store()._local.__dict__.clear()  # read the file again (this thread's connection may hold old pages)
    assert all(masking.store().get(t) == masking.blind_text(t) for t in texts)


def test_prestart_waits_for_the_process_a_bounded_time(monkeypatch):
    """The server's start-up scoring waits for the masking process (so it does not mask the same texts twice), at
    most premask.WAIT seconds."""
    import subprocess

    from matchlens.ui import state

    class Slow:
        def __init__(self):
            self.waited = None

        def wait(self, timeout=None):
            self.waited = timeout
            raise subprocess.TimeoutExpired("premask", timeout)

    slow = Slow()
    monkeypatch.setenv("MATCHLENS_MODELS", "tfidf")
    job = state.prestart(_workspace(), masker=slow)
    assert slow.waited == premask.WAIT and job is not None and job.wait(120)
