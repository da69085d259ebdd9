"""Widgets of the Evaluation page."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from matchlens.encoders.registry import model_kind
from matchlens.evaluation.metricset import direction, shown_keys
from matchlens.labelvocab import positive_choices, spelled
from matchlens.options import Options
from matchlens.scoring.results import Comparison
from matchlens.ui import components, session, state
from matchlens.views.formatting import display_table, metric_label
from matchlens.ui.safe import md


def labels_upload() -> None:
    with st.expander(f"Upload a labels file (columns resume, gig, label: {spelled('/')}, oui/partiel/non or 1/0.5/0)"):
        f = st.file_uploader("Labels CSV / TSV / XLSX (any separator; cv, offre, étiquette also understood)",
                             type=["csv", "tsv", "xlsx"], key="labels-upload")
        if f is not None and st.button("Apply labels"):
            import tempfile

            from matchlens.ingest.corpus import apply_labels_file
            from matchlens.documents import Corpus

            scratch = Corpus(list(state.corpus().documents))
            with tempfile.NamedTemporaryFile(suffix=Path(f.name).suffix.lower() or ".csv") as tmp:
                tmp.write(f.getvalue())
                tmp.flush()
                probs = apply_labels_file(scratch, tmp.name)
            state.set_labels(scratch.labels)  # saved in the workspace at once
            for p in probs:
                state.flash(str(p), "warning")
            state.flash(f"{len(scratch.labels)} labels from the file are in the workspace.")
            st.rerun()


def positive_select(where=st) -> float:
    """Which labels count as a fit: the lowest positive label (1: fit; 0.5: fit or partial)."""
    choices = positive_choices()
    return where.selectbox("A pair is positive when labelled", list(choices), format_func=choices.get)


def _evaluate(comp: Comparison, labels: dict, threshold, method: str, positive: float) -> dict:
    """Metrics with bootstrap CIs, computed once per comparison, labels and settings (maybe in the background)."""
    from matchlens.views import panels

    return panels.evaluation_for(comp, labels, threshold, method, positive)


def report(comp: Comparison, labels: dict) -> None:
    from matchlens.views import panels
    from matchlens.evaluation.labeled import metrics_table

    c1, c2, c3 = st.columns(3)
    positive = positive_select(c1)
    method = c2.selectbox("Calibration", ["platt", "isotonic"])
    thr = c3.text_input("Threshold (empty: F1-optimal)", "")
    try:
        threshold = float(thr) if thr.strip() else None
    except ValueError:
        st.error("The threshold must be a number.")
        return
    evals = _evaluate(comp, labels, threshold, method, positive)
    leaks = {m: ev.metrics["trained_on_pairs"] for m, ev in evals.items() if ev.metrics.get("trained_on_pairs")}
    for m, n in leaks.items():
        st.warning(f"Leakage: {md(m)} was trained on {n} of these {evals[m].metrics['n_pairs']} labelled pairs, so "
                   "its figures are inflated.", icon="⚠️")
    if leaks and st.toggle("Evaluate only on the pairs no model here was trained on (held-out)", key="eval-heldout"):
        from matchlens.evaluation.labeled import without_trained

        labels = without_trained(comp, labels, list(leaks))
        evals = _evaluate(comp, labels, threshold, method, positive)
    if not evals:
        st.info("None of the labels match the loaded documents.")
        return
    table = metrics_table(evals)
    best = {metric_label(c): table[c].idxmax() if direction(c) > 0 else table[c].idxmin()
            for c in table.columns if direction(c) and table[c].dtype.kind == "f" and table[c].notna().any()}
    shown = display_table(table)
    st.dataframe(shown.style.apply(lambda col: ["font-weight: bold" if best.get(col.name) == i else ""
                                                for i in col.index]), hide_index=True, width="stretch",
                 column_config=components.column_help(table))
    st.caption(f"{evals[next(iter(evals))].metrics['n_pairs']} labelled pairs; 95% CIs by bootstrap over resumes. "
               "MSE compares the label with (cos+1)/2, as in the Korean study, and is left empty for models whose "
               "scores are not on a 0-1 scale (BM25, fusions); the calibrated MSE is measured on pairs whose resume "
               "and gig were both held out from calibration.")
    components.download_csv(table, "matchlens-evaluation.csv", key="dl-eval")
    rocpr, reliab = panels.evaluation_figures(comp, labels, threshold, method, positive)
    st.plotly_chart(rocpr, key="rocpr", width="stretch")
    if reliab is not None:
        st.plotly_chart(reliab, key="reliab", width="stretch")
    _confusion(evals, positive)
    _save_calibrations(evals)
    _worst(comp, evals, positive)


def _confusion(evals, positive: float) -> None:
    import pandas as pd

    from matchlens.evaluation.metrics import confusion

    st.markdown("**Confusion matrices at each model's threshold** (rows: truth, columns: predicted)")
    cols = st.columns(min(4, len(evals)))
    for k, (m, ev) in enumerate(evals.items()):
        if "threshold" not in ev.metrics:
            continue
        cm = confusion(ev.scores, ev.labels, ev.metrics["threshold"], positive)
        with cols[k % len(cols)]:
            st.caption(f"{md(m)} (threshold {ev.metrics['threshold']:.3f})")
            st.dataframe(pd.DataFrame(cm, index=["truth: no fit", "truth: fit"],
                                      columns=["pred: no fit", "pred: fit"]), width="stretch")


def _save_calibrations(evals) -> None:
    if st.button("Save calibrations with the models"):
        from matchlens.evaluation.calibration import save_for_model

        saved = [save_for_model(m, ev.calibrator) for m, ev in evals.items() if ev.calibrator is not None]
        st.success(f"Saved {len(saved)} calibration(s); they are reused next time these models are evaluated.")


def _worst(comp: Comparison, evals, positive: float) -> None:
    import pandas as pd

    model = st.selectbox("Worst errors of", list(evals))
    ev = evals[model]
    rows = [{"resume": comp.resumes[r].name, "gig": comp.gigs[g].name, "label": ev.labels[k],
             "score": round(float(ev.scores[k]), 4), "r": r, "g": g} for k, (r, g) in enumerate(ev.pairs)]
    df = pd.DataFrame(rows)
    fits = df[df.label >= positive].sort_values("score").head(5)
    nofits = df[df.label < positive].sort_values("score", ascending=False).head(5)
    worst = pd.concat([nofits.assign(error="high-scored non-fit"), fits.assign(error="low-scored fit")])
    event = components.table(worst.drop(columns=["r", "g"]), on_select="rerun", selection_mode="single-row",
                             key="worst")
    if event.selection.rows:
        row = worst.iloc[event.selection.rows[0]]
        components.open_inspector(comp.resumes[int(row.r)].id, comp.gigs[int(row.g)].id)


def hybrid_tuner(comp: Comparison, labels: dict) -> None:
    """Fuse models with weights chosen on the corpus labels; judged on held-back pairs; one click to add."""
    import pandas as pd

    from matchlens.evaluation.labeled import tune_hybrid

    plain = [m for m in comp.models if model_kind(m) == "single"]
    if len(plain) < 2:
        st.caption("Select at least two models on the Data page to fuse them.")
        return
    c1, c2 = st.columns([3, 1])
    parts = c1.multiselect("Models to fuse", plain, default=plain[:2], key="hy-parts",
                           help="TF-IDF is strong within one language, embeddings across languages: fuse both.")
    method = c2.selectbox("Fusion", ["z", "rrf"], key="hy-method",
                          format_func={"z": "weighted z-scores", "rrf": "reciprocal-rank fusion"}.get)
    if st.button("Choose the weights on these labels", key="hy-go"):
        try:
            session.put("hybrid-choice", tune_hybrid(comp, labels, parts, method))
        except ValueError as exc:
            st.warning(md(str(exc), 300))
            session.pop("hybrid-choice", None)
    choice = session.get("hybrid-choice")
    if choice is None or not set(choice.heldout) - {choice.name} <= set(comp.models):
        return
    table = pd.DataFrame([{"model": m, **r} for m, r in choice.heldout.items()])
    components.table(table)
    (st.warning if choice.useless else st.success)(md(choice.verdict(), 400))
    st.caption(f"Chosen on {choice.n_fit} pairs (average precision {choice.fit_ap:.3f}); "
               f"the table is measured on {choice.n_heldout} pairs whose resume and gig were both held back.")
    components.download_csv(table, "matchlens-hybrid.csv", key="dl-hybrid")
    if choice.name in state.models():
        st.caption(f"{md(choice.name)} is in the models.")
    elif st.button(f"Add {md(choice.name)} to the models", key="hy-add"):
        state.set_models(state.models() + [choice.name])
        st.rerun()


PAIR_FILES = {"sample pairs (sample_data/pairs.csv)": "sample_data/pairs.csv",
              "ESCO FR→EN pairs (data/esco_eval/pairs.csv)": "data/esco_eval/pairs.csv"}


def pairs_file_report(models: list[str], options: Options | None = None) -> None:
    """Labeled pairs from a CSV, scored exactly as `matchlens evaluate pairs` does (same function) and as the
    heatmaps score a corpus under the app's ``options`` (blind, sections, chunking, gig fields)."""
    import tempfile

    import pandas as pd

    from matchlens.evaluation.labeled import evaluate_pairs_file
    from matchlens.ui import resources

    root = Path(__file__).resolve().parents[3]
    c1, c2 = st.columns([2, 1])
    choice = c1.selectbox("Labeled pairs file", list(PAIR_FILES) + ["upload a CSV"], key="pairs-file")
    upload = c2.file_uploader("resume, job, label columns", type=["csv", "tsv", "xlsx"], key="pairs-upload") \
        if choice == "upload a CSV" else None
    if not st.button("Evaluate the pairs file", key="pairs-go"):
        return
    if upload is not None:
        with tempfile.NamedTemporaryFile(suffix=Path(upload.name).suffix.lower() or ".csv", delete=False) as tmp:
            tmp.write(upload.getvalue())
        path = tmp.name
    elif choice in PAIR_FILES:
        path = str(root / PAIR_FILES[choice])
    else:
        st.error("Upload a CSV first.")
        return
    with st.spinner(f"Scoring the pairs with {len(models)} models…"):
        try:
            results, errors = evaluate_pairs_file(path, models, cache=resources.embedding_cache(), options=options)
        except ValueError as exc:
            st.error(md(str(exc), 400))
            return
        finally:
            if upload is not None:
                Path(path).unlink(missing_ok=True)
    for m, err in errors.items():
        st.warning(f"{md(m)}: {md(err, 300)}")
    table = pd.DataFrame([{"model": m, **{k: r.get(k) for k in shown_keys()}} for m, r in results.items()])
    session.put("pairs-table", table)
    components.table(table)
    components.download_csv(table, "matchlens-pairs-evaluation.csv", key="dl-pairs")
