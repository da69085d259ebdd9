"""The user's work on disk: documents, labels, notes, named problems, chosen models, settings and views.

A workspace is a folder. Every change is written when it happens, atomically (a temporary file renamed into
place) and under a lock, by read-modify-write of the one part that changed: two tabs or two processes labelling
at once both keep their labels (last write wins per pair) and no file is ever half-written. Embeddings are not
stored here: they come back from the embedding cache.

Files: ``documents.jsonl`` (one document per line), ``labels.json`` (a row per labelled pair, with its note),
``problems.json`` (files that were named, not loaded), ``workspace.json`` (format, models, options, views),
``audit.json`` (the last fairness audit's tables and what it was computed for: documents, models, options).
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from matchlens import settings
from matchlens.preprocess.chunking import ChunkSettings
from matchlens.documents import Corpus, Document
from matchlens.ingest.errors import Problem
from matchlens.scoring.matching import Options

FORMAT_VERSION = 2
DEFAULT = "default"
FILES = ("documents.jsonl", "labels.json", "problems.json", "workspace.json", "audit.json")
RANKING_PARTS = ("queries", "corpus", "qrels")  # a ranking set for the scorecard (CSV files, as `evaluate ranking`)


class WorkspaceError(Exception):
    """A workspace that cannot be opened or written, with the reason in plain words."""


@dataclass
class State:
    """Everything a workspace holds, as the app and the library use it."""

    corpus: Corpus = field(default_factory=Corpus)
    models: list[str] = field(default_factory=list)
    options: Options = field(default_factory=Options)
    notes: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    view: dict = field(default_factory=dict)
    audit: dict | None = None  # the last fairness audit (evaluation.audit.AuditResult.to_record())


def safe_name(name: str) -> str:
    """A workspace name usable as a folder name and in a URL."""
    cleaned = "".join(c if c.isalnum() or c in "-_" else "-" for c in str(name).strip())[:60].strip("-")
    return cleaned or DEFAULT


def default_dir(name: str) -> Path:
    return settings.home() / "workspaces" / safe_name(name)


def list_workspaces() -> list[Path]:
    root = settings.home() / "workspaces"
    return sorted(p for p in root.glob("*") if (p / "workspace.json").exists()) if root.exists() else []


class Workspace:
    """One workspace folder; each method reads or changes exactly what it names."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)

    @classmethod
    def named(cls, name: str) -> "Workspace":
        return cls(default_dir(name))

    @property
    def name(self) -> str:
        return self.folder.name

    def exists(self) -> bool:
        return (self.folder / "workspace.json").exists()

    def revision(self) -> tuple:
        """Changes whenever any file of the workspace changes (what other tabs and sessions compare)."""
        out = []
        for name in FILES:
            try:
                st = (self.folder / name).stat()
                out.append((st.st_mtime_ns, st.st_size, st.st_ino))
            except OSError:
                out.append(None)
        return tuple(out)

    # reading -----------------------------------------------------------------------------------------
    def load(self) -> State:
        """The whole state; WorkspaceError names the file and the reason when it cannot be read."""
        if not self.exists():
            raise WorkspaceError(f"{self.folder} is not a matchlens workspace (no workspace.json)")
        meta = self._json("workspace.json", {})
        if not isinstance(meta, dict) or meta.get("format", 1) > FORMAT_VERSION:
            raise WorkspaceError(f"{self.folder}: workspace.json is from a newer matchlens (format "
                                 f"{meta.get('format') if isinstance(meta, dict) else '?'})")
        corpus = Corpus(self._documents())
        notes = {}
        for row in self._labels():
            corpus.set_label(row["resume_id"], row["gig_id"], row["label"])
            if row.get("note"):
                notes[f"{row['resume_id']}|{row['gig_id']}"] = row["note"]
        problems = _problems(self._json("problems.json", []))
        return State(corpus, list(meta.get("models", [])), _options(meta.get("options", {}), self.folder), notes,
                     problems, dict(meta.get("view", {})), self.audit())

    def audit(self) -> dict | None:
        """The last fairness audit kept here (tables as records, and the settings it was computed for), if any."""
        record = self._json("audit.json", None)
        return record if isinstance(record, dict) else None

    def _json(self, name: str, default):
        path = self.folder / name
        if not path.exists():
            return default
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise WorkspaceError(f"{path} cannot be read ({type(exc).__name__}: {exc})") from None

    def _documents(self) -> list[Document]:
        path = self.folder / "documents.jsonl"
        docs = []
        try:
            lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        except (OSError, UnicodeDecodeError) as exc:
            raise WorkspaceError(f"{path} cannot be read ({type(exc).__name__}: {exc})") from None
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                docs.append(Document(str(d["id"]), str(d["name"]), d["kind"], str(d["text"]),
                                     str(d.get("lang", "unknown")), str(d.get("source", "")), d.get("meta") or {}))
            except (ValueError, KeyError, TypeError) as exc:
                raise WorkspaceError(f"{path}, line {n}: not a document ({type(exc).__name__}: {exc})") from None
        return docs

    def _labels(self) -> list[dict]:
        rows = self._json("labels.json", [])
        if not isinstance(rows, list):
            raise WorkspaceError(f"{self.folder / 'labels.json'}: expected a list of labelled pairs")
        return [r for r in rows if isinstance(r, dict) and {"resume_id", "gig_id", "label"} <= set(r)]

    # writing -----------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time across threads, tabs and processes (an advisory file lock)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fh = open(self.folder / ".lock", "a+")
        except OSError as exc:
            raise WorkspaceError(f"{self.folder} cannot be written ({type(exc).__name__}: {exc})") from None
        with fh:
            try:
                import fcntl

                fcntl.flock(fh, fcntl.LOCK_EX)
            except (ImportError, OSError):
                pass  # no POSIX locks here: atomic renames still keep each file whole
            yield

    def _write(self, name: str, content: str) -> None:
        tmp = self.folder / f".{name}.{os.getpid()}.{time.monotonic_ns()}.tmp"
        try:
            tmp.write_text(content, encoding="utf-8")
            tmp.replace(self.folder / name)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise WorkspaceError(f"{self.folder / name} cannot be written ({type(exc).__name__}: {exc})") from None

    def _meta(self) -> dict:
        meta = self._json("workspace.json", {}) if self.exists() else {}
        return meta if isinstance(meta, dict) else {}

    def _update_meta(self, **changes) -> None:
        with self._locked():
            meta = {"format": FORMAT_VERSION, "models": [], "options": _options_dict(Options()), "view": {},
                    **self._meta()}
            meta.update(changes, format=FORMAT_VERSION)
            self._write("workspace.json", json.dumps(meta, indent=2, ensure_ascii=False))

    def create(self, models: Iterable[str] = (), options: Options | None = None) -> "Workspace":
        """Make an empty workspace (no-op if it exists)."""
        if not self.exists():
            self._update_meta(models=list(models), options=_options_dict(options or Options()))
        return self

    def save(self, state: State) -> "Workspace":
        """Replace the whole content (sample data, an imported workspace, 'clear everything')."""
        with self._locked():
            self._write("documents.jsonl", _docs_jsonl(state.corpus.documents))
            self._write("labels.json", _labels_json(state.corpus.labels, state.notes))
            self._write("problems.json", _problems_json(state.problems))
            self._write_audit(state.audit)
        self._update_meta(models=list(state.models), options=_options_dict(state.options), view=dict(state.view))
        return self

    def add_documents(self, docs: Iterable[Document], problems: Iterable[Problem] = ()) -> list[Document]:
        """Append new documents (exact duplicates skipped) and the problems named while reading them."""
        with self._locked():
            corpus = Corpus(self._documents())
            added = corpus.add(docs)
            if added:
                self._write("documents.jsonl", _docs_jsonl(corpus.documents))
            problems = list(problems)
            if problems:
                old = _problems(self._json("problems.json", []))
                self._write("problems.json", _problems_json(old + problems))
        self.create()
        return added

    def remove_documents(self, ids: Iterable[str]) -> None:
        drop = set(ids)
        with self._locked():
            self._write("documents.jsonl", _docs_jsonl([d for d in self._documents() if d.id not in drop]))
            rows = [r for r in self._labels() if r["resume_id"] not in drop and r["gig_id"] not in drop]
            self._write("labels.json", json.dumps(rows, ensure_ascii=False))

    def relabel(self, ids: Iterable[str], kind: str) -> None:
        change = set(ids)
        with self._locked():
            docs = [d.with_kind(kind) if d.id in change else d for d in self._documents()]
            self._write("documents.jsonl", _docs_jsonl(docs))

    def set_label(self, resume_id: str, gig_id: str, label: str | None, note: str | None = None) -> None:
        """Label one pair (None removes it); only this pair's row changes, so concurrent writers keep theirs."""
        with self._locked():
            rows = [r for r in self._labels() if (r["resume_id"], r["gig_id"]) != (resume_id, gig_id)]
            if label is not None:
                rows.append({"resume_id": resume_id, "gig_id": gig_id, "label": label, "note": note or "",
                             "time": time.time()})
            self._write("labels.json", json.dumps(rows, ensure_ascii=False))

    def set_labels(self, labels: dict) -> None:
        """Many labels at once (a labels file): one read-modify-write; pairs not named keep theirs."""
        with self._locked():
            keep = [r for r in self._labels() if (r["resume_id"], r["gig_id"]) not in labels]
            now = time.time()
            new = [{"resume_id": r, "gig_id": g, "label": lab, "note": "", "time": now} for (r, g), lab in labels.items()]
            self._write("labels.json", json.dumps(keep + new, ensure_ascii=False))

    def clear_problems(self) -> None:
        with self._locked():
            self._write("problems.json", "[]")

    def set_models(self, models: list[str]) -> None:
        self._update_meta(models=list(dict.fromkeys(models)))

    def set_options(self, options: Options) -> None:
        self._update_meta(options=_options_dict(options))

    def set_view(self, key: str, value) -> None:
        with self._locked():
            view = dict(self._meta().get("view", {}))
        view[key] = value
        self._update_meta(view=view)

    def set_audit(self, record: dict | None) -> None:
        """Keep the last fairness audit (None forgets it): every tab and session sees it."""
        with self._locked():
            self._write_audit(record)
        self.create()

    def _write_audit(self, record: dict | None) -> None:
        if record is None:
            (self.folder / "audit.json").unlink(missing_ok=True)
        else:
            self._write("audit.json", json.dumps(record, ensure_ascii=False, default=_plain))

    def set_ranking_file(self, part: str, content: bytes | None) -> None:
        """Keep (or with None, drop) one file of the ranking set: queries, corpus or qrels CSV."""
        if part not in RANKING_PARTS:
            raise ValueError(f"a ranking set has {', '.join(RANKING_PARTS)}, not {part!r}")
        target = self.folder / "ranking" / f"{part}.csv"
        with self._locked():
            if content is None:
                target.unlink(missing_ok=True)
                return
            try:
                target.parent.mkdir(exist_ok=True)
                tmp = target.with_name(f".{part}.{os.getpid()}.tmp")
                tmp.write_bytes(content)
                tmp.replace(target)
            except OSError as exc:
                raise WorkspaceError(f"{target} cannot be written ({type(exc).__name__}: {exc})") from None

    def ranking_files(self) -> dict[str, Path]:
        """The ranking set's files present in this workspace, by part."""
        return {part: f for part in RANKING_PARTS if (f := self.folder / "ranking" / f"{part}.csv").exists()}

    def delete(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _plain(value):
    """numpy numbers and other values json cannot write, as plain ones."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


def _docs_jsonl(docs: Iterable[Document]) -> str:
    return "".join(json.dumps({"id": d.id, "name": d.name, "kind": d.kind, "text": d.text, "lang": d.lang,
                               "source": d.source, "meta": d.meta}, ensure_ascii=False, default=str) + "\n"
                   for d in docs)


def _labels_json(labels: dict, notes: dict) -> str:
    return json.dumps([{"resume_id": r, "gig_id": g, "label": lab, "note": (notes or {}).get(f"{r}|{g}", "")}
                       for (r, g), lab in labels.items()], ensure_ascii=False)


def _problems_json(problems: Iterable[Problem]) -> str:
    return json.dumps([asdict(p) for p in problems], ensure_ascii=False)


def _problems(rows) -> list[Problem]:
    return [Problem(str(p["name"]), str(p.get("reason", "")), str(p.get("severity", "error")))
            for p in rows if isinstance(p, dict) and "name" in p] if isinstance(rows, list) else []


def _options_dict(options: Options) -> dict:
    return {"preprocessing": options.preprocessing, "chunking": asdict(options.chunking), "blind": options.blind,
            "gig_fields": options.gig_fields, "title_weight": options.title_weight}


def _options(raw: dict, folder: Path) -> Options:
    try:
        return Options(raw.get("preprocessing", "full"), ChunkSettings(**raw.get("chunking", {})),
                       bool(raw.get("blind", True)), str(raw.get("gig_fields", Options.gig_fields)),
                       float(raw.get("title_weight", Options.title_weight)))
    except (TypeError, ValueError, AttributeError) as exc:
        raise WorkspaceError(f"{folder / 'workspace.json'}: invalid settings ({exc})") from None


# The first format's functions, kept for the library and the README's examples.
def save(folder: str | os.PathLike, corpus: Corpus, models: list[str], options: Options,
         notes: dict | None = None) -> Path:
    """Write a whole workspace at once."""
    Workspace(folder).save(State(corpus, list(models), options, dict(notes or {})))
    return Path(folder)


def load(folder: str | os.PathLike) -> tuple[Corpus, list[str], Options, dict]:
    """Read a whole workspace; WorkspaceError says why one cannot be opened."""
    state = Workspace(folder).load()
    return state.corpus, state.models, state.options, state.notes
