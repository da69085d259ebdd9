"""The word lists blind scoring reads (built by scripts/build_blind_lexicons.py from Faker, ROME, ESCO, O*NET, GeoNames)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without accents: the form names and keywords are compared in (shown text keeps its accents)."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped)  # Hangul syllables back together


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (DATA / name).read_text("utf-8").splitlines() if line]


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """Folded first name or surname -> its kinds ('F' first name, 'L' surname, 'FL' both), 52 Faker locales."""
    return {n: k for n, k in _rows("names.tsv")}


@lru_cache(maxsize=1)
def words() -> dict[str, tuple[int, int]]:
    """Word written in lower case in real French / English job text -> (French count, English count)."""
    return {w: (int(fr), int(en)) for w, fr, en in _rows("words.tsv")}


@lru_cache(maxsize=1)
def folded_words() -> dict[str, int]:
    """Folded common word -> total count: a capitalised token that is also a common word is weak name evidence."""
    out: dict[str, int] = {}
    for w, (fr, en) in words().items():
        key = fold(w)
        out[key] = out.get(key, 0) + fr + en
    return out


@lru_cache(maxsize=1)
def word_names() -> frozenset[str]:
    """Folded given names that are also words ('Precious', 'Fidèle', 'Sunday'): a first name only before a surname."""
    lines = (DATA / "word_names.txt").read_text("utf-8").splitlines()
    return frozenset(fold(w) for line in lines if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def gender_pairs() -> dict[str, str]:
    """French feminine -> masculine forms read off 'Masculin / Féminin' job titles (ROME, ESCO)."""
    return {f: m for f, m, _ in _rows("gender_fr.tsv")}


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Person nouns of job titles, both forms (a title's first word: 'chauffeur', 'chauffeuse', 'comptable')."""
    titles = (DATA / "persons_fr.txt").read_text("utf-8").split()
    return frozenset([w for f, m, kind in _rows("gender_fr.tsv") if kind == "noun" for w in (f, m)] + titles)


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Folded countries, regions, counties and states: what ends a location line ('Leeds, West Yorkshire, UK')."""
    return frozenset(fold(p) for p in (DATA / "places.txt").read_text("utf-8").splitlines() if p)


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Folded names of towns (GeoNames: near countries from 5,000 people, the world from 15,000) and Korean towns
    in Hangul: a word after a cue that is a town is no name ('Participants : Lyon, Paris')."""
    return frozenset((DATA / "towns.txt").read_text("utf-8").split("\n")) - {""}


def places(word: str) -> bool:
    """A folded word that names a town, a region or a country."""
    return word in towns() or word in regions()


@lru_cache(maxsize=1)
def _nameness_table() -> dict[str, float]:
    return {g: float(v) for g, v in _rows("nameness.tsv")}


@lru_cache(maxsize=50_000)
def nameness(word: str) -> float:
    """How much a word looks like a name rather than job text: the mean log-odds of its character 2-4-grams
    (held-out ROC-AUC 0.96, names of 52 locales vs ESCO/ROME/O*NET words); above 0.3 reads as a name."""
    w = f"^{fold(word)}$"
    vals = [v for k in (2, 3, 4) for i in range(len(w) - k + 1) if (v := _nameness_table().get(w[i:i + k])) is not None]
    return sum(vals) / len(vals) if vals else 0.0


@lru_cache(maxsize=1)
def korean_countries() -> tuple[str, ...]:
    """Country names written in Hangul (Faker's ko_KR list), longest first: '우즈베키스탄인', '베트남 국적'."""
    rows = (DATA / "places.txt").read_text("utf-8").splitlines()
    return tuple(sorted({p for p in rows if p and all("가" <= c <= "힣" for c in p.replace(" ", ""))}, key=len,
                        reverse=True))
