"""Many resumes are masked in worker processes forked from a fork server that imported and warmed the masker once
(masking.start_workers, started by the app at start-up): the workers start warm, give what masking here gives, and
nothing is left running once the process that started them is gone."""
import subprocess
import sys
import time
from pathlib import Path
from concurrent.futures import ProcessPoolExecutor

import psutil

from matchlens import procs
from matchlens.evaluation.placement import generate
from matchlens.preprocess import masking
from matchlens.preprocess.blind.store import MaskStore


def _worker_state(_: int) -> tuple[int, bool, float]:
    """In a worker: its parent, whether the masker was already warm there, and what a first text cost (s)."""
    import os

    warm = "matchlens.preprocess.masking_warm" in sys.modules
    t = time.perf_counter()
    masking._masked_pair("Léa Martin, développeuse, 31 ans, Lyon. Expérience : 5 ans chez Renault.")
    return os.getppid(), warm, time.perf_counter() - t


def test_workers_started_ahead_are_forked_warm_from_one_server():
    assert masking.start_workers()
    with procs.without_main(), ProcessPoolExecutor(2, mp_context=procs.warm_context(masking.WARM)) as pool:
        states = list(pool.map(_worker_state, range(4)))
    parents = {parent for parent, _, _ in states}
    assert parents != {psutil.Process().pid} and len(parents) == 1  # forked by the server, not started from here
    assert all(warm for _, warm, _ in states)
    assert max(cost for _, _, cost in states) < 0.3  # a cold worker pays ~0.6 s for its first text (word lists)


def test_texts_masked_in_the_workers_read_as_masked_here(monkeypatch):
    texts = [cv.text for split in ("blind9", "blind14") for cv in generate(split, per_layout=1, seed=0)]
    texts += list(masking.WARM_TEXTS)
    assert masking.start_workers()
    assert masking._in_workers(texts) == [masking._text_and_found(masking._mask(t)) for t in texts]


def test_a_pool_that_cannot_start_masks_here(monkeypatch):
    def broken(_):
        raise OSError("no /dev/shm")

    monkeypatch.setattr(masking, "warm_context", broken)
    texts = list(masking.WARM_TEXTS)
    assert masking._in_workers(texts) == [masking._text_and_found(masking._mask(t)) for t in texts]


CHILD = """
import sys, psutil
from matchlens.preprocess import masking
from matchlens.preprocess.blind.store import MaskStore
from matchlens.procs import without_main, warm_context
from concurrent.futures import ProcessPoolExecutor
assert masking.start_workers()
with without_main(), ProcessPoolExecutor(2, mp_context=warm_context(masking.WARM)) as pool:
    assert list(pool.map(masking._masked_pair, masking.WARM_TEXTS))
print(" ".join(str(p.pid) for p in psutil.Process().children(recursive=True)), flush=True)
"""


def test_the_server_and_its_workers_end_with_the_process_that_started_them():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=True)
    pids = [int(p) for p in out.stdout.split()]
    assert pids  # the fork server (and the resource tracker) were running when the script ended
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(psutil.pid_exists(p) and psutil.Process(p).status() != "zombie"
                                               for p in pids):
        time.sleep(0.1)
    assert not [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != "zombie"]


def test_a_fork_server_that_cannot_start_is_logged_and_never_stops_the_caller(monkeypatch, caplog):
    def broken(_):
        raise OSError("no room for a socket")

    monkeypatch.setattr(masking, "start_ahead", broken)
    with caplog.at_level("WARNING", logger="matchlens"):
        assert masking.start_workers() is False
    assert "fork server did not start" in caplog.text and "no room for a socket" in caplog.text


COPY = """
import sys
sys.path.insert(0, {src!r})  # a checkout's src/ put first at run time, as the bench scripts do
from matchlens.preprocess import masking
from matchlens.preprocess.blind.store import MaskStore
assert masking.__file__.startswith({src!r}), masking.__file__
masking.start_workers()
print([text for text, _ in masking._in_workers(["Ana", "Léa"])])
"""


def test_workers_mask_with_the_callers_copy_of_matchlens(tmp_path):
    """Python 3.11's fork server reads the sys.path of its start, not one a script changed: its workers would mask
    with another checkout's masker. They are spawned then (a spawned worker takes its parent's sys.path)."""
    import shutil

    src = tmp_path / "src"
    shutil.copytree(Path(masking.__file__).parents[1], src / "matchlens", ignore=shutil.ignore_patterns("__pycache__"))
    copy = src / "matchlens" / "preprocess" / "masking.py"
    copy.write_text(copy.read_text("utf-8").replace(
        "    return _text_and_found(_mask(text))", "    return 'copy:' + text, ()"), "utf-8")
    out = subprocess.run([sys.executable, "-c", COPY.format(src=str(src))], capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.strip() == "['copy:Ana', 'copy:Léa']"


def test_addresses_come_with_the_masking_and_cost_no_second_pass(tmp_path, monkeypatch):
    """Where each candidate lives (location's only source) is found by the masking that scoring does anyway: many
    resumes masked in the workers leave their address entries in memory, and asking for them masks nothing again."""
    texts = [f"Camille Dupont\n{n} rue des Lilas, 69003 Lyon\nCariste {n} ans chez Geodis" for n in range(masking.POOL_MIN)]
    texts += [f"Jean Roux\nHabite à Villeurbanne\nPréparateur {n} ans" for n in range(3)]
    expected = [tuple(v for c, v in masking._mask(t).found if c == "address") for t in texts[:masking.POOL_MIN]]
    masking._FOUND.clear()
    monkeypatch.setattr(masking, "store", lambda: MaskStore(tmp_path / "masks.sqlite"))
    assert masking.start_workers()
    masking.blind_texts(texts)
    assert all(t in masking._FOUND for t in texts[:masking.POOL_MIN])  # the workers' findings, kept here

    def no_second_pass(text):
        raise AssertionError("masked again")

    monkeypatch.setattr(masking, "_mask", no_second_pass)
    monkeypatch.setattr(masking, "_in_workers", no_second_pass)
    found = masking.addresses(texts[:masking.POOL_MIN])
    assert found == expected and any("69003" in entry for entry in found[7]), found[7]


def test_addresses_of_texts_masked_elsewhere_are_found_again_and_match_mask(tmp_path, monkeypatch):
    """After a restart the masked texts come from the disk store, which keeps no address: those are masked again
    (in the workers when there are many) and read as mask() reads them."""
    texts = [f"Léa Martin\n{n} avenue Foch, 75016 Paris\nVendeuse {n % 9} ans" for n in range(masking.POOL_MIN + 5)]
    masking._FOUND.clear()
    monkeypatch.setattr(masking, "store", lambda: MaskStore(tmp_path / "masks.sqlite"))
    assert masking.start_workers()
    found = masking.addresses(texts)
    assert found == [tuple(v for c, v in masking._mask(t).found if c == "address") for t in texts]
    assert masking.found_in(texts[:3], "name") == [tuple(v for c, v in masking._mask(t).found if c == "name") for t in texts[:3]]
    assert all(any("75016" in e for e in entries) for entries in found)
    few = ["Jean Roux\nHabite à Villeurbanne\nPréparateur 4 ans"]
    assert masking.addresses(few) == [tuple(v for c, v in masking._mask(few[0]).found if c == "address")]
