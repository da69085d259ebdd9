"""JSON and JSON Lines as a table of documents: an array of records, an API answer that wraps one (France Travail's
``{"resultats": [...]}``, ``{"data": [...]}``), one record per line, or one document (a JSON Resume). Nested fields
become readable text cells; a line that is not JSON is named with its number and the rest still load."""
from __future__ import annotations

import json

from matchlens.ingest.errors import IngestError, describe
from matchlens.ingest.limits import Limits

WRAPPERS = ("resultats", "results", "data", "items", "records", "rows", "hits", "documents", "docs", "jobs",
            "offers", "offres", "missions", "gigs", "resumes", "cvs", "candidates", "candidats", "profiles")
MAX_NAMED = 5  # bad lines named one by one; more are counted


def read_json(text: str, name: str, limits: Limits, notes: list[str]):
    """A DataFrame of strings, one row per record (columns: the records' fields, nested ones as 'a.b')."""
    import pandas as pd

    records = _parse(text, name, notes)
    if not records:
        raise IngestError(name, "no records (an empty JSON array or object)")
    rows, bad = [], []
    for where, record in records[: limits.max_documents + 1]:
        try:
            rows.append({key: cell(value) for key, value in _flat(record).items()})
        except Exception as exc:  # noqa: BLE001 - one record (too deep, too large) must not lose the others
            bad.append(f"{where} ({describe(exc)})")
    _name_bad(bad, "record(s) that cannot be read", notes)
    if not rows:
        raise IngestError(name, f"no record can be read ({bad[0]})")
    return pd.DataFrame(rows, dtype=str).fillna("")


def _parse(text: str, name: str, notes: list[str]) -> list[tuple[str, dict]]:
    """The records, each with where it is ('line 3', 'record 3'), parsing the text once: JSON Lines by extension or
    when a .json file holds one value per line."""
    if name.lower().endswith((".jsonl", ".ndjson")):
        return _json_lines(text, name, notes)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            return _json_lines(text, name, notes)
        raise IngestError(name, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except Exception as exc:  # noqa: BLE001 - nested too deeply, a number of 5,000 digits...: named in words
        raise IngestError(name, f"not readable as JSON: {describe(exc)}") from None
    return [(f"record {n}", record) for n, record in enumerate(_records(value, notes), 1)]


def _json_lines(text: str, name: str, notes: list[str]) -> list[tuple[str, dict]]:
    """One record per non-empty line; a line that cannot be read, whatever the reason (not JSON, nested too deeply,
    a number of 5,000 digits), is named (the first few by number) and skipped: the other lines still load."""
    records, bad = [], []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append(f"line {n} ({exc.msg})")
            continue
        except Exception as exc:  # noqa: BLE001 - every error type names its line and loses only that line
            bad.append(f"line {n} ({describe(exc)})")
            continue
        records.append((f"line {n}", _as_record(value)))
    _name_bad(bad, "line(s) that cannot be read as JSON", notes)
    if not records and bad:
        raise IngestError(name, f"no line is valid JSON ({bad[0]})")
    return records


def _name_bad(bad: list[str], what: str, notes: list[str]) -> None:
    """One note naming the first few bad lines or records, counting the others."""
    if bad:
        more = f" and {len(bad) - MAX_NAMED} more" if len(bad) > MAX_NAMED else ""
        notes.append(f"{len(bad)} {what} skipped: {', '.join(bad[:MAX_NAMED])}{more}")


def _records(value, notes: list[str]) -> list[dict]:
    """The records of a JSON value: an array's items; the list a wrapper object holds; else the object itself."""
    if isinstance(value, list):
        return [_as_record(v) for v in value]
    if isinstance(value, dict):
        lists = {k: v for k, v in value.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)}
        key = next((k for k in lists if k.lower() in WRAPPERS), None)
        if key is None and len(lists) == 1 and len(value) <= 3 and "basics" not in value:
            key = next(iter(lists))  # {"count": 2, "items": [...]}-like, whatever the key's name
        if key is not None:
            rest = [k for k in value if k != key]
            notes.append(f"records read from the '{key}' list ({len(lists[key])} item(s))"
                         + (f"; the other top-level field(s) {', '.join(map(repr, rest[:5]))} are not read" if rest
                            else ""))
            return lists[key]
        return [{**{k: v for k, v in value.items() if not isinstance(v, (dict, list))}, "text": cell(value)}]
    return [_as_record(value)]


def _as_record(value) -> dict:
    return value if isinstance(value, dict) else {"text": cell(value)}


def _flat(record: dict, prefix: str = "") -> dict:
    """Nested objects as 'parent.child' fields; lists stay whole (one cell)."""
    out: dict = {}
    for key, value in record.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            out.update(_flat(value, full + "."))
        else:
            out[full] = value
    return out


def cell(value) -> str:
    """A readable text for any JSON value: lists one item per line, objects their values (keys are not text)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float, str)):
        return str(value)
    items = value.values() if isinstance(value, dict) else value
    return "\n".join(part for part in (cell(v) for v in items) if part.strip())
