"""Map: a 2-D UMAP (or PCA) of resumes and gigs per model, aligned across models."""
import streamlit as st

from matchlens.views import panels
from matchlens.ui import components, occupation_widgets, rerun, resources, router, state

router.ensure()

st.title("Map")
comp = components.need_comparison()
if comp is None:
    st.stop()
c1, c2, c3, c4 = st.columns(4)
method = components.remembered(c1, "radio", "Projection", "map.method", "umap", ["umap", "pca"], horizontal=True,
                               format_func=str.upper, help="UMAP preserves neighbourhoods; PCA is instant")
color_by = components.remembered(c2, "selectbox", "Colour by", "map.color", "kind",
                                 ["kind", "language", "label", "cluster", "occupation"])
if color_by == "occupation" and occupation_widgets.map_colours(comp) is None:
    color_by = "kind"  # until the occupations are read (said under the controls), or when ESCO is not there
gig = c3.selectbox("Lines from gig to its top-k resumes", [None] + list(range(len(comp.gigs))),
                   format_func=lambda j: "none" if j is None else comp.gigs[j].name)
k = components.remembered(c4, "slider", "k", "map.k", 5, min_value=1, max_value=10)
coords = None
if method == "umap":  # in the background: ~40 s at 2,000 x 300 (and ~15 s to compile, once per server)
    resources.umap_warmup()
    coords = comp.derived_soon(("projection", "umap"), lambda: panels.projections(comp, "umap", elsewhere=True),
                               wait=components.wait_budget(panels.umap_wait(comp)))
    if coords is None:
        rerun.when(lambda: comp.ready(("projection", "umap")),
                   f"UMAP is being computed in the background for {len(comp.resumes) + len(comp.gigs)} "
                   "documents; the map below is PCA until it is ready, then it switches by itself.")
shown = "umap" if coords is not None else "pca"
if coords is None:
    coords = panels.pca_map(comp)
if not coords:
    st.info("The selected models have no vectors to map (pair scorers only).")
    st.stop()
labels = state.corpus().labels
figs, note = panels.map_figures_for(comp, shown, coords, color_by, gig, k, labels)
if note:
    st.caption(note)
cols = st.columns(min(3, len(figs)))
for n, (model, fig) in enumerate(figs):
    with cols[n % len(cols)]:
        st.plotly_chart(fig, key=f"map-{model}", width="stretch")
        components.download_figure(fig, f"map-{model}", key=f"dl-map-{model}")
st.caption("Panels are rotated onto the first model's map (Procrustes) so positions are comparable.")
stab = panels.stability_for(comp)
if stab is not None:
    st.plotly_chart(stab, key="stability", width="stretch")
