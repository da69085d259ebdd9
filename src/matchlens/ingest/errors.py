"""Per-file ingestion problems: reported by name, never raised past the loader."""
from __future__ import annotations

from dataclasses import dataclass

from matchlens.errors import MatchlensError


class IngestError(MatchlensError):
    """A file (or row) that could not be turned into a document, with a human-readable reason."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class Refused(IngestError):
    """The whole file is refused (it asks for more than its budget: a zip bomb, an amplifier); never skipped as a
    part of a file."""


@dataclass(frozen=True)
class Problem:
    """What the UI and CLI show: the file name, whether it was skipped, and why."""

    name: str
    reason: str
    severity: str = "error"  # "error": nothing loaded from it; "warning": loaded with a caveat

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


MAX_DEPTH = 200  # elements inside elements our readers follow; a real CV or job ad nests a few dozen at most


def describe(exc: BaseException) -> str:
    """Why a file could not be read, in words a user understands, for any exception a reader may raise (one mapping
    for every reader: never an exception's class name alone)."""
    import zipfile
    import zlib
    from xml.etree.ElementTree import ParseError

    if isinstance(exc, IngestError):
        return exc.reason
    if isinstance(exc, RecursionError):
        return f"nested too deeply to read (more than {MAX_DEPTH} levels of parts inside parts)"
    if isinstance(exc, MemoryError):
        return "too large to read in memory"
    if isinstance(exc, TimeoutError):
        return "took too long to read"
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError)):
        return "its archive is damaged or cut short (a corrupt or incomplete file)"
    if isinstance(exc, ParseError) or type(exc).__name__ in ("XMLSyntaxError", "ParserError"):
        return f"its XML is malformed ({_first_line(exc)})"
    if type(exc).__name__ in ("DTDForbidden", "EntitiesForbidden", "ExternalReferenceForbidden"):
        return "it declares XML entities or a DTD, which matchlens refuses (they can read local files or explode)"
    if isinstance(exc, UnicodeError):
        return "its text is not in an encoding matchlens can read"
    if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
        return "it holds a number with more than 4,300 digits (not a real value)"
    if isinstance(exc, KeyError):
        return f"a part it refers to is missing ({_first_line(exc)})"
    if isinstance(exc, OSError):
        return f"the system could not open it ({exc.strerror or _first_line(exc) or 'input/output error'})"
    if isinstance(exc, RuntimeError) and "loop" in str(exc).lower():
        return "a link that leads back to itself (a loop)"
    detail = _first_line(exc)
    return f"the reader failed: {detail}" if detail else "the reader failed on it (damaged or unusual file)"


def _first_line(exc: BaseException) -> str:
    """The exception's own message, first line, shortened (no class name, no traceback)."""
    text = str(exc).strip().splitlines()
    return text[0][:160] if text else ""
