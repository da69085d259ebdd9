"""Widgets of the Inspector page: pair choice, feedback labels, sentence evidence, keywords."""
from __future__ import annotations

import streamlit as st

from ..matching import Comparison
from . import resources, state
from .safe import md

LABEL_CHOICES = ["unlabelled", "fit", "partial", "no"]


def pick_pair(comp: Comparison) -> tuple[int, int]:
    wanted = state.inspected() or _most_disputed(comp)
    r_ids, g_ids = [d.id for d in comp.resumes], [d.id for d in comp.gigs]
    r0 = r_ids.index(wanted[0]) if wanted and wanted[0] in r_ids else 0
    g0 = g_ids.index(wanted[1]) if wanted and wanted[1] in g_ids else 0
    c1, c2 = st.columns(2)
    r = c1.selectbox("Resume", range(len(r_ids)), index=r0, format_func=lambda i: comp.resumes[i].name)
    g = c2.selectbox("Gig", range(len(g_ids)), index=g0, format_func=lambda j: comp.gigs[j].name)
    state.inspect(r_ids[r], g_ids[g])
    return r, g


def feedback(resume_id: str, gig_id: str) -> None:
    corpus = state.corpus()
    current = corpus.labels.get((resume_id, gig_id), "unlabelled")
    key = f"{resume_id}|{gig_id}"
    with st.form(f"fb-{key}"):
        c1, c2, c3 = st.columns([1.4, 3, 1])
        label = c1.radio("Your judgement", LABEL_CHOICES, index=LABEL_CHOICES.index(current), horizontal=True)
        note = c2.text_input("Note (optional)", state.notes().get(key, ""))
        saved = c3.form_submit_button("Save label")
    if saved:
        state.set_label(resume_id, gig_id, None if label == "unlabelled" else label, note)
        state.flash(f"Saved: {label}. Labels feed the heatmaps, the evaluation and training.")
        st.rerun()


def evidence(comp: Comparison, r: int, g: int) -> None:
    from .. import plots
    from ..explain import sentence_evidence

    vector_models = [m for m, res in comp.results.items() if res.resumes is not None]
    if not vector_models:
        st.info("Pair scorers give one number per pair: no sentence-level evidence.")
        return
    default = next((m for m in vector_models if "e5" in m or "use" in m), vector_models[0])
    model = st.selectbox("Evidence from model", vector_models, index=vector_models.index(default))
    enc = comp.results[model].encoder
    with st.spinner("Matching sentences…"):
        ev = sentence_evidence(enc, comp.resumes[r].text, comp.gigs[g].text, resources.embedding_cache())
    st.plotly_chart(plots.evidence_heatmap(ev.sims, ev.gig_units, ev.resume_units,
                                           f"{model}: gig sentences (rows) × resume sentences (columns)"),
                    key=f"ev-{model}", width="stretch")
    cov = ev.coverage()
    n_ok = int(cov["matched"].sum())
    st.markdown(f"**Requirements covered: {n_ok} / {len(cov)}** (relative to this pair's sentence scores)")
    st.dataframe(cov, hide_index=True, width="stretch")


def keywords(comp: Comparison, r: int, g: int) -> None:
    from ..encoders import create
    from ..explain import keyword_overlap
    from ..matching import model_texts

    fitted = comp.results.get("tfidf")
    if fitted is not None:  # the comparison already fitted TF-IDF on this corpus: reuse it
        tfidf = fitted.encoder
    else:
        texts = model_texts(comp.resumes, comp.options) + model_texts(comp.gigs, comp.options)
        tfidf = create("tfidf").fit(texts)
    kw = keyword_overlap(tfidf, comp.resumes[r].text, comp.gigs[g].text)
    c1, c2 = st.columns(2)
    c1.markdown("**Shared keywords** (gig's top TF-IDF terms found in the resume)")
    c1.write(", ".join(md(t) for t in kw["shared"]) or "none")
    c2.markdown("**Missing keywords** (gig's top terms absent from the resume)")
    c2.write(", ".join(md(t) for t in kw["missing"]) or "none")


def _most_disputed(comp: Comparison) -> tuple[str, str] | None:
    """Default pair: the one the models disagree on most (the first odd score worth a look)."""
    from ..analysis import disagreements

    dis = disagreements(comp, 1)
    if dis.empty:
        return None
    return comp.resumes[int(dis.resume_idx[0])].id, comp.gigs[int(dis.gig_idx[0])].id
