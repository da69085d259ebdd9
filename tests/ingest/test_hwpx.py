"""HWPX (Korean word processor): sections, paragraphs, runs, tables and headers in order; bad files named."""
import io
import zipfile

from matchlens.ingest import load_bytes

HP = 'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"'


def hwpx(*sections: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/hwp+zip")
        for n, body in enumerate(sections):
            zf.writestr(f"Contents/section{n}.xml", f'<?xml version="1.0" encoding="UTF-8"?><hs:sec {HP}>{body}</hs:sec>')
    return buf.getvalue()


def p(*runs: str) -> str:
    return "<hp:p>" + "".join(f"<hp:run>{r}</hp:run>" for r in runs) + "</hp:p>"


def test_sections_paragraphs_tables_and_headers_in_order():
    header = '<hp:ctrl><hp:header><hp:subList>' + p("<hp:t>이력서 머리글</hp:t>") + "</hp:subList></hp:header></hp:ctrl>"
    table = ("<hp:tbl><hp:tr><hp:tc><hp:subList>" + p("<hp:t>기간</hp:t>") + "</hp:subList></hp:tc><hp:tc><hp:subList>"
             + p("<hp:t>근무처</hp:t>") + "</hp:subList></hp:tc></hp:tr><hp:tr><hp:tc><hp:subList>"
             + p("<hp:t>2019-2024</hp:t>") + "</hp:subList></hp:tc><hp:tc><hp:subList>" + p("<hp:t>서울 병원</hp:t>")
             + "</hp:subList></hp:tc></hp:tr></hp:tbl>")
    data = hwpx(p(header, "<hp:t>김지연</hp:t>") + p("<hp:t>간호사 </hp:t>", "<hp:t>경력 5년</hp:t>") + p(table),
                p("<hp:t>자격증: 간호사 면허</hp:t>"))
    res = load_bytes("이력서.hwpx", data, "resume")
    text = res.documents[0].text
    order = ["김지연", "이력서 머리글", "간호사 경력 5년", "기간 | 근무처", "2019-2024 | 서울 병원", "자격증: 간호사 면허"]
    assert all(t in text for t in order), text
    assert [text.index(t) for t in order] == sorted(text.index(t) for t in order), text
    assert res.documents[0].lang == "ko"


def test_binary_hwp_and_broken_hwpx_are_named():
    for name, data, words in (("cv.hwp", b"\xd0\xcf\x11\xe0" + b"\x00" * 200, ".hwpx"),
                              ("cv.hwpx", b"PK\x03\x04 broken", "zip"), ("empty.hwpx", hwpx(p("<hp:t> </hp:t>")), "empty"),
                              ("dtd.hwpx", hwpx('<!DOCTYPE x [<!ENTITY a "b">]>'), "HWPX")):
        res = load_bytes(name, data, "resume")
        assert not res.documents and words in res.problems[0].reason, (name, res.problems)
