"""Nothing lost: every planted word is in the extracted text or its file/row is named in a problem.

Hypothesis builds documents of random structure (DOCX with headers, footers, nested tables and text
boxes; CSV/XLSX with cells of any length; text in several encodings with stray NULs; PDF pages) and
plants unique words in every part. A word may only disappear if a problem names where it was.
"""
import io
import os
import random
import string

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from matchlens.ingest import Limits, load_bytes, load_paths, safe_name

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FILLER = "expérience compétences infirmière développeur cuisine data soins équipe".split()


def planted(rng: random.Random, n: int) -> list[str]:
    return ["zq" + "".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(n)]


def sentence(rng: random.Random, word: str) -> str:
    words = rng.sample(FILLER, 3) + [word]
    rng.shuffle(words)
    return " ".join(words)


def assert_found(result, words):
    text = "\n".join(d.text for d in result.documents)
    named = " ".join(p.name + " " + p.reason for p in result.problems)
    missing = [w for w in words if w not in text]
    assert not missing or named, (missing, result.problems)
    assert not result.errors or not result.documents or named


def _text_box(paragraph, text: str) -> None:
    """A DrawingML text box (with its VML fallback, as Word writes it) anchored in ``paragraph``."""
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (f'<w:r xmlns:w="{w}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           f'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
           f'<wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
           f'</mc:Choice><mc:Fallback><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
           f'</w:txbxContent></v:textbox></mc:Fallback></mc:AlternateContent></w:r>')
    paragraph._p.append(parse_xml(xml))


@SETTINGS
@given(seed=st.integers(0, 10**6), n_par=st.integers(0, 4), n_tables=st.integers(0, 2), depth=st.integers(0, 3),
       header=st.booleans(), footer=st.booleans(), box=st.booleans())
def test_docx_of_any_structure_keeps_every_word(seed, n_par, n_tables, depth, header, footer, box):
    import docx

    rng = random.Random(seed)
    words = planted(rng, 40)
    used = []
    d = docx.Document()
    take = lambda: used.append(words[len(used)]) or words[len(used) - 1]  # noqa: E731
    if header:
        d.sections[0].header.paragraphs[0].text = sentence(rng, take())
    if footer:
        d.sections[0].footer.paragraphs[0].text = sentence(rng, take())
    for _ in range(n_par):
        p = d.add_paragraph(sentence(rng, take()))
        if box:
            _text_box(p, take())
    for _ in range(n_tables):
        table = d.add_table(rows=2, cols=2)
        cell = table.cell(0, 0)
        for _ in range(depth):  # nested tables, each holding a word
            cell.text = sentence(rng, take())
            cell = cell.add_table(rows=1, cols=2).cell(0, 1)
        cell.text = take()
        table.cell(1, 1).text = take()
    if not used:
        d.add_paragraph(take())
    buf = io.BytesIO()
    d.save(buf)
    res = load_bytes("cv.docx", buf.getvalue(), "resume")
    assert not res.problems, res.problems
    assert all(res.documents[0].text.count(w) == 1 for w in used)  # found, and a text box only once


@SETTINGS
@given(seed=st.integers(0, 10**6), rows=st.integers(1, 6), long_cell=st.integers(0, 300_000),
       fmt=st.sampled_from(["csv", "tsv", "xlsx"]), sep=st.sampled_from([",", ";"]))
def test_table_rows_with_cells_of_any_length_are_kept(seed, rows, long_cell, fmt, sep):
    import pandas as pd

    rng = random.Random(seed)
    words = planted(rng, rows)
    texts = [sentence(rng, w) for w in words]
    texts[rng.randrange(rows)] += " " + "x" * long_cell
    df = pd.DataFrame({"name": [f"cand {i}" for i in range(rows)], "texte": texts})
    if fmt == "xlsx":
        buf = io.BytesIO()
        df.assign(texte=[t[:32_000] if len(t) > 32_767 else t for t in texts]).to_excel(buf, index=False)
        data = buf.getvalue()
    else:
        data = df.to_csv(index=False, sep="\t" if fmt == "tsv" else sep).encode()
    res = load_bytes(f"rows.{fmt}", data, "resume")
    assert len(res.documents) == rows
    assert_found(res, words)
    cut = [p for p in res.problems if "cut to" in p.reason]
    assert bool(cut) == any(len(d.text) >= Limits().max_chars for d in res.documents)


@SETTINGS
@given(seed=st.integers(0, 10**6), encodings=st.lists(st.sampled_from(["utf-8", "cp1252", "latin-1"]),
                                                       min_size=1, max_size=6), nuls=st.integers(0, 3))
def test_text_in_mixed_encodings_with_stray_nuls_keeps_every_line(seed, encodings, nuls):
    rng = random.Random(seed)
    words = planted(rng, len(encodings))
    lines = [(sentence(rng, w) + " café").encode(enc) for w, enc in zip(words, encodings)]
    data = b"\n".join(lines)
    for _ in range(nuls):
        at = rng.randrange(len(data))
        data = data[:at] + b"\x00" + data[at:]
    res = load_bytes("cv.txt", data, "resume")
    assert res.documents, res.problems
    text = res.documents[0].text
    assert all(w in text for w in words)
    if nuls:
        assert any("NUL" in p.reason for p in res.problems)
    if "utf-8" in encodings and set(encodings) - {"utf-8"}:
        assert "café" in text.split("\n")[encodings.index("utf-8")]  # the UTF-8 line is not garbled


@SETTINGS
@given(seed=st.integers(0, 10**6), pages=st.integers(1, 4))
def test_pdf_pages_keep_every_word(seed, pages):
    from tests.bad_inputs import _pdf  # fpdf2, DejaVu when present

    rng = random.Random(seed)
    words = planted(rng, pages)
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for w in words:
        pdf.add_page()
        pdf.multi_cell(0, 6, sentence(rng, w).encode("latin-1", "replace").decode("latin-1"))
    assert _pdf  # same generator family as the bad-input corpus
    res = load_bytes("cv.pdf", bytes(pdf.output()), "resume")
    assert_found(res, words)


def test_long_names_keep_their_extension():
    name = "CV " + "é" * 400 + ".docx"
    short = safe_name(name)
    assert short.endswith(".docx") and len(short) <= 200
    assert safe_name("a" * 250 + ".pdf").endswith(".pdf")


def test_legacy_xls_is_named_not_offered():
    from matchlens.ingest import SUPPORTED_EXT

    assert ".xls" not in SUPPORTED_EXT
    res = load_bytes("old.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 600, "resume")
    assert "xlsx" in res.problems[0].reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_broken_link_outside_link_and_unreadable_file_are_named_and_the_rest_loads(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "ok.txt").write_text("Infirmière de nuit, soins intensifs")
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    (folder / "broken.txt").symlink_to(tmp_path / "missing.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text("not part of the chosen folder")
    (folder / "escape.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "ok.txt")
    locked = folder / "locked.txt"
    locked.write_text("x")
    locked.chmod(0)
    res = load_paths([folder], "resume")
    named = {p.name: p.reason for p in res.problems}
    assert "FIFO" in named["pipe.txt"] and "broken link" in named["broken.txt"]
    assert "outside" in named["escape.txt"]
    assert not any("not part of the chosen folder" in d.text for d in res.documents)
    assert [d.name for d in res.documents].count("ok.txt") == 1 and "inside.txt" in [d.name for d in res.documents]
    if os.geteuid() != 0:  # root reads anything
        assert "locked.txt" in named


def test_xlsx_reading_has_a_time_budget():
    import pandas as pd

    buf = io.BytesIO()
    pd.DataFrame({"texte": [f"ligne {i} infirmière" for i in range(3000)]}).to_excel(buf, index=False)
    res = load_bytes("big.xlsx", buf.getvalue(), "resume", limits=Limits(parse_seconds=0.0))
    assert res.problems and any("timed out" in p.reason or "stopped" in p.reason for p in res.problems)


def _odt_block(rng: random.Random, take, depth: int) -> str:
    """A random ODT block holding planted words: paragraph (with a span, frame or footnote), heading, list,
    section or table, nested up to ``depth``."""
    kind = rng.choice(["p", "h", "list", "section", "table"] if depth else ["p", "h"])
    if kind == "p":
        extras = [lambda: "", lambda: f"<text:span>{take()}</text:span>",
                  lambda: f"<draw:frame><draw:text-box><text:p>{take()}</text:p></draw:text-box></draw:frame>",
                  lambda: f"<text:note><text:note-citation>1</text:note-citation><text:note-body>"
                          f"<text:p>{take()}</text:p></text:note-body></text:note>"]
        extra = rng.choice(extras)()
        return f"<text:p>{sentence(rng, take())}{extra}</text:p>"
    if kind == "h":
        return f"<text:h>{take()}</text:h>"
    inner = "".join(_odt_block(rng, take, depth - 1) for _ in range(rng.randint(1, 2)))
    if kind == "list":
        return f"<text:list><text:list-item>{inner}</text:list-item></text:list>"
    if kind == "section":
        return f"<text:section>{inner}</text:section>"
    cells = "".join(f"<table:table-cell>{c}</table:table-cell>" for c in (inner, f"<text:p>{take()}</text:p>"))
    return f"<table:table><table:table-row>{cells}</table:table-row></table:table>"


@SETTINGS
@given(seed=st.integers(0, 10**6), blocks=st.integers(1, 5), depth=st.integers(0, 3), header=st.booleans(),
       footer=st.booleans())
def test_odt_of_any_structure_keeps_every_word(seed, blocks, depth, header, footer):
    from tests.ingest.odf_builder import odt

    rng = random.Random(seed)
    words, used = planted(rng, 200), []
    take = lambda: used.append(words[len(used)]) or words[len(used) - 1]  # noqa: E731
    head = f"<text:p>{take()}</text:p>" if header else ""
    foot = f"<text:p>{take()}</text:p>" if footer else ""
    body = "".join(_odt_block(rng, take, depth) for _ in range(blocks))
    res = load_bytes("cv.odt", odt(body, head, foot), "resume")
    assert not res.problems, res.problems
    assert all(res.documents[0].text.count(w) == 1 for w in used), (res.documents[0].text, used)


def _html_block(rng: random.Random, take, depth: int) -> str:
    """Random HTML holding planted words, with invisible parts that hold a word that must not show."""
    tag = rng.choice(["div", "p", "section", "ul", "table", "h2", "pre", "span", "a", "script"] if depth else
                     ["p", "span", "b", "h3", "style"])
    if tag in ("script", "style"):
        return f"<{tag}>zzhidden {rng.random()}</{tag}>"
    inner = sentence(rng, take()) + "".join(_html_block(rng, take, depth - 1) for _ in range(rng.randint(0, 2))) \
        if depth else sentence(rng, take())
    if tag == "ul":
        return f"<ul><li>{inner}</li><li>{take()}</li></ul>"
    if tag == "table":
        return f"<table><tr><td>{inner}</td><td>{take()}</td></tr></table>"
    return f"<{tag}>{inner}</{tag}>"


@SETTINGS
@given(seed=st.integers(0, 10**6), blocks=st.integers(1, 5), depth=st.integers(0, 3),
       encoding=st.sampled_from(["utf-8", "cp1252"]), declared=st.booleans())
def test_html_of_any_structure_keeps_every_visible_word(seed, blocks, depth, encoding, declared):
    rng = random.Random(seed)
    words, used = planted(rng, 300), []
    take = lambda: used.append(words[len(used)]) or words[len(used) - 1]  # noqa: E731
    meta = f'<meta charset="{encoding}">' if declared else ""
    page = f"<html><head>{meta}</head><body><p>{take()}</p>" + \
        "".join(_html_block(rng, take, depth) for _ in range(blocks)) + "</body></html>"
    res = load_bytes("offre.html", page.encode(encoding), "gig")
    text = res.documents[0].text
    assert all(text.count(w) == 1 for w in used), (text, used)
    assert "zzhidden" not in text
    accented = [w for w in ("expérience", "compétences", "infirmière", "équipe", "développeur") if w in page]
    assert all(w in text for w in accented), text  # decoded, declared or not


def _json_value(rng: random.Random, take, depth: int):
    kind = rng.choice(["str", "list", "dict"] if depth else ["str"])
    if kind == "str":
        return sentence(rng, take())
    if kind == "list":
        return [_json_value(rng, take, depth - 1) for _ in range(rng.randint(1, 3))]
    return {f"k{i}": _json_value(rng, take, depth - 1) for i in range(rng.randint(1, 3))}


@SETTINGS
@given(seed=st.integers(0, 10**6), records=st.integers(1, 6), depth=st.integers(0, 3),
       shape=st.sampled_from(["array", "wrapped", "lines"]))
def test_json_records_of_any_shape_keep_every_word_in_text_or_fields(seed, records, depth, shape):
    import json

    rng = random.Random(seed)
    words, used = planted(rng, 2000), []
    take = lambda: used.append(words[len(used)]) or words[len(used) - 1]  # noqa: E731
    recs = [{"title": f"offre {i}", "description": sentence(rng, take()) + " " + "x" * 200,
             "details": _json_value(rng, take, depth)} for i in range(records)]
    if shape == "lines":
        data, name = "\n".join(json.dumps(r, ensure_ascii=False) for r in recs), "offres.jsonl"
    else:
        data, name = json.dumps(recs if shape == "array" else {"total": records, "results": recs}), "offres.json"
    res = load_bytes(name, data.encode(), "gig")
    assert len(res.documents) == records
    found = "\n".join(d.text + "\n" + "\n".join(map(str, d.meta.values())) for d in res.documents)
    assert all(w in found for w in used), used


@SETTINGS
@given(seed=st.integers(0, 10**6), rows=st.integers(1, 6), sep=st.sampled_from([",", ";"]),
       multiline=st.booleans())
def test_csv_rows_with_unquoted_separators_anywhere_keep_their_text_and_are_named(seed, rows, sep, multiline):
    """pandas dropped such a row, or silently cut it (or took the first column as an index) when it came first."""
    rng = random.Random(seed)
    words = planted(rng, rows * 2)
    long_rows = set(rng.sample(range(rows), rng.randint(1, rows)))
    lines = [f"title{sep}description"]
    for i in range(rows):
        if i in long_rows:  # an unquoted separator inside the description
            lines.append(f"poste {i}{sep}{words[2 * i]}{sep} {sentence(rng, words[2 * i + 1])}")
        elif multiline:
            lines.append(f'poste {i}{sep}"{words[2 * i]}\n{sentence(rng, words[2 * i + 1])}"')
        else:
            lines.append(f"poste {i}{sep}{words[2 * i]} {sentence(rng, words[2 * i + 1])}")
    res = load_bytes("offres.csv", "\n".join(lines).encode(), "gig")
    assert [d.name.split(" [")[0] for d in res.documents] == [f"poste {i}" for i in range(rows)]
    assert_found(res, words)
    assert all(w in res.documents[i].text for i in range(rows) for w in words[2 * i : 2 * i + 2])
    named = [p.reason for p in res.problems if "more fields" in p.reason]
    line_of = {i: "\n".join(lines[: i + 2]).count("\n") + 1 for i in long_rows}  # in an editor (multi-line cells)
    assert len(named) == 1 and named[0].split("line(s) ")[1].split(":")[0] == ", ".join(
        str(line_of[i]) for i in sorted(long_rows)), (res.problems, line_of)
