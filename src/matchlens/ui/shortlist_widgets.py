"""Widgets of the Shortlist page and the Inspector's breakdown: a gig's requirements edited in a table, the
candidates under a model with each one's requirements met / partial / missing, exports; blind unless revealed."""
from __future__ import annotations

import streamlit as st

from matchlens.scoring.results import Comparison
from matchlens.ui import components, occupation_widgets, resources, state
from matchlens.ui.safe import md

EDIT_COLUMNS = ["keep", "required", "weight", "text", "gig says required", "added"]


def pick_gig(comp: Comparison) -> int:
    """The gig to shortlist for (the one last inspected, else the first)."""
    wanted = state.inspected()
    ids = [d.id for d in comp.gigs]
    g0 = ids.index(wanted[1]) if wanted and wanted[1] in ids else 0
    return st.selectbox("Gig", range(len(ids)), index=g0, format_func=lambda j: comp.gigs[j].name)


def editor(gig) -> None:
    """The gig's requirements as matchlens splits them (or as edited): keep / drop, required / preferred, weight, and
    new rows; saved in the workspace, so every page, the scores of req: models and a reload see them."""
    import pandas as pd

    from matchlens.requirements.model import WEIGHT_MAX, Requirement, edited, marked_required, of

    items = of(gig)
    df = pd.DataFrame([{"keep": r.keep, "required": r.required, "weight": float(r.weight), "text": r.text,
                        "gig says required": marked_required(r.text), "added": r.added} for r in items],
                      columns=EDIT_COLUMNS)
    st.caption("Untick **keep** to drop an item, tick **required** for a knock-out (a CV missing it scores below "
               "every CV that shows it, under req: models), set a **weight**, add a row for what the text does not "
               "say. " + ("These are your edits." if edited(gig) else "These are matchlens' own split of the text."))
    with st.form(f"req-{gig.id}"):
        out = st.data_editor(df, num_rows="dynamic", hide_index=True, width="stretch", key=f"req-ed-{gig.id}",
                             disabled=["gig says required", "added"], column_config={
                                 "weight": st.column_config.NumberColumn(min_value=0.0, max_value=WEIGHT_MAX, step=0.5),
                                 "text": st.column_config.TextColumn("requirement", width="large", required=True),
                                 "gig says required": st.column_config.CheckboxColumn(
                                     help="the clause says exigé / required / 필수… (a hint: nothing is required "
                                          "until you tick it)")})
        c1, c2 = st.columns(2)
        save, reset = c1.form_submit_button("Save requirements"), c2.form_submit_button("Back to matchlens' split")
    if save or reset:
        rows = None if reset else [Requirement(str(r["text"]).strip(), bool(r["required"]),
                                               float(r["weight"] if r["weight"] == r["weight"] else 1.0),
                                               bool(r["keep"]), bool(r["added"]) or n >= len(items)).row()
                                   for n, r in enumerate(out.to_dict("records")) if str(r["text"] or "").strip()]
        if state.set_requirements(gig.id, rows):
            state.flash("Requirements saved: req: models re-score with them." if save else
                        "Back to matchlens' own split of the gig.")
            st.rerun()


def breakdown_models(comp: Comparison) -> list[str]:
    """Models that can show a breakdown: req: models first, then the models that embed texts."""
    from matchlens.views.shortlist import breakdown_models

    return breakdown_models(comp)


def shortlist(comp: Comparison, g: int) -> None:
    """The gig's candidates under the chosen model, their breakdowns, the no-credible-match flag and exports."""
    from matchlens.views import shortlist as view
    from matchlens.views.report import shortlist_html

    c1, c2, c3, c4 = st.columns([2, 1, 1, 1])
    first = next((m for m in comp.models if m.startswith("req:")), comp.models[0])
    model = components.remembered(c1, "selectbox", "Rank by model", "shortlist.model", first, comp.models)
    how = components.remembered(c2, "radio", "Keep", "shortlist.how", "top k", ["top k", "above a cutoff"])
    top, cutoff = None, None
    if how == "top k":
        top = int(components.remembered(c3, "number_input", "k", "shortlist.k", 10, min_value=1, step=1))
    else:
        cutoff = float(c3.number_input("cutoff (score)", value=0.5, step=0.05, key="shortlist-cutoff"))
    reveal = c4.toggle("Reveal names", value=False, key="shortlist-reveal",
                       help="Off: candidates by resume id (blind). On: by file name, which often holds the name.")
    sl = view.shortlist(comp, model, g, top=top, cutoff=cutoff, reveal=reveal, cache=resources.embedding_cache())
    sl.credible = occupation_widgets.explained(comp, model, g, sl.credible)  # + what gig and resumes read as
    if sl.credible:
        st.warning(md(sl.credible, 900))
    st.caption(md(sl.note, 300) + (" — blind: candidates by resume id." if not reveal else " — names revealed."))
    components.table(sl.table.drop(columns=["resume_id"]))
    d1, d2 = st.columns(2)
    with d1:
        components.download_csv(view.to_csv_table(sl), "matchlens-shortlist.csv", "Download the shortlist (CSV)",
                                key="dl-shortlist")
    d2.download_button("Download the shortlist report (HTML)", shortlist_html(sl, comp),
                       file_name="matchlens-shortlist.html", mime="text/html", key="dl-shortlist-html")
    if not sl.assessments:
        st.info(f"{md(model)} gives one score per whole pair: no requirement-by-requirement breakdown.")
    for name, table in sl.details(comp):
        with st.expander(f"{name}: requirement by requirement"):
            show_breakdown(table)


def show_breakdown(table) -> None:
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        "requirement": st.column_config.TextColumn(width="large"),
        "evidence in the CV": st.column_config.TextColumn(width="large"),
        "similarity": st.column_config.NumberColumn(format="%.2f"),
        "credit": st.column_config.NumberColumn(format="%.2f")})


def pair_breakdown(comp: Comparison, r: int, g: int) -> None:
    """The Inspector's requirement-by-requirement view of one pair, and how this CV could improve for this gig."""
    from matchlens.views.shortlist import breakdown

    models = breakdown_models(comp)
    if not models:
        st.info("No model here embeds texts: no requirement-by-requirement breakdown.")
        return
    model = st.selectbox("Requirements under model", models, key="inspector-req-model")
    a = breakdown(comp, model, r, g, resources.embedding_cache())
    counts = a.counts()
    st.markdown(f"**{counts['met']} met, {counts['partial']} partial, {counts['missing']} missing** "
                f"(requirements score {a.score:.2f}; edit the gig's requirements on the Shortlist page).")
    improve = a.to_improve()
    st.markdown("**To improve for this gig:** " + ("; ".join(md(t, 200) for t in improve) if improve else
                                                    "every required item is met (or none is marked required)."))
    show_breakdown(a.table())
