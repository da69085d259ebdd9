"""The Scorecard's memo is keyed on what the card is computed from, by content, never by an object's id (a new
object may reuse the id of one that was freed, and the page would show the card of the old audit)."""
from __future__ import annotations

from types import SimpleNamespace

from matchlens.ui.scorecard_widgets import card_key, version

LABELS = {("r1", "g1"): "fit", ("r2", "g1"): "no"}


def audit(time: float, models=("tfidf",)):
    return SimpleNamespace(settings={"corpus": "abc", "models": list(models), "k": 10, "time": time})


def test_the_key_follows_the_audit_and_the_ranking_set_by_content():
    assert card_key(LABELS, 1.0, audit(1.5), None) == card_key(dict(LABELS), 1.0, audit(1.5), None)  # other objects
    assert card_key(LABELS, 1.0, audit(1.5), None) != card_key(LABELS, 1.0, audit(2.5), None)   # a new run
    assert card_key(LABELS, 1.0, audit(1.5), None) != card_key(LABELS, 1.0, None, None)
    assert card_key(LABELS, 1.0, None, (("corpus", 10, 1),)) != card_key(LABELS, 1.0, None, (("corpus", 10, 2),))
    assert card_key(LABELS, 1.0, None, None) != card_key(LABELS, 0.5, None, None)
    assert card_key(LABELS, 1.0, None, None) != card_key({**LABELS, ("r3", "g1"): "fit"}, 1.0, None, None)


def test_a_new_audit_in_the_place_of_a_freed_one_gets_its_own_key():
    first = audit(1.0)
    old = card_key(LABELS, 1.0, first, None)
    del first
    second = audit(2.0)  # CPython often gives it the freed object's address: id() alone could not tell them apart
    assert card_key(LABELS, 1.0, second, None) != old


def test_a_rewritten_ranking_file_changes_the_version(tmp_path):
    f = tmp_path / "corpus.csv"
    f.write_text("text,label\na,1\n")
    before = version({"corpus": f})
    f.write_text("text,label\na,1\nb,2\n")
    assert version({"corpus": f}) != before
