"""Files built to stall or exhaust a reader (issue #29), made in memory: small on disk, huge or slow once read."""
import io
import re
import zipfile

from tests.ingest.odf_builder import odt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def html_pages(size: int = 512 * 1024) -> dict[str, bytes]:
    """Pages of ``size`` bytes, each aimed at one way an HTML reader can go quadratic; each has visible text."""
    head = "<html><body><p>Infirmière de nuit</p>".encode()
    fill = {
        "doctype starts": b"<!DOCTYPE [",
        "unclosed script": b"<script ",
        "meta starts": b"<meta ",
        "open brackets": b"<",
        "deep then wide": None,
        "spaces": b" ",
        "pre nesting": b"<pre>",
        "too deep, then unclosed scripts": b"<script ",  # past 2,048 levels the page is read as plain text
        "too deep, then open brackets": b"<",
    }
    pages = {}
    for label, unit in fill.items():
        if unit is None:  # 250 levels deep, then as many elements as fit (each one walks up 250 ancestors)
            body = b"<div>" * 250 + b"<b>x</b>" * ((size - 1300) // 8)
        else:
            deep = b"<pre>" * 2100 if label.startswith("too deep") else b""
            body = deep + unit * ((size - len(head) - len(deep)) // len(unit))
        pages[label] = head + body
    return pages


def odt_space_bomb(count: int = 300_000_000, repeats: int = 1) -> bytes:
    """A few hundred bytes asking for ``count`` spaces (text:s text:c), ``repeats`` times, around real words."""
    spaces = f'<text:s text:c="{count}"/>' * repeats
    return odt(f"<text:p>Chef de projet{spaces}Lyon</text:p><text:p>Compétences : gestion</text:p>")


def altchunk_docx(chunk_mb: float = 8.0, references: int = 40, text: bool = True) -> bytes:
    """A DOCX whose body imports one HTML part of ``chunk_mb`` MB ``references`` times (w:altChunk); the part is
    visible text (``text``) or empty elements."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    unit = b"<p>Soudeur TIG qualifi\xc3\xa9, 10 ans</p>" if text else b"<i></i>"
    blob = b"<html><body>" + unit * int(chunk_mb * 2**20 / len(unit)) + b"</body></html>"
    d = docx.Document()
    d.add_paragraph("Avant le morceau")
    rid = d.part.relate_to(Part(PackURI("/word/chunk.html"), "text/html", blob, d.part.package), CHUNK_REL)
    for _ in range(references):
        d.element.body.insert(len(d.element.body) - 1,
                              parse_xml(f'<w:altChunk xmlns:w="{W_NS}" xmlns:r="{R_NS}" r:id="{rid}"/>'))
    d.add_paragraph("Après le morceau")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def xlsx(rows: list[list[str]], dimension: str | None = None, far_cells: int = 0) -> bytes:
    """An XLSX of ``rows``; ``dimension`` overrides the sheet's declared size (e.g. 'A1:XFD1048576': 17 billion
    cells); ``far_cells`` rows get a real cell in the last column (XFD) as well."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for n in range(far_cells):
        ws.cell(row=len(rows) + 1 + n, column=16384, value="x")
    buf = io.BytesIO()
    wb.save(buf)
    if dimension is None:
        return buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"'.encode(), data)
            dst.writestr(info, data)
    return out.getvalue()


# Hostile runs for the linear-time test: each unit repeated n times, between real words.
UNITS = {
    "spaces": " ", "spaces then tab": "  \t", "non-breaking spaces": "\u00a0", "newlines": "\n",
    "blank lines with spaces": " \n", "open angles": "<", "nested tags": "<b>", "brackets": "[", "parentheses": "(",
    "punctuation": ".,;:!?-", "long word": "a", "letter-spaced": "a ", "letter-spaced tabs": "a\t",
    "spaced hyphens": "a -", "hyphen breaks": "ab-\n", "hyphenated run": "ab-", "capitalised hyphenated run": "Ab-",
    "ocr digits in a word": "a1", "ocr letters in a number": "2O", "inclusive writing": "é·e·s", "key suffixes": "age_raw",
    "two-column page": "CONTACT" + " " * 40 + "EXPÉRIENCE\n" + " " * 47 + "Lidl\n", "glyph names": "/two.lnum", "digits": "7", "quotes": '"',
    "doctype starts": "<!DOCTYPE [", "unclosed scripts": "<script ", "meta starts": "<meta ", "at signs": "a@",
    "korean letter-spaced": "경 ", "accented runs": "éàü", "urls": "http://", "ampersands": "&amp;",
    "hangul run": "견", "hashtags": "#천식 ", "bilingual labels": "Nom / Овог ", "placeholders in brackets": "[NAME] (",
    "korean job places": "2019 ~ 2020 진천 덕산읍 ", "korean honorifics": "가나다 님 라마바 씨는 ",
    "identity links": "https://x.example/v?nom=Ab&sexe=F ", "labels in a row": "Nom\nPrénom\nÂge\n",
    "roles with a verb": "Your work coach is Bhim Limbu. ", "lower-case cv": "cv abc def \"nick\"\n",
    "table rows like headers": "nom;prénom;sexe;ville\n", "database rows": "INSERT INTO t (nom, sexe) VALUES ('A', 'F');\n",
    "styled letters": "𝐌𝐚𝐫𝐢𝐞 𝟮𝟬 ",
    "spoken e-mail runs": "a point b at c point ", "dictated runs": "à la ligne a point b virgule vingt-deux ",
    "xml elements": "<Nationality><Label>x", "machine-readable zones": "AB<<CD<<", "demonym pairs": "français et ",
    "chat speakers": "[방장 춘삼] [오후 3:10] 💬 Ab : ",
    "run-on fields": "Sexe : F Nationalité : x ", "typed labels": "nationnalite: a | ", "brahmic names": "नाम थर ",
    "typed frames": "jsuis né en 77 a Berkane mon nom et ", "id card headers": "ROMÂNIA · CARTE DE IDENTITATE · ",
    "typed fields in a list": "nationalitee tunisien | sit. fam. celib | ", "typed ages": "g 36ans jai 51 piges ",
    "lower-case name lines": "👋 abc def\n", "form questions": "Q: Date of birth? A: 03/02/71\n",
    "korean voice notes": "저는 가나다 음 남자임 음 십정동 살아요 음 ", "referrals typed": "reco par abc def euh ",
    "typed homes": "im in abc based in def jsuis sur ghi ", "worship places at work": "surveillance d'une synagogue ; église ; ",
    "romanized korean names": "Min-ji Moon / 문민지 (Ha-ram Jung) ", "ages in brackets": "[NAME], (36) (52), ",
    "jobs under their dates": "Nov 2021 - Jul 2025\nCleaner | OCS | 12 Mill Lane, Leeds LS1 2AB\n",
    "births and spans": "°1984 à Ab (Cd) – 1991 → 2001 (10 ans 3 mois) D.O.B 2nd May 1971, Ab Cd, ",
    "names that are words": "Ref: Precious Driver, home manager. BROWN Justice ; Driver, Mercy (Ms) ",
    "korean homes and births on one line": "저는 1973년 6월 9일 가회면에서 태어난 경상남도 합천군 쌍책면 세종대로 229 ",
    "postcodes and towns on one line": "75011 Paris Nord Est Sud Ouest Haut Bas ",
    "icons and their values": "cake 12/05/1991   flag Française   (cid:3)Sénégalais\t\uf1fd 02/03/1986 ",
    "job entries": "2015-2020\nCariste @ Stef\n📍 12 rue des Lilas\n52130 Wassy\nLANGUES\n\uf0b7 Français\n",
    "sectors, selves and pieces on one line": "Secteur Pau (64) | Jeune fille de 18 ans, Maman de 3 enfants, mariée • "
                                              "British/Portuguese • Diabète de type 1 (well controlled) | ",
}


def hostile_text(unit: str, n: int) -> str:
    """``unit`` n times between words (so that every reader has a document to return)."""
    return "Infirmière de nuit à Lyon. " + unit * n + " Fin du texte."


def _xml(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def as_file(ext: str, text: str) -> bytes:
    """``text`` as the content of a file of type ``ext`` (one document)."""
    import json

    if ext in (".txt", ".md"):
        return text.encode("utf-8")
    if ext == ".cp1252.txt":
        return text.encode("cp1252", errors="replace")
    if ext == ".html":
        return text.encode("utf-8")  # the hostile run is the page's source itself
    if ext == ".csv":
        return ("title;text\nA;" + '"' + text.replace('"', '""') + '"\n').encode("utf-8")
    if ext == ".json":
        return json.dumps([{"title": "A", "text": text}]).encode()
    if ext == ".jsonl":
        return (json.dumps({"title": "A", "text": text}) + "\n").encode()
    if ext == ".odt":
        return odt(f"<text:p>{_xml(text)}</text:p>")
    if ext == ".rtf":  # RTF escapes: braces and backslashes escaped, non-ASCII as \uN?
        body = "".join(c if c.isascii() and c not in "{}\\" else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?"
                       if not c.isascii() else "\\" + c for c in text)
        return ("{\\rtf1\\ansi\\ansicpg1252 {\\fonttbl\\f0 Arial;}\\f0 " + body.replace("\n", "\\par\n") + "}").encode("ascii")
    if ext == ".hwpx":
        hp = ('xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
              'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"')
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("Contents/section0.xml", f'<?xml version="1.0" encoding="UTF-8"?><hs:sec {hp}><hp:p><hp:run>'
                                                 f'<hp:t>{_xml(text)}</hp:t></hp:run></hp:p></hs:sec>')
        return buf.getvalue()
    if ext == ".docx":
        import docx

        d = docx.Document()
        d.add_paragraph(text)
        buf = io.BytesIO()
        d.save(buf)
        return buf.getvalue()
    if ext == ".xlsx":  # a cell holds at most 32,767 characters: the text over rows of one column
        step = 30_000
        return xlsx([["text"]] + [[text[i: i + step]] for i in range(0, len(text), step)])
    raise ValueError(ext)
