"""Label files as people make them: CSV with any separator or encoding, TSV, XLSX; French or English column names;
labels as words (fit / partial / no, oui / partiel / non) or numbers from 0 to 1 (``0,5`` too). A row whose label
cannot be read is named by its number and the others load. One reader for the workspace's labels, labelled pairs
for evaluation and training data."""
from __future__ import annotations

from pathlib import Path

from matchlens.ingest.errors import IngestError, Problem, describe
from matchlens.ingest.limits import Limits
from matchlens.labelvocab import LABEL_VALUE, WORDS, spelled  # the one label vocabulary

_WORD = {w: label for label, words in WORDS.items() for w in words}
# what people call each column; the name asked for always wins
ROLE_NAMES = {
    "resume": ("resume", "résumé", "cv", "candidate", "candidat", "profile", "profil", "text_a", "sentence1",
               "anchor"),
    "gig": ("gig", "job", "offre", "offer", "mission", "poste", "job_description", "jd", "text_b", "sentence2"),
    "label": ("label", "étiquette", "etiquette", "verdict", "match", "fit", "relevance", "pertinence", "y"),
}
MAX_NAMED = 8
# pairs files for training are far longer than a corpus: every row is read (time budget for XLSX kept)
SMALL_TABLES = {".csv", ".tsv", ".txt", ".tab"}  # read in this process up to ingest.workers.SMALL_TEXT bytes
LABEL_LIMITS = Limits(max_documents=5_000_000, max_unzipped_mb=2000.0, parse_seconds=600.0)


def normalize_label(value) -> str | None:
    """'fit', 'partial' or 'no' for a label word or number, else None."""
    return _WORD.get(" ".join(str(value).strip().lower().split()))


def label_value(value) -> float | None:
    """A label as a number from 0 to 1 (words: fit 1, partial 0.5, no 0), or None when it is not one."""
    word = normalize_label(value)
    if word is not None:
        return LABEL_VALUE[word]
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return number if 0.0 <= number <= 1.0 else None


def read_label_table(path: str | Path, columns: dict[str, str]):
    """(rows, problems): the file's rows with columns named by role (``columns``: role -> the column asked for, roles
    from ROLE_NAMES) and a float ``value`` column; rows without a readable label are named and left out. Raises
    IngestError when the file or a column cannot be found."""
    name = Path(path).name
    notes: list[str] = []
    df = read_file_table(path, notes)
    found = {role: _column(df, wanted, role) for role, wanted in columns.items()}
    missing = [f"'{columns[role]}'" for role, col in found.items() if col is None]
    if missing:
        raise IngestError(name, f"no column {' or '.join(missing)} (columns: {', '.join(map(str, df.columns[:12]))})")
    rows = df[[found[role] for role in columns]].copy()
    rows.columns = list(columns)
    values = [label_value(v) for v in rows["label"]] if "label" in columns else None
    problems = [Problem(name, n, "warning") for n in notes]
    if values is not None:
        bad = [i for i, v in enumerate(values) if v is None]
        if bad:
            shown = ", ".join(f"{i + 1} ({str(rows['label'].iloc[i])[:20]!r})" for i in bad[:MAX_NAMED])
            more = f" and {len(bad) - MAX_NAMED} more" if len(bad) > MAX_NAMED else ""
            problems.append(Problem(name, f"{len(bad)} row(s) without a label matchlens can read, left out: data "
                                          f"row(s) {shown}{more} (use {spelled()}, or a number from 0 to 1)",
                                    "warning"))
        rows["value"] = values
        rows = rows[[v is not None for v in values]].reset_index(drop=True)
        rows["value"] = rows["value"].astype(float)
    return rows, problems


def read_file_table(path: str | Path, notes: list[str] | None = None):
    """A whole table file on disk (label, pairs, ranking files: any separator, encoding, XLSX; no corpus row limit);
    IngestError when it cannot be read. Read in a worker process like uploads (``ingest.isolated``), except a small
    plain table: a file built to stall its reader stops only its worker, never the server or a command."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path.name, f"cannot be read: {describe(exc)}") from None
    df, read_notes = _read_isolated(data, path.name if path.suffix else path.name + ".csv")
    if notes is not None:
        notes.extend(read_notes)
    if len(df) > LABEL_LIMITS.max_documents:
        raise IngestError(path.name, f"more than {LABEL_LIMITS.max_documents:,} rows: split the file")
    return df


def _read(data: bytes, name: str):
    """(table, notes): ingest.table.read_table under LABEL_LIMITS, in whichever process runs it."""
    from matchlens.ingest.table import read_table

    notes: list[str] = []
    return read_table(data, name, LABEL_LIMITS, notes=notes), notes


def _read_isolated(data: bytes, name: str):
    """:func:`_read` in a worker with a hard time limit; here for a small CSV/TSV (linear, a few ms) or inside a
    daemon process (a worker cannot start workers of its own) or when no worker can start."""
    import multiprocessing

    from matchlens.ingest import workers
    from matchlens.procs import WorkerLost

    small = Path(name).suffix.lower() in SMALL_TABLES and len(data) <= workers.SMALL_TEXT
    if small or multiprocessing.current_process().daemon:
        return _read(data, name)
    try:
        return workers.run_in_worker(_read, data, name, timeout=LABEL_LIMITS.hard_seconds)
    except TimeoutError:
        raise IngestError(name, f"took longer than {LABEL_LIMITS.hard_seconds:g} s to read; stopped so that "
                                "matchlens keeps answering (a damaged file, or one built to stall readers: save it "
                                "again as CSV)") from None
    except WorkerLost:
        raise IngestError(name, "its reader ran out of memory or crashed, and was stopped: too large or damaged to "
                                "read") from None
    except OSError:
        return _read(data, name)


def _column(df, wanted: str, role: str) -> str | None:
    """The column asked for (any case), else one of the role's usual names when the default name was asked for."""
    by_name = {str(c).strip().lower(): c for c in df.columns}
    if wanted.strip().lower() in by_name:
        return by_name[wanted.strip().lower()]
    if wanted.strip().lower() in ROLE_NAMES.get(role, ()):
        return next((by_name[n] for n in ROLE_NAMES[role] if n in by_name), None)
    return None
