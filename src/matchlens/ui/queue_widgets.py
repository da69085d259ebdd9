"""The label queue page: the next pair worth a label, both texts and their shared keywords, four keys.

Keys go through a small component (``KEY_PAD``) rather than button shortcuts: a button's click that arrives while
the page is still running is folded into the next run (two presses 400 ms apart labelled one pair, half the time).
The component keeps every press in a queue in the browser, each with its own id and the pair it labels (the pair
shown, then the ones after it), and sends the whole queue; each run applies the presses it has not applied yet,
once, to their own pairs, and names each on screen. A press sent again (a rerun, a reconnect) is not applied twice.
"""
from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Callable

import streamlit as st

from matchlens.labelvocab import KEYS, SKIP_KEY, key_help
from matchlens.scoring.results import Comparison
from matchlens.ui import components, inspector, session, state
from matchlens.ui.safe import md


SKIP = "skip"
PAD_KEY = "q-keys"
APPLIED_KEPT = 200  # ids of applied presses remembered (the browser forgets a press once it is told)

_PAD_JS = r"""
export default function (component) {
  const { data, setStateValue, parentElement } = component;
  const g = (window.__matchlensQueueKeys = window.__matchlensQueueKeys ||
             { presses: [], seq: 0, tag: Math.random().toString(36).slice(2, 10), note: "" });
  g.data = data || { pairs: [], keys: {}, applied: [] };
  g.set = setStateValue;
  g.root = parentElement;
  const applied = new Set(g.data.applied || []);
  g.presses = g.presses.filter((p) => !applied.has(p.id));
  draw(g);
  const handler = (e) => press(g, e);
  if (g.onKey) document.removeEventListener("keydown", g.onKey, true);
  g.onKey = handler;
  document.addEventListener("keydown", handler, true);
  return () => {
    document.removeEventListener("keydown", handler, true);
    if (g.onKey === handler) g.onKey = null;
  };
}

function press(g, e) {
  if (e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
  const key = (e.key || "").toUpperCase();
  const label = (g.data.keys || {})[key];
  if (!label) return;
  e.preventDefault();
  const pair = next(g);
  if (!pair) {
    g.note = "Wait a moment: the next pairs are on their way (this press was not taken).";
    draw(g);
    return;
  }
  g.seq += 1;
  g.presses.push({ id: g.tag + "-" + g.seq, resume: pair[0], gig: pair[1], label: label, name: pair[2], key: key });
  g.note = "";
  g.set("presses", g.presses.slice());
  draw(g);
}

function next(g) {
  const taken = new Set(g.presses.map((p) => JSON.stringify([p.resume, p.gig])));
  return (g.data.pairs || []).find((p) => !taken.has(JSON.stringify([p[0], p[1]])));
}

function draw(g) {
  let box = g.root.querySelector(".mlq");
  if (!box) {
    box = document.createElement("div");
    box.className = "mlq";
    g.root.appendChild(box);
  }
  box.replaceChildren();
  const line = (text, cls) => {
    const el = document.createElement("div");
    el.textContent = text;
    if (cls) el.className = cls;
    box.appendChild(el);
  };
  for (const p of g.presses) line("⏳ " + p.key + " → " + p.label + ": " + p.name + " (saving…)", "pending");
  const pair = next(g);
  if (pair && g.presses.length) line("Your next key labels: " + pair[2], "next");
  if (g.note) line(g.note, "note");
}
"""
_PAD_CSS = ".mlq { font-size: 0.85rem; opacity: 0.85; } .mlq .note { color: #c92a2a; }"
KEY_PAD = st.components.v2.component("matchlens_queue_keys", html='<div class="mlq"></div>', js=_PAD_JS,
                                     css=_PAD_CSS)


def apply_presses(presses, kept: MutableMapping, set_label: Callable[[str, str, str], bool]) -> list[str]:
    """Apply each key press not applied yet, once, to the pair it was pressed for (a label, or a skip); the
    sentences that say what was done. Presses are what the browser sends: anything malformed is ignored."""
    applied = kept.setdefault("queue-applied", [])
    seen = set(applied)
    said = []
    for p in presses if isinstance(presses, list) else []:
        if not _well_formed(p) or p["id"] in seen:
            continue
        pair, name = (p["resume"], p["gig"]), str(p.get("name") or f"{p['resume']} × {p['gig']}")[:200]
        if p["label"] == SKIP:
            skipped = kept.setdefault("queue-skipped", [])
            if pair not in {tuple(s) for s in skipped}:
                skipped.append(pair)
            said.append(f"Skipped {name}.")
        elif set_label(*pair, p["label"]):
            kept["queue-done"] = kept.get("queue-done", 0) + 1
            said.append(f"Labelled {name}: {p['label']}.")
        else:
            said.append(f"{name} was not labelled: the workspace could not be written (see the message above).")
        applied.append(p["id"])
        seen.add(p["id"])
    del applied[:-APPLIED_KEPT]
    return said


def _well_formed(p) -> bool:
    return (isinstance(p, Mapping) and all(isinstance(p.get(k), str) and p.get(k) for k in ("id", "resume", "gig"))
            and p.get("label") in (*KEYS, SKIP))


def _pad_presses() -> list:
    """The presses the browser has sent (the component's state), or none."""
    value = session.get(PAD_KEY)
    return value.get("presses") or [] if isinstance(value, Mapping) else []


def _apply_pad() -> None:
    """Apply the presses sent since the last run (a callback: before the page runs; again at the top of the page,
    which finds nothing new when the callback ran)."""
    said = apply_presses(_pad_presses(), session.mapping(), state.set_label)
    session.setdefault("queue-said", []).extend(said)


def _click(resume_id: str, gig_id: str, label: str) -> None:
    """A button click, on the pair it was shown with (a callback, so the click is applied before the next run)."""
    if label == SKIP:
        session.setdefault("queue-skipped", []).append((resume_id, gig_id))
    elif state.set_label(resume_id, gig_id, label):
        session.put("queue-done", session.get("queue-done", 0) + 1)


def queue(comp: Comparison, calibrated: dict) -> None:
    from matchlens.evaluation.queue import next_pairs, training_pairs

    _apply_pad()
    for sentence in session.pop("queue-said", []):
        st.toast(md(sentence, 300), icon="✅" if sentence.startswith(("Labelled", "Skipped")) else "⚠️")
    labels = state.corpus().labels
    skipped = session.setdefault("queue-skipped", [])
    batch = next_pairs(comp, labels, 10, calibrated, [tuple(s) for s in skipped])
    done = session.get("queue-done", 0)
    st.caption(f"{len(labels)} labelled pairs in the workspace · {done} labelled here this session · "
               f"keys: {key_help()}")
    KEY_PAD(key=PAD_KEY, on_presses_change=_apply_pad, data={
        "keys": {**{key: label for label, key in KEYS.items()}, SKIP_KEY: SKIP},
        "pairs": [[comp.resumes[i].id, comp.gigs[j].id, f"{comp.resumes[i].name} × {comp.gigs[j].name}"]
                  for i, j, _ in batch],
        "applied": session.get("queue-applied", [])[-50:]})
    if not batch:
        st.success(f"Every pair is labelled or skipped ({len(labels)} of {len(comp.resumes) * len(comp.gigs)} "
                   "pairs labelled): the Scorecard and Evaluation read them; add resumes or gigs on the Data "
                   "page to label more.")
    else:
        i, j, why = batch[0]
        r, g = comp.resumes[i], comp.gigs[j]
        st.markdown(f"**{md(r.name)}** × **{md(g.name)}**")
        st.caption(md(why, 300))
        cols = st.columns(4)
        for col, (label, key) in zip(cols, KEYS.items()):
            col.button(f"{label} ({key})", key=f"q-{label}", width="stretch", on_click=_click,
                       args=(r.id, g.id, label), type="primary" if label == "fit" else "secondary")
        cols[3].button(f"skip ({SKIP_KEY})", key="q-skip", width="stretch", on_click=_click, args=(r.id, g.id, SKIP))
        left, right = st.columns(2)
        left.text_area("Resume (as the models read it)", inspector._seen(comp, i)[:6000], height=320, disabled=True)
        right.text_area("Gig", g.text[:6000], height=320, disabled=True)
        inspector.keywords(comp, i, j)
    st.divider()
    pairs = training_pairs(comp, labels)
    components.download_csv(pairs, "matchlens-training-pairs.csv", key="q-export", disabled=pairs.empty,
                            label=f"Download the {len(pairs)} labels as a training CSV (resume, job, label)")
    st.caption("Use it with `matchlens train --config …` (train_file) or on the Training page (upload a CSV).")
