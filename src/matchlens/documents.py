"""Plain data: one document (a resume or a gig) and a corpus of them with optional labels."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Iterable, Literal

Kind = Literal["resume", "gig"]
KINDS: tuple[Kind, Kind] = ("resume", "gig")
REQUIREMENTS = "requirements"  # a gig's meta key holding the user's edited requirements (matchlens.requirements)


def text_hash(text: str) -> str:
    """Stable content hash used for ids and cache keys."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One resume or gig, as read from a file, a table row or pasted text."""

    id: str
    name: str
    kind: Kind
    text: str
    lang: str = "unknown"
    source: str = ""
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def n_chars(self) -> int:
        return len(self.text)

    @property
    def n_words(self) -> int:
        return len(self.text.split())

    def with_kind(self, kind: Kind) -> "Document":
        return replace(self, kind=kind)


@dataclass
class Corpus:
    """Resumes, gigs and user labels (resume id, gig id) -> 'fit' / 'partial' / 'no'."""

    documents: list[Document] = field(default_factory=list)
    labels: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def resumes(self) -> list[Document]:
        return [d for d in self.documents if d.kind == "resume"]

    @property
    def gigs(self) -> list[Document]:
        return [d for d in self.documents if d.kind == "gig"]

    def get(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def add(self, docs: Iterable[Document]) -> list[Document]:
        """Add documents, skipping exact duplicates (same kind and text); returns those added."""
        seen = {d.id for d in self.documents}
        added = []
        for d in docs:
            if d.id in seen:
                continue
            seen.add(d.id)
            self.documents.append(d)
            added.append(d)
        return added

    def remove(self, ids: Iterable[str]) -> None:
        drop = set(ids)
        self.documents = [d for d in self.documents if d.id not in drop]
        self.labels = {k: v for k, v in self.labels.items() if k[0] not in drop and k[1] not in drop}

    def relabel(self, doc_id: str, kind: Kind) -> None:
        self.documents = [d.with_kind(kind) if d.id == doc_id else d for d in self.documents]

    def set_label(self, resume_id: str, gig_id: str, label: str | None) -> None:
        if label is None:
            self.labels.pop((resume_id, gig_id), None)
        else:
            self.labels[(resume_id, gig_id)] = label

    def fingerprint(self) -> str:
        """Hash of the ordered documents: what cached results of this corpus are keyed on."""
        h = hashlib.sha256()
        for d in self.documents:
            h.update(f"{d.kind}\0{d.id}\0".encode())
            if (d.meta or {}).get(REQUIREMENTS):  # edited requirements change the req: scores of this corpus
                h.update(repr(d.meta[REQUIREMENTS]).encode("utf-8", "surrogatepass"))
        return h.hexdigest()[:16]


def make_id(kind: str, name: str, text: str) -> str:
    """A short, stable, readable id: kind + content hash prefix."""
    return f"{kind[0]}-{text_hash(kind + name + text)[:10]}"
