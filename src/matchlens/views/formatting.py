"""One formatting layer for people: metric names, numbers (3 significant digits), confidence intervals,
and long names shortened so that they stay distinct. Every page and the CLI's tables use it; JSON output keeps
the raw keys and full precision.
"""
from __future__ import annotations

import math
import re
from typing import Sequence

METRICS = {
    "roc_auc": "ROC-AUC", "average_precision": "Average precision", "f1": "F1", "precision": "Precision",
    "recall": "Recall", "accuracy": "Accuracy", "threshold": "Threshold", "mse": "MSE vs (cos+1)/2",
    "mse_calibrated": "Calibrated MSE", "mse_calibrated_heldout": "Calibrated MSE (held out)",
    "mrr": "MRR", "n_pairs": "Pairs", "n_positive": "Fits", "n_queries": "Queries", "n_skipped": "Skipped",
    "f1_at_optimal": "F1 at best threshold", "f1_optimal_threshold": "Best-F1 threshold", "n_heldout": "Held out",
    "score": "Score", "rank": "Rank", "rank_for_resume": "Rank for resume", "percentile": "Percentile", "z": "z",
}
_AT = re.compile(r"^(recall|ndcg|precision)@(\d+)$")


def metric_label(key: str) -> str:
    """'roc_auc' -> 'ROC-AUC', 'ndcg@10' -> 'nDCG@10', 'roc_auc_ci' -> 'ROC-AUC 95% CI'."""
    if key.endswith("_ci"):
        return f"{metric_label(key[:-3])} 95% CI"
    m = _AT.match(key)
    if m:
        return {"recall": "Recall", "ndcg": "nDCG", "precision": "Precision"}[m.group(1)] + f"@{m.group(2)}"
    return METRICS.get(key, key)


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
