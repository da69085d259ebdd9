"""ODT: every part of the text in document order; what is not the document's text left out; bad files named."""
from matchlens.ingest import load_bytes

from tests.ingest.odf_builder import odt


def text_of(data: bytes, name: str = "cv.odt"):
    res = load_bytes(name, data, "resume")
    return (res.documents[0].text if res.documents else None), res.problems


def test_paragraphs_headings_lists_tables_boxes_notes_headers_in_order():
    body = ('<text:h text:outline-level="1">Camille Martin</text:h>'
            '<text:p>Développeuse <text:span>Python</text:span>,<text:s text:c="3"/>Lyon<text:tab/>2024'
            '<text:line-break/>disponible<text:note><text:note-citation>1</text:note-citation>'
            '<text:note-body><text:p>note bilingue</text:p></text:note-body></text:note></text:p>'
            '<text:list><text:list-item><text:p>Django</text:p></text:list-item>'
            '<text:list-item><text:list><text:list-item><text:p>FastAPI</text:p></text:list-item></text:list>'
            '</text:list-item></text:list>'
            '<text:section><table:table><table:table-header-rows><table:table-row>'
            '<table:table-cell><text:p>Poste</text:p></table:table-cell><table:table-cell><text:p>Années</text:p>'
            '</table:table-cell></table:table-row></table:table-header-rows>'
            '<table:table-row><table:table-cell><text:p>Data</text:p><table:table><table:table-row><table:table-cell>'
            '<text:p>imbriquée</text:p></table:table-cell></table:table-row></table:table></table:table-cell>'
            '<table:table-cell table:number-columns-spanned="2"><text:p>3</text:p></table:table-cell>'
            '<table:covered-table-cell/></table:table-row></table:table></text:section>'
            '<text:p><draw:frame><draw:text-box><text:p>encadré Kubernetes</text:p></draw:text-box></draw:frame>'
            'après</text:p>')
    text, problems = text_of(odt(body, header="<text:p>En-tête CV</text:p>", footer="<text:p>Pied 2025</text:p>"))
    assert not [p for p in problems if p.severity == "error"]
    order = ["En-tête CV", "Camille Martin", "Développeuse Python,   Lyon\t2024", "disponible", "note bilingue",
             "Django", "FastAPI", "Poste | Années", "Data / imbriquée | 3", "après", "encadré Kubernetes",
             "Pied 2025"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, (text, order)
    assert positions == sorted(positions), text
    assert text.count("imbriquée") == 1  # a nested table's rows stay in their cell, once


def test_tracked_deletions_and_comments_are_not_the_documents_text():
    body = ('<text:tracked-changes><text:changed-region><text:deletion><text:p>ancien employeur supprimé</text:p>'
            '</text:deletion></text:changed-region></text:tracked-changes>'
            '<text:p>Infirmière<office:annotation><text:p>commentaire du recruteur</text:p></office:annotation>'
            ' de nuit</text:p>')
    text, _ = text_of(odt(body))
    assert "Infirmière de nuit" in text
    assert "supprimé" not in text and "recruteur" not in text


def test_spreadsheets_misnamed_hostile_xml_and_empty_files_are_named():
    cases = {
        "sheet.odt": odt("<table:table/>", kind="spreadsheet"),
        "notzip.odt": b"PK\x03\x04 not really a zip",
        "bomb.odt": odt("<text:p>&lol;</text:p>", prolog='<!DOCTYPE x [<!ENTITY lol "lol">]>'),
        "empty.odt": odt("<text:p> </text:p>"),
    }
    for name, data in cases.items():
        text, problems = text_of(data, name)
        assert text is None, name
        assert [p.name for p in problems if p.severity == "error"] == [name], (name, problems)
    reasons = {name: text_of(data, name)[1][0].reason for name, data in cases.items()}
    assert "spreadsheet" in reasons["sheet.odt"] and "zip" in reasons["notzip.odt"]
    assert "empty" in reasons["empty.odt"]


def test_legacy_formats_say_how_to_convert():
    for name, hint in (("cv.doc", ".docx"), ("cv.pages", ".docx"), ("jobs.ods", ".xlsx")):
        res = load_bytes(name, b"\xd0\xcf\x11\xe0" + b"x" * 100, "resume")
        assert not res.documents and hint in res.problems[0].reason, res.problems
