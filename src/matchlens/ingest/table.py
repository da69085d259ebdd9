"""CSV/XLSX with one document per row: the text column is chosen or detected, the rest kept as meta."""
from __future__ import annotations

import csv
import io

from .docx import check_zip
from .errors import IngestError
from .limits import Limits
from .text import decode_bytes

TEXT_HINTS = ("text", "texte", "description", "resume", "cv", "job", "jd", "gig", "content", "contenu",
              "body", "offre", "mission")
NAME_HINTS = ("name", "nom", "title", "titre", "intitulé", "intitule", "poste", "id")


def read_table(data: bytes, name: str, limits: Limits, sheet: str | int | None = None):
    """Return a pandas DataFrame of strings from CSV/TSV or XLSX bytes."""
    import pandas as pd

    lower = name.lower()
    try:
        if lower.endswith((".xlsx", ".xlsm", ".xls")):
            check_zip(data, name, limits, "XLSX")
            frames = pd.read_excel(io.BytesIO(data), sheet_name=None if sheet is None else sheet, dtype=str)
            df = _first_sheet_with_text(frames) if isinstance(frames, dict) else frames
        else:
            text = decode_bytes(data, name)
            sep = "\t" if lower.endswith(".tsv") else _sniff_sep(text)
            df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                             nrows=limits.max_documents + 1, on_bad_lines="skip", engine="python")
    except IngestError:
        raise
    except Exception as exc:
        raise IngestError(name, f"unreadable table ({type(exc).__name__}: {str(exc)[:120]})") from None
    if df.empty or len(df.columns) == 0:
        raise IngestError(name, "empty table (no rows)")
    df.columns = [str(c).strip() for c in df.columns]
    return df.fillna("")


def _sniff_sep(text: str) -> str:
    try:
        return csv.Sniffer().sniff(text[:5000], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _first_sheet_with_text(frames: dict):
    for df in frames.values():
        if not df.empty:
            return df
    return next(iter(frames.values()))


def detect_text_column(df, preferred: str | None = None) -> str:
    """The column that holds the document text: the one asked for, else by name, else the longest."""
    cols = list(df.columns)
    if preferred:
        for c in cols:
            if c.lower() == preferred.lower():
                return c
        raise IngestError("", f"no column named '{preferred}' (columns: {', '.join(cols[:12])})")
    lengths = {c: df[c].astype(str).str.len().mean() for c in cols}
    named = [c for c in cols if any(h == c.lower() or c.lower().startswith(h) for h in TEXT_HINTS)]
    if named:
        return max(named, key=lambda c: lengths[c])
    return max(cols, key=lambda c: lengths[c])


def detect_name_column(df, text_col: str) -> str | None:
    for hint in NAME_HINTS:
        for c in df.columns:
            if c != text_col and c.lower() == hint:
                return c
    for c in df.columns:
        if c != text_col and any(c.lower().startswith(h) for h in NAME_HINTS):
            return c
    return None
