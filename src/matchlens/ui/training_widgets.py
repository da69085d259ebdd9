"""Training page: a form, then the run (training.runner, in the background) displayed: live loss, cancel, before/after."""
from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from matchlens.training.runner import Job, Jobs
from matchlens.ui import components, resources, session, state
from matchlens.views.formatting import ci
from matchlens.ui.safe import md

ROOT = Path(__file__).resolve().parents[3]
DATASETS = {"sample pairs (sample_data/pairs.csv)": ROOT / "sample_data" / "pairs.csv",
            "ESCO FR→EN pairs (data/esco_eval/pairs.csv)": ROOT / "data" / "esco_eval" / "pairs.csv"}


@st.cache_resource
def jobs() -> Jobs:
    """Jobs live in the server process, so a run survives page changes and reruns."""
    return Jobs()


def start(cfg) -> str:
    """Start training in the background (training.runner); this session follows that run."""
    uploaded = Path(cfg.train_file).parent if "matchlens-upload-" in cfg.train_file else None
    job_id = jobs().start(cfg, remove_after=uploaded)
    session.put("train-job", job_id)
    return job_id


def form():
    from matchlens.training import RECIPES, TrainConfig
    from matchlens.training.config import default_base_model

    infos = [i for i in resources.model_infos() if i.kind in ("sentence-transformers", "transformer")]
    with st.form("train"):
        c1, c2, c3 = st.columns(3)
        name = c1.text_input("Name of the trained model", "my-matcher")
        recipe = c2.selectbox("Recipe", RECIPES, index=RECIPES.index("cosine"), help="cosine: regression of the "
                              "cosine on the label (the study's 'CLoss'); contrastive / online_contrastive; cosent; "
                              "mnrl: positives only with in-batch negatives; cross_encoder: BCE; mlm_contrastive: "
                              "masked-LM domain adaptation then contrastive; distill: from a cross-encoder teacher")
        bases = [i.name for i in infos]
        default = default_base_model([d.lang for d in state.corpus().documents], bases)
        base = c3.selectbox("Base model", bases, index=bases.index(default) if default in bases else 0,
                            help="Chosen from the corpus's languages: multilingual unless every document is English")
        data = st.selectbox("Labeled pairs", list(DATASETS) + ["upload a CSV"])
        upload = st.file_uploader("CSV / TSV / XLSX with resume, job, label columns", type=["csv", "tsv", "xlsx"]) \
            if data == "upload a CSV" else None
        c1, c2, c3, c4 = st.columns(4)
        epochs = c1.number_input("Epochs", 0.1, 20.0, 1.0, step=0.5)
        batch = c2.number_input("Batch size", 2, 128, 16)
        lr = c3.number_input("Learning rate", 1e-6, 1e-2, 2e-5, format="%.6f")
        max_steps = c4.number_input("Max steps (-1: all)", -1, 100_000, -1)
        teacher = st.text_input("Teacher (distill only): a cross-encoder model name", "")
        go = st.form_submit_button("Start training", type="primary")
    if not go:
        return None
    path = DATASETS.get(data)
    if upload is not None:
        tmp = Path(tempfile.mkdtemp(prefix="matchlens-upload-")) / ("pairs" + (Path(upload.name).suffix.lower() or ".csv"))
        tmp.write_bytes(upload.getvalue())
        path = tmp
    if path is None or not Path(path).exists():
        st.error("Choose labeled pairs first.")
        return None
    try:
        return TrainConfig(name=name.strip(), recipe=recipe, base_model=base, train_file=str(path), epochs=epochs,
                           batch_size=int(batch), learning_rate=float(lr), max_steps=int(max_steps),
                           teacher=teacher.strip() or None)
    except ValueError as exc:
        st.error(md(str(exc), 300))
        return None


@st.fragment(run_every=2)
def progress() -> None:
    job = jobs().get(session.get("train-job"))
    if job is None:
        st.info("No training run yet in this session.")
        return
    steps = [r for r in job.history if "loss" in r or "eval_loss" in r]
    last = job.history[-1] if job.history else {}
    if job.running:
        st.markdown(f"**{md(job.name)}** is training… step {last.get('step', 0)} / {last.get('max_steps', '?')}")
        if st.button("Cancel"):
            job.cancel()
    elif job.error:
        st.error(f"{md(job.name)}: {md(job.error, 400)}")
    if steps:
        import pandas as pd

        df = pd.DataFrame(steps).set_index("step")
        st.line_chart(df[[c for c in ("loss", "eval_loss") if c in df.columns]])
    if job.result is not None:
        _card(job)


def _card(job: Job) -> None:
    import pandas as pd

    r = job.result
    rows = []
    for label, m in (("TF-IDF", r.baseline), ("base model", r.before), (f"trained: {job.name}", r.after)):
        rows.append({"model": label, "roc_auc": m.get("roc_auc"), "roc_auc_ci": ci(*m.get("roc_auc_ci", (None, None))),
                     "average_precision": m.get("average_precision"), "f1": m.get("f1"), "mse": m.get("mse")})
    st.success(f"Done in {r.seconds:.0f} s. Saved to {md(str(r.output_dir))}; it is now in every model list.")
    st.markdown("**Before / after on the held-back pairs** (no resume or job text of them was trained on)")
    components.table(pd.DataFrame(rows))
    if st.button("Add it to the compared models"):
        state.set_models(state.models() + [job.name])
