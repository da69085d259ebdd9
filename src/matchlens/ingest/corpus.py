"""Build a corpus from resume and gig inputs (folders, files, tables) and an optional labels file."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable

from matchlens import labelvocab
from matchlens.documents import Corpus
from matchlens.ingest import DEFAULT_LIMITS, LoadResult, Limits, Problem, load_paths
from matchlens.ingest.labels import LABEL_VALUE, normalize_label  # noqa: F401 - also imported from here

LABELS = labelvocab.NAMES
KNOWN_EXT = re.compile(r"\.(pdf|docx|txt|md|markdown|csv|tsv|xlsx)$", re.I)


def load_corpus(resumes: str | os.PathLike | Iterable, gigs: str | os.PathLike | Iterable, *,
                labels: str | os.PathLike | None = None, text_col: str | None = None,
                limits: Limits = DEFAULT_LIMITS, progress=None, reader=None) -> Corpus:
    """Load both sides; problems are attached as ``corpus.problems``. ``reader``: as in ``ingest.load_paths``."""
    corpus, problems = load_corpus_with_problems(resumes, gigs, labels=labels, text_col=text_col,
                                                 limits=limits, progress=progress, reader=reader)
    corpus.problems = problems  # type: ignore[attr-defined]
    return corpus


def load_corpus_with_problems(resumes, gigs, *, labels=None, text_col=None, limits=DEFAULT_LIMITS,
                              progress=None, reader=None) -> tuple[Corpus, list[Problem]]:
    def as_list(x):
        return [x] if isinstance(x, (str, os.PathLike)) else list(x)

    result = LoadResult()
    for paths, kind in ((resumes, "resume"), (gigs, "gig")):
        result.extend(load_paths(as_list(paths), kind, limits=limits, text_col=text_col, progress=progress,
                                 reader=reader))
    corpus = Corpus()
    corpus.add(result.documents)
    problems = list(result.problems)
    if labels:
        problems.extend(apply_labels_file(corpus, labels))
    return corpus, problems


def _key(name: str) -> str:
    """Match a labels-file name to a document: file name without extension, or the row's title."""
    base = name.split(" [")[0].strip()
    return KNOWN_EXT.sub("", base).lower()


def apply_labels_file(corpus: Corpus, path: str | os.PathLike) -> list[Problem]:
    """Read a labels file (columns resume, gig, label; ingest.labels reads their usual names, separators and label
    words) into ``corpus.labels``; rows that name no loaded document are named by number."""
    from matchlens.ingest.errors import IngestError
    from matchlens.ingest.labels import read_label_table

    try:
        rows, problems = read_label_table(path, {"resume": "resume", "gig": "gig", "label": "label"})
    except IngestError as exc:
        return [Problem(exc.name, f"labels file: {exc.reason}")]
    by_name = {}
    for d in corpus.documents:
        by_name.setdefault((d.kind, _key(d.name)), d.id)
        by_name.setdefault((d.kind, d.name.lower()), d.id)
    unmatched, rounded = [], 0
    for n, row in enumerate(rows.itertuples(), 1):
        r = by_name.get(("resume", _key(row.resume))) or by_name.get(("resume", row.resume.lower()))
        g = by_name.get(("gig", _key(row.gig))) or by_name.get(("gig", row.gig.lower()))
        if not (r and g):
            unmatched.append(f"{n} ({'resume' if not r else 'gig'} {(row.resume if not r else row.gig)[:30]!r})")
            continue
        label = labelvocab.nearest(row.value)
        rounded += row.value not in LABEL_VALUE.values()
        corpus.set_label(r, g, label)
    name = Path(path).name
    if unmatched:
        more = f" and {len(unmatched) - 8} more" if len(unmatched) > 8 else ""
        problems.append(Problem(name, f"{len(unmatched)} label row(s) name no loaded document: row(s) "
                                      f"{', '.join(unmatched[:8])}{more}", "warning"))
    if rounded:
        problems.append(Problem(name, f"{rounded} label(s) between 0 and 1 were rounded to fit (>= 0.75), partial "
                                      f"(>= 0.25) or no", "warning"))
    return problems

