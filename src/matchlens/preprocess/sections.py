"""Section-aware preprocessing: find the experience / education / skills parts of a resume.

The Korean study behind matchlens compares embedding the full resume (Dataset V1) with embedding only
its experience, education and skills sections (V2); ``select_text(text, "sections")`` gives the latter.
Headings are recognised in French, English and Korean.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

KEEP = ("experience", "education", "skills")
MODES = ("full", "sections")

HEADINGS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience", "experiences", "experience professionnelle", "experiences professionnelles",
        "parcours", "parcours professionnel", "emplois", "historique professionnel", "missions",
        "experiences pro", "experience pro", "exp pro", "exp. pro", "experiences recentes", "emplois occupes",
        "postes occupes", "carriere", "stages", "stages et emplois", "experience et stages",
        "work experience", "professional experience", "employment", "employment history", "work history",
        "career", "career history", "relevant experience", "employment record", "work", "internships",
        "professional background", "positions held",
        "경력", "경력 사항", "경력사항", "업무 경험", "근무 경력", "경험", "주요 경력",
    ),
    "education": (
        "formation", "formations", "diplomes", "diplome", "etudes", "cursus", "formation et diplomes",
        "education", "academic background", "qualifications", "certifications", "certificates",
        "training", "학력", "학력 사항", "학력사항", "교육", "자격증", "자격 사항", "교육 및 자격",
    ),
    "skills": (
        "competences", "competences techniques", "competences cles", "savoir-faire", "outils",
        "skills", "technical skills", "key skills", "core skills", "competencies", "expertise", "tools",
        "기술", "보유 기술", "보유기술", "역량", "기술 스택", "스킬", "핵심 역량",
    ),
    "summary": ("profil", "resume", "a propos", "objectif", "summary", "profile", "objective", "about me",
                "about", "자기소개", "자기 소개", "소개", "요약"),
    "languages": ("langues", "languages", "어학", "언어", "외국어"),
    "interests": ("centres d'interet", "centres d’interet", "loisirs", "interets", "hobbies", "interests",
                  "취미", "관심사"),
    "other": ("references", "contact", "coordonnees", "informations personnelles", "personal details",
              "personal information", "인적 사항", "인적사항", "연락처", "기타"),
}
_LOOKUP = {kw: name for name, kws in HEADINGS.items() for kw in kws}


@dataclass(frozen=True)
class Section:
    name: str       # one of HEADINGS' keys, or "header" for the text before the first heading
    heading: str    # the heading line as written
    text: str


def _fold(line: str) -> str:
    """Lower-case, strip accents, bullets, numbering, markdown and trailing colons."""
    s = unicodedata.normalize("NFKD", line.strip().lower())
    s = unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))  # NFC: Hangul
    s = re.sub(r"^[#*\-–•■▪▶◆\d.)\s]+", "", s)
    s = re.sub(r"[:：*_#\s]+$", "", s)
    return re.sub(r"\s+", " ", s)


def despace(line: str) -> str:
    """Letter-spaced headings as PDFs give them: "E X P É R I E N C E S   P R O", "CO N TAC T" -> words."""
    tokens = line.split()
    if len(tokens) < 3 or sum(len(t) <= 2 for t in tokens) < 0.6 * len(tokens):
        return line
    return " ".join(part.replace(" ", "") for part in re.split(r"\s{2,}", line.strip()))


def heading_of(line: str) -> str | None:
    """The section a heading line opens ("other" for an unknown short line in capitals), or None."""
    if not line.strip() or len(line) > 80:
        return None
    folded = _fold(despace(line))
    if folded in _LOOKUP:
        return _LOOKUP[folded]
    for sep in (" / ", " & ", " et ", " and ", " - ", " | ", " ("):  # "Expérience / Experience"
        head = folded.split(sep)[0].strip()
        if head in _LOOKUP and len(folded.split()) <= 6:
            return _LOOKUP[head]
    words = folded.split()
    if 1 <= len(words) <= 4 and not any(c.isdigit() for c in folded):
        for n in (3, 2, 1):  # "Expériences professionnelles récentes", "Compétences informatiques"
            head = " ".join(words[:n])
            if head in _LOOKUP and len(head) >= 5:
                return _LOOKUP[head]
        if _is_caps_heading(line):
            return "other"
    return None


def known_heading(line: str) -> bool:
    """A heading the section table knows ('À PROPOS', 'Centres d'intérêt'), not merely a short line in capitals (a
    name in capitals is one too)."""
    section = heading_of(line)
    return section is not None and (section != "other" or _fold(despace(line)) in _LOOKUP)


def _is_caps_heading(line: str) -> bool:
    """Layout cue: a short line in capitals with no digits and no sentence punctuation ("CENTRES D'INTÉRÊT")."""
    letters = [c for c in despace(line) if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not re.search(r"[@.,;!?]\s", line + " ")


def split_sections(text: str) -> list[Section]:
    """Split a resume into sections at recognised headings, in reading order."""
    sections: list[Section] = []
    name, heading, buf = "header", "", []
    for line in text.splitlines():
        found = heading_of(line)
        if found:
            if buf or heading:
                sections.append(Section(name, heading, "\n".join(buf).strip()))
            name, heading, buf = found, line.strip(), []
        else:
            buf.append(line)
    sections.append(Section(name, heading, "\n".join(buf).strip()))
    return [s for s in sections if s.text or s.heading]


def select_text(text: str, mode: str = "full") -> str:
    """The text a model sees: the full document, or only experience/education/skills.

    When no such section is found (gigs, or free-form resumes), the full text is kept so that no
    document silently becomes empty.
    """
    if mode == "full":
        return text
    if mode != "sections":
        raise ValueError(f"unknown preprocessing mode {mode!r} (use one of {MODES})")
    sections = split_sections(text)
    if not any(s.name == "experience" for s in sections):
        return text  # no experience heading found: keep everything rather than drop the work history silently
    kept = [f"{s.heading}\n{s.text}".strip() for s in sections if s.name in KEEP]
    return "\n\n".join(kept) if kept else text


def section_report(text: str) -> dict:
    """What the experience + education + skills mode keeps of a document, for the Data page and the CLI."""
    sections = split_sections(text)
    found = [s.name for s in sections if s.name in KEEP]
    kept = select_text(text, "sections")
    return {"sections found": ", ".join(dict.fromkeys(found)) or "none",
            "section mode keeps": len(kept) / max(len(text), 1),
            "note": "" if "experience" in found else "no experience heading found: the whole text is kept"}
