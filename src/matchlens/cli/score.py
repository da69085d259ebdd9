"""`matchlens models`, `score` and `embed`: list models, score resumes against gigs, embed documents."""
from __future__ import annotations

import argparse
import json
import sys

from matchlens.cli.output import EXIT_FAIL, EXIT_OK, print_problems, print_table
from matchlens.views.formatting import metric_label, number, shorten_all


def _progress_reporter(enabled: bool):
    """tqdm bars on stderr, one per (model, stage)."""
    if not enabled:
        return None
    if not sys.stderr.isatty():
        return _plain_reporter()
    from tqdm import tqdm

    bars: dict[tuple[str, str], tqdm] = {}

    def report(model: str, stage: str, done: int, total: int) -> None:
        if stage in ("loading", "done"):
            for key in [k for k in bars if k[0] == model]:
                bars.pop(key).close()
            if stage == "loading":
                print(f"[matchlens] {model}: loading", file=sys.stderr)
            return
        key = (model, stage)
        if key not in bars:
            bars[key] = tqdm(total=total, desc=f"{model} {stage}", file=sys.stderr, leave=False, unit="text")
        bar = bars[key]
        bar.total = total
        bar.n = done
        bar.refresh()

    return report


def _plain_reporter(every: float = 10.0):
    """Progress as plain lines when stderr is a log or a pipe (bars would write cursor codes there): a stage's
    first line, then at most one every ``every`` seconds, and its last."""
    import time

    last: dict[tuple[str, str], float] = {}

    def report(model: str, stage: str, done: int, total: int) -> None:
        if stage in ("loading", "done"):
            if stage == "loading":
                print(f"[matchlens] {model}: loading", file=sys.stderr)
            return
        now, key = time.monotonic(), (model, stage)
        if key not in last or done >= total or now - last[key] >= every:
            last[key] = now
            print(f"[matchlens] {model} {stage}: {done}/{total}", file=sys.stderr)

    return report


def cmd_models(args) -> int:
    from matchlens.encoders import available, default_names, model_kind

    infos, chosen = available(), default_names()
    if args.json:
        print(json.dumps([{**i.as_dict(), "default": i.name in chosen, "defaults": model_defaults(i.name, i.kind)}
                          for i in infos], indent=2, ensure_ascii=False))
        return EXIT_OK
    rows = [(i.name, "yes" if i.name in chosen else "", i.kind, i.languages, str(i.dim or "-"),
             str(i.max_tokens or "-"), "yes" if i.offline_ready else "no", model_defaults(i.name, i.kind),
             i.status or (i.description if model_kind(i.name) != "single" else "")) for i in infos]
    print_table(["name", "default", "kind", "languages", "dim", "max tokens", "offline-ready", "defaults", "note"],
                rows)
    print("default: compared by a new workspace in the app (MATCHLENS_MODELS overrides).")
    print("defaults: chunk aggregation; gig fields and title weight; hubness reduction; tokens (lexical models). hybrid: and rerank: "
          "models score with their parts' defaults.")
    return EXIT_OK


def model_defaults(name: str, kind: str) -> str:
    """A model's scoring defaults in one cell: the global Options with its family's overrides (registry)."""
    from matchlens.encoders.registry import family_defaults
    from matchlens.options import Options

    base = Options()
    d = family_defaults(name, kind, {"aggregation": base.chunking.aggregation, "gig_fields": base.gig_fields,
                                     "title_weight": base.title_weight, "hubness": base.hubness})
    fields = d["gig_fields"] + (f" {d['title_weight']:g}" if d["gig_fields"] == "title+body" else "")
    hub = [f"hubness {d['hubness']}"] if d["hubness"] != "none" else []
    return "; ".join([d["aggregation"], fields] + hub + ([d["tokens"]] if "tokens" in d else []))


def reading_options(args):
    """Options from the flags of add_reading_args (a warning when blind scoring is off)."""
    if args.no_blind:
        print("[matchlens] warning: blind scoring is OFF: models read candidates' names, contact details, address "
              "and age", file=sys.stderr)
    return scoring_options(args, preprocessing=args.sections and "sections" or "full", blind=not args.no_blind)


def _limits(args):
    from matchlens.ingest import Limits

    return Limits(max_file_mb=args.max_file_mb, max_pages=args.max_pages, max_chars=args.max_chars,
                  max_documents=args.max_documents, parse_seconds=args.parse_seconds)


def load_inputs(args, verb: str = "score"):
    """The corpus of the command's resumes and gigs, problems named on stderr; None when nothing can be done. Each
    file is read in a worker process with a hard timeout (ingest.isolated), as the app's uploads are."""
    from matchlens.ingest.isolated import load_corpus_with_problems

    corpus, problems = load_corpus_with_problems(args.resumes, args.gigs, text_col=args.text_col,
                                                 limits=_limits(args))
    print_problems(problems)
    if not corpus.resumes or not corpus.gigs:
        print(f"[matchlens] error: nothing to {verb} (need at least one resume and one gig)", file=sys.stderr)
        return None
    print(f"[matchlens] {len(corpus.resumes)} resumes x {len(corpus.gigs)} gigs", file=sys.stderr)
    return corpus


MODEL_HELP = ("model name (repeatable); without -m, the app's defaults (`matchlens models` marks them; MATCHLENS_MODELS "
              "overrides): tfidf, use-multilingual and jobs-hybrid, the best on real job ads")


def default_models() -> list[str]:
    """The models a command compares when the user names none: the app's (MATCHLENS_MODELS, else the registry's)."""
    from matchlens import settings
    from matchlens.encoders import default_names

    return list(settings.current().models) or default_names()


def add_corpus_args(p, labels: str | None = None) -> None:
    """RESUMES GIGS -m MODEL... [--labels] --quiet and the common options: what every corpus command takes."""
    p.add_argument("resumes", help="resume files, folders or tables")
    p.add_argument("gigs", help="gig files, folders or tables")
    p.add_argument("--model", "-m", action="append", default=None, help=MODEL_HELP)
    p.set_defaults(default_models=True)
    if labels:
        p.add_argument("--labels", required=labels == "required",
                       help="CSV with resume, gig, label (fit/partial/no or 1/0.5/0)")
    p.add_argument("--quiet", "-q", action="store_true")
    _add_common(p)


def compare_inputs(args, verb: str, cache=None):
    """Load the command's corpus (and labels), score it with its models, name every problem and failed model on
    stderr; (corpus, comparison), or None when there is nothing to show."""
    from matchlens.ingest.corpus import apply_labels_file
    from matchlens.scoring.matching import compare

    corpus = load_inputs(args, verb)
    if corpus is None:
        return None
    for p in apply_labels_file(corpus, args.labels) if getattr(args, "labels", None) else []:
        print(f"[matchlens] warning: {p}", file=sys.stderr)
    comp = compare(corpus, args.model, reading_options(args), cache=cache, report=_progress_reporter(not args.quiet))
    for err in comp.errors.values():
        print(f"[matchlens] model failed: {err}", file=sys.stderr)
    return (corpus, comp) if comp.results else None


def cmd_score(args) -> int:
    from matchlens.scoring.cache import EmbeddingCache, NullCache
    from matchlens.scoring.matching import compare

    corpus = load_inputs(args)
    if corpus is None:
        return EXIT_FAIL
    cache = NullCache() if args.no_cache else EmbeddingCache()
    result = compare(corpus, args.model, reading_options(args), cache=cache,
                     report=_progress_reporter(not args.quiet))
    for warning in result.warnings:
        print(f"[matchlens] warning: {warning}", file=sys.stderr)
    for name, err in result.errors.items():
        print(f"[matchlens] model failed: {err}", file=sys.stderr)
    for name, res in result.results.items():
        src = "all from cache" if res.encoded == 0 else f"{res.encoded} texts encoded"
        print(f"[matchlens] {name}: {res.seconds:.1f}s ({src})", file=sys.stderr)
    if not result.results:
        return EXIT_FAIL
    from matchlens.views.analysis import hub_sentences, hubs, no_good_match

    for line in hub_sentences(hubs(result), len(result.gigs)):
        print(f"[matchlens] hub: {line}", file=sys.stderr)
    weak = no_good_match(result)
    for gig, rows in weak.groupby("gig", sort=False):
        print(f"[matchlens] no credible match for '{gig}' under {', '.join(rows.model)} (its best resume scores "
              f"like an ordinary non-match)", file=sys.stderr)
    from matchlens.views.mobility import CLI_CHOICES, scores_table

    table = scores_table(result, top_k=args.top_k, per=args.per, mobility=CLI_CHOICES[args.mobility])
    cols = ["resume", "gig", "model", "score", "rank", "rank_for_resume", "percentile", "z", "location"]
    table = table[cols + (["mobility"] if "mobility" in table else [])]
    if args.out:
        from matchlens.views.export import write_table

        out = write_table(table, args.out)
        print(f"[matchlens] wrote {len(table)} rows to {out}", file=sys.stderr)
    if args.json:
        print(table.to_json(orient="records", force_ascii=False, indent=1))
    elif not args.out:
        rank_col = "rank" if args.per == "gig" else "rank_for_resume"  # rank within what --per groups by
        resumes = dict(zip(table.resume.unique(), shorten_all(list(table.resume.unique()))))
        gigs = dict(zip(table.gig.unique(), shorten_all(list(table.gig.unique()))))
        extra = [c for c in ("location", "mobility") if c in table]
        print_table([metric_label(c) for c in (*cols[:4], rank_col, *extra)],
                    [(resumes[r.resume], gigs[r.gig], r.model, number(r.score), str(getattr(r, rank_col)),
                      *(getattr(r, c) for c in extra)) for r in table.itertuples()])
    return EXIT_OK


def cmd_embed(args) -> int:
    import pandas as pd

    from matchlens.scoring.cache import EmbeddingCache
    from matchlens.ingest.isolated import load_corpus_with_problems
    from matchlens.scoring.texts import model_texts
    from matchlens.scoring.embedding import embed_texts
    from matchlens.encoders import create

    corpus, problems = load_corpus_with_problems(args.input, [], text_col=args.text_col, limits=_limits(args))
    if args.kind == "gig":
        for d in corpus.documents:
            corpus.relabel(d.id, "gig")
    print_problems(problems)
    docs = corpus.documents
    if not docs:
        print("[matchlens] error: no document loaded", file=sys.stderr)
        return EXIT_FAIL
    options = reading_options(args)
    texts = model_texts(docs, options)
    if args.engine == "ray":
        from matchlens.cli.scale import embed_on_ray

        return embed_on_ray(args, docs, texts, options.chunking)
    enc = create(args.model)
    enc.load()
    if enc.needs_fit:
        enc = enc.fit(texts)
    emb = embed_texts(enc, texts, args.kind, options.chunking, EmbeddingCache())
    vecs = emb.doc_vectors.toarray() if hasattr(emb.doc_vectors, "toarray") else emb.doc_vectors
    df = pd.DataFrame({"id": [d.id for d in docs], "name": [d.name for d in docs],
                       "kind": [d.kind for d in docs], "lang": [d.lang for d in docs],
                       "model": enc.name, "n_tokens": emb.n_tokens,
                       "embedding": [v.astype("float32").tolist() for v in vecs]})
    df.to_parquet(args.out, index=False)
    print(f"[matchlens] wrote {len(df)} embeddings ({vecs.shape[1]}-d) to {args.out}", file=sys.stderr)
    return EXIT_OK


def add_scoring_args(p: argparse.ArgumentParser) -> None:
    """How long documents and job-posting fields are read: the same flags for score and evaluate."""
    from matchlens.options import AGGREGATIONS, FIELD_MODES, HUBNESS, Options
    from matchlens.scoring.hubness import METHODS as HUBNESS_METHODS

    p.add_argument("--aggregation", choices=list(AGGREGATIONS), default=None,
                   help="long documents: mean of chunks, best chunk pair, first window only (truncation), or mean "
                        "of the 2 or 3 best chunk pairs (default: the model's own, see `matchlens models`)")
    p.add_argument("--hubness", choices=list(HUBNESS), default=None,
                   help="hubness reduction of the score matrix: " + "; ".join(f"{k} = {v}" for k, v in
                                                                          HUBNESS_METHODS.items()) +
                        " (default: the model's own, see `matchlens models`)")
    p.add_argument("--fields", choices=list(FIELD_MODES), default=Options().gig_fields,
                   help="gigs: " + "; ".join(f"{k} = {v}" for k, v in FIELD_MODES.items()))
    p.add_argument("--title-weight", type=float, default=Options().title_weight,
                   help="share of the gig title's score with --fields title+body (0-1)")


def scoring_options(args, **kw):
    """Options from the flags of add_scoring_args."""
    from matchlens.options import ChunkSettings, Options, with_values

    base = Options(chunking=ChunkSettings(overlap=getattr(args, "overlap", 32)), gig_fields=args.fields,
                   title_weight=args.title_weight, **kw)
    given = {"aggregation": args.aggregation, "hubness": getattr(args, "hubness", None)}
    return with_values(base, {k: v for k, v in given.items() if v is not None}, pin=True)  # the user's choice


def add_reading_args(p: argparse.ArgumentParser) -> None:
    """What the models read and how it is scored (the app's Options): the same flags for score, embed, evaluate."""
    p.add_argument("--sections", action="store_true",
                   help="embed only the experience/education/skills sections of resumes")
    add_scoring_args(p)
    p.add_argument("--overlap", type=int, default=32, help="tokens shared by consecutive chunks")
    p.add_argument("--no-blind", action="store_true",
                   help="let models read names, contact details, address and age (blind scoring is on by default)")


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text-col", help="text column of CSV/XLSX inputs (detected when omitted)")
    add_reading_args(p)
    p.add_argument("--max-file-mb", type=float, default=25.0, help="refuse files larger than this")
    p.add_argument("--max-pages", type=int, default=200, help="refuse PDFs with more pages")
    p.add_argument("--max-chars", type=int, default=100_000, help="cut longer documents (with a warning)")
    p.add_argument("--max-documents", type=int, default=20_000, help="rows read from one table")
    p.add_argument("--parse-seconds", type=float, default=30.0,
                   help="time budget of reading one file, any format (each is read in a worker process, stopped "
                        "at this budget plus half of it, at least 5 s more: the file is then named, the others load)")


def register(sub) -> None:
    """The commands of this module: models, score, embed."""
    from matchlens.cli.scale import add_engine_args

    p = sub.add_parser("models", help="list the models and whether they run offline")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_models)

    p = sub.add_parser("score", help="score every resume against every gig with one or more models")
    p.add_argument("resumes", nargs="+", help="resume files/folders/tables; the last positional is the gigs")
    p.add_argument("--model", "-m", action="append", default=None, help=MODEL_HELP)
    p.set_defaults(default_models=True)
    p.add_argument("--top-k", type=int, default=None, help="keep the k best per gig (or per resume)")
    p.add_argument("--per", choices=["gig", "resume"], default="gig")
    p.add_argument("--out", help="write the table to FILE.csv or FILE.parquet")
    p.add_argument("--json", action="store_true")
    p.add_argument("--mobility", choices=["any", "departement", "region"], default="any",
                   help="flag candidates who live outside the gig's département or region (a 'mobility' column; "
                        "no row dropped, no score changed). Location is a separate criterion: residence is a "
                        "protected ground in French law and blind scoring hides it from every model")
    p.add_argument("--no-cache", action="store_true")
    p.add_argument("--quiet", "-q", action="store_true")
    _add_common(p)
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("embed", help="embed documents with one model into a parquet file")
    p.add_argument("input", nargs="+")
    p.add_argument("--model", "-m", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--kind", choices=["resume", "gig"], default="resume", help="side (prompts of e5)")
    _add_common(p)
    add_engine_args(p)
    p.set_defaults(func=cmd_embed)
