"""Generator of the bad-input corpus (issue: reliability). Run directly to write it to a folder:

    python tests/bad_inputs.py /tmp/bad

Each case is (file name, bytes, expected) with expected "ok" (loads), "error" (skipped, named with a
reason) or "warning" (loads with a caveat, or an unsupported type listed but not fatal).
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path


def _pdf(text: str | None = "Infirmière de nuit, soins intensifs, Lyon. ﬁnance", pages: int = 1) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if Path(font).exists():
        pdf.add_font("dejavu", "", font)
        pdf.set_font("dejavu", size=11)
    else:
        pdf.set_font("helvetica", size=11)
        text = text.encode("latin-1", "replace").decode("latin-1") if text else text
    for _ in range(pages):
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 6, text)
        else:
            pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def _many_pages(n: int) -> bytes:
    from pypdf import PdfReader, PdfWriter

    page = PdfReader(io.BytesIO(_pdf("p"))).pages[0]
    w = PdfWriter()
    for _ in range(n):
        w.add_page(page)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _encrypted(user: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    w.add_page(PdfReader(io.BytesIO(_pdf())).pages[0])
    w.encrypt(user_password=user, owner_password="owner-secret")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _docx(paragraphs=(), table=None) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            for c, v in zip(t.add_row().cells, row):
                c.text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _zip_bomb(mb: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/document.xml", "w") as fh:
            chunk = b"0" * (1 << 20)
            for _ in range(mb):
                fh.write(chunk)
    return buf.getvalue()


def _xlsx(sheets: dict) -> bytes:
    import pandas as pd

    buf = io.BytesIO()
    with pd.ExcelWriter(buf) as xw:
        for name, df in sheets.items():
            df.to_excel(xw, sheet_name=name, index=False)
    return buf.getvalue()


def cases() -> list[tuple[str, bytes, str]]:
    import pandas as pd

    cv = "Développeur Python, 5 ans d'expérience, Django et PostgreSQL. "
    rows = "\n".join(f"Mission {i};Cariste CACES 3 pour un entrepôt de la région {i}." for i in range(10_000))
    return [
        ("empty.txt", b"", "error"),
        ("zero_bytes.pdf", b"", "error"),
        ("truncated.pdf", _pdf()[:400], "error"),
        ("garbage_after_header.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40, "error"),
        ("not_really.pdf", b"Just text pretending to be a PDF", "error"),
        ("encrypted_with_password.pdf", _encrypted("secret"), "error"),
        ("encrypted_empty_user_password.pdf", _encrypted(""), "ok"),
        ("scanned_no_text.pdf", _pdf(None), "error"),
        ("three_thousand_pages.pdf", _many_pages(3000), "error"),
        ("ligatures.pdf", _pdf(), "ok"),
        ("not_a_zip.docx", b"plain text named .docx", "error"),
        ("zip_bomb.docx", _zip_bomb(260), "error"),
        ("only_tables.docx", _docx(table=[["Compétences", "Python"], ["Langues", "Français"]]), "ok"),
        ("empty_document.docx", _docx(), "error"),
        ("empty_table_cells.docx", _docx(table=[["", ""], ["", ""]]), "error"),
        ("fifty_megabytes.txt", b"mot " * (50 * 1024 * 256), "error"),
        ("random_binary.txt", bytes((i * 7919) % 256 for i in range(20_000)), "error"),
        ("nul_in_middle.txt", b"Infirmier\x00\x00\x00de nuit" * 100, "error"),
        ("utf16_bom.txt", cv.encode("utf-16"), "ok"),
        ("utf16le_no_bom.txt", cv.encode("utf-16-le"), "ok"),
        ("utf8_bom.txt", b"\xef\xbb\xbf" + cv.encode(), "ok"),
        ("latin1.txt", cv.encode("latin-1"), "ok"),
        ("mixed_encoding.txt", cv.encode() + "Électricien à Besançon".encode("latin-1"), "ok"),
        ("emoji.txt", "Serveuse 🍽️ en extra 🎉, service du vin 🍷".encode(), "ok"),
        ("right_to_left.txt", "مطور بايثون لديه خبرة خمس سنوات في دجانغو".encode(), "ok"),
        ("korean.txt", "간호사 경력 6년, 중환자실 근무, 야간 근무 가능".encode(), "ok"),
        ("combining_characters.txt", "Infirmie\u0300re diplo\u0302me\u0301e".encode(), "ok"),
        ("zero_width.txt", "Déve\u200bloppeur\u200d Python\ufeff".encode(), "ok"),
        ("html_script.txt", b"<script>alert('x')</script><b>Chef de partie</b> <img src=http://example.com/x.png>", "ok"),
        ("markdown_image.md", b"# CV\n![tracker](http://example.com/pixel.png) [click](javascript:alert(1))", "ok"),
        ("only_whitespace.txt", b"   \n\t\n   \r\n ", "error"),
        ("very_long_line.txt", ("x" * 199 + " ").encode() * 5_000, "warning"),
        ("no_extension", cv.encode(), "ok"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "warning"),
        ("gigs_10000_rows.csv", ("title;description\n" + rows).encode(), "ok"),
        ("no_text_rows.csv", b"a,b\n,\n,\n", "error"),
        ("unbalanced_quotes.csv", b'title,description\n"Cariste,"entrepot\n"Chef,cuisine"\n', "error"),
        ("tab_separated.tsv", b"title\tdescription\nChef\tChef de partie en brasserie, 5 ans\n", "ok"),
        ("several_sheets.xlsx", _xlsx({"empty": pd.DataFrame(), "cvs": pd.DataFrame(
            {"name": ["A"], "text": ["Comptable, clôture annuelle, Sage."]})}), "ok"),
        ("xlsx_not_zip.xlsx", b"not an excel file", "error"),
        ("json_as_text.txt", b'{"name": "Jean", "skills": ["python", "django"]}', "ok"),
        ("evil\nname<script>.txt", cv.encode(), "ok"),
        ("same_name.txt", cv.encode(), "ok"),
        ("dup/same_name.txt", ("Autre texte : " + cv).encode(), "ok"),
    ]


def write(folder: Path) -> list[tuple[str, str]]:
    out = []
    for name, data, expected in cases():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        out.append((name, expected))
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bad_inputs")
    print(f"wrote {len(write(target))} cases into {target}")
