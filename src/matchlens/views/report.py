"""The stakeholder report: one self-contained HTML file that opens offline in any browser and prints to PDF.

Corpus summary, the scorecard and its sentence, the fairness audit's worst figures per model (when it was run), one
heatmap per model, the score distributions, the top disagreements, hubs and gigs without a credible match, and
what the numbers cannot say. plotly.js is inlined
once; no remote script, font or stylesheet; every user string is escaped.
"""
from __future__ import annotations

import datetime as dt
import html

from matchlens.evaluation.metrics import PRIMARY_RANKING
from matchlens.scoring.results import Comparison
from matchlens.views import analysis, panels, plots
from matchlens.views.formatting import RANKING_NOTE, display_table, metric_help, metric_label

CSS = """body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1100px;margin:2em auto;color:#222}
h1{margin-bottom:0}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em;page-break-after:avoid}
table{border-collapse:collapse;font-size:12px;margin:.5em 0}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left}
.sentence{background:#eef6ee;border-left:4px solid #2b8a3e;padding:.6em 1em;font-size:15px}
.note{color:#666;font-size:12px}.fig{page-break-inside:avoid}@media print{body{margin:0}}"""


def _table(df) -> str:
    """The table as HTML, a metric's meaning as the hover text of its header."""
    out = display_table(df).to_html(index=False, escape=True, na_rep="—", border=0)
    for key in (c for c in df.columns if isinstance(c, str) and metric_help(c)):
        label = html.escape(metric_label(key))
        out = out.replace(f"<th>{label}</th>", f"<th title=\"{html.escape(metric_help(key))}\">{label}</th>")
    return out


def _figure(fig, first: bool) -> str:
    return '<div class="fig">' + fig.to_html(full_html=False, include_plotlyjs=True if first else False,
                                             include_mathjax=False, config={"displaylogo": False,
                                                                            "staticPlot": False}) + "</div>"


def fairness_section(audit) -> str:
    """The audit's worst figure per model (lowest impact ratio with its CI, max rank change) and what they mean."""
    from matchlens.evaluation.audit import FAIRNESS_NOTE, worst_by_model

    e = html.escape
    if audit is None:
        return ("<h2>Fairness audit</h2><p class='note'>Not run for this report: run it on the Compare page or with "
                "<code>matchlens audit</code> (or <code>matchlens report --audit</code>).</p>")
    worst = worst_by_model(audit.table, audit.selection)
    lines = "<br>".join(e(s) for s in audit.sentences)
    return f"<h2>Fairness audit</h2><p class='note'>{e(FAIRNESS_NOTE)}</p>{_table(worst)}<p>{lines}</p>"


def build(comp: Comparison, labels: dict, scorecard=None, title: str = "matchlens report", audit=None) -> str:
    """The report as one HTML string (write it with ``Path.write_text(..., encoding='utf-8')``); ``audit``: an
    :class:`evaluation.audit.AuditResult` of this comparison."""
    e = html.escape
    parts = [f"<h1>{e(title)}</h1><p class='note'>Made by matchlens on {dt.date.today():%Y-%m-%d}, on this "
             "computer; nothing in this file loads from the network.</p>"]
    langs = {}
    for d in comp.resumes + comp.gigs:
        langs[d.lang] = langs.get(d.lang, 0) + 1
    parts.append(f"<h2>Corpus</h2><p>{len(comp.resumes)} resumes, {len(comp.gigs)} gigs, {len(labels)} labelled "
                 f"pairs; languages: {e(', '.join(f'{k} {v}' for k, v in sorted(langs.items())))}; models: "
                 f"{e(', '.join(comp.models))}; blind scoring {'on' if comp.options.blind else 'OFF'}.</p>")
    if scorecard is not None:
        parts.append(f"<h2>Scorecard</h2><p class='sentence'>{e(scorecard.sentence)}</p>")
        if len(scorecard.table):
            parts.append(_table(scorecard.table))
        if PRIMARY_RANKING in scorecard.table.columns:
            parts.append(f"<p class='note'>{e(RANKING_NOTE)}</p>")
    parts.append(fairness_section(audit))
    first = True
    parts.append("<h2>Heatmaps (rank percentile per model, same order)</h2>")
    for _, fig in panels.heatmap_figures(comp, "percentile", "cluster", top_n=40):
        parts.append(_figure(fig, first))
        first = False
    parts.append("<h2>Score distributions</h2>")
    parts.append(_figure(plots.distributions({m: r.scores for m, r in comp.results.items()},
                                             {m: r.info.score_kind for m, r in comp.results.items()}), first))
    dis = analysis.disagreements(comp, 15, labels)
    if not dis.empty:
        parts.append("<h2>Where the models disagree most</h2>" + _table(dis.drop(columns=["resume_idx", "gig_idx"])))
    hubs = analysis.hubs(comp)
    weak = analysis.no_good_match(comp)
    parts.append("<h2>Odd scores</h2>")
    parts.append("<p>" + ("<br>".join(e(s) for s in analysis.hub_sentences(hubs, len(comp.gigs))) or
                          "No resume wins far more gigs than its share under any model.") + "</p>")
    parts.append(_table(weak) if len(weak) else "<p>Every gig has a credible best resume under every model.</p>")
    parts.append(requirements_section(comp))  # req: models: each gig's best candidates, requirement by requirement
    parts.append("<h2>What these numbers cannot say</h2><ul>"
                 "<li>Scores rank resumes for gigs; they are not hiring decisions, and a model can be confidently wrong "
                 "on a pair: open it in the Inspector.</li>"
                 f"<li>Quality figures come from {len(labels)} labelled pairs of this corpus; their intervals say how "
                 "sure they are, and they may not carry over to other trades, languages or CV styles.</li>"
                 "<li>Raw scores of different models are on different scales; compare ranks and percentiles.</li>"
                 "<li>Blind scoring masks identifiers before the models read the CVs; the fairness audit measures what "
                 "is left, for the attributes it varies only.</li></ul>")
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)}</title><style>{CSS}</style></head>" \
           f"<body>{''.join(parts)}</body></html>"


def shortlist_html(sl, comp: Comparison, title: str = "matchlens shortlist") -> str:
    """A shortlist (views.shortlist) with every candidate's breakdown as one self-contained HTML file (escaped, no
    remote asset)."""
    e = html.escape
    parts = [f"<h1>{e(title)}</h1><p><b>{e(sl.gig)}</b> — {e(sl.note)}; "
             f"{'names revealed' if sl.revealed else 'blind: candidates by resume id'}.</p>"]
    if sl.credible:
        parts.append(f"<p class='sentence'>{e(sl.credible)}</p>")
    parts.append(_table(sl.table.drop(columns=["resume_id"])))
    for name, table in sl.details(comp):
        parts.append(f"<h2>{e(name)}</h2>{_table(table)}")
    parts.append("<p class='note'>met / partial / missing: how unlikely an unrelated CV shows the requirement as "
                 "well (matchlens.requirements.score); a missing required item caps a req: score at 0.5.</p>")
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)}</title><style>{CSS}</style></head>" \
           f"<body>{''.join(parts)}</body></html>"


def requirements_section(comp: Comparison, top: int = 3) -> str:
    """The stakeholder report's requirements part: for each req: model, each gig's best candidates (by resume id)
    with what they meet and the required items they do not show ("" when no req: model was scored)."""
    import pandas as pd

    from matchlens.requirements.score import RequirementScorer
    from matchlens.views.shortlist import shortlist

    models = [m for m, res in comp.results.items() if isinstance(res.encoder, RequirementScorer)]
    if not models:
        return ""
    out = ["<h2>Requirements (req: models)</h2><p class='note'>Each gig's best candidates, blind (resume ids), "
           "requirement by requirement; 'to improve' lists the required items a CV does not show.</p>"]
    for m in models:
        rows = []
        for g in range(len(comp.gigs)):
            sl = shortlist(comp, m, g, top=top)
            rows += [{"gig": sl.gig, **row} for row in sl.table.drop(columns=["resume_id"]).to_dict("records")]
        out.append(f"<h3>{html.escape(m)}</h3>" + _table(pd.DataFrame(rows)))
    return "".join(out)
