"""Files the user takes away: tables safe to open in a spreadsheet, charts that open offline.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula by
spreadsheet programs (the OWASP CSV-injection rule); such text cells get a leading apostrophe. Chart files
inline plotly.js, so they open with the network off and make the reader's browser fetch nothing.
"""
from __future__ import annotations

from pathlib import Path

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A text cell a spreadsheet shows as text; numbers and other values are kept as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def neutralise(df):
    """A copy of the table with every text cell and column name made formula-safe."""
    out = df.copy()
    out.columns = [safe_cell(str(c)) if isinstance(c, str) else c for c in out.columns]
    from pandas.api.types import is_numeric_dtype

    for col in out.columns:
        if not is_numeric_dtype(out[col]):
            out[col] = out[col].map(safe_cell)
    return out


def table_csv(df, sep: str = ",") -> bytes:
    """CSV bytes; text fields are quoted, so a line break inside a cell never starts a new row."""
    import csv

    return neutralise(df).to_csv(index=False, sep=sep, quoting=csv.QUOTE_NONNUMERIC).encode("utf-8")


def write_table(df, path: str | Path) -> Path:
    """Write CSV, TSV, XLSX or parquet by extension; text formats are formula-safe."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        df.to_parquet(path, index=False)
    elif suffix in (".xlsx", ".xlsm"):
        neutralise(df).to_excel(path, index=False)
    else:
        path.write_bytes(table_csv(df, sep="\t" if suffix == ".tsv" else ","))
    return path


def figure_html(fig) -> str:
    """A standalone HTML page of the figure with plotly.js inlined (no CDN, no remote font or script)."""
    return fig.to_html(include_plotlyjs=True, full_html=True, include_mathjax=False,
                       config={"displaylogo": False})
