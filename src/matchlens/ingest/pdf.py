"""PDF via pypdf: encrypted and scanned files get their own clear reasons."""
from __future__ import annotations

import io
import logging
import re

from matchlens.ingest.errors import IngestError, describe
from matchlens.ingest.limits import Budget, Limits
from matchlens.ingest.text import clean_text

WORD_GAP = re.compile(r" {2,}")
SPACED_RUN = re.compile(r"(?<![^\W\d_])(?<![^\W\d_] )(?:[^\W\d_] )+[^\W\d_](?: {2,}(?:[^\W\d_] )*[^\W\d_])+")


def read_pdf(data: bytes, name: str, limits: Limits, password: str | None = None,
             notes: list[str] | None = None, budget: Budget | None = None) -> str:
    """The text of every page, then the values of the form's fields; ``notes`` names the pages not read (scanned,
    or past the time budget)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    budget = budget if budget is not None else Budget(name, limits)
    if not data.strip():
        raise IngestError(name, "empty file")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise IngestError(name, "not a PDF (no %PDF header): corrupt or misnamed file")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            if reader.decrypt(password or "") == 0:
                raise IngestError(name, "encrypted PDF: a password is needed to read it")
        n_pages = len(reader.pages)
        if n_pages > limits.max_pages:
            raise IngestError(name, f"{n_pages} pages, over the limit of {limits.max_pages} pages")
        notes = notes if notes is not None else []
        parts, scanned = [], []
        for n, page in enumerate(reader.pages):
            if budget.out_of_time():
                if not parts:
                    raise IngestError(name, f"text extraction timed out after {limits.parse_seconds:g} s")
                notes.append(f"text extraction stopped after {limits.parse_seconds:g} s: pages {n + 1}-{n_pages} "
                             f"of {n_pages} not read")
                budget.late = False  # named here, page by page
                break  # keep what was read in time
            part = _word_gaps(page, page.extract_text() or "")
            if not part.strip() and _has_images(page):
                scanned.append(n + 1)
            parts.append(budget.text(part))
            if budget.truncated:
                break  # from_text cuts the text at max_chars and says so
        parts += _form_values(reader)
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError, AssertionError, ZeroDivisionError) as exc:
        raise IngestError(name, f"corrupt or unreadable PDF: {describe(exc)}"[:300]) from None
    except Exception as exc:  # pypdf raises many kinds on hostile files; never let one escape
        raise IngestError(name, f"unreadable PDF: {describe(exc)}") from None
    text = clean_text("\n".join(parts))
    if not text:
        raise IngestError(name, "no text layer: scanned PDF? OCR is not available in matchlens")
    if scanned:
        pages = ", ".join(map(str, scanned[:10])) + (f" and {len(scanned) - 10} more" if len(scanned) > 10 else "")
        notes.append(f"page(s) {pages} of {n_pages} are images without a text layer (scanned?): their text is not "
                     f"read (OCR is not available in matchlens)")
    return text


def _has_images(page) -> bool:
    """Whether the page draws an image (a scanned page has one and no text)."""
    try:
        xobjects = page["/Resources"].get_object().get("/XObject")
        return bool(xobjects) and any(x.get_object().get("/Subtype") == "/Image"
                                      for x in xobjects.get_object().values())
    except Exception:  # noqa: BLE001 - odd resources: not flagged
        return False


def _form_values(reader) -> list[str]:
    """Filled-in form fields (a CV made from a PDF form keeps its answers there, not in the page's text)."""
    try:
        fields = reader.get_form_text_fields() or {}
    except Exception:  # noqa: BLE001 - a broken form must not lose the pages
        return []
    return [str(v).strip() for v in fields.values() if v is not None and str(v).strip()]


def _word_gaps(page, text: str) -> str:
    """Letter-spaced headings keep their word breaks: plain extraction gives "E X P É R I E N C E P R O F E S", where
    the layout mode still shows the wider gap between words; the words are split where the layout puts it."""
    from matchlens.ingest.quality import LETTER_SPACED

    if not LETTER_SPACED.search(text):
        return text
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is a hint only
        return text
    hints = {}
    for run in SPACED_RUN.findall(layout):
        words = [w.replace(" ", "") for w in WORD_GAP.split(run.strip())]
        if len(words) > 1:
            hints["".join(words)] = words
    if not hints:
        return text

    def split(m: re.Match) -> str:  # three spaces between words: quality.repair joins each word on its own
        words = hints.get(m.group(0).replace(" ", ""))
        return "   ".join(" ".join(w) for w in words) if words else m.group(0)

    return LETTER_SPACED.sub(split, text)
