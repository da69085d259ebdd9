"""Regenerate sample_data/ (committed) from scripts/sample_texts.py.

Run: python scripts/make_sample_data.py   (needs fpdf2 and fonts-nanum/DejaVu for the PDFs)
"""
from __future__ import annotations

import csv
import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import sample_texts as S  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "sample_data"
FONTS = [("/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "nanum"),
         ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "dejavu")]
HEADINGS = {"profil", "profile", "expérience professionnelle", "expériences professionnelles", "expérience",
            "formation", "compétences", "langues", "centres d'intérêt", "summary", "résumé", "work experience",
            "education", "skills", "experience", "certificates", "경력", "학력", "기술", "어학", "자격증",
            "professional experience", "languages"}


def write_pdf(path: Path, text: str) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    font = next((name for f, name in FONTS if Path(f).exists() and (name == "nanum" or not _has_hangul(text))), None)
    for f, name in FONTS:
        if Path(f).exists():
            pdf.add_font(name, "", f)
    pdf.add_page()
    pdf.set_font(font, size=10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


def write_docx(path: Path, text: str, skills_as_table: bool = False) -> None:
    import docx

    doc = docx.Document()
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if skills_as_table and line.strip().lower() in {"compétences", "skills", "기술"}:
            doc.add_paragraph().add_run(line).bold = True
            items = [s.strip() for s in " ".join(lines[i + 1 :]).split(",") if s.strip()]
            table = doc.add_table(rows=0, cols=2)
            for a, b in zip(items[0::2], items[1::2] + [""]):
                row = table.add_row().cells
                row[0].text, row[1].text = a, b
            break
        para = doc.add_paragraph()
        para.add_run(line).bold = line.strip().lower() in HEADINGS
        i += 1
    doc.save(str(path))


def write(path: Path, text: str, table: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".pdf":
        write_pdf(path, text)
    elif path.suffix == ".docx":
        write_docx(path, text, skills_as_table=table)
    else:
        path.write_text(text, encoding="utf-8")


def main() -> None:
    resumes = dict(S.RESUMES)
    resumes[S.LONG_CV_NAME] = (S.LONG_CV_TRADE, S.long_cv())
    for name, (_, text) in resumes.items():
        write(ROOT / "resumes" / name, text, table=name.startswith("fr_cuisinier"))
    rows = []
    for target, title, trade, lang, text in S.GIGS:
        if target == "csv":
            rows.append({"title": title, "lang": lang, "description": text})
        else:
            write(ROOT / "gigs" / target, f"{title}\n\n{text}")
    with open(ROOT / "gigs" / S.GIGS_CSV, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["title", "lang", "description"])
        w.writeheader()
        w.writerows(rows)
    gig_names = [(title if target == "csv" else target, trade) for target, title, trade, _, _ in S.GIGS]
    every = [(rname, gname, S.label_for(rtrade, gtrade)) for rname, (rtrade, _) in resumes.items()
             for gname, gtrade in gig_names]
    write_labels(every, held_out(every))
    with open(ROOT / "pairs.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["resume", "job", "label"])
        value = {"fit": 1, "partial": 0.5, "no": 0}
        gig_texts = {(title if target == "csv" else target): text for target, title, _, _, text in S.GIGS}
        for rname, (rtrade, rtext) in resumes.items():
            for gname, gtrade in gig_names:
                w.writerow([rtext, gig_texts[gname], value[S.label_for(rtrade, gtrade)]])
    make_bad_files(ROOT / "bad")
    print(f"wrote {len(resumes)} resumes, {len(S.GIGS)} gigs, labels.csv, labels_held_out.csv and bad/ "
          f"into {ROOT}")


HELD_PER_GIG = 4   # of 20 resumes: 20% of the pairs left for the Label queue of the demo
HELD_SEED = 30     # issue #30


def held_out(rows: list[tuple[str, str, str]], per_gig: int = HELD_PER_GIG, seed: int = HELD_SEED) -> set:
    """The (resume, gig) pairs the demo leaves unlabelled: ``per_gig`` of each gig's resumes, seeded, one of them
    a fit or partial when the gig has two or more (so every gig keeps a labelled positive), the rest among its 'no'."""
    rng = random.Random(seed)
    held = set()
    for gig in dict.fromkeys(g for _, g, _ in rows):
        pos = [(r, g) for r, g, lab in rows if g == gig and lab != "no"]
        neg = [(r, g) for r, g, lab in rows if g == gig and lab == "no"]
        take = rng.sample(pos, 1) if len(pos) >= 2 else []
        held.update(take + rng.sample(neg, per_gig - len(take)))
    return held


def write_labels(rows: list[tuple[str, str, str]], held: set) -> None:
    """labels.csv: the labels the demo loads; labels_held_out.csv: the answer key of the pairs it leaves to label."""
    for name, keep in (("labels.csv", False), ("labels_held_out.csv", True)):
        with open(ROOT / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["resume", "gig", "label"])
            w.writerows(row for row in rows if ((row[0], row[1]) in held) == keep)


def make_bad_files(folder: Path) -> None:
    """A few broken inputs to try error handling by hand (the full bad-input corpus lives in tests/)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    good = io.BytesIO()
    write_pdf_bytes = ROOT / "resumes" / "fr_electricien_mehdi_benali.pdf"
    data = write_pdf_bytes.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (folder / "not_a_docx.docx").write_bytes(b"this is plain text pretending to be a DOCX file")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a 'scan': graphics, no text layer
    pdf.output(str(folder / "scanned_no_text.pdf"))
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(folder / "encrypted.pdf", "wb") as fh:
        writer.write(fh)
    del good


if __name__ == "__main__":
    main()
