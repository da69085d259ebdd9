"""CSV/XLSX/JSON with one document per row: the text column is chosen or detected, the rest kept as meta."""
from __future__ import annotations

import csv
import io

from matchlens.ingest.docx import check_zip
from matchlens.ingest.errors import IngestError, describe
from matchlens.ingest.limits import Budget, Limits
from matchlens.ingest.text import decode_bytes

TEXT_HINTS = ("text", "texte", "description", "resume", "cv", "job", "jd", "gig", "content", "contenu",
              "body", "offre", "mission")
NAME_HINTS = ("name", "nom", "title", "titre", "intitulé", "intitule", "poste", "preferredlabel", "preflabel",
              "occupation", "metier", "métier", "id")  # preferredLabel: ESCO's occupation tables


JSON_EXT = (".json", ".jsonl", ".ndjson")


def read_table(data: bytes, name: str, limits: Limits, sheet: str | int | None = None,
               notes: list[str] | None = None, budget: Budget | None = None):
    """Return a pandas DataFrame of strings from CSV/TSV or XLSX bytes; ``notes`` gets rows it skipped."""
    notes = notes if notes is not None else []
    budget = budget if budget is not None else Budget(name, limits)
    lower = name.lower()
    try:
        if lower.endswith((".xlsx", ".xlsm")):
            check_zip(data, name, limits, "XLSX", budget)
            df = _read_xlsx(data, name, limits, sheet, notes, budget)
        elif lower.endswith(JSON_EXT):
            from matchlens.ingest.jsondocs import read_json

            df = read_json(decode_bytes(data, name, notes), name, limits, notes)
        else:
            text = decode_bytes(data, name, notes)
            df = _read_csv(text, "\t" if lower.endswith(".tsv") else _sniff_sep(text), limits, notes)
    except IngestError:
        raise
    except Exception as exc:
        raise IngestError(name, f"unreadable table: {describe(exc)}") from None
    if df.empty or len(df.columns) == 0:
        raise IngestError(name, "empty table (no rows)")
    df.columns = [str(c).strip() for c in df.columns]
    return df.fillna("")


def _read_csv(text: str, sep: str, limits: Limits, notes: list[str]):
    """Every row is kept whatever the length of its cells. A row with more fields than the header (an unquoted
    separator inside a cell) keeps them in its last column, rejoined by the separator, and is named by line; a
    shorter row gets empty cells. (pandas either dropped such a row or, when it came first, silently cut it.)"""
    import pandas as pd

    csv.field_size_limit(2**31 - 1)  # the default 128 KB would drop rows with long cells
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    header = next((row for row in reader if row), None)
    if header is None:
        return pd.DataFrame()
    width, rows, long = len(header), [], []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(rows) > limits.max_documents:
            break
        if len(row) > width:
            long.append(reader.line_num)
            row = row[: width - 1] + [sep.join(row[width - 1 :])]
        rows.append(row + [""] * (width - len(row)))
    if long:
        lines = ", ".join(map(str, long[:10])) + (f" and {len(long) - 10} more" if len(long) > 10 else "")
        notes.append(f"{len(long)} row(s) with more fields than the header's {width} (an unquoted "
                     f"'{sep}' inside a cell?) at line(s) {lines}: the extra fields were kept in the last column, "
                     f"'{header[-1].strip()}'")
    return pd.DataFrame(rows, columns=_unique([h.strip() or f"column {i + 1}" for i, h in enumerate(header)]),
                        dtype=str)


def _read_xlsx(data: bytes, name: str, limits: Limits, sheet, notes: list[str], budget: Budget):
    """The first sheet with data (or the one asked for), read row by row within the budget. The size a sheet
    declares is ignored (a 4.7 KB file declared 17 billion cells, and openpyxl filled every row up to it): rows are
    as long as their real cells, at most ``limits.max_columns``."""
    import pandas as pd
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = [wb[sheet] if isinstance(sheet, str) else wb.worksheets[sheet]] if sheet is not None else wb.worksheets
        for ws in sheets:
            _real_cells_only(ws)
        for i, ws in enumerate(sheets):
            rows = _sheet_rows(ws, name, limits, notes, budget)
            rows = [r for r in rows if any(c.strip() for c in r)]
            if len(rows) >= 2:
                width = max(len(r) for r in rows)
                header = _unique([h.strip() or f"column {k + 1}"
                                  for k, h in enumerate(rows[0] + [""] * (width - len(rows[0])))])
                others = [other.title for other in sheets[i + 1 :] if _has_rows(other)]
                if others:
                    notes.append(f"only the sheet '{ws.title}' was read; sheet(s) "
                                 f"{', '.join(repr(t) for t in others)} also hold rows: save each as its own file")
                return pd.DataFrame([r + [""] * (width - len(r)) for r in rows[1:]], columns=header, dtype=str)
        return pd.DataFrame()
    finally:
        wb.close()


def _real_cells_only(ws) -> None:
    """Forget the size a read-only sheet declares (its <dimension>), so rows are not padded up to it."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()


def _sheet_rows(ws, name: str, limits: Limits, notes: list[str], budget: Budget) -> list[list[str]]:
    """The sheet's rows as strings (empty cells at a row's end dropped), within the time budget and the row and
    column limits."""
    rows: list[list[str]] = []
    wide, cap = 0, limits.max_columns
    for n, row in enumerate(ws.iter_rows(values_only=True)):
        if budget.tick():
            if len(rows) < 2:
                raise IngestError(name, f"reading timed out after {limits.parse_seconds:g} s")
            notes.append(f"reading stopped after {limits.parse_seconds:g} s: only the first "
                         f"{len(rows) - 1:,} rows were loaded")
            break
        if n > limits.max_documents + 1:
            break
        if len(row) > cap:  # openpyxl ends a row at its last real cell (dimensions reset)
            wide += 1
            row = row[:cap]
        cells = list(row)
        while cells and cells[-1] is None:
            cells.pop()
        rows.append(["" if v is None else str(v) for v in cells])
    if wide:
        notes.append(f"{wide:,} row(s) reach past column {cap:,}: their cells there were not read")
    return rows


def _has_rows(ws) -> bool:
    """Whether a sheet has a header and at least one row under it (reads at most a few rows)."""
    filled = 0
    for n, row in enumerate(ws.iter_rows(values_only=True)):
        filled += any(v is not None and str(v).strip() for v in row)
        if filled >= 2:
            return True
        if n > 50:
            return False
    return False


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n} ({seen[n]})")
    return out


SEPARATORS = ",;\t|"


def _sniff_sep(text: str) -> str:
    """The sniffer's separator when the header line has it; else the separator the header line uses most (the
    sniffer gives up on quoted cells with line breaks, and French exports use ';')."""
    header = next((line for line in text[:20_000].splitlines() if line.strip()), "")
    counts = {sep: len(next(csv.reader([header], delimiter=sep), [])) - 1 for sep in SEPARATORS}
    present = [sep for sep in SEPARATORS if counts[sep] > 0]
    if len(present) < 2:  # the sniffer could only agree (its regexes take up to a second on hostile quotes)
        return present[0] if present else ","
    try:
        sniffed = csv.Sniffer().sniff(text[:5000], delimiters=SEPARATORS).delimiter
        if counts.get(sniffed, 0) > 0:
            return sniffed
    except csv.Error:
        pass
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] > 0 else ","


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
