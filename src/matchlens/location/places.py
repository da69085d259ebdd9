"""Where a resume's candidate lives (what blind masking found) and where a gig takes place (what its text says)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from matchlens.location import geo
from matchlens.preprocess.masking import addresses

CODE = r"(?:\d{2}|2[AB]|97\d)"
POSTCODE = re.compile(r"(?<![\w.,])(\d{5})(?![\w.,])(?!\s*(?:€|euros?|eur|k€|h\b))", re.I)
DASHED = re.compile(rf"^\s*({CODE})\s+-\s+(.+?)\s*$")  # France Travail's place field: '31 - LA SALVETAT LAURAGAIS'
CODE_IN_BRACKETS = re.compile(rf"\(({CODE})\)")
PARTS = re.compile(r"[,;|/()–—·•]|\s-\s|\s+ou\s+|\s+or\s+|\n", re.I)
AND = re.compile(r"\s+(?:et|and|와|과)\s+", re.I)
LEAD = re.compile(r"(?i)^.*?\b(?:à|a|au|aux|en|sur|dans|près de|pres de|in|at|near|of)\s+(?=\S)")
HANGUL_PLACE = re.compile(r"(?<![가-힣])([가-힣]+?)(?:특별시|광역시|특별자치시|특별자치도|도|시)?(?![가-힣])"
                          r"(?:\s+([가-힣]+(?:시|군|구)))?")
PLACEHOLDER = re.compile(r"\[[A-Z ]+\]")
PARTICLES = {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "lès", "upon", "on", "the", "of"}


@dataclass(frozen=True)
class Place:
    """A place at two levels: `area` (département code; Korean city or district; a foreign town) and `region`.

    `country` is 'FR' or 'KR' when the place was found in a table, '' for a town only known as written."""

    country: str
    area: str | None
    region: str | None
    name: str

    def describe(self) -> str:
        """'93 Seine-Saint-Denis', 'Île-de-France', '서울 강남구', 'Leeds'."""
        if self.country == "FR" and self.area:
            return f"{self.area} {geo.DEPARTMENTS[self.area]}"
        return self.name

    @property
    def precision(self) -> int:
        """How much the place says: 3 a French or Korean area, 2 a region, 1 a town known only as written."""
        return 1 if not self.country else 3 if self.area else 2


def french(dept: str, name: str = "") -> Place:
    return Place("FR", dept, geo.REGION_OF[dept], name or geo.DEPARTMENTS[dept])


def korean(text: str) -> Place | None:
    """The province or metropolitan city of a Korean address, with its city or district when written after it."""
    names = geo.korean_names()
    for m in HANGUL_PLACE.finditer(text):
        short = names.get(m.group(0).split()[0]) or names.get(m.group(1))
        if short:
            district = m.group(2)
            return Place("KR", f"{short} {district}" if district else None, short, m.group(0).strip())
    return None


def parse_place(text: str, as_written: bool = True) -> Place | None:
    """The place one written value names: a postcode, 'DD - TOWN', '(69)', a known town, département or region,
    a Korean province, else (``as_written``) a town as written. None when it names none."""
    text = PLACEHOLDER.sub(" ", text or "").strip()
    if not text:
        return None
    return coded(text) or korean(text) or _named(text, as_written)


def coded(text: str) -> Place | None:
    """A place given by a number: postcode, France Travail's 'DD - TOWN', or 'Town (DD)'."""
    for m in POSTCODE.finditer(text):
        dept = geo.department_of_postcode(m.group(1))
        if dept:
            return french(dept)
    m = DASHED.match(text) or CODE_IN_BRACKETS.search(text)
    dept = m and m.group(1)
    return french(dept) if dept in geo.DEPARTMENTS else None


def _named(text: str, as_written: bool = True) -> Place | None:
    """A place by its name: the first part of the value that is a known town, département or region ('Mulhouse et
    Wittenheim': each town too); else the first part, when it reads like a town (capitalised, up to four words)."""
    parts = [p.strip() for p in PARTS.split(text) if p and p.strip()]
    pieces = parts + [w.strip() for p in parts for w in AND.split(p) if w.strip() != p]
    for part in pieces:
        for candidate in (part, LEAD.sub("", part)):
            place = known(candidate)
            if place:
                return place
    return _as_written(parts[0]) if as_written and parts else None


def known(name: str) -> Place | None:
    """A town (one département only) or a region of the tables, by its folded name."""
    key = geo.town_key(name)
    if key in geo.towns():
        depts, written = geo.towns()[key]
        return french(depts[0], written) if len(depts) == 1 else None
    region = geo.regions_by_key().get(key)
    return Place("FR", None, region, region) if region else None


def _as_written(part: str) -> Place | None:
    town = LEAD.sub("", part).strip(" .:")
    words = town.split()
    if not words or len(words) > 4 or re.search(r"\d", town) or geo.town_key(town) in geo.NOT_PLACES \
            or not all(w[:1].isupper() or w.lower() in PARTICLES for w in words):
        return None
    return Place("", geo.town_key(town), None, town)


def resume_place(text: str) -> Place | None:
    """Where the candidate lives, read only from the address entries blind masking found (never parsed apart from
    what the masker hides): the most precise of them."""
    return resume_places([text])[0]


def resume_places(texts: Sequence[str]) -> list[Place | None]:
    """:func:`resume_place` of many resumes: their address entries read in one batch (masking's own, kept in
    memory; masked again in worker processes only where unknown, e.g. after a restart)."""
    return [_most_precise(entries) for entries in addresses(texts)]


def _most_precise(entries: Sequence[str]) -> Place | None:
    places = [p for p in map(parse_place, entries) if p]
    return max(places, key=lambda p: p.precision, default=None)
