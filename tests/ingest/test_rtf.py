"""RTF files read as text (escapes decoded with the file's code page, control words and tables dropped), and the one
table of formats everything else derives from."""
from __future__ import annotations

from matchlens.ingest import CONVERT, SUPPORTED_EXT, load_bytes, formats
from matchlens.preprocess.masking import mask

RTF = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}{\colortbl;\red0\green0\blue0;}"
       rb"{\*\generator Riched20 10.0;}\pard\b Cariste\b0\par "
       rb"N\'e9 le 16/08/1980 \'e0 Hinche (Ha\'efti), Nationalit\'e9 : ha\'eftienne\par "
       rb"2015-2024 : cariste, 9 ans chez Leroy Merlin, Vitry\par "
       rb"Permis CACES 3 \u8211? disponible \u224? partir de janvier\par}")


def test_rtf_text_is_decoded_and_masked_like_any_document():
    res = load_bytes("cv.rtf", RTF, "resume")
    text = res.documents[0].text
    assert "Né le 16/08/1980 à Hinche (Haïti)" in text and "Calibri" not in text and "Riched20" not in text
    assert "– disponible à partir" in text
    seen = mask(text).text
    assert "1980" not in seen and "haïtienne" not in seen
    assert "9 ans chez Leroy Merlin" in seen and "CACES 3" in seen


def test_a_declared_code_page_is_used():
    data = rb"{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2\par}"  # 'Привет' in Windows-1251
    assert load_bytes("ru.rtf", data, "resume").documents[0].text == "Привет"


def test_bad_rtf_is_named_and_the_rest_still_loads():
    for data, words in ((b"hello, not rtf", "not an RTF"), (rb"{\rtf1\ansi {\fonttbl\f0 Arial;}}", "empty")):
        res = load_bytes("bad.rtf", data, "resume")
        assert not res.documents and words in res.problems[0].reason, res.problems


def test_formats_are_one_table():
    assert {".pdf", ".docx", ".odt", ".rtf", ".hwpx", ".html", ".txt", ".csv", ".xlsx"} <= SUPPORTED_EXT
    assert not SUPPORTED_EXT & set(CONVERT) and "" not in SUPPORTED_EXT
    label = formats.upload_label()
    assert all(f.label in label for f in formats.DOCUMENTS) and "RTF" in label
    assert formats.by_ext(".RTF").label == "RTF" and formats.by_ext(".csv") is None
    assert formats.names().startswith("PDF, DOCX") and formats.names().endswith("CSV/XLSX/JSON")


def test_a_file_named_as_text_is_read_as_what_its_bytes_are():
    from matchlens.ingest import load_bytes
    from tests.ingest.test_ingest import make_pdf

    rtf = b"{\\rtf1\\ansi\\ansicpg1252 CV\\par\nMme Fen\\'e9lia TAUFA\\par\nCariste \\'e0 Lyon\\par\n}"
    for name, data, expect in (("cv.txt", rtf, "Cariste à Lyon"), ("cv", rtf, "Cariste à Lyon"),
                               ("cv.txt", make_pdf("Claire Martin\nCariste a Lyon"), "Cariste a Lyon")):
        res = load_bytes(name, data, "resume")
        assert expect in res.documents[0].text and "\\par" not in res.documents[0].text and "%PDF" not in res.documents[0].text
        assert any("read as" in p.reason and p.severity == "warning" for p in res.problems), res.problems
    plain = load_bytes("notes.txt", b"{rtf is a format} Cariste", "resume")  # text that only starts like it stays text
    assert plain.documents[0].text.startswith("{rtf") and not plain.problems
