"""The ``matchlens`` command: thin wrappers over the library, tables on stdout, progress on stderr."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from .formatting import metric_label, number, print_table, shorten_all

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _progress_reporter(enabled: bool):
    """tqdm bars on stderr, one per (model, stage)."""
    if not enabled:
        return None
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


def _print_problems(problems) -> None:
    for p in problems:
        tag = "skipped" if p.severity == "error" else "warning"
        print(f"[matchlens] {tag}: {p.name}: {p.reason}", file=sys.stderr)


def cmd_models(args) -> int:
    from .encoders import available

    infos = available()
    if args.json:
        print(json.dumps([i.as_dict() for i in infos], indent=2, ensure_ascii=False))
        return EXIT_OK
    rows = [(i.name, i.kind, i.languages, str(i.dim or "-"), str(i.max_tokens or "-"),
             "yes" if i.offline_ready else "no", i.status) for i in infos]
    print_table(["name", "kind", "languages", "dim", "max tokens", "offline-ready", "note"], rows)
    return EXIT_OK


def _options(args):
    from .chunking import ChunkSettings
    from .matching import Options

    return Options(preprocessing=args.sections and "sections" or "full",
                   chunking=ChunkSettings(aggregation=args.aggregation, overlap=args.overlap))


def _limits(args):
    from .ingest import Limits

    return Limits(max_file_mb=args.max_file_mb, max_pages=args.max_pages, max_chars=args.max_chars,
                  max_documents=args.max_documents, parse_seconds=args.parse_seconds)


def cmd_score(args) -> int:
    from .cache import EmbeddingCache, NullCache
    from .corpus import load_corpus_with_problems
    from .matching import compare

    corpus, problems = load_corpus_with_problems(args.resumes, args.gigs, text_col=args.text_col,
                                                 limits=_limits(args))
    _print_problems(problems)
    if not corpus.resumes or not corpus.gigs:
        print("[matchlens] error: nothing to score (need at least one resume and one gig)", file=sys.stderr)
        return EXIT_FAIL
    print(f"[matchlens] {len(corpus.resumes)} resumes x {len(corpus.gigs)} gigs", file=sys.stderr)
    cache = NullCache() if args.no_cache else EmbeddingCache()
    result = compare(corpus, args.model, _options(args), cache=cache,
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
    table = result.long_table(top_k=args.top_k, per=args.per)
    cols = ["resume", "gig", "model", "score", "rank", "rank_for_resume", "percentile", "z"]
    table = table[cols]
    if args.out:
        from .export import write_table

        out = write_table(table, args.out)
        print(f"[matchlens] wrote {len(table)} rows to {out}", file=sys.stderr)
    if args.json:
        print(table.to_json(orient="records", force_ascii=False, indent=1))
    elif not args.out:
        rank_col = "rank" if args.per == "gig" else "rank_for_resume"  # rank within what --per groups by
        resumes = dict(zip(table.resume.unique(), shorten_all(list(table.resume.unique()))))
        gigs = dict(zip(table.gig.unique(), shorten_all(list(table.gig.unique()))))
        print_table([metric_label(c) for c in (*cols[:4], rank_col)],
                    [(resumes[r.resume], gigs[r.gig], r.model, number(r.score), str(getattr(r, rank_col)))
                     for r in table.itertuples()])
    return EXIT_OK


def cmd_embed(args) -> int:
    import pandas as pd

    from .cache import EmbeddingCache
    from .corpus import load_corpus_with_problems
    from .matching import Options, model_texts
    from .embedding import embed_texts
    from .encoders import create

    corpus, problems = load_corpus_with_problems(args.input, [], text_col=args.text_col, limits=_limits(args))
    if args.kind == "gig":
        for d in corpus.documents:
            corpus.relabel(d.id, "gig")
    _print_problems(problems)
    docs = corpus.documents
    if not docs:
        print("[matchlens] error: no document loaded", file=sys.stderr)
        return EXIT_FAIL
    options = _options(args)
    texts = model_texts(docs, options)
    if args.engine == "ray":
        from .scale_cli import embed_on_ray

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


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text-col", help="text column of CSV/XLSX inputs (detected when omitted)")
    p.add_argument("--sections", action="store_true",
                   help="embed only the experience/education/skills sections of resumes")
    p.add_argument("--aggregation", choices=["mean", "max", "first"], default="mean",
                   help="long documents: mean of chunks, best chunk pair, or first window only (truncation)")
    p.add_argument("--overlap", type=int, default=32, help="tokens shared by consecutive chunks")
    p.add_argument("--max-file-mb", type=float, default=25.0, help="refuse files larger than this")
    p.add_argument("--max-pages", type=int, default=200, help="refuse PDFs with more pages")
    p.add_argument("--max-chars", type=int, default=100_000, help="cut longer documents (with a warning)")
    p.add_argument("--max-documents", type=int, default=20_000, help="rows read from one table")
    p.add_argument("--parse-seconds", type=float, default=30.0, help="time budget of one PDF's text extraction")


def build_parser() -> argparse.ArgumentParser:
    from .scale_cli import add_engine_args

    parser = argparse.ArgumentParser(prog="matchlens", description="Compare how models match resumes to gigs.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("models", help="list the models and whether they run offline")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_models)

    p = sub.add_parser("score", help="score every resume against every gig with one or more models")
    p.add_argument("resumes", nargs="+", help="resume files/folders/tables; the last positional is the gigs")
    p.add_argument("--model", "-m", action="append", required=True, help="model name (repeatable)")
    p.add_argument("--top-k", type=int, default=None, help="keep the k best per gig (or per resume)")
    p.add_argument("--per", choices=["gig", "resume"], default="gig")
    p.add_argument("--out", help="write the table to FILE.csv or FILE.parquet")
    p.add_argument("--json", action="store_true")
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
    _register_extra(sub)
    return parser


def _register_extra(sub) -> None:
    """Subcommands that live in their own modules (evaluation...)."""
    from .evaluation_cli import register as register_evaluate
    from .scale_cli import register as register_topk
    from .training_cli import register as register_train

    register_evaluate(sub)
    register_train(sub)
    register_topk(sub)


def refused_models(names: Sequence[str]) -> list[str]:
    """Model names refused before any work: bad composite specs, unknown parts, unknown names, non-folders.
    A plain hub id that is not available offline still runs as 'reported, the others still score'."""
    from .encoders import check_name

    out = []
    for name in names:
        problem = check_name(name)
        hub_id = "/" in name and ":" not in name and not Path(name).expanduser().exists()
        if problem and not (hub_id and "not available offline" in problem):
            out.append(problem)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from .settings import apply_privacy_defaults

    apply_privacy_defaults()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "score":
        if len(args.resumes) < 2:
            parser.error("score needs RESUMES and GIGS")
        args.gigs = args.resumes[-1]
        args.resumes = args.resumes[:-1]
    chosen = getattr(args, "model", None) or []
    refused = refused_models([chosen] if isinstance(chosen, str) else chosen)
    if refused:
        for sentence in refused:
            print(f"[matchlens] error: {sentence}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the CLI reports, never dumps a traceback on users
        from .encoders import ModelUnavailable

        kind = "model unavailable" if isinstance(exc, ModelUnavailable) else type(exc).__name__
        print(f"[matchlens] error ({kind}): {exc}", file=sys.stderr)
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
