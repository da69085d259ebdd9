"""Masked resumes kept on disk: a warm start reads them back, a masker change recomputes, a bad store never fails."""
import re
import sqlite3

from matchlens.preprocess import masking
from matchlens.preprocess.blind import store as store_mod
from matchlens.preprocess.blind.store import MaskStore

CV = "Camille Martin\n06 12 34 56 78\nNée en 1985\n\nExpérience\n2015 - 2020 : Cariste chez Geodis, 5 ans en entrepôt."


def test_a_result_is_read_back_by_a_new_process_and_is_the_same(tmp_path, monkeypatch):
    path = tmp_path / "masks.sqlite"
    monkeypatch.setattr(masking, "store", lambda: shared)
    shared = MaskStore(path)
    masking.blind_text.cache_clear()
    first = masking.blind_text(CV)
    shared.flush()
    shared = MaskStore(path)  # a new process: empty memory, same file
    masking.blind_text.cache_clear()
    masking.mask.cache_clear()
    monkeypatch.setattr(masking, "_mask", lambda text: (_ for _ in ()).throw(AssertionError("recomputed")))
    assert masking.blind_text(CV) == first == masking.Masked(first, "", []).text
    raw = re.sub(rb"[0-9a-f]{64}", b"", path.read_bytes())  # the keys are sha256 hex: '1985' may occur in one by chance
    assert b"Camille" not in raw and b"1985" not in raw and b"Geodis" in raw  # the identifiers are never stored
    masking.blind_text.cache_clear()
    masking.mask.cache_clear()


def test_another_masker_version_recomputes_and_a_bad_entry_is_never_used(tmp_path, monkeypatch):
    path = tmp_path / "masks.sqlite"
    s = MaskStore(path)
    s.put(CV, "old")
    s.flush()
    assert s.get(CV) == "old"
    monkeypatch.setattr(store_mod, "masker_version", lambda: "another")
    assert s.get(CV) is None
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE masks SET v = 'not json'")
    monkeypatch.undo()
    assert s.get(CV) is None


def test_a_store_that_cannot_be_opened_turns_off_and_masking_still_works(tmp_path, monkeypatch):
    broken = MaskStore(tmp_path / "missing-dir" / "masks.sqlite")
    monkeypatch.setattr(store_mod, "store", lambda: broken)
    monkeypatch.setattr(masking, "store", lambda: broken)
    masking.blind_text.cache_clear()
    assert "Camille" not in masking.blind_text(CV) and broken.warning
    masking.blind_text.cache_clear()


def test_many_resumes_masked_in_worker_processes_read_as_one_by_one(tmp_path, monkeypatch):
    texts = [CV.replace("Camille", name) + f"\n{n}" for n, name in enumerate(["Ana", "Léa", "Inès", "Zoé", "Yasmine"])]
    shared = MaskStore(tmp_path / "masks.sqlite")
    monkeypatch.setattr(masking, "store", lambda: shared)
    monkeypatch.setattr(masking, "POOL_MIN", 2)
    masking.blind_text.cache_clear()
    pooled = masking.blind_texts(texts)
    assert pooled == [masking.mask(t).text for t in texts] and all(shared.get(t) for t in texts)
    masking.blind_text.cache_clear()
