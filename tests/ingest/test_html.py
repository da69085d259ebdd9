"""HTML: the visible text with its block structure; scripts, styles and hidden parts out; the page's charset."""
from matchlens.ingest import load_bytes


def text_of(data: bytes, name: str = "offre.html"):
    res = load_bytes(name, data, "gig")
    return (res.documents[0].text if res.documents else None), res.problems


PAGE = """<!DOCTYPE html><html><head><title>Cuisinier H/F – Lyon</title>
<meta charset="utf-8"><style>.x{color:red}</style><script>var tracking = "pixel";</script>
<link rel="stylesheet" href="https://cdn.example.com/site.css"></head>
<body><nav><ul><li>Accueil</li><li>Offres</li></ul></nav>
<h1>Cuisinier
   H/F</h1><p>Restaurant <b>traditionnel</b> cherche un cuisinier
   confirmé.<br>CDI, 35 h.</p>
<table><tr><th>Lieu</th><th>Salaire</th></tr><tr><td>Lyon 3e</td><td>2 100 €</td></tr></table>
<pre>Horaires :
  lun–ven   10h–15h</pre>
<noscript>Activez JavaScript</noscript><template><p>modèle caché</p></template>
<img src="https://tracker.example.com/p.gif" alt=""><button>Postuler</button>
<p>&lt;script&gt;alert(1)&lt;/script&gt; reste du texte</p></body></html>"""


def test_visible_text_in_blocks_and_nothing_invisible():
    text, problems = text_of(PAGE.encode())
    assert not [p for p in problems if p.severity == "error"], problems
    lines = text.splitlines()
    assert "Cuisinier H/F" in lines  # whitespace collapsed as a browser shows it
    assert "Restaurant traditionnel cherche un cuisinier confirmé." in lines and "CDI, 35 h." in lines
    assert "Lieu | Salaire" in lines and "Lyon 3e | 2 100 €" in lines
    assert "  lun–ven   10h–15h" in text or "lun–ven   10h–15h" in text  # <pre> keeps its spacing
    for hidden in ("tracking", "color:red", "Activez", "modèle caché", "Postuler", "cdn.example", "tracker"):
        assert hidden not in text, hidden
    assert "<script>alert(1)</script> reste du texte" in text  # escaped markup is the page's text: kept as text
    assert text.startswith("Cuisinier H/F – Lyon")  # the title, which is not in the body as such


def test_declared_charset_is_used_and_unknown_ones_fall_back_to_detection():
    latin = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head>" \
            "<body><p>Aide-soignante expérimentée, cinq années en EHPAD à Besançon.</p></body></html>"
    text, _ = text_of(latin.encode("cp1252"))
    assert "expérimentée" in text and "Besançon" in text
    wrong = latin.replace("windows-1252", "no-such-codec").encode("utf-8")
    text, _ = text_of(wrong)
    assert "expérimentée" in text


def test_xml_declaration_korean_and_empty_pages():
    xhtml = '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>' \
            '<p>간호사 경력 5년</p></body></html>'
    text, _ = text_of(xhtml.encode(), "cv.xhtml")
    assert text == "간호사 경력 5년"
    for name, data in (("blank.html", b"<html><body><script>x()</script>  </body></html>"), ("nul.htm", b"\x00" * 64)):
        text, problems = text_of(data, name)
        assert text is None and problems and problems[0].name == name and problems[0].severity == "error"


def test_deep_pages_and_doctype_subsets_lose_nothing_and_leak_nothing():
    """libxml2 dropped everything below 256 levels and the loader said 'empty page'; a DOCTYPE's internal subset
    leaked ']>' into the text (its entities were never expanded: no billion laughs, no external file)."""
    for depth, warned in ((300, False), (5000, True)):
        page = b"<html><body>" + b"<div>" * depth + "profond é".encode() + b"</div>" * depth + b"<p>fin</p></body></html>"
        res = load_bytes("deep.html", page, "gig")
        assert "profond é" in res.documents[0].text and "fin" in res.documents[0].text
        assert any("2,048 levels" in p.reason for p in res.problems) == warned, res.problems
    hostile = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>' \
              b'<html><body><p>&a;&xxe; texte</p></body></html>'
    text = load_bytes("x.html", hostile, "gig").documents[0].text
    assert "]>" not in text and "root:" not in text and "aaaaaaaaaa" not in text and "texte" in text
