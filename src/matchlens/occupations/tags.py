"""Each document's nearest occupations, and what they explain: "this gig reads as a cook; its nearest resumes read
as developers". Resumes are read as the models read them (``scoring.texts.model_text``: blind when blind scoring is
on), never their raw text."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from matchlens.documents import Document
from matchlens.occupations import index as _index
from matchlens.occupations.index import OccupationIndex, load_index
from matchlens.occupations.esco import Occupation
from matchlens.options import ChunkSettings
from matchlens.scoring import memo
from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.embedding import embed_texts
from matchlens.scoring.results import Comparison
from matchlens.scoring.texts import model_texts

TOP = 3


@dataclass(frozen=True)
class Tag:
    """One occupation a document reads as, with its score (cosine under the model)."""

    occupation: Occupation
    score: float

    def text(self) -> str:
        return f"{self.occupation.label()} ({self.score:.2f})"


@dataclass
class Tags:
    """The nearest occupations of every resume and gig of a comparison under one model."""

    model: str
    resumes: list[list[Tag]] = field(default_factory=list)
    gigs: list[list[Tag]] = field(default_factory=list)

    def of(self, kind: str, i: int) -> list[Tag]:
        return (self.resumes if kind == "resume" else self.gigs)[i]

    def nearest_label(self, kind: str, i: int) -> str:
        """The document's nearest occupation, labels only ('' when it has none)."""
        tags = self.of(kind, i)
        return tags[0].occupation.label() if tags else ""


def nearest(index: OccupationIndex, vectors, k: int = TOP) -> list[list[Tag]]:
    """The ``k`` nearest occupations of each row of ``vectors``, best first."""
    if vectors.shape[0] == 0:
        return []
    scores = index.scores(vectors)
    k = min(k, scores.shape[1])
    top = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    return [[Tag(index.occupations[j], float(scores[i, j])) for j in row] for i, row in enumerate(top)]


def tag_texts(index: OccupationIndex, texts: Sequence[str], side: str, k: int = TOP,
              chunking: ChunkSettings | None = None, cache=None) -> list[list[Tag]]:
    """The nearest occupations of ``texts`` read as ``side`` (the embedding cache serves texts already scored)."""
    vectors = embed_texts(index.encoder, list(texts), side, chunking, cache).doc_vectors
    return nearest(index, vectors, k)


def model_for(models: Sequence[str], wanted: str | None = None) -> str | None:
    """``wanted`` when the comparison already uses it (alone or inside a hybrid, re-ranker or req: model): it is then
    built and the documents embedded, so tagging costs only the occupations (once per data version); else None."""
    from matchlens.encoders.registry import parse_model

    wanted = wanted or _index.DEFAULT_MODEL
    todo, seen = list(models), set()
    while todo:
        name = todo.pop()
        if name == wanted:
            return wanted
        if name not in seen:
            seen.add(name)
            spec = parse_model(name)
            todo.extend(spec.parts if spec.composite else ())
    return None


def tag_comparison(comp: Comparison, model: str | None = None, k: int = TOP, cache=None, folder=None,
                   encoder=None) -> Tags:
    """Every resume (blind, as the models read it) and gig of ``comp`` tagged under ``model`` (the job model by
    default; ``encoder``: an instance of it already loaded); computed once per comparison (raises EscoMissing, with
    a sentence, when the shared data has no ESCO occupations)."""
    model = model or _index.DEFAULT_MODEL
    return comp.derived(memo.key("occupations", model, k, str(folder or "")),
                        lambda: _tag(comp, model, k, cache, folder, encoder))


def _tag(comp: Comparison, model: str, k: int, cache, folder, encoder) -> Tags:
    index, chunking, cache = _reading(comp, model, cache, folder, encoder)
    texts = model_texts(comp.resumes + comp.gigs, comp.options)
    n = len(comp.resumes)
    return Tags(model, tag_texts(index, texts[:n], "resume", k, chunking, cache),
                tag_texts(index, texts[n:], "gig", k, chunking, cache))


def tag_pair(comp: Comparison, r: int, g: int, model: str | None = None, k: int = TOP, cache=None, folder=None,
             encoder=None) -> tuple[list[Tag], list[Tag]]:
    """Resume ``r``'s and gig ``g``'s nearest occupations, as :func:`tag_comparison` tags them, for these two
    documents only (the Inspector shows one pair; kept per comparison, model and pair)."""
    model = model or _index.DEFAULT_MODEL
    key = memo.key("occupations-pair", model, k, str(folder or ""), comp.resumes[r].id, comp.gigs[g].id)

    def tag() -> tuple[list[Tag], list[Tag]]:
        index, chunking, kept = _reading(comp, model, cache, folder, encoder)
        texts = model_texts([comp.resumes[r], comp.gigs[g]], comp.options)
        return (tag_texts(index, texts[:1], "resume", k, chunking, kept)[0],
                tag_texts(index, texts[1:], "gig", k, chunking, kept)[0])

    return comp.derived(key, tag)


def _reading(comp: Comparison, model: str, cache, folder, encoder):
    """(the occupations index, the chunking the comparison embedded its documents with, the embedding cache)."""
    res = comp.results.get(model)
    if res is not None and not res.encoder.needs_fit:
        encoder = res.encoder  # the comparison's own, loaded (a fitted model is refitted on the occupations)
    index = load_index(model, folder, encoder=encoder if encoder is not None and not encoder.needs_fit else None)
    chunking = (res.options or comp.options).chunking if res is not None else comp.options.chunking
    return index, chunking, cache if cache is not None else EmbeddingCache()


def document_column(tags: Tags, comp: Comparison, docs: Sequence[Document]) -> list[str]:
    """The documents table's 'nearest occupation' cell for each of ``docs`` ('' for one not in the comparison)."""
    where = {d.id: ("resume", i) for i, d in enumerate(comp.resumes)}
    where.update({d.id: ("gig", j) for j, d in enumerate(comp.gigs)})
    cells = []
    for d in docs:
        tag = tags.of(*where[d.id])[:1] if d.id in where else []
        cells.append(tag[0].text() if tag else "")
    return cells


def map_colours(tags: Tags) -> list[str]:
    """The Map's colour of each point (resumes then gigs): its nearest occupation, the rare ones grouped as
    'other occupations' so the legend stays readable."""
    names = [tags.nearest_label("resume", i) for i in range(len(tags.resumes))] + \
        [tags.nearest_label("gig", j) for j in range(len(tags.gigs))]
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    kept = set(sorted(counts, key=lambda n: (-counts[n], n))[:12])
    return [n if n in kept else "other occupations" for n in names]


def _shared(a: list[Tag], b: list[Tag]) -> bool:
    """Two documents read as the same occupation: the first's nearest is among the other's nearest, or back."""
    return bool(a and b) and (a[0].occupation.uri in {t.occupation.uri for t in b}
                              or b[0].occupation.uri in {t.occupation.uri for t in a})


def no_match_sentence(tags: Tags, comp: Comparison, model: str, gig: int, n: int = 3) -> str:
    """Why a gig may have no credible match: what it reads as, and what its ``n`` best resumes under ``model`` read
    as, with how many share an occupation with it ('' when the gig has no tags)."""
    own = tags.of("gig", gig)
    if not own:
        return ""
    best = np.argsort(-comp.scores(model)[:, gig], kind="stable")[:n]
    theirs = [tags.of("resume", int(r)) for r in best]
    first = [t[0].text() for t in theirs if t]
    same = sum(_shared(own, t) for t in theirs)
    head = f"This gig reads as {own[0].text()}; "
    if first and same == len(first):
        return head + f"its {len(first)} nearest resumes under {model} read as the same occupation."
    return head + f"its nearest resumes under {model} read as {', '.join(first)}" + \
        (f" ({same} of {len(first)} sharing an occupation with it)." if same else " — none the same occupation.")
