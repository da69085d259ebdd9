"""Build src/matchlens/preprocess/blind/data/accents_fr.tsv.gz: French words typed without their accents -> the one
accented word they can be ('refugiee' -> 'réfugiée', 'celibataire' -> 'célibataire', 'nee' -> 'née').

From simplemma's French dictionary (its word forms; simplemma is MIT-licensed and already a dependency of the
masker). A form is kept when its letters without accents are no French word themselves ('marie', 'age', 'ne', and
'du', 'oui', 'debout', which simplemma's dictionary lacks but the masker's job-text lexicon or Faker's French word
list has, and English words of job texts: 'the', 'executive', stay as typed) and no other accented form folds to them ('regle': 'règle' or 'réglé'; 'menage': 'ménage' or 'ménagé').

Run: python scripts/build_accents.py
"""
from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from matchlens.preprocess.blind.accents import DATA, PARTICIPLES  # noqa: E402
from matchlens.preprocess.blind.lexicon import fold as bare  # noqa: E402  (the masker's folding; words here are lower case)


def table() -> dict[str, str]:
    """Bare form -> its one accented French word form."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from matchlens.preprocess.blind.lexicon import words

    forms = set(DefaultDictionaryFactory().get_dictionary("fr").keys())
    from faker.providers.lorem.fr_FR import Provider

    forms |= {w for w, (fr, _) in words().items() if fr}  # French as typed in job texts too ('du': not in simplemma's)
    forms |= set(Provider.word_list)  # and Faker's 1,364 common French words ('oui', 'debout': simplemma lacks them)
    forms |= {w for w, (fr, en) in words().items() if en and not fr}  # English as written ('the', 'executive')
    accented: dict[str, set[str]] = defaultdict(set)
    for word in forms:
        if word.isalpha() and word.islower() and (plain := bare(word)) != word and plain.isascii():
            accented[plain].add(word)
    return {plain: next(iter(words)) for plain, words in sorted(accented.items())
            if len(words) == 1 and plain not in forms and len(plain) >= 2}


def participles() -> dict[str, str]:
    """Plain form -> its past participle where the plain form is a word of its own too ('marie' -> 'marié', 'motive' ->
    'motivé', 'divorce' -> 'divorcé'): read so only after an auxiliary ('je suis marie'), never a common word of
    Faker's French list ('est de', 'est entre': 'de' had become 'dé')."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from faker.providers.lorem.fr_FR import Provider

    forms = set(DefaultDictionaryFactory().get_dictionary("fr").keys())
    common = set(Provider.word_list)  # 'est de', 'est entre', 'est forme': a common word after 'est' is itself
    out = {}
    for word in sorted(forms):
        if not (word.isalpha() and word.islower()):
            continue
        for ending, plain_end in (("ées", "ees"), ("és", "es"), ("ée", "ee"), ("é", "e")):
            if word.endswith(ending) and (plain := bare(word[: -len(ending)]) + plain_end).isascii() \
                    and bare(word[: -len(ending)]) == word[: -len(ending)]:
                if plain not in common and len(plain) > 2:
                    out.setdefault(plain, word)  # only the last letters carry an accent: 'motivée' <- 'motivee'
                break
    return out


def _write(path: Path, rows: dict[str, str]) -> None:
    """The table gzipped with no timestamp in its header: the same words build the same bytes (and the masker's
    version hash, which reads its data files, does not change on a rebuild)."""
    data = "".join(f"{plain}\t{word}\n" for plain, word in rows.items()).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(data)


def main() -> None:
    rows = table()
    _write(DATA, rows)
    print(f"{len(rows):,} words -> {DATA} ({DATA.stat().st_size / 1e3:.0f} kB)")
    after = participles()
    _write(PARTICIPLES, after)
    print(f"{len(after):,} participles -> {PARTICIPLES} ({PARTICIPLES.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
