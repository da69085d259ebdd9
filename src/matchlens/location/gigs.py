"""Where a gig takes place, from its table row's place column or its text (French, English, Korean job ads)."""
from __future__ import annotations

import re

from matchlens.location.places import CODE, DASHED, Place, coded, known, korean, parse_place

GIG_LABEL = re.compile(
    r"(?im)^[ \t•*\-]*(?:lieu(?: de travail| d'affectation| de (?:la )?mission| d'exercice| du poste)?|localisation|"
    r"location|work location|job location|place of work|workplace|ville|city|secteur g[ée]ographique|"
    r"zone g[ée]ographique|adresse(?: du poste| de la mission)?|근무 ?지(?:역)?|근무 ?장소|근무 ?위치|지역|위치)"
    r"[ \t]*[:：][ \t]*([^\n]+)")
GIG_PHRASE = re.compile(r"(?i)\b(?:bas[ée]e?s?|situ[ée]e?s?|based|located)[ \t]+(?:à|a|au|en|sur|in|at)[ \t]+"
                        r"([^\n.;]+)")
# 'à Nantes', 'en Gironde'; 'à Lesquin (Lille)': the town in brackets when the first is unknown
IN_TEXT = re.compile(r"\b(?:à|au|en|sur|dans|près de|in|at|near)\s+"
                     r"([A-ZÀ-Þ][\w'’\-]*(?:[ \-](?:[A-ZÀ-Þ][\w'’\-]*|sur|sous|en|le|la|les|de|du|des|d'\w+)){0,4})"
                     r"(?:\s*\(([^()\n]{2,40})\))?")
META_KEYS = ("place", "lieu", "lieu de travail", "location", "localisation", "ville", "city", "근무지", "department",
             "departement", "département")


def gig_place(text: str, meta: dict | None = None) -> Place | None:
    """Where a gig takes place: a place column of its table row, a labelled field ('Lieu : Lyon (69)',
    'Location: Leeds', '근무지: 서울 강남구'), 'basé à …', a postcode with its town, 'Town (DD)', then a known town,
    département or region after 'à'/'en'/'in', then a Korean province named in the text."""
    values = [(_code(str(v)), True) for k, v in (meta or {}).items() if str(k).strip().lower() in META_KEYS and v]
    values += [(m.group(1), True) for m in GIG_LABEL.finditer(text)]
    values += [(text, True)] if DASHED.fullmatch(text.strip()) else []  # the place field alone, as the gig's text
    values += [(m.group(1), False) for m in GIG_PHRASE.finditer(text)]  # 'situé à …': only places the tables know
    for value, as_written in values:
        place = parse_place(value, as_written)
        if place:
            return place
    return _in_text(text)


def _code(value: str) -> str:
    """A table's département column ('31') read like '(31)'."""
    return f"({value.strip()})" if re.fullmatch(CODE, value.strip()) else value


def _in_text(text: str) -> Place | None:
    """A place in running text, only when the tables know it: a postcode before a capitalised word, '(DD)' after one,
    a town, département or region after a preposition ('à Nantes', 'en Gironde'), a Korean province."""
    m = re.search(r"(?<![\w.,])\d{5}\s+[A-ZÀ-Þ]", text) or re.search(rf"[A-ZÀ-Þ][\w'’\-]*\s*\({CODE}\)", text)
    if m and coded(m.group(0)):
        return coded(m.group(0))
    for m in re.finditer(rf"(?m)^[ \t]*({CODE})[ \t]+-[ \t]+(.+)$", text):  # '31 - TOWN' of a known town only
        place = known(m.group(2))
        if place and place.area == m.group(1):
            return place
    for m in IN_TEXT.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # 'Paris La Défense' before 'Paris'
            place = known(" ".join(words[:n]))
            if place:
                return place
        bracketed = m.group(2) and known(m.group(2))
        if bracketed:
            return bracketed
    return korean(text)
