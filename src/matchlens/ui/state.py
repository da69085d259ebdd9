"""Session state: one corpus, the chosen models and settings, and the comparison every page reads."""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from ..documents import Corpus
from ..matching import COMPOSITE, Comparison, Options
from . import resources

SAMPLE = Path(__file__).resolve().parents[3] / "sample_data"


def corpus() -> Corpus:
    if "corpus" not in st.session_state:
        st.session_state["corpus"] = Corpus()
        st.session_state["problems"] = []
        if os.environ.get("MATCHLENS_AUTOLOAD_SAMPLE") == "1" and not st.session_state.get("autoloaded"):
            st.session_state["autoloaded"] = True
            load_sample()
    return st.session_state["corpus"]


def problems() -> list:
    return st.session_state.setdefault("problems", [])


def notes() -> dict:
    return st.session_state.setdefault("notes", {})


def models() -> list[str]:
    if "models" not in st.session_state:
        from ..encoders import default_names

        env = [m.strip() for m in os.environ.get("MATCHLENS_MODELS", "").split(",") if m.strip()]
        st.session_state["models"] = env or default_names()
    return st.session_state["models"]


def set_models(names: list[str]) -> None:
    st.session_state["models"] = list(dict.fromkeys(names))


def options() -> Options:
    return st.session_state.setdefault("options", Options())


def set_options(opts: Options) -> None:
    st.session_state["options"] = opts


def load_sample() -> None:
    """Replace the corpus with the bundled sample data and its labels."""
    from ..corpus import load_corpus_with_problems

    c, probs = load_corpus_with_problems(SAMPLE / "resumes", SAMPLE / "gigs", labels=SAMPLE / "labels.csv")
    st.session_state["corpus"] = c
    st.session_state["problems"] = probs
    st.session_state.pop("comparison", None)


def add_documents(docs, probs) -> int:
    added = corpus().add(docs)
    problems().extend(probs)
    return len(added)


def _key() -> tuple:
    c = corpus()
    return (c.fingerprint(), tuple(models()), options())


def comparison(compute: bool = True) -> Comparison | None:
    """The current comparison; recomputed (with progress bars) only when corpus/models/settings change."""
    cached = st.session_state.get("comparison")
    if cached is not None and cached[0] == _key():
        return cached[1]
    c = corpus()
    if not compute or not c.resumes or not c.gigs or not models():
        return None
    result = _compute(c)
    st.session_state["comparison"] = (_key(), result)
    return result


def _compute(c: Corpus) -> Comparison:
    from ..encoders import ModelUnavailable
    from ..matching import compare

    names = models()
    _prepare_bundled(names)
    encoders, errors = {}, {}
    for name in names:
        if name.startswith(COMPOSITE):
            continue  # fused from its components inside compare()
        try:
            encoders[name] = resources.encoder(name)
        except ModelUnavailable as exc:
            errors[name] = str(exc)
    with st.status(f"Scoring {len(c.resumes)} resumes x {len(c.gigs)} gigs with {len(encoders)} models…",
                   expanded=True) as status:
        bars = {n: st.progress(0.0, text=f"{n}: waiting") for n in encoders}

        def report(model: str, stage: str, done: int, total: int) -> None:
            if model not in bars:
                bars[model] = st.progress(0.0, text=model)
            frac = {"loading": 0.02, "resumes": 0.05 + 0.6 * done / max(total, 1),
                    "gigs": 0.65 + 0.3 * done / max(total, 1), "pairs": done / max(total, 1), "done": 1.0}[stage]
            bars[model].progress(min(frac, 1.0), text=f"{model}: {stage} {done}/{total}" if stage != "done"
                                 else f"{model}: done")

        wanted = [n for n in names if n in encoders or n.startswith(COMPOSITE)]
        result = compare(c, wanted, options(), cache=resources.embedding_cache(), report=report, encoders=encoders)
        status.update(label="Scores ready", state="complete", expanded=False)
    result.errors.update(errors)
    ordered = {n: result.results[n] for n in names if n in result.results}
    result.results = ordered
    return result


def _prepare_bundled(names: list[str]) -> None:
    """Build the e5 folder once with a visible progress bar, instead of a silent pause."""
    if "e5-small-multilingual" not in names:
        return
    from ..encoders import bundled

    if bundled.e5_ready() or not bundled.e5_buildable():
        return
    bar = st.progress(0.0, text="Preparing e5-small-multilingual (one time, ~20 s)…")
    bundled.ensure_e5(lambda frac, msg: bar.progress(frac, text=f"e5-small-multilingual: {msg}"))
    bar.empty()


def inspect(resume_id: str, gig_id: str) -> None:
    st.session_state["inspect"] = (resume_id, gig_id)


def inspected() -> tuple[str, str] | None:
    return st.session_state.get("inspect")
