"""Save and reopen a workspace: corpus, labels, notes, chosen models and settings, in one folder.

Embeddings are not stored here: they come back from the embedding cache when the workspace reopens.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from . import settings
from .chunking import ChunkSettings
from .documents import Corpus, Document
from .matching import Options

FORMAT_VERSION = 1


def default_dir(name: str) -> Path:
    safe = "".join(c for c in name if c.isalnum() or c in "-_ ").strip() or "workspace"
    return settings.home() / "workspaces" / safe


def save(folder: str | os.PathLike, corpus: Corpus, models: list[str], options: Options,
         notes: dict | None = None) -> Path:
    """Write the workspace atomically (temp files renamed into place)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    docs = "\n".join(json.dumps({"id": d.id, "name": d.name, "kind": d.kind, "text": d.text, "lang": d.lang,
                                 "source": d.source, "meta": d.meta}, ensure_ascii=False, default=str)
                     for d in corpus.documents)
    labels = [{"resume_id": r, "gig_id": g, "label": lab, "note": (notes or {}).get(f"{r}|{g}", "")}
              for (r, g), lab in corpus.labels.items()]
    meta = {"format": FORMAT_VERSION, "models": list(models),
            "options": {"preprocessing": options.preprocessing, "chunking": asdict(options.chunking)}}
    for name, content in (("documents.jsonl", docs), ("labels.json", json.dumps(labels, ensure_ascii=False)),
                          ("workspace.json", json.dumps(meta, indent=2))):
        tmp = folder / f".{name}.tmp"
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(folder / name)
    return folder


def load(folder: str | os.PathLike) -> tuple[Corpus, list[str], Options, dict]:
    folder = Path(folder)
    if not (folder / "workspace.json").exists():
        raise FileNotFoundError(f"{folder} is not a matchlens workspace (no workspace.json)")
    meta = json.loads((folder / "workspace.json").read_text(encoding="utf-8"))
    corpus = Corpus()
    for line in (folder / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            corpus.documents.append(Document(d["id"], d["name"], d["kind"], d["text"], d.get("lang", "unknown"),
                                             d.get("source", ""), d.get("meta") or {}))
    notes = {}
    for row in json.loads((folder / "labels.json").read_text(encoding="utf-8")):
        corpus.set_label(row["resume_id"], row["gig_id"], row["label"])
        if row.get("note"):
            notes[f"{row['resume_id']}|{row['gig_id']}"] = row["note"]
    opt = meta.get("options", {})
    options = Options(opt.get("preprocessing", "full"), ChunkSettings(**opt.get("chunking", {})))
    return corpus, list(meta.get("models", [])), options, notes


def list_workspaces() -> list[Path]:
    root = settings.home() / "workspaces"
    return sorted(p for p in root.glob("*") if (p / "workspace.json").exists()) if root.exists() else []
