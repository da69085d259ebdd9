"""The occupations embedded once per model and ESCO version, kept on disk, so no page re-encodes 3,039 occupations.

Each occupation is read twice, as its French card and as its English one (label and description); a document's
score for it is the better of the two, so an English or Korean CV meets the occupation in the language it is
closest to. The file is keyed by the model's identity, its prompt, the card recipe and the ESCO files' sha256
(``INDEX_VERSION`` changes when the recipe does); a file that does not check out is rebuilt, never used.
Models fitted on a corpus (TF-IDF, BM25) are fitted on the cards and kept in memory only.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matchlens import settings
from matchlens.encoders import registry
from matchlens.encoders.base import Encoder, ModelUnavailable, check_vectors
from matchlens.encoders.bundled import JOBS_NAME
from matchlens.occupations.esco import Occupation, checksum, esco_dir, read_occupations

DEFAULT_MODEL = JOBS_NAME   # the job model: tuned on ESCO titles and cards in French and English
INDEX_VERSION = 1           # bump when the cards or how they are encoded change
SIDE = "gig"                # an occupation is read like a gig (e5: "passage: ")
log = logging.getLogger("matchlens")
_LOCK = threading.Lock()
_LOADED: dict[str, "OccupationIndex"] = {}   # cache key -> index, in this process (at most _KEEP)
_KEEP = 3


@dataclass
class OccupationIndex:
    """Occupations and their vectors (French and English cards) under one model, with the encoder that made them."""

    model: str
    occupations: list[Occupation]
    fr: object              # (n, d) float32, or a sparse matrix for a fitted model
    en: object
    encoder: Encoder
    key: str = ""

    def scores(self, vectors) -> np.ndarray:
        """(documents, occupations): each document's cosine to the closer of an occupation's two cards."""
        return np.maximum(_dot(vectors, self.fr), _dot(vectors, self.en))


def _dot(a, b) -> np.ndarray:
    out = a @ b.T
    return np.asarray(out.toarray() if hasattr(out, "toarray") else out, dtype=np.float32)


def _encoder(model: str, encoder: Encoder | None) -> Encoder:
    enc = encoder if encoder is not None else registry.create(model)
    if not isinstance(enc, Encoder):
        raise ModelUnavailable(f"{model} scores pairs and gives no vectors: the occupations view needs a model that "
                               f"embeds texts (the job model, {DEFAULT_MODEL}, by default)")
    return enc


def cache_key(enc: Encoder, data_sha: str) -> str:
    """The index file's key: model identity and prompt, card recipe version, ESCO data checksum."""
    payload = {"v": INDEX_VERSION, "model": enc.identity(), "prompt": enc.prompt(SIDE), "data": data_sha}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def cache_path(key: str) -> Path:
    return settings.home() / "cache" / "occupations" / f"occupations-v{INDEX_VERSION}-{key[:24]}.npz"


def load_index(model: str | None = None, folder: Path | None = None, encoder: Encoder | None = None,
               progress=None) -> OccupationIndex:
    """The occupations under ``model`` (the job model by default): from this process, else from disk, else encoded
    (and saved)."""
    model = model or DEFAULT_MODEL
    folder = folder or esco_dir()
    sha = checksum(folder)
    enc = _encoder(model, encoder)
    fitted = enc.needs_fit or not enc.cacheable
    key = cache_key(enc, sha) if not fitted else f"fit:{enc.name}:{sha}"
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
    occs = read_occupations(folder)
    index = _fitted(model, occs, enc, progress) if fitted else _stored(model, occs, enc, key, progress)
    with _LOCK:
        _LOADED[key] = index
        while len(_LOADED) > _KEEP:
            _LOADED.pop(next(iter(_LOADED)))
    return index


def loads_at_once(model: str | None = None, folder: Path | None = None, encoder: Encoder | None = None) -> bool:
    """:func:`load_index` would encode nothing: the index is in this process, or on disk for this model and ESCO data
    (read in milliseconds; encoding the occupations takes about a minute on 2 cores)."""
    model = model or DEFAULT_MODEL
    sha = checksum(folder or esco_dir())
    enc = _encoder(model, encoder)
    if enc.needs_fit or not enc.cacheable:
        key = f"fit:{enc.name}:{sha}"
        with _LOCK:
            return key in _LOADED
    key = cache_key(enc, sha)
    with _LOCK:
        if key in _LOADED:
            return True
    return cache_path(key).is_file()


def _fitted(model: str, occs: list[Occupation], enc: Encoder, progress) -> OccupationIndex:
    """A corpus-fitted model (TF-IDF, BM25): fitted on every card, then each language's cards encoded."""
    fr, en = [o.card_fr for o in occs], [o.card_en for o in occs]
    enc = enc.fit(fr + en)
    return OccupationIndex(model, occs, _encode(enc, fr, progress), _encode(enc, en, progress), enc)


def _encode(enc: Encoder, texts: list[str], progress):
    return check_vectors(enc.name, enc.encode(texts, side=SIDE, progress=progress), len(texts))


def _stored(model: str, occs: list[Occupation], enc: Encoder, key: str, progress) -> OccupationIndex:
    path = cache_path(key)
    uris = [o.uri for o in occs]
    found = _read(path, uris)
    if found is None:
        found = _encode(enc, [o.card_fr for o in occs], progress), _encode(enc, [o.card_en for o in occs], progress)
        _write(path, uris, *found)
    return OccupationIndex(model, occs, found[0], found[1], enc, key)


def _read(path: Path, uris: list[str]):
    """(fr, en) vectors from the file when it is there and matches these occupations; else None."""
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as z:
            fr, en, stored = z["fr"], z["en"], z["uris"]
        if list(stored) == uris and fr.shape == en.shape and fr.shape[0] == len(uris) and np.isfinite(fr).all() \
                and np.isfinite(en).all():
            return fr.astype(np.float32), en.astype(np.float32)
    except (OSError, ValueError, KeyError, EOFError) as exc:
        log.warning("occupation index %s unreadable (%s): rebuilt", path, exc)
    return None


def _write(path: Path, uris: list[str], fr, en) -> None:
    """Saved atomically (a temporary file renamed); a read-only disk only costs the next run the encoding."""
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(tmp, fr=np.asarray(fr, np.float32), en=np.asarray(en, np.float32), uris=np.asarray(uris))
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("occupation index not saved to %s (%s): it will be encoded again next time", path, exc)
        tmp.unlink(missing_ok=True)
