"""The options that change a score besides the model: plain, validated values that every layer may read (the
workspace saves them, the pages and the CLI set them, scoring applies them), so they import nothing of matchlens."""
from __future__ import annotations

from dataclasses import dataclass, field

AGGREGATIONS = ("mean", "max", "first", "top2", "top3")  # top<k>: mean of the k best chunk pairs (scoring.aggregate)
HUBNESS = ("none", "csls", "z", "mp")  # score-matrix hubness reductions (scoring.hubness.METHODS)
FIELD_MODES = {
    "whole": "the whole posting as one text",
    "title+body": "title and body encoded apart, scores mixed by the title weight",
    "max": "title and body encoded apart, the better of the two scores",
}


@dataclass(frozen=True)
class ChunkSettings:
    """How documents longer than a model's window are handled.

    aggregation: "mean" (mean of chunk vectors), "max" (best chunk pair per resume-gig pair), or
    "first" (only the first window: what a plain encoder does when it truncates).
    """

    # "max" by measurement (docs/quality.md): on the dev postings → resumes, with 30 resumes of 25-60 jobs among
    # short ones, e5's mean of chunks put one long resume first for 13% of postings (MRR 0.59); max: 2% (0.67).
    aggregation: str = "max"
    overlap: int = 32           # tokens shared by consecutive chunks
    max_tokens: int | None = None  # None: the model's own limit

    def __post_init__(self):
        if self.aggregation not in AGGREGATIONS:
            raise ValueError(f"aggregation must be one of {AGGREGATIONS}")


@dataclass(frozen=True)
class Options:
    """Everything besides the model that changes a score."""

    preprocessing: str = "full"           # "full" or "sections" (resumes: experience/education/skills)
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    blind: bool = True                    # resumes' personal identifiers masked before any model reads them
    # Gig title weighed on its own (preprocess.fields): on the dev postings (docs/quality.md) title+body at 0.3
    # beat the whole text for every model (TF-IDF 0.81 -> 0.90 MRR, USE 0.64 -> 0.83, e5 0.91 -> 0.93).
    gig_fields: str = "title+body"        # "whole", "title+body" or "max"
    title_weight: float = 0.3             # share of the title's score in "title+body"
    # Hubness reduction of the whole score matrix (scoring.hubness, #33): "none", "csls", "z" or "mp".
    hubness: str = "none"
    # The options the user chose (names of TUNABLE): a model family's measured defaults (encoders.registry
    # FAMILY_DEFAULTS) replace only the others, and only where they still hold the global default.
    pinned: tuple = ()  # sorted names; a tuple so the options serialise as JSON as they are

    def __post_init__(self):
        if self.gig_fields not in FIELD_MODES:
            raise ValueError(f"gig_fields must be one of {list(FIELD_MODES)}, not {self.gig_fields!r}")
        if not 0.0 <= self.title_weight <= 1.0:
            raise ValueError("title_weight must be between 0 and 1")
        if self.hubness not in HUBNESS:
            raise ValueError(f"hubness must be one of {list(HUBNESS)}, not {self.hubness!r}")
        object.__setattr__(self, "pinned", tuple(sorted(set(self.pinned))))
        unknown = sorted(set(self.pinned) - set(TUNABLE))
        if unknown:
            raise ValueError(f"pinned options must be among {list(TUNABLE)}, not {unknown}")


TUNABLE = ("preprocessing", "aggregation", "gig_fields", "title_weight", "hubness")  # options a family may default


def value_of(options: Options, name: str):
    """The value of one TUNABLE option (the aggregation lives in ``options.chunking``)."""
    return options.chunking.aggregation if name == "aggregation" else getattr(options, name)


def with_values(options: Options, values: dict, pin: bool = False) -> Options:
    """``options`` with these TUNABLE values, pinned as the user's own when ``pin``."""
    from dataclasses import replace

    values = dict(values)
    pinned = set(options.pinned) | set(values) if pin else options.pinned
    chunking = options.chunking
    if "aggregation" in values:
        chunking = replace(chunking, aggregation=values.pop("aggregation"))
    return replace(options, chunking=chunking, pinned=tuple(pinned), **values)


def chosen(options: Options, name: str) -> bool:
    """Whether the user chose this option: pinned, or set to another value than the global default."""
    return name in options.pinned or value_of(options, name) != value_of(Options(), name)


def for_family(options: Options, family: dict) -> Options:
    """``options`` with a model family's defaults (name -> value) wherever the user chose nothing (:func:`chosen`)."""
    return with_values(options, {k: v for k, v in family.items() if k in TUNABLE and not chosen(options, k)})
