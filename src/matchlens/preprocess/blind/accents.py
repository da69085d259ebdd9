"""French typed without its accents read with them: 'nee le 3/4/99', 'refugiee', 'celibataire', 'je suis motivee'.

CVs typed on a phone or a foreign keyboard, by people for whom French is a second language, or in capitals, often
carry no accent at all; every rule that reads 'née', 'réfugiée' or 'célibataire' missed them, and the gender rules did
not see 'motivee' as the feminine of 'motivé'. A word of plain letters is given back the one accented French word it
can be (``data/accents_fr.tsv.gz``, built from simplemma's dictionary by scripts/build_accents.py): never a word that
is French as typed ('marie', 'age', 'ne'), never one with two readings ('regle': 'règle' or 'réglé'). Only a line
with more French function words than English ones is read so ('role' stays in an English line, 'tres' in a Spanish
one); case is kept ('SECURITE' -> 'SÉCURITÉ'); identifiers, addresses and links are left as typed.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from matchlens.preprocess.blind import lexicon
from matchlens.preprocess.blind.regexcode import compile as rx

DATA = Path(__file__).parent / "data" / "accents_fr.tsv.gz"
PARTICIPLES = Path(__file__).parent / "data" / "participles_fr.tsv.gz"
# a participle typed without its accent after an auxiliary, where the plain form is a word too ('je suis marie', 'suis
# motive', 'est divorcee', 'je suis ne le …'): read as the participle it is there ('il marie' stays elsewhere)
AFTER_AUXILIARY = rx(r"(?i)(?<![^\W_])(?:je[ \t]+suis|suis|tu[ \t]+es|est|sommes|[êe]tes|sont|[ée]t[ée]|[êe]tre|"
                     r"j['’]?ai[ \t]+[ée]t[ée])[ \t]+(?:(?:tr[èe]s|bien|d[ée]j[àa]|pas)[ \t]+)?(?P<w>[a-z]+e(?:e?s?)?)(?![^\W_])")
# a word of plain letters only (one with an accent is as typed), never a part of an identifier, an address or a link
# ('worker.family.dependants=3', 'jean.celibataire@…', '/cite/')
PLAIN_WORD = rx(r"(?<![\w.@/=\-])[A-Za-z]{2,}(?![\w@/=\-]|\.\w)")
FRENCH = rx(r"(?i)(?<![^\W_])(?:je|j['’]?ai|jai|suis|est|les|des|du|avec|pour|dans|chez|mon|ma|mes|une|et|ans|au|"
            r"aux|sur|pas|qui|que|le|la|de|en|mais|ou|sans|depuis)(?![^\W_])")
ENGLISH = rx(r"(?i)(?<![^\W_])(?:the|and|of|to|with|my|is|am|have|has|for|in|on|at|i|an|years?|from|work(?:ed)?)(?![^\W_])")


def _read(path: Path) -> dict[str, str]:
    """One of the word tables: plain form -> accented form, tab-separated, gzipped."""
    with gzip.open(path, "rt", encoding="utf-8") as rows:
        return dict(line.rstrip("\n").split("\t", 1) for line in rows)


@lru_cache(maxsize=1)
def participles() -> dict[str, str]:
    """Plain form -> its past participle, read only after an auxiliary (``AFTER_AUXILIARY``)."""
    return _read(PARTICIPLES)


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Plain lower-case word -> its one accented French form (~85,000 words, 0.43 MB gzipped, read once a process)."""
    return _read(DATA)


def restored(text: str, force: bool = False) -> str:
    """The text with its French words' accents given back in its French lines (``force``: in every line)."""
    if not PLAIN_WORD.search(text):
        return text
    words, names = table(), lexicon.names()

    def word(m) -> str:
        w = m.group(0)
        found = words.get(w.lower())
        if found is None or not (w.islower() or w.isupper() and len(w) > 4 or w.istitle() and w.lower() not in names):
            return w  # an acronym ('EPI') or a name ('Laure', 'Benoit') stays as written
        return found.upper() if w.isupper() and len(w) > 1 else found.capitalize() if w[0].isupper() else found
    def participle(m) -> str:
        w = m.group("w")
        found = participles().get(w.lower()) if w.islower() else None
        return m.group(0) if found is None else m.group(0)[: m.start("w") - m.start()] + found

    lines = text.split("\n")
    votes = ((len(FRENCH.findall(line)), len(ENGLISH.findall(line))) for line in lines)
    return "\n".join(PLAIN_WORD.sub(word, AFTER_AUXILIARY.sub(participle, line)) if force or fr > en else line
                     for line, (fr, en) in zip(lines, votes))
