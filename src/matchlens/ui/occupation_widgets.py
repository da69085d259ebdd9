"""The occupations view in the pages: the documents table's column, the Inspector's section, the Map's colours and
the line under a "no credible match" flag. Tags are computed in the background (the first time, the job model reads
3,039 occupations in two languages: about a minute on 2 cores, then kept on disk); pages draw without them meanwhile
and rerun when they are ready."""
from __future__ import annotations

import streamlit as st

from matchlens.errors import MatchlensError
from matchlens.occupations import Tags, esco, index, tags as occ
from matchlens.scoring import memo
from matchlens.scoring.results import Comparison
from matchlens.ui import components, resources, state
from matchlens.ui.rerun import follow
from matchlens.ui.safe import md

COLUMN = "nearest occupation (ESCO)"
ATTRIBUTION = "This service uses the ESCO classification of the European Commission."


def unavailable(comp: Comparison) -> str:
    """Why there are no occupations to show ('' when the job model is scored and the ESCO files are there)."""
    if occ.model_for(comp.models) is None:
        if occ.model_for(state.models()) is not None:
            return f"Occupations (ESCO) appear once {index.DEFAULT_MODEL} is scored."
        return (f"Occupations (ESCO) are read with the job model, {index.DEFAULT_MODEL}: add it, or jobs-hybrid, "
                "to the models on the Data page to see which occupation each gig and resume reads as.")
    try:
        esco.require(esco.esco_dir())
    except MatchlensError as exc:
        return str(exc)
    return ""


def tags(comp: Comparison, say: bool = True, wait: float = 0.0) -> Tags | None:
    """The comparison's occupation tags under the job model; None while they are computed in the background (the
    page reruns when they are ready) or when they cannot be (said in words when ``say``)."""
    why = unavailable(comp)
    if not why:
        model = index.DEFAULT_MODEL
        key = memo.key("occupations-soon", model)
        try:
            cache, enc = resources.embedding_cache(), resources.encoder(model)  # the server's own: loaded once
            found = comp.derived_soon(key, lambda: occ.tag_comparison(comp, model, cache=cache, encoder=enc),
                                      wait=components.wait_budget(wait))
        except MatchlensError as exc:
            why = str(exc)
        except (OSError, ValueError) as exc:  # an unreadable or damaged ESCO file: said, the page goes on
            why = f"The occupations could not be read ({type(exc).__name__}: {exc}); everything else works."
        else:
            if found is None:
                follow(lambda: comp.ready(key))
                if say:
                    st.caption(f"⏳ Reading which occupation each document is (ESCO, {md(model)}); this part "
                               "appears by itself when ready.")
            return found
    if say:
        st.caption(md(why, 600))
    return None


def with_column(table, corpus, comp: Comparison | None):
    """The documents table with each document's nearest occupation, once the tags are ready."""
    if comp is None or table is None or len(table) != len(corpus.documents):
        return table
    found = tags(comp)
    return table if found is None else table.assign(**{COLUMN: occ.document_column(found, comp, corpus.documents)})


def pair_section(comp: Comparison, r: int, g: int) -> None:
    """The Inspector's 'Occupations' section: what the gig and the resume (as the models read it) read as."""
    st.subheader("Occupations")
    found = _pair(comp, r, g)
    if found is None:
        return
    for who, near in (("gig", found[1]), ("resume", found[0])):
        st.markdown(f"**{who}**: nearest occupations " + md("; ".join(t.text() for t in near) or "none", 600))
    st.caption(f"Under {md(index.DEFAULT_MODEL)}, French / English labels, cosine to the occupation's card. "
               f"{ATTRIBUTION}")


def _pair(comp: Comparison, r: int, g: int):
    """(resume's, gig's) nearest occupations: the comparison's tags when ready; else these two documents' alone when
    the occupations load without encoding (milliseconds: no wait for every document's); else None while the
    comparison's are computed in the background (said; the page reruns)."""
    model = index.DEFAULT_MODEL
    if not comp.ready(memo.key("occupations-soon", model)) and not unavailable(comp):
        try:
            res = comp.results.get(model)
            enc = res.encoder if res is not None and not res.encoder.needs_fit else resources.encoder(model)
            if index.loads_at_once(model, encoder=enc):
                return occ.tag_pair(comp, r, g, model, cache=resources.embedding_cache(), encoder=enc)
        except (MatchlensError, OSError, ValueError):
            pass  # said by tags() below, which meets the same error
    found = tags(comp)
    return None if found is None else (found.of("resume", r), found.of("gig", g))


def explained(comp: Comparison, model: str, g: int, flag: str) -> str:
    """A 'no credible match' flag followed by what the gig and its nearest resumes read as, once the tags are ready
    (the flag alone meanwhile, or when there are none); no flag, nothing added."""
    found = tags(comp, say=False) if flag else None
    sentence = occ.no_match_sentence(found, comp, model, g) if found is not None else ""
    return f"{flag} {sentence}" if sentence else flag


def map_colours(comp: Comparison) -> list[str] | None:
    """The Map's colours by nearest occupation (None while computing or unavailable, said in words)."""
    found = tags(comp)
    return None if found is None else occ.map_colours(found)
