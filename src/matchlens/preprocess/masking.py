"""Blind scoring: what identifies a person, and what French law forbids judging on, never reaches a model.

Before any model sees a resume, the candidate's name, e-mail, phone, postal address and postcode, date of
birth and age, nationality, family status, photo captions, civil title and social-network profiles are replaced
by neutral placeholders ("[NAME]", "[EMAIL]"…). Rules cover contact patterns, labelled header fields ("Nom :",
"Date de naissance", "이름") in French, English and Korean, and the name line at the top of a CV; every word of
a name found once is then masked wherever it appears (its e-mail, a signature). Lines left with nothing but
placeholders are dropped from what models read, so a CV with a header and one without compare on equal terms.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

PLACEHOLDER = {"name": "[NAME]", "email": "[EMAIL]", "phone": "[PHONE]", "address": "[ADDRESS]",
               "birth": "[BIRTH DATE]", "age": "[AGE]", "nationality": "[NATIONALITY]",
               "family": "[FAMILY STATUS]", "photo": "[PHOTO]", "profile": "[PROFILE]", "title": ""}

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PROFILE = re.compile(r"(?:https?://)?(?:www\.)?(?:linkedin\.com/in|github\.com|gitlab\.com|twitter\.com|x\.com|"
                     r"instagram\.com|facebook\.com|t\.me|medium\.com/@?)/?[\w.\-/%]+|(?<![\w@])@[A-Za-z_][\w.]{2,}")
PHONE = re.compile(r"(?<![\w/+])\+?\(?\d[\d \t.\-()]{7,20}\d(?![\w/])")  # kept when 9-15 digits, not years
YEARS = re.compile(r"^(?:19|20)\d\d(?:\D+(?:19|20)\d\d)+$")
LABELS = {  # a labelled header field: the label stays (it says what was there), its value is masked
    "name": r"nom(?: de famille)?|pr[ée]noms?|name|full name|first name|last name|surname|이름|성명",
    "birth": r"date de naissance|n[ée]e? le|date of birth|birth ?date|born(?: on)?|dob|생년월일|출생",
    "age": r"[âa]ge|나이|연령",
    "address": r"adresse|address|domicile|lieu de r[ée]sidence|r[ée]sidence|주소|거주지",
    "nationality": r"nationalit[ée]|nationality|citizenship|국적",
    "family": r"situation (?:familiale|matrimoniale)|[ée]tat civil|marital status|family status|결혼 ?여부|혼인",
    "photo": r"photo(?:graphie)?(?: d'identit[ée])?|picture|사진",
}
LABELLED = re.compile(r"(?im)^(?P<label>[ \t•*\-]*(?:" + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items())
                      + r")\s*[:：\-–]\s*)(?P<value>[^\n]+)$")
STREET = (r"rue|avenue|av\.|boulevard|bd\.?|chemin|all[ée]e|impasse|quai|route|cours|place|square|r[ée]sidence|"
          r"street|st\.|road|rd\.?|lane|drive|blvd\.?|way|court")
ADDRESS = re.compile(rf"(?i)\b\d{{1,4}}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?:{STREET})\b[^\n,]*(?:,\s*\d{{5}}\s+[^\n,]+)?"
                     r"|\b\d{5}\s+(?:[A-ZÉÈ][\w'\-]+)(?:[\s\-](?:[A-ZÉÈ][\w'\-]+|sur|sous|en|le|la|les|de))*"
                     r"|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"  # UK postcodes
                     r"|[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|도)(?:\s*[가-힣]+(?:시|구|군))*"
                     r"(?:\s*[가-힣0-9]+(?:동|로|길|읍|면|리|가))*(?:\s*\d+(?:-\d+)?)?")
BIRTH = re.compile(r"(?i)\b(?:n[ée]e?\s+le|born(?:\s+on)?)\s+[^\n,;]{4,30}?\d{4}|\b\d{4}년\s*\d{1,2}월\s*\d{1,2}일생?")
AGE = re.compile(r"(?i)(?<![\w-])(?:[1-9]\d)\s*(?:ans|years? old|yo)\b(?!\s*(?:d['’]|de |of |d’))"
                 r"|(?<![\w-])(?:aged?)\s+[1-9]\d\b|(?<![\w-])만?\s?[1-9]\d\s?세(?!\w)")
FAMILY = re.compile(r"(?i)\b(?:mari[ée]e?|c[ée]libataire|pacs[ée]e?|divorc[ée]e?|veu(?:f|ve)|en couple|"
                    r"married|single|divorced|widowed|\d+\s+enfants?|\d+\s+children|mère de|père de|"
                    r"mother of|father of)\b|기혼|미혼")
TITLE = re.compile(r"(?<![\w.])(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Monsieur|Madame|Mademoiselle)(?=\s+[A-ZÉÈ])")
HEADING = re.compile(r"(?i)\b(?:curriculum|vitae|cv|resume|résumé|profil|profile|expérience|experience|formation|"
                     r"education|compétences|skills|contact|objectif|summary|about|langues|languages|references?)\b")
# A name announced in running text: "Je m'appelle …", "My name is …", "Référence : …", "Signed, …", a dated signature.
CUE = re.compile(r"(?:[Jj]e m['’]appelle|[Mm]y name is|[Ii] am|[Rr][ée]f[ée]rences?\s*:|[Cc]ontact\s*:|"
                 r"[Ss]igned,?|[Cc]ordialement,?|[Ss]incerely,?|[Ss]ign[ée],?|le \d{1,2}(?:er)? \w+ \d{4}[.,]?)"
                 r"[ \t]+((?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)?[ \t]*[^\W\d_][^\s,.;:()]*(?:[ \t]+[^\W\d_][^\s,.;:()]*){1,3})")
PARTICLES = {"de", "du", "des", "van", "von", "da", "di", "del", "el", "al", "ben", "bin", "le", "la", "dos", "das"}
HANGUL_NAME = re.compile(r"^\s*[가-힣]{2,4}\s*$")
# Feminine and masculine forms of the words CVs describe their author with: blind text reads the masculine
# form (the generic form of French job ads), so the grammatical gender of a CV never changes a score.
GENDERED = [("infirmière", "infirmier"), ("développeuse", "développeur"), ("serveuse", "serveur"),
            ("cuisinière", "cuisinier"), ("aide-soignante", "aide-soignant"), ("préparatrice", "préparateur"),
            ("électricienne", "électricien"), ("plombière", "plombier"), ("diplômée", "diplômé"),
            ("commerciale", "commercial"), ("vendeuse", "vendeur"), ("conductrice", "conducteur"),
            ("cheffe", "chef"), ("employée", "employé"), ("polyvalente", "polyvalent"), ("caissière", "caissier"),
            ("technicienne", "technicien"), ("ingénieure", "ingénieur"), ("consultante", "consultant"),
            ("assistante", "assistant"), ("gestionnaire", "gestionnaire"), ("animatrice", "animateur"),
            ("éducatrice", "éducateur"), ("formatrice", "formateur"), ("coiffeuse", "coiffeur"),
            ("boulangère", "boulanger"), ("pâtissière", "pâtissier"), ("ouvrière", "ouvrier"),
            ("agente", "agent"), ("auxiliaire", "auxiliaire"), ("expérimentée", "expérimenté"),
            ("motivée", "motivé"), ("organisée", "organisé"), ("rigoureuse", "rigoureux"), ("sérieuse", "sérieux"),
            ("curieuse", "curieux"), ("autonome", "autonome"), ("salariée", "salarié"), ("titulaire", "titulaire"),
            ("spécialisée", "spécialisé"), ("passionnée", "passionné"), ("certifiée", "certifié"),
            ("préparatrice de commandes", "préparateur de commandes"), ("opératrice", "opérateur")]
_FEMININE = re.compile(r"\b(" + "|".join(sorted({re.escape(f) for f, m in GENDERED if f != m}, key=len, reverse=True))
                       + r")\b", re.I)
_MASCULINE = {f: m for f, m in GENDERED}
POSTCODE = re.compile(r"\b\d{5}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\[ADDRESS\]")
ADDRESS_LINE = re.compile(r"^\s*(?:(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?,?\s+[^\W\d_]|(?:flat|studio|apartment|apt\.?|appartement|"
                          r"b[âa]timent|r[ée]sidence|bp|cs)\b)", re.I)
ONLY_PLACEHOLDERS = re.compile(r"^[\s\W]*(?:\[[A-Z ]+\][\s\W]*)+$")


def fold(text: str) -> str:
    """Lower case without accents: the form names and keywords are compared in (shown text keeps its accents)."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")


@dataclass
class Masked:
    """The text as models read it, what it showed (with placeholders), and what was replaced."""

    text: str
    shown: str
    found: list[tuple[str, str]] = field(default_factory=list)  # (category, original text)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for cat, _ in self.found:
            out[cat] = out.get(cat, 0) + 1
        return out


@lru_cache(maxsize=20_000)
def mask(text: str) -> Masked:
    """Replace personal identifiers by placeholders (see the module doc). Cached per text: rescoring is free."""
    found: list[tuple[str, str]] = []
    names = _name_words(text)

    def sub(pattern: re.Pattern, category: str, s: str) -> str:
        def repl(m: re.Match) -> str:
            found.append((category, m.group(0).strip()))
            return PLACEHOLDER[category]

        return pattern.sub(repl, s)

    s = LABELLED.sub(lambda m: _labelled(m, found), text)
    s = sub(EMAIL, "email", s)
    s = sub(PROFILE, "profile", s)
    s = sub(BIRTH, "birth", s)
    s = PHONE.sub(lambda m: _phone(m, found), s)
    s = sub(ADDRESS, "address", s)
    s = _in_header(s, lambda line: sub(FAMILY, "family", sub(AGE, "age", line)))
    s = _in_header(s, lambda line: _address_line(line, found), top=6, short=0)
    s = sub(TITLE, "title", s)
    if names:  # as written in a name (capitalised or upper case): "Petit" the name, never "petit" the word
        forms = {f for w in names for f in (w[:1].upper() + w[1:], w[:1].upper() + w[1:].lower(), w.upper())}
        words = sorted(forms, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w\[])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w\]])")
        s = sub(pattern, "name", s)
        s = re.sub(r"\[NAME\](?:[\s\-]+\[NAME\])+", "[NAME]", s)
    model_text = "\n".join(line for line in s.split("\n") if not ONLY_PLACEHOLDERS.match(line)).strip()
    model_text = _FEMININE.sub(lambda m: _same_case(m.group(0), _MASCULINE[m.group(0).lower()]), model_text)
    return Masked(model_text, s, found)


def _address_line(line: str, found: list) -> str:
    """A header line that carries a postcode, or starts like a street address ("074 Alex Stravenue", "Flat 3"),
    is an address line: masked whole, town included."""
    if "@" in line or not (POSTCODE.search(line) or ADDRESS_LINE.match(line)) or ONLY_PLACEHOLDERS.match(line):
        return line
    kept = [p for p in re.findall(r"\[[A-Z ]+\]", line) if p != "[ADDRESS]"]
    found.append(("address", line.strip()))
    return " ".join(["[ADDRESS]", *kept])


def _same_case(src: str, dst: str) -> str:
    return dst.upper() if src.isupper() else dst.capitalize() if src[:1].isupper() else dst


def _in_header(text: str, fn, top: int = 8, short: int = 5) -> str:
    """Apply ``fn`` to the header lines (the first non-empty ones) and to short lines: "34 ans" or "single" in a
    sentence of the body ("depuis 12 ans", "a single database") is experience, not age or family status."""
    out, seen = [], 0
    for line in text.split("\n"):
        if line.strip():
            seen += 1
        out.append(fn(line) if line.strip() and (seen <= top or len(line.split()) <= short) else line)
    return "\n".join(out)


def _phone(m: re.Match, found: list) -> str:
    """A phone number is 9 to 15 digits in groups; a run of years ("2016 - 2018 - 2020") is not one."""
    digits = sum(c.isdigit() for c in m.group(0))
    if not 9 <= digits <= 15 or YEARS.match(m.group(0).strip()):
        return m.group(0)
    found.append(("phone", m.group(0).strip()))
    return PLACEHOLDER["phone"]


def _labelled(m: re.Match, found: list) -> str:
    category = next(k for k in LABELS if m.group(k))
    found.append((category, m.group("value").strip()))
    return m.group("label") + (PLACEHOLDER[category] or "[TITLE]")


def _name_words(text: str) -> set[str]:
    """Words of the candidate's name: the name line near the top, labelled name fields, e-mail local parts."""
    lines = [TITLE.sub("", ln).strip() for ln in text.split("\n") if ln.strip()][:4]
    local = {fold(p) for e in EMAIL.findall(text) for p in re.split(r"[._\-+0-9]+", e.split("@")[0]) if len(p) > 1}
    words: set[str] = set()
    for n, line in enumerate(lines):
        if HANGUL_NAME.match(line) and n < 3:
            words.add(line)
            break
        if not (_name_line(line) and not HEADING.search(line) and _looks_like_name(line)):
            continue
        tokens = [w for w in line.split() if len(w) > 1 and w[0].isupper()]
        if n == 0 or any(fold(w) in local or fold(w).replace("-", "") in local for w in tokens):
            words |= set(tokens)  # the first line, or the line the e-mail address spells
            break
    for m in CUE.finditer(text):  # names of the candidate or of referees announced in running text
        cand = TITLE.sub("", m.group(1)).strip()
        cand = " ".join(cand.split()[:4])
        while cand and not _name_line(cand) and len(cand.split()) > 2:
            cand = " ".join(cand.split()[:-1])
        if _name_line(cand) and _looks_like_name(cand):
            words |= set(cand.split()) - PARTICLES
    for m in LABELLED.finditer(text):
        if m.group("name"):
            words |= {w for w in re.split(r"[\s,]+", m.group("value")) if len(w) > 1}
    lowered = {fold(w) for w in words}
    for email in EMAIL.findall(text):
        local = re.split(r"[._\-+0-9]+", email.split("@")[0])
        for part in local:
            if len(part) > 2 and any(fold(part) == w or fold(part) in w.replace("-", "") for w in lowered):
                words.add(part)
    return {w.strip(",.;:") for w in words if len(w.strip(",.;:")) > 1}


def _name_line(line: str) -> bool:
    """Two to five capitalised words of letters (any script: "Huy Nguyễn", "Nurşan İnönü", "DUPONT Marie"),
    with name particles allowed ("Jean-Luc de la Tour")."""
    words = line.split()
    if not 2 <= len(words) <= 5:
        return False
    for w in words:
        letters = w.replace("-", "").replace("'", "").replace("’", "")
        if w.lower() in PARTICLES and w is not words[0]:
            continue
        if not letters.isalpha() or not w[0].isupper() or len(letters) < 2:
            return False
    return True


def _looks_like_name(line: str) -> bool:
    """Two to five capitalised words with no job word: 'Marie Dupont', 'DUPONT Marie', 'Jean-Luc de la Tour'."""
    from matchlens.preprocess.sections import heading_of

    return heading_of(line) is None and not any(ch.isdigit() for ch in line)
