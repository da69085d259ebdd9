"""Widgets of the Scorecard page: the optional ranking set (kept in the workspace) and the card itself."""
from __future__ import annotations

import streamlit as st

from matchlens.scoring import memo
from matchlens.scoring.results import Comparison
from matchlens.ui import resources, state
from matchlens.ui.safe import md
from matchlens.views.formatting import RANKING_NOTE
from matchlens.workspace import RANKING_PARTS


def card_key(labels: dict, positive: float, audit, ranking_version: tuple | None) -> tuple:
    """The memo key of a Scorecard: what it is computed from, by content (the audit by what it was run on and when,
    the ranking set by its files' versions), never by an object's id, which a new object may reuse."""
    return memo.key("scorecard", labels, positive, None if audit is None else audit.settings, ranking_version)


def ranking_set(comp: Comparison) -> tuple[tuple | None, dict | None]:
    """Upload a ranking set (saved in the workspace); (its files' version, its metrics for the scored models),
    computed once per version; (None, None) without a ranking set."""
    files = state.workspace().ranking_files()
    ready = {"queries", "corpus"} <= set(files)
    with st.expander("Ranking set (optional): MRR, hit@10, recall@10 and nDCG@10 per model"
                     + (" · loaded" if ready else "")):
        st.caption("Queries (e.g. gigs) and a corpus (e.g. resumes) as CSV files with `text` and `label` columns: an "
                   "item is relevant to a query when their labels are equal; or add a qrels CSV (query_id, corpus_id, "
                   "relevance) and `id` columns. The same files as `matchlens evaluate ranking`. "
                   + RANKING_NOTE)
        for col, part in zip(st.columns(len(RANKING_PARTS)), RANKING_PARTS):
            up = col.file_uploader(f"{part}.csv" + (" (optional)" if part == "qrels" else ""), type=["csv"],
                                   key=f"ranking-{part}", help=f"kept as {part}.csv in this workspace")
            if up is not None and (part not in files or files[part].read_bytes() != up.getvalue()):
                state.set_ranking_file(part, up.getvalue())
                st.rerun()
            if part in files:
                col.caption(f"in the workspace: {md(part)}.csv")
        if files and st.button("Remove the ranking set", key="ranking-remove"):
            for part in files:
                state.set_ranking_file(part, None)
            st.rerun()
    if not ready:
        return None, None
    stamp = version(files)
    return stamp, _ranking_metrics(comp, files, stamp)


def version(files: dict) -> tuple:
    """The version of the ranking set's files: (part, size, modification time in ns) each."""
    return tuple((part, f.stat().st_size, f.stat().st_mtime_ns) for part, f in sorted(files.items()))


def _ranking_metrics(comp: Comparison, files: dict, stamp: tuple) -> dict | None:
    from matchlens.evaluation.labeled import evaluate_ranking_files

    try:
        with st.spinner("Ranking the set's corpus for every query with each model…"):
            results, errors = comp.derived(("ranking-set", stamp), lambda: evaluate_ranking_files(
                str(files["queries"]), str(files["corpus"]), list(comp.results), n_boot=300,
                qrels=str(files["qrels"]) if "qrels" in files else None, cache=resources.embedding_cache(),
                options=comp.options))
    except (KeyError, ValueError, OSError) as exc:
        st.warning(f"The ranking set could not be used: {md(str(exc), 300)}. Check its columns (text, label; id "
                   "with qrels).")
        return None
    for model, err in errors.items():
        st.warning(f"{md(model)} could not rank the set: {md(err, 300)}")
    return results or None
