import io
import zipfile

import pytest

from matchlens.ingest import Limits, from_text, load_bytes, load_paths, safe_name
from matchlens.ingest.lang import detect_language
from tests.conftest import SAMPLE


def make_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") if _has_dejavu() else None
    pdf.set_font("dejavu" if _has_dejavu() else "helvetica", size=11)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _has_dejavu():
    import os

    return os.path.exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


from tests.bad_inputs import _docx as make_docx  # noqa: E402


def test_txt_utf8_latin1_utf16_decode_to_the_same_text():
    text = "Expérience : infirmière diplômée, soins intensifs à Besançon."
    for data in (text.encode("utf-8"), text.encode("latin-1"), text.encode("utf-16"),
                 text.encode("utf-16-le")):
        res = load_bytes("cv.txt", data, "resume")
        assert not res.errors, res.problems
        assert res.documents[0].text == text


def test_pdf_text_is_extracted_and_nfkc_normalised():
    res = load_bytes("cv.pdf", make_pdf("Claire Martin\nInfirmière de réanimation\nﬁnance"), "resume")
    assert not res.errors, res.problems
    doc = res.documents[0]
    assert "Infirmière de réanimation" in doc.text
    assert "finance" in doc.text  # the fi ligature became two letters
    assert doc.kind == "resume" and doc.source == "cv.pdf"


def test_docx_reads_paragraphs_and_tables_in_order():
    data = make_docx(["Julien Morel", "Compétences"], table=[["Python", "Django"], ["Docker", "AWS"]])
    doc = load_bytes("cv.docx", data, "resume").documents[0]
    assert doc.text.index("Compétences") < doc.text.index("Python | Django")
    assert "Docker | AWS" in doc.text


def test_docx_footnotes_and_endnotes_are_read_and_tracked_deletions_are_not():
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    d.add_paragraph("Infirmière en réanimation")
    d.paragraphs[-1]._p.append(parse_xml(f'<w:del {w} w:id="9" w:author="rh"><w:r><w:delText>ancien poste supprimé'
                                         f'</w:delText></w:r></w:del>'))
    for kind, text in (("footnotes", "diplôme d'État 2015"), ("endnotes", "références sur demande")):
        tag = kind[:-1]
        xml = (f'<w:{kind} {w}><w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
               f'<w:{tag} w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{tag}></w:{kind}>').encode()
        part = Part(PackURI(f"/word/{kind}.xml"), f"application/vnd.openxmlformats-officedocument.wordprocessingml."
                                                  f"{kind}+xml", xml, d.part.package)
        d.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)
    buf = io.BytesIO()
    d.save(buf)
    text = load_bytes("cv.docx", buf.getvalue(), "resume").documents[0].text
    assert text.index("Infirmière") < text.index("diplôme d'État 2015") < text.index("références sur demande")
    assert "supprimé" not in text


def test_csv_one_document_per_row_with_detected_text_column_and_meta():
    csv = "title;city;description\nInfirmier;Lyon;Mission de nuit en EHPAD, soins techniques.\n" \
          "Cariste;Lille;Chargement des camions avec CACES 1 3 5 en entrepôt.\n"
    res = load_bytes("gigs.csv", csv.encode(), "gig")
    assert [d.name.split(" [")[0] for d in res.documents] == ["Infirmier", "Cariste"]
    assert res.documents[0].meta == {"title": "Infirmier", "city": "Lyon"}
    assert all(d.kind == "gig" for d in res.documents)


def test_csv_with_a_missing_chosen_column_is_a_named_error():
    res = load_bytes("gigs.csv", b"a,b\n1,2\n", "gig", text_col="description")
    assert not res.documents
    assert res.errors[0].name == "gigs.csv" and "description" in res.errors[0].reason


def test_xlsx_rows_become_documents():
    import pandas as pd

    buf = io.BytesIO()
    pd.DataFrame({"name": ["A", "B"], "text": ["Développeur Python senior.", "Électricien bâtiment."]}) \
        .to_excel(buf, index=False)
    res = load_bytes("cvs.xlsx", buf.getvalue(), "resume")
    assert [d.text for d in res.documents] == ["Développeur Python senior.", "Électricien bâtiment."]
    assert not res.problems


def test_xlsx_other_sheets_with_rows_are_named():
    import pandas as pd

    buf = io.BytesIO()
    with pd.ExcelWriter(buf) as xl:
        pd.DataFrame().to_excel(xl, sheet_name="Notes", index=False)
        pd.DataFrame({"text": ["Cariste CACES 3, entrepôt."]}).to_excel(xl, sheet_name="CVs", index=False)
        pd.DataFrame({"text": ["Cuisinier, brasserie."]}).to_excel(xl, sheet_name="Offres", index=False)
        pd.DataFrame({"vide": []}).to_excel(xl, sheet_name="Header only", index=False)
    res = load_bytes("classeur.xlsx", buf.getvalue(), "resume")
    assert [d.text for d in res.documents] == ["Cariste CACES 3, entrepôt."]
    named = [p.reason for p in res.problems]
    assert len(named) == 1 and "'CVs'" in named[0] and "'Offres'" in named[0] and "Header only" not in named[0]


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\t  \n", "empty"),
    ("bad.pdf", b"%PDF-1.4 garbage garbage", "PDF"),
    ("fake.pdf", b"hello, I am not a pdf", "not a PDF"),
    ("fake.docx", b"plain text", "not a valid DOCX"),
    ("binary.txt", bytes(range(256)) * 20, "binary"),
    ("photo.png", b"\x89PNG\r\n", "unsupported"),
])
def test_bad_files_give_a_named_reason_and_never_raise(name, data, reason):
    res = load_bytes(name, data, "resume")
    assert not res.documents
    assert res.errors and res.errors[0].name == name
    assert reason.lower() in res.errors[0].reason.lower()


def test_encrypted_and_scanned_pdfs_have_their_own_reasons():
    res = load_paths([SAMPLE / "bad"], "resume")
    reasons = {p.name: p.reason for p in res.problems}
    assert "password" in reasons["encrypted.pdf"]
    assert "scanned" in reasons["scanned_no_text.pdf"]
    assert "empty" in reasons["empty.txt"]
    assert not res.documents


def test_zip_bomb_docx_is_refused_before_parsing():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"0" * (30 * 1024 * 1024))
    res = load_bytes("bomb.docx", buf.getvalue(), "resume", limits=Limits(max_unzipped_mb=10))
    assert "zip bomb" in res.errors[0].reason


def test_size_and_length_limits_are_reported():
    big = ("mot " * 100).encode()
    assert "over the limit" in load_bytes("a.txt", big, "resume", limits=Limits(max_file_mb=0.0001)).errors[0].reason
    res = load_bytes("b.txt", big, "resume", limits=Limits(max_chars=50))
    assert len(res.documents[0].text) == 50
    assert res.problems[0].severity == "warning"


def test_path_traversal_names_are_reduced_to_a_base_name():
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("..\\..\\cv.txt") == "cv.txt"
    assert safe_name("") == "unnamed"
    res = load_bytes("../../x/cv.txt", b"Infirmier de nuit, soins.", "resume")
    assert res.documents[0].name == "cv.txt"


def test_good_files_load_next_to_bad_ones():
    res = load_paths([SAMPLE / "resumes", SAMPLE / "bad"], "resume")
    assert len(res.documents) == 20
    assert len(res.errors) == 5


def test_language_detection_on_french_english_korean():
    assert detect_language("Infirmière diplômée d'État avec huit ans d'expérience en réanimation.") == "fr"
    assert detect_language("Senior backend developer with eight years of Python experience.") == "en"
    assert detect_language("간호사 면허 보유, 중환자실 경력 6년, 야간 근무 가능") == "ko"
    assert detect_language("12 34") == "unknown"


def test_pasted_text_becomes_a_document():
    doc, problems = from_text("  Cuisinier, 5 ans en brasserie.  ", "pasted-1", "resume")
    assert doc.text == "Cuisinier, 5 ans en brasserie." and doc.lang == "fr" and not problems


def test_pdf_extraction_has_a_time_budget():
    from tests.bad_inputs import _pdf

    res = load_bytes("slow.pdf", _pdf(pages=3), "resume", limits=Limits(parse_seconds=0))
    assert "timed out" in res.errors[0].reason


@pytest.mark.parametrize("lang, text", [
    ("es", "Desarrollador de software con experiencia en Python y Django. He trabajado en la empresa durante cinco "
           "años, en el equipo de datos, para mejorar los procesos de la organización y la calidad del código."),
    ("pt", "Enfermeira com experiência em cuidados intensivos. Trabalhei no hospital durante seis anos, em turnos "
           "da noite, com pacientes em estado crítico e na gestão da equipa de enfermagem do serviço."),
    ("it", "Sviluppatore con esperienza nella progettazione di applicazioni web. Ho lavorato per una società di "
           "consulenza a Milano, nel team di sviluppo, con responsabilità della qualità del codice e dei test."),
    ("de", "Krankenpfleger mit Erfahrung in der Intensivpflege. Ich habe fünf Jahre in einem Krankenhaus in Berlin "
           "gearbeitet, mit Nachtdiensten und der Betreuung von Patienten auf der Station."),
    ("fr", "Infirmière de nuit avec huit ans d'expérience dans les services de soins intensifs. J'ai travaillé dans "
           "un hôpital de Lyon, avec des patients ventilés, et pour des missions d'intérim dans les EHPAD."),
    ("en", "Night nurse with eight years of experience in intensive care units. I have worked in a hospital in "
           "Leeds with ventilated patients, and for agencies in care homes across the region."),
])
def test_languages_beyond_french_and_english_are_tagged_right(lang, text):
    assert detect_language(text) == lang


def test_rows_of_an_esco_table_are_named_by_their_preferred_label():
    data = ("conceptType,conceptUri,iscoGroup,preferredLabel,description\n"
            "Occupation,http://x/1,2654,directeur technique,Les directeurs techniques réalisent la vision.\n"
            "Occupation,http://x/2,3432,cuisinier,Les cuisiniers préparent les repas du restaurant.\n").encode()
    res = load_bytes("esco.csv", data, "gig")
    assert [d.name.split(" [")[0] for d in res.documents] == ["directeur technique", "cuisinier"]


def test_legacy_french_text_is_read_as_windows_1252_in_every_format():
    """The detector alone read French CP1252 as CP1250 ('infirmière' -> 'infirmičre'); other scripts still detected."""
    from matchlens.ingest import load_bytes

    fr = "Infirmière de nuit, expérience en réanimation.\nCompétences : soins, équipe, « cœur » – 5 ans"
    for short in ("Une réécriture créée à Besançon, aïeul.", "Ça coûte 5 €"):  # two accents in a row, few letters
        assert load_bytes("n.txt", short.encode("cp1252"), "resume").documents[0].text == short
    for name, data in (("cv.txt", fr.encode("cp1252")), ("offres.csv", f"titre;texte\nposte;{fr.splitlines()[0]}"
                                                                      .encode("cp1252")),
                       ("offre.html", f"<p>{fr}</p>".encode("cp1252"))):
        res = load_bytes(name, data, "resume")
        assert "Infirmière de nuit, expérience en réanimation." in res.documents[0].text, (name, res.documents)
    for text, enc in (("간호사 경력 5년, 서울 병원 근무, 야간 교대", "euc-kr"), ("Ελληνικά κείμενο για δοκιμή", "cp1253")):
        assert load_bytes("x.txt", text.encode(enc), "resume").documents[0].text == text


def _pdf_with_scan_and_form(field_value: str) -> bytes:
    """Page 1 text; page 2 only an image (a scanned diploma); an AcroForm text field filled with ``field_value``."""
    from fpdf import FPDF
    from PIL import Image
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "Aide-soignante, 6 ans en EHPAD")
    pdf.add_page()
    img = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(img, format="PNG")
    pdf.image(img, x=10, y=10, w=60)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    field = DictionaryObject({NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("permis"),
                              NameObject("/V"): TextStringObject(field_value), NameObject("/Type"): NameObject("/Annot"),
                              NameObject("/Subtype"): NameObject("/Widget"),
                              NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4)})
    ref = writer._add_object(field)
    writer.pages[0][NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject([ref])})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_names_scanned_pages_and_reads_form_fields():
    res = load_bytes("cv.pdf", _pdf_with_scan_and_form("Permis B et CACES 1"), "resume")
    text = res.documents[0].text
    assert "Aide-soignante" in text and "Permis B et CACES 1" in text
    scanned = [p.reason for p in res.problems if "scanned" in p.reason]
    assert scanned and "page(s) 2 of 2" in scanned[0], res.problems


def test_pdf_pages_past_the_time_budget_are_named(monkeypatch):
    import itertools

    from matchlens.ingest import limits as limits_mod

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for i in range(4):  # four one-page PDFs' pages: "page i"
        writer.add_page(PdfReader(io.BytesIO(make_pdf(f"page {i} mission"))).pages[0])
    out = io.BytesIO()
    writer.write(out)
    clock = itertools.count()  # one second per call: the third page starts after 2.5 s
    monkeypatch.setattr(limits_mod.time, "monotonic", lambda: float(next(clock)))  # the budget's clock
    res = load_bytes("long.pdf", out.getvalue(), "resume", limits=Limits(parse_seconds=2.5))
    assert "page 1 mission" in res.documents[0].text and "page 3 mission" not in res.documents[0].text
    assert any("pages 3-4 of 4 not read" in p.reason for p in res.problems), res.problems


def test_docx_imported_chunks_html_and_mht_are_read_in_place():
    """Some CV builders write the whole CV as an HTML (or MHT) chunk imported by w:altChunk, not as Word paragraphs."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("Avant")
    chunks = {"html": ("text/html", "<html><body><h1>Sami Benali</h1><p>Électricien, habilitation B2V</p></body></html>"
                       .encode()),
              "mht": ("message/rfc822", b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n--b\n"
                      b"Content-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                      b"<p>C=C3=A2blage industriel</p>\n--b--\n")}
    for n, (ext, (ctype, blob)) in enumerate(chunks.items()):
        rid = d.part.relate_to(Part(PackURI(f"/word/chunk{n}.{ext}"), ctype, blob, d.part.package),
                               "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
        d.element.body.insert(len(d.element.body) - 1, parse_xml(
            f'<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://'
            f'schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}"/>'))
    d.add_paragraph("Après")
    buf = io.BytesIO()
    d.save(buf)
    text = load_bytes("cv.docx", buf.getvalue(), "resume").documents[0].text
    order = ["Avant", "Sami Benali", "Électricien, habilitation B2V", "Câblage industriel", "Après"]
    assert [text.find(t) for t in order] == sorted(text.find(t) for t in order) and -1 not in [text.find(t) for t in order], text
