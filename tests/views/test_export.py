"""Exports: formula cells neutralised (OWASP CSV injection), charts self-contained."""
import re

import pandas as pd
import plotly.graph_objects as go
import pytest

from matchlens.views.export import figure_html, neutralise, safe_cell, table_csv, write_table

PAYLOADS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("cell", PAYLOADS)
def test_every_formula_start_is_neutralised(cell):
    assert safe_cell(cell).startswith("'")


def test_plain_text_and_numbers_are_kept():
    assert safe_cell("Marie") == "Marie" and safe_cell(-0.5) == -0.5


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".xlsx"])
def test_written_tables_hold_no_live_formula(tmp_path, suffix):
    df = pd.DataFrame({"resume": PAYLOADS, "score": [-0.1] * len(PAYLOADS), "=col": ["ok"] * len(PAYLOADS)})
    path = write_table(df, tmp_path / f"t{suffix}")
    back = pd.read_excel(path, dtype=str) if suffix == ".xlsx" else pd.read_csv(
        path, sep="\t" if suffix == ".tsv" else ",", dtype=str, keep_default_na=False)
    texts = list(back.columns) + back["resume"].tolist() + back.iloc[:, 2].tolist()
    assert all(not t.startswith(("=", "+", "-", "@", "\t", "\r")) for t in texts)
    assert back["score"].astype(float).tolist() == [-0.1] * len(PAYLOADS)  # numbers stay numbers
    assert neutralise(df)["resume"].tolist() == ["'" + p for p in PAYLOADS]
    assert table_csv(df).decode().count("'=") >= 2


def test_saved_chart_needs_no_network():
    html = figure_html(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])))
    assert not re.search(r"<script[^>]+src=", html)  # plotly.js inlined, no script fetched
    assert "<link" not in html and "@import" not in html and len(html) > 1_000_000  # plotly.js inlined
