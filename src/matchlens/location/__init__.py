"""Location as an explicit criterion beside the scores (#27): where a candidate lives is hidden from every model
(French law: place of residence is a protected ground), but a recruiter may need someone who can reach the gig.

`resume_place` reads the residence only from what blind masking found; `gig_place` reads where a gig takes place;
`proximity` labels a pair 'same département', 'same region', 'elsewhere' or 'unknown' (with why); `with_location`
adds that label to a score table, and flags (or drops) candidates outside the user's mobility setting.
Towns: a table read off real job ads (Source : France Travail, offres d'emploi; scripts/build_town_table.py).
"""
from matchlens.location.gigs import gig_place
from matchlens.location.places import Place, parse_place, resume_place
from matchlens.location.proximity import (ELSEWHERE, IN_AREA, MOBILITY, NOT_KNOWN, OUTSIDE, SAME_AREA, SAME_REGION,
                                          UNKNOWN, WHY, Proximity, label_matrix, places, proximity, with_location,
                                          within)

__all__ = ["Place", "gig_place", "parse_place", "resume_place", "Proximity", "proximity", "places", "label_matrix",
           "with_location", "within", "MOBILITY", "WHY", "SAME_AREA", "SAME_REGION", "ELSEWHERE", "UNKNOWN",
           "IN_AREA", "OUTSIDE", "NOT_KNOWN"]
