"""What each file of a workspace may hold, checked on every read.

Every file a user can edit by hand (``workspace.json``: format, models, options, views, ingest limits;
``labels.json`` with the notes; ``documents.jsonl``; ``problems.json``; ``audit.json``; ``requirements.json``) goes
through one function
here. A wrong type is never a traceback: it is named in a sentence with the file, the field, what was found and
what was done with it (read as a value that fits, or left out), and the rest of the workspace opens. Plain
functions over parsed JSON, no schema library (pydantic is not a dependency of matchlens).
"""
from __future__ import annotations

import json
import math
from dataclasses import fields as dc_fields
from typing import Any

from matchlens.documents import KINDS, Document
from matchlens.ingest.errors import Problem, describe as describe_read_error
from matchlens.ingest.labels import normalize_label
from matchlens.ingest.limits import Limits
from matchlens.options import AGGREGATIONS, FIELD_MODES, HUBNESS, TUNABLE, ChunkSettings, Options

PREPROCESSING = ("full", "sections")
OVERLAP_RANGE = (0, 128)  # what the Data page's "Chunk overlap" accepts
# what the Data page's limit inputs accept; the other limits only need to be above zero
LIMIT_RANGES = {"max_file_mb": (0.1, 25.0), "max_pages": (1, 5000), "max_chars": (1000, 1_000_000),
                "max_documents": (1, 200_000)}
SEVERITIES = ("error", "warning")
AUDIT_TABLES = ("table", "groups", "selection")

Issues = list  # of sentences, each naming the file and the field


# words ----------------------------------------------------------------------------------------------------------
def describe(value: Any) -> str:
    """What a JSON value is, in words: 'the text "tfidf"', 'a list of 3 items', 'nothing (null)'."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the value {'true' if value else 'false'}"
    if isinstance(value, (int, float)):
        return f"the number {_short(value)}"
    if isinstance(value, str):
        return f"the text {_short(value)}" if value.strip() else "an empty text"
    if isinstance(value, list):
        return f"a list of {len(value)} item{'s' * (len(value) != 1)}" if value else "an empty list"
    if isinstance(value, dict):
        return f"an object with {len(value)} field{'s' * (len(value) != 1)}" if value else "an empty object"
    return f"a {type(value).__name__} value"


def _short(value: Any, width: int = 60) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
    except ValueError:  # an int past Python's digit limit
        return "with thousands of digits"
    return text if len(text) <= width else text[: width - 1] + "…"


def problem(where: str, field: str, expected: str, found: Any, outcome: str) -> str:
    """One sentence: ``workspace.json: 'models' should be a list of model names, found the text "tfidf"; read as
    ['tfidf']``."""
    return f"{where}: '{field}' should be {expected}, found {describe(found)}; {outcome}"


def in_words(exc: BaseException) -> str:
    """An exception as a sentence for a person (never its class name alone): what the workspace's files meet
    (JSON, encodings, permissions) here, the rest in the words of the readers' one mapping
    (``ingest.errors.describe``)."""
    if isinstance(exc, json.JSONDecodeError):
        return f"it is not valid JSON ({exc.msg.lower()} at line {exc.lineno}, column {exc.colno})"
    if isinstance(exc, UnicodeDecodeError):
        return f"it is not UTF-8 text (byte {exc.start} cannot be read)"
    if isinstance(exc, PermissionError):
        return "permission denied (the file or folder belongs to another user or is read-only)"
    if isinstance(exc, FileNotFoundError):
        return "the file or folder does not exist (it may have been moved or deleted)"
    if isinstance(exc, IsADirectoryError):
        return "a folder is where a file should be"
    said = describe_read_error(exc)
    if not said.startswith("the reader failed"):
        return said
    lines = str(exc).strip().splitlines()
    return lines[0][:160] if lines else "an unexpected problem with no description"


# small checks -----------------------------------------------------------------------------------------------
def _number(value: Any, whole: bool) -> float | int | None:
    """A JSON number or a text holding one ("12", "0,5"); None when it is neither or not finite."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    if whole:
        return int(value) if float(value).is_integer() else None
    return float(value)


def _choice(raw: dict, field: str, choices, default, issues: Issues) -> Any:
    """raw[last part of field] when it is one of the choices, else the default (named)."""
    value = raw.get(field.rsplit(".", 1)[-1], default)
    if isinstance(value, str) and value in choices:
        return value
    issues.append(problem("workspace.json", field, "one of " + ", ".join(map(str, choices)), value,
                          f"{default} is used"))
    return default


def _in_range(value: Any, field: str, lo: float | None, hi: float | None, whole: bool, default, issues: Issues,
              where: str = "workspace.json"):
    """A number within [lo, hi] (clamped, with a sentence); the default when it is not a number."""
    kind = "a whole number" if whole else "a number"
    span = f" from {lo} to {hi}" if lo is not None and hi is not None else (f" from {lo}" if lo is not None else "")
    number = _number(value, whole)
    if number is None:
        issues.append(problem(where, field, kind + span, value, f"{default} is used"))
        return default
    clamped = min(max(number, lo if lo is not None else number), hi if hi is not None else number)
    if clamped != number or isinstance(value, str):
        issues.append(problem(where, field, kind + span, value, f"read as {clamped}"))
    return clamped


def _text(value: Any, where: str, field: str, issues: Issues, default: str | None = None) -> str | None:
    """A text field: numbers are read as their text (named); anything else gives the default (None: unusable)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and _short(value) != "with thousands of digits":
        issues.append(problem(where, field, "a text", value, f"read as {str(value)!r}"))
        return str(value)
    outcome = ("it is not used (kept in the file as it is)" if default is None else
               "left empty" if default == "" else f"{default!r} is used")
    issues.append(problem(where, field, "a text", value, outcome))
    return default


# workspace.json -----------------------------------------------------------------------------------------------
def check_format(meta: dict, current: int, issues: Issues) -> int:
    """The format number (1 when absent); a wrong one is named and read as the current format."""
    value = meta.get("format", 1)
    number = _number(value, whole=True)
    if number is None or isinstance(value, str):
        issues.append(problem("workspace.json", "format", "a whole number", value,
                              f"read as {number if number is not None else current}"))
    return number if number is not None else current


def check_sharing(meta: dict, issues: Issues) -> tuple[str | None, bool]:
    """(owner, private) of a workspace made on a shared dashboard: the owner key of the browser that made it (None:
    made on this computer) and whether only that browser may see it. A wrong value is named and read the safe way:
    a ``private`` that is not true or false is private, an owner that is not a key is nobody's (then only this
    computer's user sees a private workspace)."""
    owner, private = meta.get("owner"), meta.get("private", False)
    if owner is not None and not (isinstance(owner, str) and 8 <= len(owner) <= 128 and owner.isalnum()):
        issues.append(problem("workspace.json", "owner", "the key of the browser that made it", owner,
                              "read as nobody's: only this computer's user sees it if it is private"))
        owner = None
    if not isinstance(private, bool):
        issues.append(problem("workspace.json", "private", "true or false", private,
                              "read as private (the safe reading): set it to false to share it again"))
        private = True
    return owner, private


def check_models(value: Any, issues: Issues) -> list[str]:
    """Model names: a list of texts (a text is read as one name, or several separated by commas)."""
    expected = "a list of model names"
    if isinstance(value, str):
        names = [n.strip() for n in value.split(",") if n.strip()]
        issues.append(problem("workspace.json", "models", expected, value, f"read as {names}"))
        return names
    if not isinstance(value, list):
        issues.append(problem("workspace.json", "models", expected, value, "no model is chosen"))
        return []
    names = []
    for n, item in enumerate(value, start=1):
        if isinstance(item, str) and item.strip():
            names.append(item.strip())
        else:
            issues.append(problem("workspace.json", f"models, item {n}", "a model name", item, "left out"))
    return list(dict.fromkeys(names))


def check_options(value: Any, issues: Issues) -> Options:
    """The scoring settings, field by field: a wrong field takes its default, the others are kept."""
    where, d = "workspace.json", Options()
    if not isinstance(value, dict):
        issues.append(problem(where, "options", "an object of settings", value, "the default settings are used"))
        return d
    prep = _choice(value, "options.preprocessing", PREPROCESSING, d.preprocessing, issues)
    chunking = _chunking(value.get("chunking", {}), issues)
    blind = _bool(value.get("blind", d.blind), "options.blind", d.blind, issues)
    gig = _choice(value, "options.gig_fields", tuple(FIELD_MODES), d.gig_fields, issues)
    weight = _in_range(value.get("title_weight", d.title_weight), "options.title_weight", 0.0, 1.0, False,
                       d.title_weight, issues)
    hub = _choice(value, "options.hubness", HUBNESS, d.hubness, issues)
    return Options(prep, chunking, blind, gig, float(weight), hub, _pinned(value.get("pinned", []), issues))


def _pinned(value: Any, issues: Issues) -> tuple:
    """The options the user chose (names of matchlens.options.TUNABLE); an unknown name is dropped and named."""
    if not isinstance(value, list):
        issues.append(problem("workspace.json", "options.pinned", "a list of option names", value,
                              "every option follows each model's defaults"))
        return ()
    bad = [v for v in value if v not in TUNABLE]
    if bad:
        issues.append(problem("workspace.json", "options.pinned", f"names among {', '.join(TUNABLE)}", bad,
                              "those names are ignored"))
    return tuple(v for v in value if v in TUNABLE)


def _chunking(value: Any, issues: Issues) -> ChunkSettings:
    where, d = "workspace.json", ChunkSettings()
    if not isinstance(value, dict):
        issues.append(problem(where, "options.chunking", "an object", value, "the default chunking is used"))
        return d
    agg = _choice(value, "options.chunking.aggregation", AGGREGATIONS, d.aggregation, issues)
    overlap = _in_range(value.get("overlap", d.overlap), "options.chunking.overlap", *OVERLAP_RANGE, True, d.overlap,
                        issues)
    max_tokens = value.get("max_tokens")
    if max_tokens is not None:
        max_tokens = _in_range(max_tokens, "options.chunking.max_tokens", 1, None, True, None, issues)
    return ChunkSettings(agg, int(overlap), max_tokens)


def _bool(value: Any, field: str, default: bool, issues: Issues, where: str = "workspace.json") -> bool:
    if isinstance(value, bool):
        return value
    words = {"true": True, "yes": True, "on": True, "1": True, "false": False, "no": False, "off": False, "0": False}
    read = words.get(str(value).strip().lower()) if isinstance(value, (str, int, float)) else None
    issues.append(problem(where, field, "true or false", value,
                          f"read as {str(read).lower()}" if read is not None else f"{str(default).lower()} is used"))
    return default if read is None else read


def check_view(value: Any, issues: Issues) -> dict:
    """The view settings: an object (name -> value). Values are checked where they are used (``view_value``)."""
    if not isinstance(value, dict):
        issues.append(problem("workspace.json", "view", "an object of view settings", value,
                              "the views start from their defaults"))
        return {}
    return dict(value)


def view_value(key: str, value: Any, default: Any) -> tuple[Any, str | None]:
    """A view setting of the same kind as its default (a number, a text, true/false, a list, an object), else the
    default and a sentence naming it."""
    if default is None or value is None or _kind(value) == _kind(default):
        return (default if value is None else value), None
    return default, problem("workspace.json", f"view.{key}", _kind_words(default), value,
                            f"the default ({_short(default)}) is used")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, (list, tuple)):
        return "list"
    return type(value).__name__


def _kind_words(value: Any) -> str:
    return {"bool": "true or false", "number": "a number", "list": "a list", "str": "a text",
            "dict": "an object"}.get(_kind(value), "a value like " + _short(value))


def check_limits(value: Any) -> tuple[Limits, Issues]:
    """Ingestion limits (view setting ``ingest.limits``): each field a number in its range, else its default."""
    issues: Issues = []
    where, d = "workspace.json", Limits()
    if value is None:
        return d, issues
    if not isinstance(value, dict):
        issues.append(problem(where, "view.ingest.limits", "an object of limits", value, "the default limits apply"))
        return d, issues
    known = {f.name: f for f in dc_fields(Limits)}
    for key in value.keys() - known.keys():
        issues.append(f"{where}: 'view.ingest.limits' has no limit named {_short(key)}; it is ignored")
    kept = {}
    for name in known.keys() & value.keys():
        default = getattr(d, name)
        lo, hi = LIMIT_RANGES.get(name, (None, None))
        whole = isinstance(default, int)
        got = _in_range(value[name], f"view.ingest.limits.{name}", lo, hi, whole, default, issues)
        if lo is None and got <= 0:
            issues.append(problem(where, f"view.ingest.limits.{name}", "a number above 0", value[name],
                                  f"{default} is used"))
            got = default
        kept[name] = int(got) if whole else float(got)
    return Limits(**kept), issues


# labels.json --------------------------------------------------------------------------------------------------
def check_labels(rows: Any) -> tuple[list[dict], list, Issues]:
    """(valid rows, rows kept as they are but not used, sentences). A row is a labelled pair: resume_id and gig_id
    (texts), label ('fit', 'partial', 'no' or a word or number that reads as one), note (text), time (number)."""
    where = "labels.json"
    if not isinstance(rows, list):
        return [], [], [f"{where} should be a list of labelled pairs, found {describe(rows)}; no label is read"]
    good, bad, issues = [], [], []
    for n, row in enumerate(rows, start=1):
        clean = _label_row(row, f"{where}, row {n}", issues)
        (good if clean is not None else bad).append(clean if clean is not None else row)
    return good, bad, issues


def _label_row(row: Any, where: str, issues: Issues) -> dict | None:
    if not isinstance(row, dict):
        issues.append(f"{where} should be an object (resume_id, gig_id, label), found {describe(row)}; it is left out")
        return None
    missing = [k for k in ("resume_id", "gig_id", "label") if k not in row]
    if missing:
        issues.append(f"{where} has no {' and no '.join(repr(k) for k in missing)}; it is left out")
        return None
    ids = [_text(row[k], where, k, issues) for k in ("resume_id", "gig_id")]
    label = row["label"] if isinstance(row["label"], str) and row["label"].strip() else None
    if label is None:
        read = normalize_label(row["label"]) if isinstance(row["label"], (int, float)) else None
        issues.append(problem(where, "label", "fit, partial or no", row["label"],
                              f"read as {read!r}" if read else "the row is left out"))
        label = read
    if None in ids or label is None:
        return None
    note = _text(row.get("note", ""), where, "note", issues, "")
    clean = {"resume_id": ids[0], "gig_id": ids[1], "label": label, "note": note}
    if "time" in row:
        clean["time"] = row["time"] if _is_num(row["time"]) else 0.0
        if not _is_num(row["time"]):
            issues.append(problem(where, "time", "a number (seconds since 1970)", row["time"], "read as 0"))
    return clean


# documents.jsonl ----------------------------------------------------------------------------------------------
def check_document(line: str, n: int) -> tuple[Document | None, Issues]:
    """One line of documents.jsonl as a Document, or None and why (the line is kept in the file, not used)."""
    where = f"documents.jsonl, line {n}"
    try:
        d = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return None, [f"{where} cannot be read: {in_words(exc)}; it is kept in the file but not used"]
    if not isinstance(d, dict):
        return None, [f"{where} should be an object (id, name, kind, text), found {describe(d)}; it is kept in the "
                      "file but not used"]
    issues: Issues = []
    missing = [k for k in ("id", "kind", "text") if k not in d]
    if missing:
        return None, [f"{where} has no {' and no '.join(repr(k) for k in missing)}; it is kept in the file but "
                      "not used"]
    doc_id, text = _text(d["id"], where, "id", issues), _text(d["text"], where, "text", issues)
    kind = d["kind"] if d["kind"] in KINDS else None
    if kind is None:
        issues.append(problem(where, "kind", "resume or gig", d["kind"], "the document is not used"))
    if doc_id is None or text is None or kind is None or not doc_id.strip():
        if doc_id is not None and not doc_id.strip():
            issues.append(f"{where}: 'id' is empty; the document is not used")
        return None, [s + ("" if "kept in the file" in s else " (the line is kept in the file)") for s in issues]
    name = _text(d.get("name", doc_id), where, "name", issues, doc_id)
    lang = _text(d.get("lang", "unknown"), where, "lang", issues, "unknown")
    source = _text(d.get("source", ""), where, "source", issues, "")
    meta = d.get("meta", {})
    if not isinstance(meta, dict):
        issues.append(problem(where, "meta", "an object", meta, "left empty"))
        meta = {}
    bad = [k for k, v in meta.items() if not (v is None or isinstance(v, (str, bool)) or _is_num(v))]
    for key in bad:
        issues.append(problem(where, f"meta.{key}", "a text or a number (a column of its table row)", meta[key],
                              "left out"))
    if bad:  # one pass: rebuilding the dict per bad key was quadratic (16,000 list values on one line: 6.9 s)
        drop = set(bad)
        meta = {k: v for k, v in meta.items() if k not in drop}
    return Document(doc_id, name, kind, text, lang, source, meta), issues


# problems.json ------------------------------------------------------------------------------------------------
def check_problems(rows: Any) -> tuple[list[Problem], Issues]:
    """The files named when they were added: name, reason, severity (error or warning)."""
    where = "problems.json"
    if not isinstance(rows, list):
        return [], [f"{where} should be a list of named files, found {describe(rows)}; it is not shown"]
    out, issues = [], []
    for n, p in enumerate(rows, start=1):
        at = f"{where}, item {n}"
        if not isinstance(p, dict) or "name" not in p:
            issues.append(f"{at} should be an object with a 'name', found {describe(p)}; it is not shown")
            continue
        name = _text(p["name"], at, "name", issues)
        if name is None:
            continue
        reason = _text(p.get("reason", ""), at, "reason", issues, "")
        severity = p.get("severity", "error")
        if severity not in SEVERITIES:
            issues.append(problem(at, "severity", "error or warning", severity, "read as error"))
            severity = "error"
        out.append(Problem(name, reason, severity))
    return out, issues


# audit.json ---------------------------------------------------------------------------------------------------
def _is_num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_pair(v: Any) -> bool:
    return isinstance(v, list) and len(v) == 2 and all(_is_num(x) for x in v)


# per table: the columns every row has, and the kind of each column (a column not named here holds numbers)
_AUDIT_REQUIRED = {"table": ("model", "attribute", "max rank change"), "groups": ("model", "group", "95% CI"),
                   "selection": ("model", "group", "selection rate", "impact ratio", "CI low", "CI high", "flag")}
_AUDIT_TEXT = {"model", "attribute", "group"}


def _audit_cell_ok(column: str, value: Any) -> bool:
    if column in _AUDIT_TEXT:
        return isinstance(value, str)
    if column == "flag":
        return isinstance(value, bool)
    if column.endswith("CI") and not column.startswith("CI"):
        return _is_pair(value)
    return _is_num(value) and _short(value) != "with thousands of digits"


def _is_text_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


_AUDIT_SETTINGS = {"time": _is_num, "k": lambda v: isinstance(v, int) and not isinstance(v, bool),
                   "names per group": lambda v: isinstance(v, int) and not isinstance(v, bool),
                   "models": _is_text_list, "attributes": _is_text_list,
                   "corpus": lambda v: isinstance(v, str), "options": lambda v: isinstance(v, dict)}


ABSENT = object()  # a file that is not there (``null`` in a file is a wrong value, named)


def check_audit(record: Any) -> tuple[dict | None, Issues]:
    """The last fairness audit, whole or not at all: it is computed, so a damaged one is named and set aside (run
    the audit again), never half shown."""
    if record is ABSENT:
        return None, []
    why = _audit_problem(record)
    if why is None:
        return record, []
    return None, [f"audit.json: {why}; the last audit is not shown (run it again on the Compare page)"]


def _audit_problem(record: Any) -> str | None:
    if not isinstance(record, dict):
        return f"it should be an object, found {describe(record)}"
    settings = record.get("settings", {})
    if not isinstance(settings, dict):
        return f"'settings' should be an object, found {describe(settings)}"
    for key, ok in _AUDIT_SETTINGS.items():
        if key in settings and not ok(settings[key]):
            return f"'settings.{key}' has the wrong kind of value ({describe(settings[key])})"
    found: Issues = []
    check_options(settings.get("options", {}), found)
    if found:
        return "'settings.options' are not scoring settings: " + found[0].split(": ", 1)[1]
    sentences = record.get("sentences", [])
    if not isinstance(sentences, list) or not all(isinstance(s, str) for s in sentences):
        return f"'sentences' should be a list of texts, found {describe(sentences)}"
    for table, required in _AUDIT_REQUIRED.items():
        rows = record.get(table, [])
        if not isinstance(rows, list):
            return f"'{table}' should be a list of rows, found {describe(rows)}"
        for n, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                return f"'{table}', row {n} should be an object, found {describe(row)}"
            missing = next((c for c in required if c not in row), None)
            if missing is not None:
                return f"'{table}', row {n} has no '{missing}'"
            bad = next((c for c, v in row.items() if not _audit_cell_ok(c, v)), None)
            if bad is not None:
                return f"'{table}', row {n}: '{_short(bad)}' holds {describe(row[bad])}"
    return None


# requirements.json --------------------------------------------------------------------------------------------
def check_requirements(value: Any) -> tuple[dict[str, list[dict]], Issues]:
    """The user's edited requirements: an object, a gig's id -> its rows (text, keep, required, weight, added). A
    wrong field takes its default, a row without a usable text is left out, a gig whose entry is not a list keeps
    matchlens' own split; each named with the gig and the row."""
    where = "requirements.json"
    if value is ABSENT:
        return {}, []
    if not isinstance(value, dict):
        return {}, [f"{where} should be an object (a gig's id -> its requirements), found {describe(value)}; every "
                    "gig keeps matchlens' own split of its text (the file is left as it is)"]
    out, issues = {}, []
    for gig, rows in value.items():
        if not isinstance(rows, list):
            issues.append(problem(where, gig, "a list of requirements", rows, "this gig keeps matchlens' own split "
                                  "of its text"))
            continue
        good = [clean for n, row in enumerate(rows, start=1)
                if (clean := _requirement_row(row, f"{where}, gig '{gig[:40]}', row {n}", issues))]
        if good:
            out[gig] = good
    return out, issues


def _requirement_row(row: Any, where: str, issues: Issues) -> dict | None:
    from matchlens.requirements.model import TEXT_MAX, WEIGHT_MAX

    if not isinstance(row, dict):
        issues.append(f"{where} should be an object (text, keep, required, weight), found {describe(row)}; it is "
                      "left out")
        return None
    found = len(issues)
    text = _text(row.get("text"), where, "text", issues) if "text" in row else None
    if text is None or not text.strip():
        if len(issues) == found:  # _text has not named it already
            issues.append(f"{where} has no requirement 'text'; it is left out")
        return None
    if len(text) > TEXT_MAX:
        issues.append(f"{where}: 'text' is longer than {TEXT_MAX} characters; the rest is cut")
    flags = {k: _bool(row.get(k, d), k, d, issues, where) for k, d in (("keep", True), ("required", False),
                                                                       ("added", False))}
    weight = _in_range(row.get("weight", 1.0), "weight", 0.0, WEIGHT_MAX, False, 1.0, issues, where)
    return {"text": text.strip()[:TEXT_MAX], **flags, "weight": float(weight)}
