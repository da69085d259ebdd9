"""The stakeholder report: every section, no remote resource, opens and prints with the network off."""
import os
import re

import pytest

from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.matching import compare
from matchlens.views.report import build

SECTIONS = ["Corpus", "Scorecard", "Heatmaps", "Score distributions", "Odd scores", "What these numbers cannot say"]


@pytest.fixture()
def report(tmp_path):
    from matchlens import load_corpus
    from matchlens.evaluation.scorecard import scorecard
    from tests.conftest import SAMPLE

    corpus = load_corpus(SAMPLE / "resumes", SAMPLE / "gigs", labels=SAMPLE / "labels.csv")
    comp = compare(corpus, ["tfidf", "tfidf-char"], cache=EmbeddingCache(tmp_path / "c"))
    return build(comp, corpus.labels, scorecard(comp, corpus.labels, n_boot=100))


def test_the_report_holds_every_section_and_nothing_remote(report):
    assert all(f"<h2>{s}" in report for s in SECTIONS)
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?https?:", report)
    assert "Plotly" in report and len(report) > 1_000_000  # plotly.js inlined once


@pytest.mark.skipif(not os.path.exists("/usr/bin/chromium"), reason="Debian's chromium is not installed")
def test_the_report_opens_and_prints_with_the_network_off(report, tmp_path):
    from playwright.sync_api import sync_playwright

    path = tmp_path / "report.html"
    path.write_text(report, encoding="utf-8")
    blocked = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                   else (blocked.append(r.request.url), r.abort()))
        page.goto(path.as_uri())
        page.locator(".js-plotly-plot .scatterlayer .point").first.wait_for(timeout=30_000)
        assert all(page.get_by_role("heading", name=s).first.is_visible() for s in SECTIONS)
        pdf = page.pdf(format="A4")
        browser.close()
    assert blocked == [] and pdf[:4] == b"%PDF" and len(pdf) > 50_000


def test_the_report_shows_the_audits_worst_figure_per_model(small_corpus, tmp_path):
    from matchlens.evaluation.audit import FAIRNESS_NOTE, audit

    comp = compare(small_corpus, ["tfidf"], cache=EmbeddingCache(tmp_path / "c"))
    page = build(comp, {}, audit=audit(comp, attributes=["name", "age"], k=1, n_boot=50))
    section = page.split("<h2>Fairness audit</h2>")[1].split("<h2>")[0]
    assert "four-fifths rule" in FAIRNESS_NOTE and FAIRNESS_NOTE.split(":")[0] in section
    assert "lowest impact ratio" in section and "max rank change" in section and "<td>tfidf</td>" in section
    assert "Not run for this report" in build(comp, {}).split("<h2>Fairness audit</h2>")[1]


def test_the_report_explains_the_ranking_columns(tmp_path):
    """A scorecard with a ranking set: hit@10 and recall@10 named apart, their meaning on hover and in a note."""
    import pandas as pd

    from matchlens import load_corpus
    from matchlens.evaluation.scorecard import Scorecard
    from tests.conftest import SAMPLE

    corpus = load_corpus(SAMPLE / "resumes", SAMPLE / "gigs")
    comp = compare(corpus, ["tfidf"], cache=EmbeddingCache(tmp_path / "c"))
    table = pd.DataFrame({"model": ["tfidf"], "mrr": [0.5], "hit@10": [0.8], "recall@10": [0.3]})
    text = build(comp, {}, Scorecard(table, "tfidf was scored.", 0))
    assert '">Hit@10</th>' in text and '">Recall@10</th>' in text
    assert 'title="Hit@10 (success@10): share of queries with at least one relevant item' in text
    assert "hit@k the share of queries" in text
