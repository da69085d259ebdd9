"""HTML (a saved job ad or an exported CV) via lxml, offline: the page's visible text with its block structure
(headings, paragraphs, list items, table rows as lines); scripts, styles and other invisible parts left out. Nothing
the page links to is fetched."""
from __future__ import annotations

import codecs
import re

from matchlens.ingest.errors import IngestError
from matchlens.ingest.text import clean_text, decode_bytes

INVISIBLE = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
             "head", "select", "button")
BLOCKS = {"address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
          "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "caption", "br", "title"}
CELLS = {"td", "th"}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.S | re.I)  # its entities are never expanded
HIDDEN_BLOCK = re.compile(r"<(script|style|template|noscript|svg|math|head)\b.*?</\1\s*>", re.S | re.I)
TAG = re.compile(r"<[^>]*>")


def _parse(source: str, huge: bool):
    """(root, whether the parser hit its depth limit and dropped what lay below)."""
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=huge)
    root = lxml.html.document_fromstring(source, parser=parser)
    return root, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _stripped(source: str) -> str:
    """The page's text with every tag removed (the fallback when it is too deep to parse)."""
    import html

    return html.unescape(re.sub(r"\s+", " ", TAG.sub(" ", HIDDEN_BLOCK.sub(" ", source))))


def read_html(data: bytes, name: str, notes: list[str] | None = None) -> str:
    """The visible text of an HTML page (raises IngestError with the reason when there is none)."""
    from lxml import etree

    notes = notes if notes is not None else []
    source = DOCTYPE_SUBSET.sub("", XML_DECL.sub("", _decode(data, name, notes)))
    try:
        root, too_deep = _parse(source, huge=False)
        if too_deep:  # libxml2 stops at 256 levels (some exported CVs nest deeper); allow 2,048
            root, too_deep = _parse(source, huge=True)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(name, f"unreadable HTML ({type(exc).__name__})") from None
    if too_deep:
        notes.append("nested more than 2,048 levels deep: read as plain text, without its blocks and lines")
        text = clean_text(_stripped(source))
        if not text:
            raise IngestError(name, "empty page (no visible text)")
        return text
    title = (root.findtext(".//title") or "").strip()
    etree.strip_elements(root, *INVISIBLE, with_tail=False)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    text = clean_text(_visible_text(root))
    if title and title not in text:
        text = clean_text(title + "\n" + text)
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


def _visible_text(root) -> str:
    """Text as a browser lays it out: spaces collapsed except in <pre>, blocks on their own lines, cells joined by
    ' | '."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        pre = tag == "pre" or any(a.tag == "pre" for a in el.iterancestors())
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
    return re.sub(r"\s+", " ", text) if text else text
