"""The label of a resume x gig pair, the mobility flag, and the location column of a score table."""
import pandas as pd

from matchlens.documents import Document
from matchlens.location import (ELSEWHERE, IN_AREA, NOT_KNOWN, OUTSIDE, SAME_AREA, SAME_REGION, UNKNOWN,
                                gig_place, proximity, resume_place, with_location, within)

SARCELLES = "Marie Dupont\nHabite à Sarcelles\nmarie.dupont@example.org\nServeuse"
SAINT_DENIS = "Jean Martin\n12 rue des Lilas, 93200 Saint-Denis\n06 12 34 56 78\nCariste"
LYON = "Lieu de résidence : Lyon 3e\nCuisinier"
NOWHERE = "Cariste CACES 3, cinq ans en entrepôt."


def label(resume: str, gig: str) -> str:
    return proximity(resume_place(resume), gig_place(gig)).label


def test_pairs_are_labelled_by_département_then_region():
    assert label(SAINT_DENIS, "Lieu : Saint-Denis (93)") == SAME_AREA
    assert label(SAINT_DENIS, "Lieu : 75008 Paris") == SAME_REGION
    assert label(SARCELLES, "Mission à Paris, 3 mois") == SAME_REGION
    assert label(LYON, "Lieu : 75008 Paris") == ELSEWHERE
    assert label(LYON, "Localisation : Auvergne-Rhône-Alpes") == SAME_REGION
    assert label("김민수\n주소: 서울특별시 강남구 역삼동 123-4", "근무지: 서울 강남구") == SAME_AREA
    assert label("김민수\n주소: 서울특별시 마포구 합정동 1", "근무지: 서울 강남구") == SAME_REGION
    assert label("김민수\n주소: 서울특별시 마포구 합정동 1", "근무지: 부산 해운대구") == ELSEWHERE
    assert label("John Smith\nLives in Leeds\njohn@example.com", "Location: Leeds") == SAME_AREA


def test_unknown_says_why():
    none_in_resume = proximity(resume_place(NOWHERE), gig_place("Lieu : Lyon (69)"))
    assert none_in_resume.label == UNKNOWN and none_in_resume.why == "no place found in the resume"
    none_in_gig = proximity(resume_place(LYON), gig_place("Remote contract, 4 months."))
    assert none_in_gig.why == "no place found in the gig" and none_in_gig.text().startswith("unknown (")
    assert proximity(None, None).why == "no place found in the resume or the gig"
    foreign = proximity(resume_place("John Smith\nLives in Leeds\njohn@example.com"), gig_place("Lieu : Lyon (69)"))
    assert foreign.label == UNKNOWN and "Leeds" in foreign.why  # a town of no table is not 'elsewhere'


def test_mobility_flags_and_never_hides_unknowns():
    assert within(SAME_REGION, "any") is None
    assert within(SAME_REGION, "same region") == IN_AREA and within(ELSEWHERE, "same region") == OUTSIDE
    assert within(SAME_REGION, "same département") == OUTSIDE and within(SAME_AREA, "same département") == IN_AREA
    assert within("unknown (no place found in the gig)", "same region") == NOT_KNOWN


def docs():
    resumes = [Document("r1", "sarcelles.txt", "resume", SARCELLES), Document("r2", "lyon.txt", "resume", LYON),
               Document("r3", "nowhere.txt", "resume", NOWHERE)]
    gigs = [Document("g1", "paris", "gig", "Serveur en extra\nLieu : 75008 Paris"),
            Document("g2", "remote", "gig", "Remote data analyst, 2 months.")]
    return resumes, gigs


def table(resumes, gigs):
    rows = [(r.name, g.name, "m", 0.1 * (i + j), r.id, g.id) for i, r in enumerate(resumes) for j, g in enumerate(gigs)]
    return pd.DataFrame(rows, columns=["resume", "gig", "model", "score", "resume_id", "gig_id"])


def test_the_score_table_gets_a_location_column_and_flags_not_drops():
    resumes, gigs = docs()
    scores = table(resumes, gigs)
    out = with_location(scores, resumes, gigs)
    assert list(out.columns) == list(scores.columns) + ["location"] and "mobility" not in out
    by = out.set_index(["resume_id", "gig_id"])["location"]
    assert by["r1", "g1"] == SAME_REGION and by["r2", "g1"] == ELSEWHERE
    assert by["r3", "g1"] == "unknown (no place found in the resume)"
    flagged = with_location(scores, resumes, gigs, "same region")
    assert len(flagged) == len(scores)  # flagged, not dropped
    assert flagged.set_index(["resume_id", "gig_id"])["mobility"]["r2", "g1"] == OUTSIDE
    assert flagged["score"].tolist() == scores["score"].tolist()
    dropped = with_location(scores, resumes, gigs, "same region", drop=True)
    assert ("r2", "g1") not in set(zip(dropped.resume_id, dropped.gig_id)) and len(dropped) == len(scores) - 1
    assert with_location(scores.iloc[:0], resumes, gigs, "same region").empty
