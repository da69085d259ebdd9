"""``matchlens train --config FILE.json``: run a recipe and print the before/after table."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("train", help="train a matcher from a JSON config (see configs/train/)")
    p.add_argument("--config", required=True)
    p.add_argument("--max-steps", type=int, default=None, help="override the config (quick trials)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_train)


def cmd_train(args) -> int:
    from dataclasses import replace

    from matchlens.training import TrainConfig, train

    if _recipe(args.config) == "jobs_lora":
        return _train_jobs(args)
    cfg = TrainConfig.from_json(args.config)
    if args.max_steps is not None:
        cfg = replace(cfg, max_steps=args.max_steps)

    def report(row: dict) -> None:
        if "loss" in row or "eval_loss" in row or "message" in row:
            msg = row.get("message") or " ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                                                 for k, v in row.items() if k in ("step", "loss", "eval_loss", "epoch"))
            print(f"[matchlens] {cfg.name}: {msg}", file=sys.stderr)

    result = train(cfg, report)
    table = {"tfidf": result.baseline, f"base ({cfg.base_model})": result.before, f"trained ({cfg.name})": result.after}
    if args.json:
        print(json.dumps({k: {m: v[m] for m in ("roc_auc", "average_precision", "f1", "mse", "roc_auc_ci") if m in v}
                          for k, v in table.items()}, indent=2, default=float))
    else:
        from matchlens.cli.output import print_table
        from matchlens.views.formatting import ci, metric_label, number

        rows = [[k, number(v.get("roc_auc")), ci(*v.get("roc_auc_ci", (None, None))), number(v.get("average_precision")),
                 number(v.get("mse"))] for k, v in table.items()]
        print_table(["model", *(metric_label(k) for k in ("roc_auc", "roc_auc_ci", "average_precision", "mse"))], rows)
    print(f"[matchlens] saved {result.output_dir} in {result.seconds:.0f}s; it is now in `matchlens models`",
          file=sys.stderr)
    return 0


def _recipe(path: str) -> str | None:
    try:
        return json.loads(open(path, encoding="utf-8").read()).get("recipe")
    except (OSError, ValueError, AttributeError):
        return None  # TrainConfig.from_json reports it


def _train_jobs(args) -> int:
    """The job-domain LoRA recipe (public ESCO/O*NET data from ../shared, or MATCHLENS_SHARED)."""
    from dataclasses import replace

    from matchlens.training.jobs import JobsConfig, train_jobs

    cfg = JobsConfig.from_json(args.config)
    if args.max_steps is not None:
        cfg = replace(cfg, max_steps=args.max_steps)

    def report(row: dict) -> None:
        if "loss" in row:
            print(f"[matchlens] {cfg.name}: step {row['step']}/{row['max_steps']} loss={row['loss']:.4g}",
                  file=sys.stderr, flush=True)

    info = train_jobs(cfg, report)
    print(json.dumps(info, indent=2) if args.json else
          f"adapter written to {info['output_dir']} ({info['train_triples']} triples from "
          f"{info['train_occupations']} occupations; {info['dev_occupations']} held back) in {info['seconds']} s")
    return 0
