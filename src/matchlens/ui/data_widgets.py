"""Widgets of the Data page: uploads, pasted text, workspaces, model choice, settings, editing."""
from __future__ import annotations

from dataclasses import replace

import streamlit as st

from matchlens.options import AGGREGATIONS, FIELD_MODES, HUBNESS, TUNABLE, Options, chosen, value_of
from matchlens.scoring.hubness import METHODS as HUBNESS_METHODS
from matchlens.ui import resources, state
from matchlens.ui.safe import md


def limits():
    """Ingestion limits the user can see and change (the upload limit itself is 25 MB per file)."""
    from dataclasses import asdict, replace

    from matchlens.wsschema import LIMIT_RANGES as R, check_limits

    cur, issues = check_limits(state.view("ingest.limits"))  # hand-edited values: named, each wrong one defaulted
    with st.expander("Limits (protect the machine from huge or hostile files)", expanded=bool(issues)):
        for why in issues:
            st.warning(md(why, 400))
        c1, c2, c3, c4 = st.columns(4)
        new = replace(cur, max_file_mb=c1.number_input("Max file size (MB)", *R["max_file_mb"], float(cur.max_file_mb)),
                      max_pages=int(c2.number_input("Max PDF pages", *R["max_pages"], cur.max_pages)),
                      max_chars=int(c3.number_input("Max characters per document", *R["max_chars"], cur.max_chars,
                                                    step=10_000)),
                      max_documents=int(c4.number_input("Max rows per table", *R["max_documents"], cur.max_documents)))
    if new != cur:
        state.set_view("ingest.limits", asdict(new))
    return new


def upload_form() -> None:
    from matchlens.ingest import CONVERT, SUPPORTED_EXT, LoadResult, formats
    from matchlens.ingest.isolated import load_bytes  # in a worker process, stopped after a hard time limit (#29)

    with st.form("upload", clear_on_submit=True):
        kind = st.radio("These files are", ["resume", "gig"], horizontal=True, format_func=lambda k: k + "s")
        files = st.file_uploader(formats.upload_label(), type=sorted(e.lstrip(".") for e in SUPPORTED_EXT | set(CONVERT)),
                                 accept_multiple_files=True,
                                 help=f"{', '.join(sorted(CONVERT))} are accepted only to say how to convert them.")
        text_col = st.text_input("Text column of CSV/XLSX/JSON (leave empty to detect)", "")
        submitted = st.form_submit_button("Add files", type="primary")
    lim = limits()
    if submitted and files:
        result = LoadResult()
        bar = st.progress(0.0, text="Reading files…")
        for n, f in enumerate(files):
            result.extend(load_bytes(f.name, f.getvalue(), kind, text_col=text_col or None, source=f"upload:{f.name}",
                                     limits=lim))
            bar.progress((n + 1) / len(files), text=f"Read {n + 1}/{len(files)}")
        bar.empty()
        added = state.add_documents(result.documents, result.problems)
        skipped = len(result.errors)
        state.flash(f"Added {added} document(s) from {len(files)} file(s)"
                    + (f"; {skipped} file(s) or row(s) skipped, named below." if skipped else "."),
                    "success" if not skipped else "warning")
        st.rerun()


def paste_form() -> None:
    from matchlens.ingest import IngestError, from_text

    with st.form("paste", clear_on_submit=True):
        kind = st.radio("This text is a", ["resume", "gig"], horizontal=True, key="paste-kind")
        name = st.text_input("Name", "")
        text = st.text_area("Text", height=180)
        submitted = st.form_submit_button("Add text")
    if submitted:
        try:
            doc, probs = from_text(text, name.strip() or f"pasted {kind} {len(state.corpus().documents) + 1}", kind)
        except IngestError as exc:
            st.error(f"Nothing added: {md(exc.reason)}")
            return
        state.add_documents([doc], probs)
        state.flash(f"Added {doc.name} ({doc.lang}).")
        st.rerun()


def workspace_form() -> None:
    """The workspace is saved as you work; here you switch, start afresh or delete one, and, on a dashboard shared
    on the network, make your own private. Every name here comes through ui.state, for this browser only."""
    from matchlens import workspace as wsmod

    ws = state.workspace()
    st.write(f"This tab works in **{md(ws.name)}**, saved as you work in `{md(str(ws.folder), 300)}`. "
             "The address bar names it (`?ws=…`): bookmark it to come back.")
    names = state.workspace_names()
    c1, c2, c3 = st.columns(3)
    with c1:
        other = st.selectbox("Open a workspace", names, index=names.index(ws.name) if ws.name in names else None,
                             key="ws-open")
        if st.button("Open", disabled=other in (None, ws.name)):
            state.switch(other)
            st.rerun()
    with c2:
        new = st.text_input("New empty workspace", placeholder="name, e.g. pilot-lyon", key="ws-new")
        if st.button("Create and open", disabled=not new.strip()):
            name = wsmod.safe_name(new)
            if name in names:
                st.error(f"A workspace named {md(name)} exists already: open it instead.")
            elif wsmod.name_taken(name):  # someone's private workspace: never opened, never shared by a name
                st.error(f"The name {md(name)} is taken: choose another.")
            else:
                state.switch(name)
                st.rerun()
    with c3:
        sure = st.checkbox(f"Yes, delete {md(ws.name)} and everything in it", key="ws-del-sure")
        if st.button("Delete this workspace", disabled=not sure) and state.delete_workspace():
            state.flash(f"Deleted workspace {ws.name}.", "info")
            st.rerun()
    privacy_toggle()


def privacy_toggle() -> None:
    """Shared on the network: the maker of a workspace makes it private to their browser, or shared again."""
    sharing, viewer = state.sharing()
    if not viewer.browser:
        return
    ws = state.workspace()
    if ws.name == "default" or not sharing.owned_by(viewer):
        why = ("the default workspace, where everyone starts, stays shared" if ws.name == "default" else
               "it was not made in this browser, so only its maker can make it private")
        st.caption(f"**{md(ws.name)}** is shared: everyone who has the access key can open, change and delete it "
                   f"({why}).")
        return
    private = st.toggle("Private: only this browser sees this workspace", value=sharing.private, key="ws-private",
                        help="Other people with the access key do not see it in their list, cannot open it by its "
                             "address and cannot delete it. It is kept by this browser's cookie: another browser, "
                             "or this one after clearing its cookies, no longer sees it (the person serving the "
                             "dashboard still can, with `matchlens workspaces`).")
    if private != sharing.private and state.set_private(private):
        state.flash(f"{ws.name} is now " + ("private to this browser." if private else
                                            "shared with everyone who has the access key."), "info")
        st.rerun()


def model_picker() -> None:
    infos = resources.model_infos()
    names = [i.name for i in infos]
    extra = [m for m in state.models() if m not in names]
    chosen = st.multiselect("Models to compare", names + extra, default=state.models(),
                            help="Bundled models run offline. Add any Hugging Face id or local folder below.")
    if chosen != state.models():
        state.set_models(chosen)
        st.rerun()
    with st.expander("Model details"):
        import pandas as pd

        st.dataframe(pd.DataFrame([{"name": i.name, "kind": i.kind, "languages": i.languages, "dim": i.dim,
                                    "max tokens": i.max_tokens, "offline-ready": i.offline_ready,
                                    "note": i.status or i.description} for i in infos]),
                     hide_index=True, width="stretch")
    with st.form("add-model", clear_on_submit=True):
        new = st.text_input("Add a model: Hugging Face id, local folder, hf:<id> (plain BERT + mean pooling), "
                            "cross:<id> (cross-encoder), hybrid:<a>+<b>[:rrf|z] (fusion), rerank:<cross>@<bi-encoder>[:k]",
                            placeholder="e.g. hybrid:tfidf+e5-small-multilingual or /models/my-model")
        if st.form_submit_button("Add model") and new.strip():
            _try_add(new.strip())


def _try_add(name: str) -> None:
    from matchlens.encoders import ModelUnavailable, model_kind

    from matchlens.scoring.names import check_name

    problem = check_name(name)
    if problem:  # refused before anything loads, in one sentence
        st.error(md(problem, 400))
        return
    if model_kind(name) != "single":  # built from its parts' scores: nothing to load
        _added(name)
        return
    with st.spinner(f"Checking {md(name)}…"):
        try:
            resources.encoder(name).load()
        except ModelUnavailable as exc:
            st.error(md(str(exc), 500))
            return
        except Exception as exc:  # a model that fails in any way is reported, never fatal
            from matchlens.wsschema import in_words

            st.error(f"{md(name)} could not be loaded: {md(in_words(exc), 300)}")
            return
    _added(name)


def _added(name: str) -> None:
    state.set_models(state.models() + [name])
    state.flash(f"Added {name}.")
    st.rerun()


def settings_form() -> None:
    opts = state.options()
    c1, c2, c3 = st.columns(3)
    prep = c1.selectbox("Resume text", ["full", "sections"], index=["full", "sections"].index(opts.preprocessing),
                        format_func={"full": "Full resume (V1)",
                                     "sections": "Experience + education + skills only (V2)"}.get)
    agg = _own_or_default(c2, "Long documents", AGGREGATIONS, opts, "aggregation",
                          {"mean": "Chunks, mean", "max": "Chunks, best pair", "first": "Truncate (first window)",
                           "top2": "Chunks, mean of the 2 best pairs", "top3": "Chunks, mean of the 3 best pairs"}.get,
                          "Each model's measured default: TF-IDF the best chunk pair, bi-encoders the mean of chunks "
                          "(`matchlens models` lists them). Any other choice applies to every model.")
    overlap = c3.number_input("Chunk overlap (tokens)", 0, 128, opts.chunking.overlap, step=8)
    blind = st.toggle("Blind scoring: mask names, contact details, address, age, birth date, nationality and family "
                      "status before any model reads a resume", value=opts.blind,
                      help="On by default: a candidate's name, sex, age or address must never change a score. "
                           "Switching it off is shown on every page.")
    c4, c5 = st.columns(2)
    modes = list(FIELD_MODES)
    gig_fields = c4.selectbox("Gig title", modes, index=modes.index(opts.gig_fields),
                              format_func={"whole": "Part of the text", "title+body": "Weighed on its own",
                                           "max": "Title or body, the better"}.get,
                              help="A posting's first short line is its title. " +
                                   " ".join(f"{k}: {v}." for k, v in FIELD_MODES.items()))
    weight = c5.slider("Title weight", 0.0, 1.0, float(opts.title_weight), 0.05,
                       disabled=gig_fields != "title+body", help="Share of the title's score in 'weighed on its own'")
    hub = _own_or_default(st, "Hubness reduction (one document first for every query)", HUBNESS, opts, "hubness",
                          HUBNESS_METHODS.get, "Each model's measured default: none for TF-IDF, z for BM25 and "
                          "bi-encoders (`matchlens models`). Any other choice applies to every model.")
    base = Options()
    new = replace(opts, preprocessing=prep, blind=blind, gig_fields=gig_fields, title_weight=float(weight),
                  chunking=replace(opts.chunking, overlap=int(overlap),
                                   aggregation=base.chunking.aggregation if agg == AUTO else agg),
                  hubness=base.hubness if hub == AUTO else hub)
    pinned = set(opts.pinned) | {n for n in TUNABLE if value_of(new, n) != value_of(opts, n)}
    pinned = pinned - {n for n, v in (("aggregation", agg), ("hubness", hub)) if v == AUTO} \
        | {n for n, v in (("aggregation", agg), ("hubness", hub)) if v != AUTO}
    new = replace(new, pinned=tuple(pinned))
    if new != opts:
        state.set_options(new)
        st.rerun()


AUTO = "auto"  # the option left to each model family's measured default (not pinned)


def _own_or_default(where, label: str, values, opts: Options, name: str, fmt, help_text: str) -> str:
    """A choice that starts on 'each model's default' until the user picks a value (which is then pinned, even when
    it equals the global default: 'best pair' for e5 is a real choice)."""
    choices = [AUTO, *values]
    index = choices.index(value_of(opts, name)) if chosen(opts, name) else 0
    return where.selectbox(label, choices, index=index, help=help_text,
                           format_func=lambda v: "Each model's measured default" if v == AUTO else fmt(v))


def edit_documents() -> None:
    corpus = state.corpus()
    with st.expander("Remove or relabel documents"):
        ids = st.multiselect("Documents", [d.id for d in corpus.documents],
                             format_func=lambda i: f"{corpus.get(i).name} ({corpus.get(i).kind})")
        c1, c2, c3 = st.columns(3)
        if c1.button("Remove", disabled=not ids):
            state.remove_documents(ids)
            st.rerun()
        for col, kind in ((c2, "resume"), (c3, "gig")):
            if col.button(f"Mark as {kind}", disabled=not ids):
                state.relabel_documents(ids, kind)
                st.rerun()
        if st.button("Clear everything"):
            state.clear()
            st.rerun()
