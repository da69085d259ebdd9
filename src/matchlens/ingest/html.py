"""HTML (a saved job ad or an exported CV) via lxml, offline: the page's visible text with its block structure
(headings, paragraphs, list items, table rows as lines); scripts, styles and other invisible parts left out. Nothing
the page links to is fetched."""
from __future__ import annotations

import codecs
import re

from matchlens.ingest.errors import IngestError, describe
from matchlens.ingest.limits import Budget
from matchlens.ingest.text import clean_text, decode_bytes

INVISIBLE = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
             "head", "select", "button")
BLOCKS = {"address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
          "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "caption", "br", "title"}
CELLS = {"td", "th"}
# Every pattern here is linear on hostile pages: each scan stops at the next '<' (or runs once), so no start re-reads
# what an earlier start read (a lazy '.*?' to a closing bracket re-read the rest of the page from every '<!DOCTYPE':
# 130 KB took 10.7 s). tests/ingest/test_linear_time.py doubles hostile pages to check it.
META_CHARSET = re.compile(rb"""<meta[^<>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
XML_DECL = re.compile(r"^\s*<\?xml[^<>]*\?>")
DOCTYPE_START = re.compile(r"<!DOCTYPE[^\[<>]*([\[>])", re.I)
SUBSET_END = re.compile(r"\]\s*>")
HIDDEN_START = re.compile(r"<(script|style|template|noscript|svg|math|head)\b", re.I)
TAG = re.compile(r"<[^<>]*>")
SPACES = re.compile(r"\s+")


def _parse(source: str, huge: bool):
    """(root, whether the parser hit its depth limit and dropped what lay below)."""
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=huge)
    root = lxml.html.document_fromstring(source, parser=parser)
    return root, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _drop_doctype_subsets(source: str) -> str:
    """The page without the internal subsets of its DOCTYPEs ('<!DOCTYPE x [ ... ]>': their entities are never
    expanded, and the HTML parser would show ']>' as text). One pass: each search starts where the last one ended."""
    out, pos = [], 0
    while (start := DOCTYPE_START.search(source, pos)) is not None:
        if start.group(1) == ">":
            pos = start.end()
            continue
        end = SUBSET_END.search(source, start.end())
        if end is None:
            break  # no closing ']>' anywhere after: nothing more to drop
        out.append(source[pos:start.start()])
        pos = end.end()
    return "".join(out) + source[pos:]


def _drop_hidden_blocks(source: str) -> str:
    """The page without its script, style, head... blocks (each up to its closing tag), in one pass."""
    lower = source.lower()
    out, pos, unclosed = [], 0, set()
    for start in HIDDEN_START.finditer(source):
        name = start.group(1).lower()
        if start.start() < pos or name in unclosed:
            continue
        close = lower.find("</" + name, start.end())
        end = lower.find(">", close) if close >= 0 else -1
        if end < 0:
            unclosed.add(name)  # no closing tag after this one: none after any later one either
            continue
        out.append(source[pos:start.start()])
        pos = end + 1
    return "".join(out) + source[pos:]


def _stripped(source: str) -> str:
    """The page's text with every tag removed (the fallback when it is too deep to parse)."""
    import html

    return html.unescape(SPACES.sub(" ", TAG.sub(" ", _drop_hidden_blocks(source))))


def read_html(data: bytes, name: str, notes: list[str] | None = None, budget: Budget | None = None) -> str:
    """The visible text of an HTML page, cut to the budget before cleaning (raises IngestError with the reason when
    there is none)."""
    from lxml import etree

    notes = notes if notes is not None else []
    budget = budget if budget is not None else Budget(name)
    source = _drop_doctype_subsets(XML_DECL.sub("", _decode(data, name, notes)))
    try:
        root, too_deep = _parse(source, huge=False)
        if too_deep:  # libxml2 stops at 256 levels (some exported CVs nest deeper); allow 2,048
            root, too_deep = _parse(source, huge=True)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(name, f"unreadable HTML: {describe(exc)}") from None
    if too_deep:
        notes.append("nested more than 2,048 levels deep: read as plain text, without its blocks and lines")
        text = clean_text(budget.text(_stripped(source)))
        if not text:
            raise IngestError(name, "empty page (no visible text)")
        return text
    title = (root.findtext(".//title") or "").strip()
    etree.strip_elements(root, *INVISIBLE, with_tail=False)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    text = clean_text(budget.text(_visible_text(root, budget)))
    if title and title not in text:
        text = clean_text(title[:1000] + "\n" + text)
    if not text:
        raise IngestError(name, "empty page (no visible text)")
    return text


def _decode(data: bytes, name: str, notes: list[str]) -> str:
    """By the page's own <meta charset> when it names a codec Python knows, else as any text file."""
    found = META_CHARSET.search(data[:4096])
    if found and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            encoding = codecs.lookup(found.group(1).decode("ascii")).name
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    return decode_bytes(data, name, notes)


def _visible_text(root, budget: Budget) -> str:
    """Text as a browser lays it out: spaces collapsed except in <pre>, blocks on their own lines, cells joined by
    ' | '. One walk with a count of open <pre> elements (asking each element for its ancestors took time
    depth x elements: 250 levels x 300,000 elements, 60 s)."""
    from lxml import etree

    open_pre = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if event == "end":
            open_pre -= tag == "pre"
            continue
        if budget.tick():
            break  # out of time: the text so far (budget.cut says so)
        pre = tag == "pre" or open_pre > 0
        open_pre += tag == "pre"
        if not pre:
            el.text = _collapse(el.text)
            el.tail = _collapse(el.tail)
        if tag in BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
        elif tag in CELLS:
            el.tail = " | " + (el.tail or "")
    lines = (line.strip().rstrip("|").strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _collapse(text: str | None) -> str | None:
    return SPACES.sub(" ", text) if text else text
