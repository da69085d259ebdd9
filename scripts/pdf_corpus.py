"""Real-layout PDF corpus and extractor comparison (issue: real documents).

Builds CVs as people make them — one and two columns, letter-spaced capital headings, ligature-rich words in a
font that draws them as ligatures, a sidebar, header and footer, French, English and Korean — printed to PDF by
Chromium (as "print to PDF" does) and by fpdf2, then measures each extractor's word overlap with the source text:
pypdf (matchlens's first reader), pdfminer.six, pypdfium2 (PDFium) and poppler's pdftotext when installed.

Run: python scripts/pdf_corpus.py [--out artifacts/pdf_corpus]   (needs /usr/bin/chromium and playwright)
"""
from __future__ import annotations

import argparse
import collections
import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[^\W_]+", re.UNICODE)

EXPERIENCE = {
    "fr": ["Infirmière certifiée, réanimation et soins intensifs au CHU de Lyon, efficace en situation d'urgence",
           "Configuration des pompes et surveillance officielle des patients ventilés, fiches de transmission",
           "Encadrement des aides-soignants, planification des affluences, gestion du flux des admissions"],
    "en": ["Certified nurse in intensive care at Leeds General Infirmary, efficient in emergency situations",
           "Configured infusion pumps, official monitoring of ventilated patients, shift handover sheets",
           "Supervised care assistants, planned staff for influx periods, managed the flow of admissions"],
    "ko": ["중환자실 간호사 6년 경력, 인공호흡기 환자 관찰 및 투약 관리",
           "야간 근무 및 인수인계, 신규 간호사 교육, 감염 관리 위원회 활동",
           "응급 상황 대응, 중심정맥관 관리, 환자 보호자 상담"],
}
SKILLS = {"fr": ["Soins techniques", "Officine", "Certification AFGSU", "Efficacité", "Flux patients"],
          "en": ["Wound care", "Office software", "Certified BLS", "Efficiency", "Patient flow"],
          "ko": ["채혈", "드레싱", "간호 기록", "감염 관리", "팀 리더십"]}
HEAD = {"fr": ("EXPÉRIENCE PROFESSIONNELLE", "COMPÉTENCES", "FORMATION", "Diplôme d'État d'infirmier, 2016"),
        "en": ("PROFESSIONAL EXPERIENCE", "SKILLS", "EDUCATION", "Nursing degree, University of Leeds, 2016"),
        "ko": ("경력", "기술", "학력", "간호학과 졸업, 2016")}
LAYOUTS = ("one-column", "two-column", "letter-spaced", "web-page")


def cv_html(lang: str, layout: str) -> tuple[str, str]:
    """(HTML, the source text whose words the extraction must give back)."""
    exp, skills, (h_exp, h_skills, h_edu, edu) = EXPERIENCE[lang], SKILLS[lang], HEAD[lang]
    font = "NanumGothic, sans-serif" if lang == "ko" else "'DejaVu Serif', serif"
    spacing = "letter-spacing: 0.35em;" if layout == "letter-spaced" else ""
    head = lambda t: f'<h2 style="{spacing}">{html.escape(t)}</h2>'  # noqa: E731
    main = head(h_exp) + "".join(f"<p>{html.escape(e)}</p>" for e in exp) + head(h_edu) + f"<p>{html.escape(edu)}</p>"
    side = head(h_skills) + "<ul>" + "".join(f"<li>{html.escape(s)}</li>" for s in skills) + "</ul>"
    if layout == "two-column":
        body = f'<div style="display:grid;grid-template-columns:30% 65%;gap:5%"><aside>{side}</aside><main>{main}</main></div>'
    else:
        body = main + side
    if layout == "web-page":
        body = f"<header><p>Profil en ligne — page 1</p></header>{body}<footer><p>Imprimé depuis le navigateur</p></footer>"
    page = (f'<html><head><meta charset="utf-8"><style>body{{font-family:{font};font-size:11pt;'
            f'font-variant-ligatures:common-ligatures;margin:2cm}}h2{{font-size:13pt}}</style></head>'
            f"<body><h1>Claire Martin</h1>{body}</body></html>")
    source = "\n".join(["Claire Martin", h_exp, *exp, h_edu, edu, h_skills, *skills]
                       + (["Profil en ligne — page 1", "Imprimé depuis le navigateur"] if layout == "web-page" else []))
    return page, source


def chromium_pdfs(out: Path) -> list[tuple[Path, str]]:
    from playwright.sync_api import sync_playwright

    made = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        for lang in EXPERIENCE:
            for layout in LAYOUTS:
                doc, source = cv_html(lang, layout)
                page.set_content(doc)
                path = out / f"chromium-{lang}-{layout}.pdf"
                page.pdf(path=str(path), format="A4")
                made.append((path, source))
        browser.close()
    return made


def fpdf_pdfs(out: Path) -> list[tuple[Path, str]]:
    from fpdf import FPDF

    made = []
    for lang in ("fr", "en"):
        pdf = FPDF()
        pdf.add_page()
        pdf.add_font("dejavu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
        pdf.set_font("dejavu", size=11)
        _, source = cv_html(lang, "one-column")
        for line in source.split("\n"):
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        path = out / f"fpdf2-{lang}.pdf"
        pdf.output(str(path))
        made.append((path, source))
    return made


TEX_DIR = ROOT / "tests" / "data" / "tex_pdfs"
TEX_ENGINES = {
    # pdfTeX with Latin Modern in T1 and old-style figures (the "/two.lnum"-style glyph names of real CVs)
    "pdftex-osf": ("pdflatex", r"\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}"
                               r"\usepackage[osf,sc]{mathpazo}"),
    # XeTeX with an OpenType font through fontspec (the missing-spaces case of real XeTeX CVs)
    "xetex-libertine": ("xelatex", r"\usepackage{fontspec}\setmainfont{Linux Libertine O}"
                                   r"[Ligatures={Common,TeX}, Numbers=OldStyle]"),
}


def tex_source(lang: str, engine: str) -> tuple[str, str]:
    """(LaTeX, source text) of a two-column CV with ligature-rich words, years and a letter-spaced heading."""
    exp, skills, (h_exp, h_skills, h_edu, edu) = EXPERIENCE[lang], SKILLS[lang], HEAD[lang]
    esc = lambda t: t.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_").replace("#", r"\#")  # noqa: E731
    years = ["2019–2024", "2016–2019"]
    body = (rf"\section*{{\textls[300]{{{esc(h_exp)}}}}}" if engine.startswith("pdftex") else
            rf"\section*{{{esc(h_exp)}}}")
    body += "".join(rf"\textbf{{{years[k % 2]}}} {esc(e)}\par " for k, e in enumerate(exp))
    body += rf"\section*{{{esc(h_edu)}}}{esc(edu)}\par\columnbreak\section*{{{esc(h_skills)}}}"
    body += r"\begin{itemize}" + "".join(rf"\item {esc(x)}" for x in skills) + r"\end{itemize}"
    preamble = TEX_ENGINES[engine][1] + (r"\usepackage{microtype}" if engine.startswith("pdftex") else "")
    doc = (r"\documentclass[11pt]{article}" + preamble + r"\usepackage{multicol}\usepackage[margin=2cm]{geometry}"
           r"\pagestyle{empty}\begin{document}{\Large Claire Martin}\par\begin{multicols}{2}" + body
           + r"\end{multicols}\end{document}")
    source = "\n".join(["Claire Martin", h_exp, *(f"{years[k % 2]} {e}" for k, e in enumerate(exp)), h_edu, edu,
                        h_skills, *skills])
    return doc, source


def tex_pdfs(out: Path) -> list[tuple[Path, str]]:
    """Compile the TeX CVs (fr, en) with pdfTeX and XeTeX; needs texlive (Debian: texlive-xetex, lmodern,
    fonts-linuxlibertine). The PDFs are committed in tests/data/tex_pdfs for machines without TeX."""
    made = []
    for engine, (cmd, _) in TEX_ENGINES.items():
        for lang in ("fr", "en"):
            doc, source = tex_source(lang, engine)
            name = f"{engine}-{lang}"
            work = Path(tempfile.mkdtemp(prefix="tex-"))
            (work / f"{name}.tex").write_text(doc, encoding="utf-8")
            run = subprocess.run([cmd, "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"], cwd=work,
                                 capture_output=True, text=True, errors="replace", timeout=300)
            if run.returncode:
                raise RuntimeError(f"{cmd} failed on {name}: {run.stdout[-800:]}")
            shutil.copy(work / f"{name}.pdf", out / f"{name}.pdf")
            (out / f"{name}.txt").write_text(source, encoding="utf-8")
            made.append((out / f"{name}.pdf", source))
            shutil.rmtree(work, ignore_errors=True)
    return made


def weasyprint_pdfs(out: Path) -> list[tuple[Path, str]]:
    """The same HTML CVs through WeasyPrint (Debian: weasyprint), the other HTML-to-PDF tool chain of real CVs."""
    made = []
    for lang in EXPERIENCE:
        for layout in LAYOUTS if lang != "ko" else ("letter-spaced",):  # Korean embeds a 200 KB font subset each
            doc, source = cv_html(lang, layout)
            work = Path(tempfile.mkdtemp(prefix="wp-"))
            (work / "cv.html").write_text(doc, encoding="utf-8")
            name = f"weasyprint-{lang}-{layout}"
            run = subprocess.run(["weasyprint", str(work / "cv.html"), str(out / f"{name}.pdf")],
                                 capture_output=True, text=True, errors="replace", timeout=300)
            if run.returncode:
                raise RuntimeError(f"weasyprint failed on {name}: {run.stderr[-800:]}")
            (out / f"{name}.txt").write_text(source, encoding="utf-8")
            made.append((out / f"{name}.pdf", source))
            shutil.rmtree(work, ignore_errors=True)
    return made


def committed_tex_pdfs() -> list[tuple[Path, str]]:
    """The TeX- and WeasyPrint-made PDFs committed with their source text (built by ``python scripts/pdf_corpus.py
    --tex``, which needs texlive and weasyprint)."""
    return [(p, p.with_suffix(".txt").read_text(encoding="utf-8")) for p in sorted(TEX_DIR.glob("*.pdf"))]


def extractors() -> dict:
    def with_pypdf(path):
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)

    def with_pdfminer(path):
        from pdfminer.high_level import extract_text

        return extract_text(str(path))

    def with_pdfium(path):
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        return "\n".join(doc[i].get_textpage().get_text_bounded() for i in range(len(doc)))

    def with_matchlens(path):
        from matchlens.ingest import load_bytes

        res = load_bytes(path.name, path.read_bytes(), "resume")
        return res.documents[0].text if res.documents else ""

    out = {"pypdf": with_pypdf, "pdfminer.six": with_pdfminer, "pypdfium2": with_pdfium, "matchlens": with_matchlens}
    if shutil.which("pdftotext"):
        out["pdftotext (poppler)"] = lambda path: subprocess.run(["pdftotext", "-layout", str(path), "-"],
                                                                 capture_output=True, text=True).stdout
    return out


def overlap(source: str, extracted: str) -> float:
    """Share of the source's words found in the extraction (multiset, case-insensitive; NFKC first, as any reader
    would, so that a ligature character counts as its letters)."""
    import unicodedata

    extracted = unicodedata.normalize("NFKC", extracted)
    want = collections.Counter(w.lower() for w in WORD.findall(source))
    got = collections.Counter(w.lower() for w in WORD.findall(extracted))
    return sum(min(n, got[w]) for w, n in want.items()) / max(sum(want.values()), 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None)
    ap.add_argument("--tex", action="store_true", help=f"also compile the TeX CVs into {TEX_DIR} (needs texlive)")
    args = ap.parse_args()
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="pdf-corpus-"))
    out.mkdir(parents=True, exist_ok=True)
    if args.tex:
        TEX_DIR.mkdir(parents=True, exist_ok=True)
        tex_pdfs(TEX_DIR)
        weasyprint_pdfs(TEX_DIR)
    files = chromium_pdfs(out) + fpdf_pdfs(out) + committed_tex_pdfs()
    table = {name: [] for name in extractors()}
    print(f"{'file':38s} " + " ".join(f"{n[:12]:>12s}" for n in table))
    for path, source in files:
        scores = {}
        for name, fn in extractors().items():
            try:
                scores[name] = overlap(source, fn(path))
            except Exception as exc:  # an extractor that fails scores 0 on that file
                print(f"  {name} failed on {path.name}: {type(exc).__name__}")
                scores[name] = 0.0
            table[name].append(scores[name])
        print(f"{path.name:38s} " + " ".join(f"{scores[n]:12.3f}" for n in table))
    print(f"{'mean':38s} " + " ".join(f"{sum(v) / len(v):12.3f}" for v in table.values()))
    print(f"{'min':38s} " + " ".join(f"{min(v):12.3f}" for v in table.values()))


if __name__ == "__main__":
    main()
