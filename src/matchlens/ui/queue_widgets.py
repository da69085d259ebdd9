"""The label queue page: the next pair worth a label, both texts and their shared keywords, four keys."""
from __future__ import annotations

import streamlit as st

from matchlens.scoring.matching import Comparison
from matchlens.ui import components, inspector, state
from matchlens.ui.safe import md

KEYS = {"fit": "F", "partial": "P", "no": "N"}


def queue(comp: Comparison, calibrated: dict) -> None:
    from matchlens.evaluation.queue import next_pairs, training_pairs

    labels = state.corpus().labels
    skipped = st.session_state.setdefault("queue-skipped", [])
    batch = next_pairs(comp, labels, 10, calibrated, [tuple(s) for s in skipped])
    done = st.session_state.get("queue-done", 0)
    st.caption(f"{len(labels)} labelled pairs in the workspace · {done} labelled here this session · "
               "keys: F fit, P partial, N no, S skip")
    if not batch:
        st.success("Every pair is labelled or skipped.")
    else:
        i, j, why = batch[0]
        r, g = comp.resumes[i], comp.gigs[j]
        st.markdown(f"**{md(r.name)}** × **{md(g.name)}**")
        st.caption(md(why, 300))
        cols = st.columns(4)
        for col, (label, key) in zip(cols, KEYS.items()):
            if col.button(f"{label} ({key})", key=f"q-{label}", shortcut=key, width="stretch",
                          type="primary" if label == "fit" else "secondary"):
                state.set_label(r.id, g.id, label)
                st.session_state["queue-done"] = done + 1
                st.rerun()
        if cols[3].button("skip (S)", key="q-skip", shortcut="S", width="stretch"):
            skipped.append((r.id, g.id))
            st.rerun()
        left, right = st.columns(2)
        left.text_area("Resume (as the models read it)", inspector._seen(comp, i)[:6000], height=320, disabled=True)
        right.text_area("Gig", g.text[:6000], height=320, disabled=True)
        inspector.keywords(comp, i, j)
    st.divider()
    pairs = training_pairs(comp, labels)
    components.download_csv(pairs, "matchlens-training-pairs.csv", key="q-export", disabled=pairs.empty,
                            label=f"Download the {len(pairs)} labels as a training CSV (resume, job, label)")
    st.caption("Use it with `matchlens train --config …` (train_file) or on the Training page (upload a CSV).")
