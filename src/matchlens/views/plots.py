"""Plotly figure builders (no Streamlit): every function returns a figure the library user can save."""
from __future__ import annotations

from typing import Sequence

import numpy as np

from matchlens import labelvocab

PALETTE = ["#3b5bdb", "#e8590c", "#2b8a3e", "#c2255c", "#7048e8", "#0b7285", "#e67700", "#5c940d"]


def esc(text) -> str:
    """The one escaping helper for Plotly strings (titles, ticks, trace names, hover, annotations):
    Plotly renders a subset of HTML in them, so user text must reach it escaped, as text."""
    import html

    return html.escape(str(text), quote=False)


_NARROW, _WIDE = set("ijlIft.,:;!|'()[]{} -/"), set("mwMW@%")


def label_px(text: str, size: int = 10) -> int:
    """A label's width in pixels in a proportional sans font, estimated a little wide (East Asian wide characters
    count double): lets a chart set its own margins instead of plotly's automargin, which measures every tick label
    and lays the chart out again (half of a heatmap's draw time in the browser, measured)."""
    import unicodedata

    def em(ch: str) -> float:
        if unicodedata.east_asian_width(ch) in "WF":
            return 1.0
        return 0.32 if ch in _NARROW else 0.98 if ch in _WIDE else 0.74 if ch.isupper() else 0.55

    return int(size * sum(em(ch) for ch in text)) + 6


def short(name: str, n: int = 38) -> str:
    base = name.split(" [")[0]
    return base if len(base) <= n else base[: n - 1] + "…"


def heatmap(values: np.ndarray, rows: Sequence[str], cols: Sequence[str], *, title: str, hover: np.ndarray,
            colorscale: str = "Viridis", reverse: bool = False, labels: np.ndarray | None = None,
            zrange: tuple[float, float] | None = None, cell_ids: np.ndarray | None = None):
    """Resumes x gigs heatmap drawn as square tiles (a scatter), so hover text and clicks work: Plotly
    heatmap traces emit no selection events in Streamlit. Labelled pairs are marked with symbols."""
    import plotly.graph_objects as go

    n_r, n_g = values.shape
    ytext = [f"{i + 1:>2}. {short(r)}" for i, r in enumerate(rows)]
    xtext = [f"{j + 1}. {short(c, 26)}" for j, c in enumerate(cols)]
    ylab, xlab = [esc(t) for t in ytext], [esc(t) for t in xtext]
    cell = 24 if n_r <= 40 else max(6, 960 // n_r)
    bottom = 10 + 5 * max(len(x) for x in xlab)  # room for the rotated gig names; plot height = cell * rows
    left = 10 + max(label_px(t) for t in ytext)  # the resume names, measured here: no automargin pass in the browser
    yy, xx = np.meshgrid(np.arange(n_r), np.arange(n_g), indexing="ij")
    custom = cell_ids if cell_ids is not None else np.stack([yy, xx], axis=-1)
    zmin, zmax = zrange if zrange else (float(np.nanmin(values)), float(np.nanmax(values)))
    fig = go.Figure(go.Scatter(
        x=xx.ravel(), y=yy.ravel(), mode="markers", name="pairs", showlegend=False,
        marker=dict(symbol="square", size=cell - 1, color=values.ravel(), colorscale=colorscale,
                    reversescale=reverse, cmin=zmin, cmax=zmax, line=dict(width=0),
                    colorbar=dict(thickness=10, len=0.8)),
        customdata=custom.reshape(-1, custom.shape[-1]), hovertext=hover.ravel(), hoverinfo="text"))
    if labels is not None:
        for mark in labelvocab.LABELS:
            if not mark.marked:
                continue  # most pairs are 'no': marking them all would hide the colours
            lab, sym = mark.name, mark.symbol
            ii, jj = np.nonzero(labels == lab)
            if len(ii):
                fig.add_trace(go.Scatter(x=jj, y=ii, mode="markers", hoverinfo="skip", showlegend=False,
                                         marker=dict(symbol=sym + "-open", size=max(5, cell // 3), color="white",
                                                     line=dict(width=1.5)), name=f"label: {lab}"))
    fig.update_layout(
        title=dict(text=esc(title), x=0.01), height=40 + cell * n_r + bottom,
        margin=dict(l=left, r=10, t=40, b=bottom), clickmode="event+select", dragmode=False, plot_bgcolor="white",
        yaxis=dict(autorange="reversed", tickmode="array", tickvals=list(range(n_r)), ticktext=ylab,
                   tickfont=dict(size=10), showgrid=False, zeroline=False, range=[n_r - 0.5, -0.5], automargin=False,
                   constrain="domain", constraintoward="top"),  # gig names stay right under the tiles
        xaxis=dict(tickmode="array", tickvals=list(range(n_g)), ticktext=xlab, tickangle=-45, tickfont=dict(size=10),
                   showgrid=False, zeroline=False, scaleanchor="y", scaleratio=1, range=[-0.5, n_g - 0.5],
                   constrain="domain", constraintoward="left", automargin=False))
    return fig


DISTRIBUTION_POINTS = 5_000  # the violin's shape is the same; plotly computes its KDE in the browser


def distributions(scores_by_model: dict[str, np.ndarray], kinds: dict[str, str] | None = None):
    """One violin + box per model, each on its own axis: shows why 0.85 is low for one model and high for
    another, and an unbounded model (BM25) never squashes the others."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    names = list(scores_by_model)
    fig = make_subplots(rows=1, cols=max(1, len(names)), horizontal_spacing=0.06)
    sampled = False
    for k, name in enumerate(names):
        values = np.ravel(scores_by_model[name])
        if values.size > DISTRIBUTION_POINTS:  # the shape needs no more; the browser stays quick
            values = np.random.default_rng(k).choice(values, DISTRIBUTION_POINTS, replace=False)
            sampled = True
        fig.add_trace(go.Violin(y=values, name=esc(short(name, 24)), box_visible=True,
                                meanline_visible=True, line_color=PALETTE[k % len(PALETTE)], points=False,
                                hoverinfo="y"), 1, k + 1)
        fig.update_yaxes(title_text=esc((kinds or {}).get(name, "cosine")), row=1, col=k + 1, title_standoff=2)
    what = f"a random {DISTRIBUTION_POINTS:,} resume-gig pairs" if sampled else "all resume-gig pairs"
    fig.update_layout(title=f"Raw score distributions per model ({what}; each on its own scale)",
                      showlegend=False, height=420, margin=dict(l=10, r=10, t=40, b=10))
    return fig


def pair_scatter(x: np.ndarray, y: np.ndarray, names_a: str, names_b: str, hover: Sequence[str],
                 labels: Sequence[str], custom: np.ndarray):
    """Model A vs model B, one point per pair; colour = label."""
    import plotly.graph_objects as go

    fig = go.Figure()
    labels = np.asarray(labels, dtype=object)
    colors = {**labelvocab.COLORS, "": labelvocab.UNLABELLED_COLOR}
    for lab in ["", *reversed(labelvocab.NAMES)]:
        m = labels == lab
        if m.any():
            fig.add_trace(go.Scatter(x=x[m], y=y[m], mode="markers", name=lab or labelvocab.UNLABELLED,
                                     marker=dict(color=colors[lab], size=8, opacity=0.75),
                                     hovertext=np.asarray(hover, dtype=object)[m], hoverinfo="text",
                                     customdata=custom[m]))
    fig.update_layout(xaxis_title=esc(names_a), yaxis_title=esc(names_b), height=480, clickmode="event+select",
                      title=esc(f"{names_a} vs {names_b}: every resume-gig pair"), margin=dict(l=10, r=10, t=40, b=10))
    return fig


def matrix_figure(df, title: str, zmin: float = -1, zmax: float = 1):
    import plotly.graph_objects as go

    fig = go.Figure(go.Heatmap(z=df.values, x=[esc(c) for c in df.columns], y=[esc(i) for i in df.index],
                               zmin=zmin, zmax=zmax,
                               colorscale="RdBu", text=np.round(df.values, 2), texttemplate="%{text}"))
    fig.update_layout(title=esc(title), height=120 + 50 * len(df), margin=dict(l=10, r=10, t=40, b=10),
                      yaxis=dict(autorange="reversed"))
    return fig


def projection_map(coords: np.ndarray, color: Sequence[str], hover: Sequence[str], symbols: Sequence[str],
                   title: str, lines: list[tuple[int, int]] | None = None, custom: np.ndarray | None = None,
                   color_map: dict | None = None):
    """One model's 2-D map; optional lines from a gig to its top-k resumes."""
    import plotly.graph_objects as go

    fig = go.Figure()
    color = np.asarray(color, dtype=object)
    symbols = np.asarray(symbols, dtype=object)
    for a, b in lines or []:
        fig.add_trace(go.Scatter(x=coords[[a, b], 0], y=coords[[a, b], 1], mode="lines", hoverinfo="skip",
                                 line=dict(color="rgba(80,80,80,0.45)", width=1.5), showlegend=False))
    values = list(dict.fromkeys(color.tolist()))
    for k, val in enumerate(values):
        m = color == val
        c = (color_map or {}).get(val, PALETTE[k % len(PALETTE)])
        fig.add_trace(go.Scatter(
            x=coords[m, 0], y=coords[m, 1], mode="markers", name=esc(val),
            marker=dict(color=c, size=10, symbol=[("diamond" if s == "gig" else "circle") for s in symbols[m]],
                        line=dict(color="white", width=0.5)),
            hovertext=np.asarray(hover, dtype=object)[m], hoverinfo="text",
            customdata=None if custom is None else custom[m]))
    fig.update_layout(title=esc(title), height=460, margin=dict(l=10, r=10, t=40, b=10),
                      xaxis=dict(showticklabels=False, title=""), yaxis=dict(showticklabels=False, title=""),
                      legend=dict(orientation="h", y=-0.05))
    return fig


STABILITY_BARS = 60  # a bar per document made a 16 px x 2,300 = 37,000 px tall chart at 2,000 x 300


def stability_bar(names: Sequence[str], values: np.ndarray, kinds: Sequence[str], limit: int = STABILITY_BARS):
    """Neighbour stability per document, least stable first (the ones worth a look); at most ``limit`` bars."""
    import plotly.graph_objects as go

    order = np.argsort(values, kind="stable")[:limit]
    fig = go.Figure(go.Bar(x=np.asarray(values)[order], y=[esc(short(names[i], 40)) for i in order], orientation="h",
                           marker_color=["#e8590c" if kinds[i] == "gig" else "#3b5bdb" for i in order],
                           hovertext=[f"{esc(names[i])}: {values[i]:.2f}" for i in order], hoverinfo="text"))
    which = f"the {len(order)} least stable of {len(names)} documents" if len(order) < len(names) else "every document"
    fig.update_layout(title=f"Neighbour stability across models, {which} (1 = same nearest neighbours in every model)",
                      height=max(300, 16 * len(order)), margin=dict(l=10, r=10, t=40, b=10), xaxis=dict(range=[0, 1]),
                      yaxis=dict(autorange="reversed"))
    return fig


def evidence_heatmap(sims: np.ndarray, gig_units: Sequence[str], resume_units: Sequence[str], title: str):
    import plotly.graph_objects as go

    hover = [[f"<b>gig:</b> {_wrap(g)}<br><b>resume:</b> {_wrap(r)}<br>cosine {sims[i, j]:.3f}"
              for j, r in enumerate(resume_units)] for i, g in enumerate(gig_units)]
    fig = go.Figure(go.Heatmap(z=sims, x=[f"R{j + 1}" for j in range(len(resume_units))],
                               y=[esc(f"G{i + 1}: {short(g, 30)}") for i, g in enumerate(gig_units)],
                               hovertext=hover, hoverinfo="text", colorscale="Viridis"))
    fig.update_layout(title=esc(title), height=min(900, 140 + 26 * len(gig_units)), margin=dict(l=10, r=10, t=40, b=10),
                      yaxis=dict(autorange="reversed"))
    return fig


def _wrap(text: str, width: int = 70) -> str:
    import textwrap

    return "<br>".join(esc(line) for line in textwrap.wrap(str(text), width)[:6])


def hover_escape(text: str) -> str:
    """Document text shown in hover labels: escaped, so it is always text and never markup."""
    return _wrap(text)


def roc_pr_curves(evals: dict, positive_min: float = 1.0):
    """ROC and precision-recall curves overlaid per model."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots
    from sklearn.metrics import precision_recall_curve, roc_curve

    fig = make_subplots(rows=1, cols=2, subplot_titles=("ROC", "Precision-recall"))
    for k, (m, ev) in enumerate(evals.items()):
        y = (ev.labels >= positive_min).astype(int)
        if len(np.unique(y)) < 2:
            continue
        c = PALETTE[k % len(PALETTE)]
        fpr, tpr, _ = roc_curve(y, ev.scores)
        p, r, _ = precision_recall_curve(y, ev.scores)
        fig.add_trace(go.Scatter(x=fpr, y=tpr, name=esc(m), line=dict(color=c), legendgroup=esc(m)), 1, 1)
        fig.add_trace(go.Scatter(x=r, y=p, name=esc(m), line=dict(color=c), legendgroup=esc(m), showlegend=False), 1, 2)
    fig.add_trace(go.Scatter(x=[0, 1], y=[0, 1], line=dict(dash="dot", color="grey"), showlegend=False), 1, 1)
    fig.update_xaxes(title_text="false positive rate", row=1, col=1)
    fig.update_yaxes(title_text="true positive rate", row=1, col=1)
    fig.update_xaxes(title_text="recall", row=1, col=2)
    fig.update_yaxes(title_text="precision", row=1, col=2)
    fig.update_layout(height=420, margin=dict(l=10, r=10, t=40, b=10))
    return fig


def reliability_figure(curves: dict):
    """Reliability diagram: predicted P(fit) vs observed frequency, per model."""
    import plotly.graph_objects as go

    fig = go.Figure(go.Scatter(x=[0, 1], y=[0, 1], line=dict(dash="dot", color="grey"), name="perfect"))
    for k, (m, (mean, frac)) in enumerate(curves.items()):
        fig.add_trace(go.Scatter(x=mean, y=frac, mode="lines+markers", name=esc(m), line=dict(color=PALETTE[k % len(PALETTE)])))
    fig.update_layout(title="Reliability of calibrated scores", xaxis_title="predicted P(fit)",
                      yaxis_title="observed fraction of fits", height=400, margin=dict(l=10, r=10, t=40, b=10))
    return fig
