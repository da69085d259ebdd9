"""Widgets of the Inspector page: pair choice, feedback labels, sentence evidence, keywords."""
from __future__ import annotations

import streamlit as st

from matchlens.labelvocab import NAMES, UNLABELLED
from matchlens.scoring.results import Comparison
from matchlens.ui import resources, state
from matchlens.ui.safe import md

LABEL_CHOICES = [UNLABELLED, *NAMES]


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
    current = corpus.labels.get((resume_id, gig_id), UNLABELLED)
    key = f"{resume_id}|{gig_id}"
    with st.form(f"fb-{key}"):
        c1, c2, c3 = st.columns([1.4, 3, 1])
        label = c1.radio("Your judgement", LABEL_CHOICES, index=LABEL_CHOICES.index(current), horizontal=True)
        note = c2.text_input("Note (optional)", state.notes().get(key, ""))
        saved = c3.form_submit_button("Save label")
    if saved:
        state.set_label(resume_id, gig_id, None if label == UNLABELLED else label, note)
        state.flash(f"Saved: {label}. Labels feed the heatmaps, the evaluation and training.")
        st.rerun()


def evidence(comp: Comparison, r: int, g: int) -> None:
    from matchlens.views import plots
    from matchlens.views.explain import evidence_models, sentence_evidence

    vector_models, default = evidence_models(comp)
    if not vector_models:
        st.info("Pair scorers give one number per pair: no sentence-level evidence.")
        return
    model = st.selectbox("Evidence from model", vector_models, index=vector_models.index(default))
    enc = comp.results[model].encoder
    with st.spinner("Matching sentences…"):
        ev = sentence_evidence(enc, _seen(comp, r), comp.gigs[g].text, resources.embedding_cache())
    st.plotly_chart(plots.evidence_heatmap(ev.sims, ev.gig_units, ev.resume_units,
                                           f"{model}: gig sentences (rows) × resume sentences (columns)"),
                    key=f"ev-{model}", width="stretch")
    thr = _threshold(comp, model)
    cov = ev.coverage(threshold=thr)
    n_ok = int(cov["covered"].sum())
    st.markdown(f"**Gig sentences matched: {n_ok} of {len(cov)}** — a gig sentence is matched when its best resume "
                f"sentence scores above {md(model)}'s 90th percentile of similarities between random gig and resume "
                f"sentences of this corpus ({thr:.2f}). Every sentence counts here; the requirements the user kept, "
                "with their weights and what is required, are judged under *Requirements* below.")
    st.dataframe(cov, hide_index=True, width="stretch", column_config={
        "requirement": st.column_config.TextColumn("gig sentence", width="large"),
        "best match in resume": st.column_config.TextColumn(width="large"),
        "score": st.column_config.NumberColumn(format="%.2f"),
        "covered": st.column_config.CheckboxColumn()})


def _threshold(comp: Comparison, model: str) -> float:
    """The model's absolute coverage threshold on this corpus, computed once per corpus and model (the views'
    warm-up prepares the default model's)."""
    from matchlens.views.explain import corpus_threshold

    if comp.has_derived(("coverage-threshold", model)):
        return corpus_threshold(comp, model)
    with st.spinner(f"Measuring {md(model)}'s sentence similarities on this corpus (once)…"):
        return corpus_threshold(comp, model, resources.embedding_cache())


def _seen(comp: Comparison, r: int) -> str:
    """The resume as the models read it (scoring.texts.model_text): the evidence, the keywords and the Label
    queue show exactly the text that was scored."""
    from matchlens.scoring.texts import model_text

    return model_text(comp.resumes[r], comp.options)


def masked(comp: Comparison, r: int) -> None:
    """What blind scoring hid from the models in this resume."""
    from matchlens.preprocess.masking import mask

    if not comp.options.blind:
        st.warning("Blind scoring is off: the models read this resume's identifiers.")
        return
    m = mask(comp.resumes[r].text)
    counts = ", ".join(f"{n} {cat}" for cat, n in m.counts().items()) or "nothing found"
    with st.expander(f"Masked before scoring: {counts}"):
        import pandas as pd

        st.dataframe(pd.DataFrame(m.found, columns=["what", "text hidden from the models"]), hide_index=True,
                     width="stretch")
        st.text(m.text[:3000])


def keywords(comp: Comparison, r: int, g: int) -> None:
    from matchlens.views.keywords import corpus_model, overlap

    res, gig = comp.resumes[r], comp.gigs[g]
    kw = overlap(corpus_model(comp), _seen(comp, r), gig.text, res.lang, gig.lang)
    c1, c2 = st.columns(2)
    c1.markdown("**Shared keywords** (the gig's top terms found in the resume, same word stem)")
    c1.write(", ".join(md(t) for t in kw["shared"]) or "none")
    c2.markdown("**Missing keywords** (the gig's top terms absent from the resume)")
    c2.write(", ".join(md(t) for t in kw["missing"]) or "none")


def _most_disputed(comp: Comparison) -> tuple[str, str] | None:
    """Default pair: the one the models disagree on most (the first odd score worth a look)."""
    from matchlens.views.analysis import disagreements

    dis = comp.derived("most-disputed", lambda: disagreements(comp, 1))
    if dis.empty:
        return None
    return comp.resumes[int(dis.resume_idx[0])].id, comp.gigs[int(dis.gig_idx[0])].id
