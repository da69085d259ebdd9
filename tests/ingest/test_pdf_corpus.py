"""Real-layout PDFs (scripts/pdf_corpus.py: Chromium's print to PDF and fpdf2; one and two columns, letter-spaced
headings, ligatures, header and footer; French, English, Korean): matchlens reads back >= 98% of each file's words."""
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

needs_chromium = pytest.mark.skipif(not os.path.exists("/usr/bin/chromium"), reason="Debian's chromium is not installed")


@needs_chromium
def test_every_real_layout_pdf_reads_back_its_words(tmp_path):
    import pdf_corpus

    files = pdf_corpus.chromium_pdfs(tmp_path) + pdf_corpus.fpdf_pdfs(tmp_path)
    assert len(files) == 14
    _reads_back(files)


def _reads_back(files) -> None:
    import pdf_corpus
    from matchlens.ingest import load_bytes

    for path, source in files:
        res = load_bytes(path.name, path.read_bytes(), "resume")
        assert res.documents, res.problems
        assert pdf_corpus.overlap(source, res.documents[0].text) >= 0.98, path.name
        assert not any("damaged" in p.reason for p in res.problems), (path.name, res.problems)


def test_tex_and_weasyprint_pdfs_read_back_their_words():
    """pdfTeX (old-style figures, microtype letter-spaced heading, hyphenation), XeTeX (OpenType Libertine) and
    WeasyPrint CVs (one and two columns, letter-spaced headings, a printed page; French, English, Korean), built by
    `python scripts/pdf_corpus.py --tex` and committed: matchlens reads back every word, with the words TeX broke at
    line ends and the letter-spaced headings joined, and flags nothing as damaged."""
    import pdf_corpus

    files = pdf_corpus.committed_tex_pdfs()
    assert len(files) == 13 and sum("weasyprint" in p.name for p, _ in files) == 9
    _reads_back(files)
