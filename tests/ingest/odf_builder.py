"""Build OpenDocument text files in memory (as LibreOffice writes them: mimetype first, content.xml, styles.xml)."""
import io
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odt(body: str, header: str = "", footer: str = "", kind: str = "text", prolog: str = "") -> bytes:
    """An .odt whose office:text (or office:<kind>) holds ``body``; header/footer paragraphs in styles.xml."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {NS} office:version="1.3">'
               f'<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:master-styles>'
              f'<style:master-page style:name="Standard">'
              + (f"<style:header>{header}</style:header>" if header else "")
              + (f"<style:footer>{footer}</style:footer>" if footer else "")
              + "</style:master-page></office:master-styles></office:document-styles>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", f"application/vnd.oasis.opendocument.{kind}", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()
