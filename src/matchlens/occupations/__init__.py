"""Which occupation a gig or a resume reads as: the nearest ESCO occupations (French and English labels, a score)
under one model (the job model by default), for the documents table, the Inspector, the Map and the "no credible
match" sentence.

``esco`` reads ESCO v1.2.0 from the team's shared data folder; ``index`` embeds its occupations once per model and
data version (kept on disk); ``tags`` finds each document's nearest occupations and says what they explain.
This service uses the ESCO classification of the European Commission (ESCO v1.2.0, Commission Decision 2011/833/EU).
"""
from matchlens.occupations.esco import EscoMissing, Occupation, esco_dir, read_occupations
from matchlens.occupations.index import DEFAULT_MODEL, OccupationIndex, load_index
from matchlens.occupations.tags import Tag, Tags, no_match_sentence, tag_comparison, tag_texts

__all__ = ["DEFAULT_MODEL", "EscoMissing", "Occupation", "OccupationIndex", "Tag", "Tags", "esco_dir",
           "load_index", "no_match_sentence", "read_occupations", "tag_comparison", "tag_texts"]
