"""Build a corpus from resume and gig inputs (folders, files, tables) and an optional labels file."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from matchlens.documents import Corpus
from matchlens.ingest import DEFAULT_LIMITS, LoadResult, Limits, Problem, load_paths

LABELS = ("fit", "partial", "no")


def load_corpus(resumes: str | os.PathLike | Iterable, gigs: str | os.PathLike | Iterable, *,
                labels: str | os.PathLike | None = None, text_col: str | None = None,
                limits: Limits = DEFAULT_LIMITS, progress=None) -> Corpus:
    """Load both sides; problems are attached as ``corpus.problems``."""
    corpus, problems = load_corpus_with_problems(resumes, gigs, labels=labels, text_col=text_col,
                                                 limits=limits, progress=progress)
    corpus.problems = problems  # type: ignore[attr-defined]
    return corpus


def load_corpus_with_problems(resumes, gigs, *, labels=None, text_col=None, limits=DEFAULT_LIMITS,
                              progress=None) -> tuple[Corpus, list[Problem]]:
    def as_list(x):
        return [x] if isinstance(x, (str, os.PathLike)) else list(x)

    result = LoadResult()
    result.extend(load_paths(as_list(resumes), "resume", limits=limits, text_col=text_col, progress=progress))
    result.extend(load_paths(as_list(gigs), "gig", limits=limits, text_col=text_col, progress=progress))
    corpus = Corpus()
    corpus.add(result.documents)
    problems = list(result.problems)
    if labels:
        problems.extend(apply_labels_file(corpus, labels))
    return corpus, problems


def _key(name: str) -> str:
    """Match a labels-file name to a document: file name without extension, or the row's title."""
    import re

    base = name.split(" [")[0].strip()
    return re.sub(r"\.(pdf|docx|txt|md|markdown|csv|tsv|xlsx)$", "", base, flags=re.I).lower()


def apply_labels_file(corpus: Corpus, path: str | os.PathLike) -> list[Problem]:
    """Read a CSV with columns resume, gig, label (fit/partial/no or 1/0.5/0) into ``corpus.labels``."""
    import pandas as pd

    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as exc:
        return [Problem(str(path), f"labels file unreadable ({type(exc).__name__})")]
    missing = {"resume", "gig", "label"} - set(df.columns)
    if missing:
        return [Problem(str(path), f"labels file lacks columns {sorted(missing)}")]
    by_name = {}
    for d in corpus.documents:
        by_name.setdefault((d.kind, _key(d.name)), d.id)
        by_name.setdefault((d.kind, d.name.lower()), d.id)
    problems, unmatched = [], 0
    for row in df.itertuples():
        r = by_name.get(("resume", _key(row.resume))) or by_name.get(("resume", row.resume.lower()))
        g = by_name.get(("gig", _key(row.gig))) or by_name.get(("gig", row.gig.lower()))
        label = normalize_label(row.label)
        if r and g and label:
            corpus.set_label(r, g, label)
        else:
            unmatched += 1
    if unmatched:
        problems.append(Problem(Path(path).name, f"{unmatched} label rows did not match a loaded document",
                                "warning"))
    return problems


def normalize_label(value) -> str | None:
    v = str(value).strip().lower()
    mapping = {"fit": "fit", "1": "fit", "1.0": "fit", "yes": "fit", "match": "fit",
               "partial": "partial", "0.5": "partial", "maybe": "partial",
               "no": "no", "0": "no", "0.0": "no", "no fit": "no", "nofit": "no", "no_fit": "no"}
    return mapping.get(v)


LABEL_VALUE = {"fit": 1.0, "partial": 0.5, "no": 0.0}
