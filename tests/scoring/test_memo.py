"""The pages' memo store (scoring/memo.py) and its one key helper, and the names moved out of scoring/matching.py."""
from matchlens.scoring import memo


def test_a_key_is_the_same_for_equal_settings_whatever_their_order():
    a = {("r2", "g1"): "no", ("r1", "g1"): "fit"}
    b = {("r1", "g1"): "fit", ("r2", "g1"): "no"}
    assert memo.key("evaluation", a, None, "platt") == memo.key("evaluation", b, None, "platt")
    assert memo.key("evaluation", a) != memo.key("evaluation", {**a, ("r1", "g1"): "no"})  # a changed label
    assert memo.key("map", {"x": [1, {2, 3}]}) == ("map", (("x", (1, (2, 3))),))  # nested: hashable all through
    assert memo.key("projection", "pca") == ("projection", "pca")  # plain parts as they are
    hash(memo.key("s", {"a": {"b": [1]}}))


def test_a_value_is_computed_once_per_key_and_kept_apart_from_the_stores_own_entries():
    m, calls = memo.Memo(), []
    assert m.get(memo.key("t", {"a": 1}), lambda: calls.append(1) or "table") == "table"
    assert m.get(memo.key("t", {"a": 1}), lambda: calls.append(1) or "other") == "table" and calls == [1]
    assert m.soon("u", lambda: "umap", wait=30) == "umap" and m.ready("u") and m.has("u")
    assert not m.has(("_lock", ("t", (("a", 1),)))) and not m.has(("_soon", "u"))  # no lock or future as a value


def test_the_moved_names_are_still_importable_from_matching():
    from matchlens import options
    from matchlens.preprocess import chunking, fields
    from matchlens.scoring import background, matching, results

    assert matching.Options is options.Options and matching.ChunkSettings is options.ChunkSettings
    assert matching.Comparison is results.Comparison and matching.ModelResult is results.ModelResult
    assert chunking.ChunkSettings is options.ChunkSettings and fields.FIELD_MODES is options.FIELD_MODES
    assert background.later is memo.later


def test_a_value_being_computed_in_the_background_is_waited_for_not_computed_again():
    import threading

    m, calls, gate, started = memo.Memo(), [], threading.Event(), threading.Event()

    def slow():
        calls.append("soon")
        started.set()
        gate.wait(10)
        return "places"

    assert m.soon("p", slow) is None  # submitted to the background thread, not ready yet
    assert started.wait(10)  # running there (under load the thread may start late: a queued value is computed by get)
    threading.Timer(0.2, gate.set).start()
    assert m.get("p", lambda: calls.append("again") or "recomputed") == "places"  # waited for the running one
    assert calls == ["soon"] and m.soon("p", slow) == "places"

    def broken():
        raise ValueError("no places")

    m.soon("q", broken)
    assert m.get("q", lambda: "computed here") == "computed here"  # a failed background run: computed by get


def test_a_value_only_queued_behind_other_background_work_is_computed_at_once():
    """The background thread is busy (a model being built for minutes): a page asking for a value queued behind it
    computes it itself instead of waiting (the Inspector's location line waited 128 s on a fresh home, measured)."""
    import threading
    import time

    m, gate = memo.Memo(), threading.Event()
    busy = memo.later(lambda: gate.wait(30))  # the one background thread, taken
    assert m.soon("places", lambda: "from the queue") is None
    start = time.perf_counter()
    assert m.get("places", lambda: "computed here") == "computed here" and time.perf_counter() - start < 5
    gate.set()
    busy.result(30)
    assert m.soon("places", lambda: "again") == "computed here" and m.ready("places")
