"""Location beside a comparison's scores: the table column, the top matches, the Inspector line; no model score
moves when the mobility setting does."""
import numpy as np
import pytest

from matchlens.documents import Corpus, Document
from matchlens.scoring.cache import NullCache
from matchlens.scoring.matching import Options, compare
from matchlens.views import mobility


@pytest.fixture(scope="module")
def comp():
    docs = [
        Document("r1", "serveuse.txt", "resume", "Marie Dupont\nHabite à Sarcelles\nmarie@example.org\n\n"
                 "Serveuse en brasserie, service en salle, extras traiteur.", "fr"),
        Document("r2", "cariste.txt", "resume", "Jean Martin\n12 rue des Lilas, 93200 Saint-Denis\n"
                 "06 12 34 56 78\n\nCariste CACES 3, préparation de commandes en entrepôt.", "fr"),
        Document("r3", "cuisinier.txt", "resume", "Lieu de résidence : Lyon 3e\n\nCuisinier en restaurant.", "fr"),
        Document("g1", "serveur_paris", "gig", "Serveur en extra pour un traiteur.\nLieu : 75008 Paris", "fr"),
        Document("g2", "cariste_93", "gig", "Cariste CACES 3 en entrepôt.\nLocalisation : Saint-Denis (93)", "fr"),
    ]
    return compare(Corpus(docs), ["tfidf"], Options(), cache=NullCache())


def test_the_scores_table_has_a_location_column_beside_untouched_scores(comp):
    table = mobility.scores_table(comp)
    plain = comp.long_table()
    assert list(table.columns) == list(plain.columns) + ["location"]
    assert np.array_equal(table["score"].to_numpy(), plain["score"].to_numpy())
    by = table.set_index(["resume_id", "gig_id"])["location"]
    assert by["r2", "g2"] == "same département" and by["r1", "g1"] == "same region" and by["r3", "g2"] == "elsewhere"


def test_no_model_score_changes_with_the_mobility_setting(comp):
    before = {m: r.scores.copy() for m, r in comp.results.items()}
    tables = [mobility.scores_table(comp, mobility=m) for m in mobility.CHOICES]
    model_cols = ["resume", "gig", "model", "score", "rank", "rank_for_resume", "percentile", "z"]
    for t in tables[1:]:
        assert t[model_cols].equals(tables[0][model_cols])
    assert all(np.array_equal(before[m], r.scores) for m, r in comp.results.items())
    flags = tables[2].set_index(["resume_id", "gig_id"])["mobility"]
    assert flags["r3", "g1"] == "outside area" and flags["r1", "g1"] == "in area"


def test_top_matches_and_the_inspector_line(comp):
    top = mobility.top_matches(comp, "tfidf", k=1, mobility="same département")
    assert list(top.columns) == ["gig", "rank", "resume", "score", "location", "mobility"] and len(top) == 2
    r, g = [d.id for d in comp.resumes].index("r2"), [d.id for d in comp.gigs].index("g1")
    line = mobility.pair_line(comp, r, g)
    assert line == ("Location (not used by any model): candidate in 93 Seine-Saint-Denis, gig in 75 Paris: "
                    "same region")
    assert mobility.pair_line(comp, r, g, "same département").endswith("outside area for mobility "
                                                                           "'same département'")


def test_top_matches_are_the_model_s_rows_of_the_long_table(comp):
    top = mobility.top_matches(comp, "tfidf", k=2, mobility="same region")
    long = mobility.scores_table(comp, top_k=2, mobility="same region")
    long = long[long["model"] == "tfidf"][top.columns].reset_index(drop=True)
    assert top.equals(long)
