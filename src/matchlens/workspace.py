"""The user's work on disk: documents, labels, notes, named problems, chosen models, settings and views.

A workspace is a folder. Every change is written when it happens, atomically (a temporary file renamed into
place) and under a lock, by read-modify-write of the one part that changed: two tabs or two processes labelling
at once both keep their labels (last write wins per pair) and no file is ever half-written. Embeddings are not
stored here: they come back from the embedding cache.

Files: ``documents.jsonl`` (one document per line), ``labels.json`` (a row per labelled pair, with its note),
``problems.json`` (files that were named, not loaded), ``workspace.json`` (format, models, options, views),
``audit.json`` (the last fairness audit's tables and what it was computed for: documents, models, options),
``requirements.json`` (a gig's id -> its requirements as the user edited them; carried by the gig documents of the
loaded corpus, so every scoring path reads them: see matchlens.requirements).

Every file may have been edited by hand: each is checked on read (``wsschema``), a wrong field is named in
``State.issues`` (file, field, what was found, what was done) and the rest opens. Lines or rows that cannot be used
are kept in their file when it is rewritten, and a file that cannot be parsed at all is never overwritten by a
change to it (the change is refused, with the reason).

Who may see a workspace (issue #29): a dashboard shared on the network hands each browser an owner id (a cookie,
``ui.guard``); a workspace made there records a hash of it (``owner`` in workspace.json) and its maker may mark it
``private``. A ``Workspace`` is opened for a ``Viewer``: this computer's user (``LOCAL``: the CLI, the library, a
dashboard that is not shared) sees every workspace; a browser sees the shared ones and its own private ones, and
every read, change, listing and deletion of another's private workspace raises ``PrivateWorkspace``.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import threading
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from matchlens import settings, wsschema
from matchlens.documents import REQUIREMENTS, Corpus, Document
from matchlens.errors import MatchlensError
from matchlens.ingest.errors import Problem
from matchlens.options import Options
from matchlens.wsschema import in_words

FORMAT_VERSION = 2
DEFAULT = "default"
FILES = ("documents.jsonl", "labels.json", "problems.json", "workspace.json", "audit.json", "requirements.json")
RANKING_PARTS = ("queries", "corpus", "qrels")  # a ranking set for the scorecard (CSV files, as `evaluate ranking`)


class WorkspaceError(MatchlensError):
    """A workspace that cannot be opened or written, with the reason in plain words."""


class PrivateWorkspace(WorkspaceError):
    """A workspace private to another browser of a shared dashboard: not listed, opened, changed nor deleted."""


@dataclass(frozen=True)
class Viewer:
    """Who asks for a workspace: this computer's user (``LOCAL``), who sees every workspace, or a browser of a
    dashboard shared on the network (``browser``), known by ``owner``: a hash of the owner id its server gave it
    (None: it kept no cookie, so it owns nothing)."""

    browser: bool = False
    owner: str | None = None


LOCAL = Viewer()


def browser_viewer(owner_id: str | None) -> Viewer:
    """The viewer of a shared dashboard's browser holding this owner id: a workspace keeps a hash of the id, never
    the id (whoever reads workspace.json cannot pose as its maker)."""
    if not owner_id:
        return Viewer(browser=True)
    digest = hashlib.sha256(b"matchlens-owner\0" + owner_id.encode("utf-8", "replace")).hexdigest()
    return Viewer(browser=True, owner=digest[:32])


@dataclass(frozen=True)
class Sharing:
    """Who made a workspace on a shared dashboard (``owner``; None: made on this computer) and whether only they
    may see it."""

    owner: str | None = None
    private: bool = False

    def owned_by(self, viewer: Viewer) -> bool:
        return viewer.browser and self.owner is not None and self.owner == viewer.owner

    def visible_to(self, viewer: Viewer) -> bool:
        return not viewer.browser or not self.private or self.owned_by(viewer)


_HELD = threading.local()  # folders this thread holds the lock of (the lock is re-entrant within a thread)
_THREAD_LOCKS: dict[str, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


def _thread_lock(key: str) -> threading.Lock:
    with _THREAD_LOCKS_GUARD:
        return _THREAD_LOCKS.setdefault(key, threading.Lock())


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
    issues: list[str] = field(default_factory=list)  # what was wrong in the files (named, repaired or left out)
    requirements: dict = field(default_factory=dict)  # gig id -> its edited requirement rows (requirements.json)


NAME_MAX = 60


def safe_name(name: str) -> str:
    """The folder (and URL) name of a workspace: two different names never share a folder.

    A name that is already a plain folder name (letters, digits, ``-`` and ``_``, lower case, at most 60
    characters) is its own folder, and so is any existing folder's exact name (workspaces made before this rule
    keep working). Any other name gets a readable part and a hash of the whole name: ``a/b``, ``a.b`` and ``a-b``,
    ``Team`` and ``team``, or two long names sharing 60 characters, open three, two and two workspaces.
    The result maps to itself (``safe_name(safe_name(x)) == safe_name(x)``): it is what the URL carries."""
    raw = unicodedata.normalize("NFC", str(name).strip())
    if not raw:
        return DEFAULT
    if _is_folder_name(raw):
        existing = _folders()
        if raw in existing:
            return raw
        if raw == raw.lower() and raw.casefold() not in {e.casefold() for e in existing}:
            return raw  # a case-insensitive disk (macOS, Windows) would open "Team" for "team"
    slug = "-".join("".join(c if c.isalnum() else " " for c in raw.lower()).split())[:40].strip("-")
    return f"{slug or 'ws'}-{hashlib.sha256(raw.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def _is_folder_name(name: str) -> bool:
    return (len(name) <= NAME_MAX and name[0] not in "-_" and name[-1] != "-"
            and all(c.isalnum() or c in "-_" for c in name))


def _folders() -> set[str]:
    root = settings.home() / "workspaces"
    try:
        return {unicodedata.normalize("NFC", n) for n in os.listdir(root)}
    except OSError:
        return set()


def default_dir(name: str) -> Path:
    return settings.home() / "workspaces" / safe_name(name)


def list_workspaces(viewer: Viewer = LOCAL) -> list[Path]:
    """The workspaces this viewer may see (a browser of a shared dashboard: not others' private ones)."""
    root = settings.home() / "workspaces"
    found = sorted(p for p in root.glob("*") if (p / "workspace.json").exists()) if root.exists() else []
    return [p for p in found if Workspace(p, viewer).visible()]


def sharing_summary(viewer: Viewer) -> tuple[int, int]:
    """(workspaces every browser with the key sees, workspaces private to this viewer): what the banner says."""
    shared = mine = 0
    for p in list_workspaces():
        sharing = Workspace(p).sharing()  # one read of workspace.json each (the banner asks on every page run)
        shared += not sharing.private
        mine += sharing.private and sharing.owned_by(viewer)
    return shared, mine


def name_taken(name: str) -> bool:
    """Whether a workspace of this name exists, seen or not (a new workspace never takes another's folder)."""
    return Workspace.named(name).exists()


class Workspace:
    """One workspace folder; each method reads or changes exactly what it names."""

    def __init__(self, folder: str | os.PathLike, viewer: Viewer = LOCAL):
        self.folder = Path(folder)
        self.viewer = viewer

    @classmethod
    def named(cls, name: str, viewer: Viewer = LOCAL) -> "Workspace":
        return cls(default_dir(name), viewer)

    @property
    def name(self) -> str:
        return self.folder.name

    def exists(self) -> bool:
        return (self.folder / "workspace.json").exists()

    # who may see it ----------------------------------------------------------------------------------
    def sharing(self) -> Sharing:
        """Who made it and whether it is private. The default workspace, where every browser starts, is never
        private; a workspace.json that cannot be read is read as private to nobody (fail closed: only this
        computer's user sees it until it is fixed)."""
        try:
            meta = self._read_meta() if self.exists() else {}
        except WorkspaceError:
            return Sharing(None, self.name != DEFAULT)
        owner, private = wsschema.check_sharing(meta, [])
        return Sharing(owner, private and self.name != DEFAULT)

    def visible(self) -> bool:
        """Whether this workspace's viewer may list, open, change and delete it."""
        return not self.viewer.browser or self.sharing().visible_to(self.viewer)

    def check_visible(self) -> None:
        """PrivateWorkspace, in words, when the viewer may not see this workspace."""
        if not self.visible():
            raise PrivateWorkspace(f"the workspace {self.name!r} is private to the person who made it on this shared "
                                   "dashboard: only their browser (and the user of the computer serving it) can "
                                   "open, change or delete it")

    def set_private(self, private: bool) -> None:
        """Make this workspace private to the browser that made it, or shared with everyone who has the key
        again: only that browser, or this computer's user, may."""
        if private and self.name == DEFAULT:
            raise WorkspaceError("the default workspace is where every browser starts, so it cannot be private: "
                                 "create a workspace of your own and make that one private")
        with self._locked():
            sharing = self.sharing()
            if self.viewer.browser and self.viewer.owner is None:
                raise WorkspaceError("this browser did not keep the cookie that tells it apart (cookies blocked?), "
                                     "so it can make no workspace private")
            if self.viewer.browser and not sharing.owned_by(self.viewer):
                raise WorkspaceError(f"only the person who made {self.name!r}, in the browser they made it in, can "
                                     "make it private or shared")
            self._update_meta(private=bool(private))

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
        """The whole state. A wrong field or line is named in ``State.issues`` and the rest opens; WorkspaceError
        only when this is no workspace or one from a newer matchlens."""
        if not self.exists():
            raise WorkspaceError(f"{self.folder} is not a matchlens workspace (no workspace.json)")
        self.check_visible()
        issues: list[str] = []
        meta = self._tolerant(self._read_meta, {}, issues)
        fmt = wsschema.check_format(meta, FORMAT_VERSION, issues)
        wsschema.check_sharing(meta, issues)
        if fmt > FORMAT_VERSION:
            raise WorkspaceError(f"{self.folder}: workspace.json is from a newer matchlens (format {fmt}); "
                                 "update matchlens to open it")
        docs, _, doc_issues = self._tolerant(self._read_documents, ([], [], []), issues)
        reqs, req_issues = wsschema.check_requirements(
            self._tolerant(lambda: self._json("requirements.json", wsschema.ABSENT), wsschema.ABSENT, issues))
        corpus = Corpus(with_requirements(docs, reqs))
        rows, _, label_issues = self._tolerant(self._read_labels, ([], [], []), issues)
        notes = {}
        for row in rows:
            corpus.set_label(row["resume_id"], row["gig_id"], row["label"])
            if row.get("note"):
                notes[f"{row['resume_id']}|{row['gig_id']}"] = row["note"]
        problems, problem_issues = wsschema.check_problems(self._tolerant(lambda: self._json("problems.json", []),
                                                                          [], issues))
        audit, audit_issues = wsschema.check_audit(self._tolerant(lambda: self._json("audit.json", wsschema.ABSENT),
                                                                  wsschema.ABSENT, issues))
        models = wsschema.check_models(meta.get("models", []), issues)
        options = wsschema.check_options(meta.get("options", {}), issues)
        view = wsschema.check_view(meta.get("view", {}), issues)
        return State(corpus, models, options, notes, problems, view, audit,
                     issues + doc_issues + label_issues + problem_issues + audit_issues + req_issues, reqs)

    def audit(self) -> dict | None:
        """The last fairness audit kept here (tables as records, and the settings it was computed for), if any."""
        self.check_visible()
        try:
            return wsschema.check_audit(self._json("audit.json", wsschema.ABSENT))[0]
        except WorkspaceError:
            return None

    @staticmethod
    def _tolerant(read, default, issues: list[str]):
        """read(), or the default with the reason among the issues (the rest of the workspace still opens)."""
        try:
            return read()
        except WorkspaceError as exc:
            issues.append(f"{exc}; it is left as it is on disk and not changed until it is fixed")
            return default

    def _json(self, name: str, default):
        """A file's JSON, or WorkspaceError naming the file and why it cannot be read."""
        path = self.folder / name
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return default
        except (OSError, UnicodeDecodeError) as exc:
            raise WorkspaceError(f"{name} cannot be read: {in_words(exc)}") from None
        try:
            return json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise WorkspaceError(f"{name} cannot be read: {in_words(exc)}") from None

    def _read_meta(self) -> dict:
        meta = self._json("workspace.json", {})
        if not isinstance(meta, dict):
            raise WorkspaceError(f"workspace.json should be an object (format, models, options, view), found "
                                 f"{wsschema.describe(meta)}")
        return meta

    def _read_documents(self) -> tuple[list[Document], list[str], list[str]]:
        """(documents, lines that are not used, why): a bad or repeated line is named and kept in the file."""
        path = self.folder / "documents.jsonl"
        try:
            lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        except (OSError, UnicodeDecodeError) as exc:
            raise WorkspaceError(f"documents.jsonl cannot be read: {in_words(exc)}") from None
        docs, kept, issues, seen = [], [], [], set()
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            doc, why = wsschema.check_document(line, n)
            if doc is not None and doc.id in seen:
                doc, why = None, why + [f"documents.jsonl, line {n}: the id {doc.id!r} is already used by an earlier "
                                        "line; this line is kept in the file but not used"]
            issues += why
            if doc is None:
                kept.append(line)
            else:
                seen.add(doc.id)
                docs.append(doc)
        return docs, kept, issues

    def _read_labels(self) -> tuple[list[dict], list, list[str]]:
        """(labelled pairs, rows that are not used but kept in the file, why)."""
        rows = self._json("labels.json", [])
        if not isinstance(rows, list):
            raise WorkspaceError(f"labels.json should be a list of labelled pairs, found {wsschema.describe(rows)}")
        return wsschema.check_labels(rows)

    # writing -----------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time across threads, tabs and processes (an advisory file lock, and a thread lock where
        there are no file locks). Re-entrant within a thread: a change made of smaller ones holds it throughout,
        so every read-modify-write reads and writes under the one lock."""
        key = os.path.abspath(self.folder)
        held = _HELD.__dict__.setdefault("folders", {})
        if held.get(key):
            held[key] += 1
            try:
                yield
            finally:
                held[key] -= 1
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fh = open(self.folder / ".lock", "a+")
        except OSError as exc:
            raise WorkspaceError(f"{self.folder} cannot be written: {in_words(exc)}") from None
        with _thread_lock(key), fh:
            try:
                import fcntl

                fcntl.flock(fh, fcntl.LOCK_EX)
            except (ImportError, OSError):
                pass  # no POSIX locks here: the thread lock holds within this process, atomic renames keep files whole
            self.check_visible()  # under the lock: a change never lands in a workspace made private meanwhile
            held[key] = 1
            try:
                yield
            finally:
                held.pop(key, None)

    def _write(self, name: str, content: str) -> None:
        tmp = self.folder / f".{name}.{os.getpid()}.{threading.get_ident()}.{time.monotonic_ns()}.tmp"
        try:
            tmp.write_text(content, encoding="utf-8")
            tmp.replace(self.folder / name)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise WorkspaceError(f"{name} cannot be written: {in_words(exc)}") from None

    def _update_meta(self, **changes) -> None:
        """Read-modify-write of workspace.json under the lock: only the named fields change."""
        with self._locked():
            meta = {"format": FORMAT_VERSION, "models": [], "options": _options_dict(Options()), "view": {},
                    **(self._read_meta() if self.exists() else {})}
            meta.update({k: (v(meta) if callable(v) else v) for k, v in changes.items()}, format=FORMAT_VERSION)
            self._write("workspace.json", json.dumps(meta, indent=2, ensure_ascii=False, default=_plain))

    def create(self, models: Iterable[str] = (), options: Options | None = None) -> "Workspace":
        """Make an empty workspace (no-op if it exists)."""
        with self._locked():
            if not self.exists():  # made by a browser of a shared dashboard: it records who (see Sharing)
                owner = {"owner": self.viewer.owner} if self.viewer.browser and self.viewer.owner else {}
                self._update_meta(models=list(models), options=_options_dict(options or Options()), **owner)
        return self

    def save(self, state: State) -> "Workspace":
        """Replace the whole content (an imported workspace, the library's ``save``): every file, one lock."""
        with self._locked():
            self._write_content(state.corpus, state.notes, state.problems, state.audit)
            reqs = {**state.requirements, **{d.id: d.meta[REQUIREMENTS] for d in state.corpus.gigs
                                             if (d.meta or {}).get(REQUIREMENTS)}}
            self._write("requirements.json", json.dumps(reqs, indent=1, ensure_ascii=False, default=_plain))
            meta = {"format": FORMAT_VERSION, "models": list(state.models), "options": _options_dict(state.options),
                    "view": dict(state.view), **self._sharing_fields()}
            self._write("workspace.json", json.dumps(meta, indent=2, ensure_ascii=False, default=_plain))
        return self

    def _sharing_fields(self) -> dict:
        """workspace.json's owner and private fields as they are on disk (a new content keeps who may see it)."""
        try:
            meta = self._read_meta() if self.exists() else {}
        except WorkspaceError:
            return {}
        return {k: meta[k] for k in ("owner", "private") if k in meta}

    def replace_content(self, corpus: Corpus, notes: dict | None = None, problems: Iterable[Problem] = ()) -> None:
        """New documents, labels, notes and problems (the sample data, 'clear everything'); the last audit goes
        with the documents it was computed on. Models, settings and views stay as they are on disk."""
        with self._locked():
            self._write_content(corpus, notes or {}, list(problems), None)
            self.create()

    def _write_content(self, corpus: Corpus, notes: dict, problems: list[Problem], audit: dict | None) -> None:
        self._write("documents.jsonl", _docs_jsonl(corpus.documents))
        self._write("labels.json", _labels_json(corpus.labels, notes))
        self._write("problems.json", _problems_json(problems))
        self._write_audit(audit)

    def add_documents(self, docs: Iterable[Document], problems: Iterable[Problem] = ()) -> list[Document]:
        """Append new documents (exact duplicates skipped) and the problems named while reading them."""
        with self._locked():
            old, kept, _ = self._read_documents()
            corpus = Corpus(old)
            added = corpus.add(docs)
            if added:
                self._write("documents.jsonl", _docs_jsonl(corpus.documents, kept))
            problems = list(problems)
            if problems:
                self._write("problems.json", _problems_json(self._old_problems() + problems))
            self.create()
        return added

    def _old_problems(self) -> list[Problem]:
        """The problems named so far; an unreadable problems.json is set aside (renamed, never lost)."""
        try:
            return wsschema.check_problems(self._json("problems.json", []))[0]
        except WorkspaceError:
            aside = self.folder / f"problems.json.unreadable-{time.strftime('%Y%m%d-%H%M%S')}"
            with contextlib.suppress(OSError):
                (self.folder / "problems.json").replace(aside)
            return []

    def remove_documents(self, ids: Iterable[str]) -> None:
        drop = set(ids)
        with self._locked():
            docs, kept, _ = self._read_documents()
            self._write("documents.jsonl", _docs_jsonl([d for d in docs if d.id not in drop], kept))
            rows, bad, _ = self._read_labels()
            self._write_labels([r for r in rows if r["resume_id"] not in drop and r["gig_id"] not in drop], bad)

    def relabel(self, ids: Iterable[str], kind: str) -> None:
        change = set(ids)
        with self._locked():
            docs, kept, _ = self._read_documents()
            self._write("documents.jsonl", _docs_jsonl([d.with_kind(kind) if d.id in change else d for d in docs], kept))

    def set_label(self, resume_id: str, gig_id: str, label: str | None, note: str | None = None) -> None:
        """Label one pair (None removes it); only this pair's row changes, so concurrent writers keep theirs."""
        with self._locked():
            rows, bad, _ = self._read_labels()
            rows = [r for r in rows if (r["resume_id"], r["gig_id"]) != (resume_id, gig_id)]
            if label is not None:
                rows.append({"resume_id": resume_id, "gig_id": gig_id, "label": label, "note": note or "",
                             "time": time.time()})
            self._write_labels(rows, bad)

    def set_labels(self, labels: dict) -> None:
        """Many labels at once (a labels file): one read-modify-write; pairs not named keep theirs."""
        with self._locked():
            rows, bad, _ = self._read_labels()
            keep = [r for r in rows if (r["resume_id"], r["gig_id"]) not in labels]
            now = time.time()
            new = [{"resume_id": r, "gig_id": g, "label": lab, "note": "", "time": now} for (r, g), lab in labels.items()]
            self._write_labels(keep + new, bad)

    def _write_labels(self, rows: list[dict], unused: list) -> None:
        """The labelled pairs, and after them the rows that could not be used, as they were (nothing lost)."""
        self._write("labels.json", json.dumps(rows + unused, ensure_ascii=False, default=_plain))

    def clear_problems(self) -> None:
        with self._locked():
            self._write("problems.json", "[]")

    def set_models(self, models: list[str]) -> None:
        self._update_meta(models=list(dict.fromkeys(models)))

    def set_options(self, options: Options) -> None:
        self._update_meta(options=_options_dict(options))

    def set_view(self, key: str, value) -> None:
        """One view setting: read, changed and written under the lock, so writers of other keys keep theirs."""
        self.set_views({key: value})

    def set_views(self, changes: dict) -> None:
        """Several view settings in one read-modify-write (the others stay as they are on disk)."""
        def merged(meta: dict) -> dict:
            view = meta.get("view")
            return {**(view if isinstance(view, dict) else {}), **changes}

        self._update_meta(view=merged)

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

    def set_requirements(self, gig_id: str, rows: list[dict] | None) -> None:
        """A gig's edited requirements (rows of Requirement.row(); None or [] goes back to matchlens' own split). Only
        this gig's entry changes; a requirements.json that cannot be read is never overwritten (the change is
        refused, with the reason)."""
        with self._locked():
            raw = self._json("requirements.json", {})
            if not isinstance(raw, dict):
                raise WorkspaceError(f"requirements.json should be an object (a gig's id -> its requirements), found "
                                     f"{wsschema.describe(raw)}; fix or delete it to save requirements")
            if rows:
                raw[gig_id] = list(rows)
            else:
                raw.pop(gig_id, None)
            self._write("requirements.json", json.dumps(raw, indent=1, ensure_ascii=False, default=_plain))
            self.create()

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
                raise WorkspaceError(f"{target.name} of the ranking set cannot be written: {in_words(exc)}") from None

    def ranking_files(self) -> dict[str, Path]:
        """The ranking set's files present in this workspace, by part."""
        self.check_visible()
        return {part: f for part in RANKING_PARTS if (f := self.folder / "ranking" / f"{part}.csv").exists()}

    def delete(self) -> None:
        """Remove the workspace and everything in it (PrivateWorkspace when its viewer may not see it)."""
        self.check_visible()
        shutil.rmtree(self.folder, ignore_errors=True)


def _plain(value):
    """numpy numbers and other values json cannot write, as plain ones."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


def _docs_jsonl(docs: Iterable[Document], unused: Iterable[str] = ()) -> str:
    """One document per line, then the lines that could not be used, as they were (nothing lost)."""
    return "".join([json.dumps({"id": d.id, "name": d.name, "kind": d.kind, "text": d.text, "lang": d.lang,
                                "source": d.source, "meta": {k: v for k, v in d.meta.items() if k != REQUIREMENTS}},
                               ensure_ascii=False, default=str) + "\n"
                    for d in docs] + [line + "\n" for line in unused])


def with_requirements(docs: list[Document], reqs: dict[str, list[dict]]) -> list[Document]:
    """The documents with each gig carrying its edited requirements (requirements.json), and only those: a
    hand-written meta field of that name in documents.jsonl is not read as edits."""
    from dataclasses import replace

    out = []
    for d in docs:
        meta = {k: v for k, v in d.meta.items() if k != REQUIREMENTS}
        if d.kind == "gig" and reqs.get(d.id):
            meta[REQUIREMENTS] = reqs[d.id]
        out.append(replace(d, meta=meta) if meta != d.meta else d)
    return out


def _labels_json(labels: dict, notes: dict) -> str:
    return json.dumps([{"resume_id": r, "gig_id": g, "label": lab, "note": (notes or {}).get(f"{r}|{g}", "")}
                       for (r, g), lab in labels.items()], ensure_ascii=False)


def _problems_json(problems: Iterable[Problem]) -> str:
    return json.dumps([asdict(p) for p in problems], ensure_ascii=False)


def _options_dict(options: Options) -> dict:
    return {"preprocessing": options.preprocessing, "chunking": asdict(options.chunking), "blind": options.blind,
            "gig_fields": options.gig_fields, "title_weight": options.title_weight, "hubness": options.hubness,
            "pinned": sorted(options.pinned)}


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
