"""One formatting layer for people: metric names, numbers (3 significant digits), confidence intervals,
and long names shortened so that they stay distinct. Every page and the CLI's tables use it; JSON output keeps
the raw keys and full precision.
"""
from __future__ import annotations

import math
from typing import Sequence

from matchlens.evaluation import metricset

FIELDS = {  # labels of the other keys tables show (counts, score views); metrics are named in metricset.METRICS
    "n_pairs": "Pairs", "n_positive": "Fits", "n_queries": "Queries", "n_skipped": "Skipped", "n_heldout": "Held out",
    "score": "Score", "rank": "Rank", "rank_for_resume": "Rank for resume", "percentile": "Percentile", "z": "z",
}
TIES = "Tied scores are ordered at random: each figure is its exact expectation over those orders."
RANKING_NOTE = ("Ranking set: MRR is the mean of 1 / rank of the first relevant item; hit@k the share of queries "
                "with at least one relevant item in the top k; recall@k the share of each query's relevant items "
                "in the top k (the same as hit@k when every query has one relevant item). " + TIES)


def metric_label(key: str) -> str:
    """'roc_auc' -> 'ROC-AUC', 'ndcg@10' -> 'nDCG@10', 'roc_auc_ci' -> 'ROC-AUC 95% CI'."""
    if key.endswith("_ci"):
        return f"{metric_label(key[:-3])} 95% CI"
    found = metricset.find(key)
    return found[0].title(found[1]) if found else FIELDS.get(key, key)


def metric_help(key: str) -> str | None:
    """What a ranking metric key means ('hit@10', 'mrr', 'recall@5_ci'), for hover text; None for other keys."""
    if key.endswith("_ci"):
        inner = metric_help(key[:-3])
        return inner and f"95% bootstrap interval over queries. {inner}"
    found = metricset.find(key)
    if not found or found[0].kind != metricset.RANKING or not found[0].help:
        return None
    return f"{found[0].help.format(k=found[1])} Tied scores are ordered at random: this is its exact expectation."


def sig(x: float, digits: int = 3) -> float:
    """x rounded to ``digits`` significant digits (for tables that stay numeric and sortable)."""
    if x is None or not isinstance(x, (int, float)) or not math.isfinite(x) or x == 0:
        return x
    return round(x, digits - 1 - int(math.floor(math.log10(abs(x)))))


def number(x, digits: int = 3) -> str:
    """'0.863', '12.5', '1,240'; '—' for a missing value; never scientific notation or six decimals."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "—"
    if isinstance(x, int) or (isinstance(x, float) and x.is_integer() and abs(x) >= 100):
        return f"{int(x):,}"
    v = sig(float(x), digits)
    text = f"{v:.{max(0, digits - 1 - int(math.floor(math.log10(abs(v)))))}f}" if v else "0"
    return text.rstrip("0").rstrip(".") if "." in text else text


def ci(lo, hi, digits: int = 3) -> str:
    if lo is None or hi is None or not (math.isfinite(lo) and math.isfinite(hi)):
        return ""
    return f"[{number(lo, digits)}, {number(hi, digits)}]"


def shorten(name: str, n: int = 48) -> str:
    """A long name cut in the middle, so that its start and its distinguishing end both stay."""
    name = " ".join(str(name).split())
    if len(name) <= n:
        return name
    head = (n - 1) * 2 // 3
    return name[:head].rstrip() + "…" + name[-(n - 1 - head):].lstrip()


def shorten_all(names: Sequence[str], n: int = 48) -> list[str]:
    """Shortened names that stay distinct: names that would still collide are numbered."""
    out = [shorten(x, n) for x in names]
    seen: dict[str, int] = {}
    for i, s in enumerate(out):
        if out.count(s) > 1:
            seen[s] = seen.get(s, 0) + 1
            out[i] = f"{shorten(names[i], n - 4)} #{seen[s]}"
    return out


def display_table(df):
    """A copy for people: metric columns named, floats to 3 significant digits, raw keys never shown."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype.kind == "f":
            out[col] = out[col].map(sig)
        elif out[col].map(lambda v: isinstance(v, tuple) and len(v) == 2).all():
            out[col] = out[col].map(lambda v: ci(*v))  # a (low, high) interval
    return out.rename(columns={c: metric_label(c) for c in out.columns if isinstance(c, str)})
