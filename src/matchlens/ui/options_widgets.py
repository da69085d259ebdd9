"""The Evaluation page's Options panel (#33 part 3): a model's scoring options searched on the workspace's labels,
the best checked on held-back pairs against the current options, applied to the workspace in one click."""
from __future__ import annotations

import streamlit as st

from matchlens.evaluation.options_search import GRID, OptionsChoice, describe, search
from matchlens.scoring.results import Comparison
from matchlens.ui import components, resources, session, state
from matchlens.ui.safe import md

KEY = "options-choice"  # session key of the last search (ui/session.KEYS)


def options_panel(comp: Comparison, labels: dict) -> None:
    """Pick a model, search the grid on these labels (with progress), show the figures, apply the winner."""
    with st.expander("Options: long documents, hubness reduction and gig title, searched per model"):
        st.caption(f"Each of {_size()} settings is judged on part of your labels; the best is then measured on "
                   "pairs whose resume and gig were both held back, beside the current options. Applying it sets "
                   "these options for every model of the workspace. Same as `matchlens evaluate options`.")
        model = st.selectbox("Model", comp.models, key="opt-model")
        if st.button("Search the options on these labels", key="opt-go"):
            _run(comp, labels, model)
        choice = session.get(KEY)
        if isinstance(choice, OptionsChoice) and choice.model in comp.models:
            _show(choice)


def _size() -> int:
    from matchlens.evaluation.options_search import grid_points

    return len(grid_points(GRID))


def _loaded(comp: Comparison, model: str) -> dict:
    """The model the comparison already loaded (a search must not load its weights a second time)."""
    res = comp.results.get(model)
    return {model: res.encoder} if res is not None and getattr(res, "encoder", None) is not None else {}


def _run(comp: Comparison, labels: dict, model: str) -> None:
    """The search, with a progress bar; a refusal (too few labels) in words."""
    bar = st.progress(0.0, text=f"Scoring {md(model)} under each setting…")
    try:
        session.put(KEY, search(comp, labels, model, options=state.options(),
                                cache=resources.embedding_cache(), encoders=_loaded(comp, model),
                                progress=lambda d, t: bar.progress(d / t, text=f"{d} of {t} settings")))
    except ValueError as exc:
        session.pop(KEY, None)
        st.warning(md(str(exc), 400))
    finally:
        bar.empty()


def _show(choice: OptionsChoice) -> None:
    """The grid, the held-back comparison, the sentence and the Apply button."""
    import pandas as pd

    grid = pd.DataFrame(choice.rows()).rename(columns={"tuning_roc_auc": f"ROC-AUC ({choice.n_tuning} pairs)"})
    components.table(grid.round(3))
    held = pd.DataFrame(choice.heldout_rows()).rename(columns={
        "heldout_roc_auc": f"held-back ROC-AUC ({choice.n_heldout} pairs)", "ci_low": "95% CI low",
        "ci_high": "95% CI high"})
    components.table(held.round(3))
    gain = choice.changes and choice.difference[1] > 0
    (st.success if gain else st.info)(md(choice.verdict(), 500))
    applied = choice.options(state.options())
    if not choice.changes:
        st.caption("Nothing to apply: the workspace already scores this model this way.")
    elif applied == state.options():
        st.caption(f"Applied: {md(describe(choice.chosen))}.")
    elif st.button("Apply to this workspace", key="opt-apply", type="primary" if gain else "secondary"):
        state.set_options(applied)
        state.flash(f"Options applied to every page: {describe(choice.chosen)}.")
        st.rerun()
