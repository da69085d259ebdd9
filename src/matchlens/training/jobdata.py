"""Public job data (ESCO FR+EN, O*NET) as training pairs and held-back dev sets for the job-domain model.

The split is grouped by occupation: a dev occupation's titles, descriptions and translations are never trained on,
so the dev figures measure what the model learned about jobs, not what it memorised. Attribution: "This service uses
the ESCO classification of the European Commission" (ESCO v1.2.0, Commission Decision 2011/833/EU); "includes
information from the O*NET Database by the U.S. Department of Labor, Employment and Training Administration" (CC BY 4.0).
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from pathlib import Path

from matchlens import settings

ESCO = "data/esco_v1.2.0"
ONET = "data/onet/occupation_data.tsv"


@dataclass
class Occupation:
    """One ESCO occupation in both languages."""

    uri: str
    isco: str
    label: dict[str, str]                       # preferred label by language
    alts: dict[str, list[str]]                  # alternative + hidden titles by language
    description: dict[str, str]

    def entry(self, lang: str, without: str = "") -> str:
        """The taxonomy entry: preferred label and alternative titles (one per line), minus a held-out title."""
        titles = [self.label[lang]] + [a for a in self.alts[lang] if a != without and a != self.label[lang]]
        return "\n".join(dict.fromkeys(titles))

    def card(self, lang: str) -> str:
        """Title and description, as an occupation reads in a catalogue."""
        return f"{self.label[lang]}\n{self.description[lang]}"


@dataclass
class JobData:
    """Training pairs (anchor, positive, hard negative) and dev sets, from one seeded grouped split."""

    train: list[tuple[str, str, str]]
    dev: dict[str, dict[str, list]] = field(default_factory=dict)
    train_occupations: int = 0
    dev_occupations: int = 0


def shared_dir() -> Path:
    """../shared beside the repository (CI and dev machines), or MATCHLENS_SHARED."""
    return settings.shared_dir()


def _titles(row: dict) -> list[str]:
    lines = (row.get("altLabels") or "").splitlines() + (row.get("hiddenLabels") or "").splitlines()
    return [t.strip() for t in lines if t.strip()]


def read_esco(root: Path) -> list[Occupation]:
    """Occupations present in both languages with a description, sorted by URI (stable across runs)."""
    rows = {}
    for lang in ("fr", "en"):
        with open(root / ESCO / f"occupations_{lang}.csv", encoding="utf-8") as fh:
            rows[lang] = {r["conceptUri"]: r for r in csv.DictReader(fh) if r.get("description")}
    uris = sorted(set(rows["fr"]) & set(rows["en"]))
    return [Occupation(u, rows["en"][u]["iscoGroup"],
                       {lang: rows[lang][u]["preferredLabel"].strip() for lang in rows},
                       {lang: _titles(rows[lang][u]) for lang in rows},
                       {lang: rows[lang][u]["description"].strip() for lang in rows}) for u in uris]


def read_onet(root: Path) -> list[tuple[str, str]]:
    """(title, description) of O*NET occupations; empty when the file is absent."""
    path = root / ONET
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return [(r["Title"].strip(), r["Description"].strip()) for r in csv.DictReader(fh, delimiter="\t")]


def split(occs: list[Occupation], dev_share: float, seed: int) -> tuple[list[Occupation], list[Occupation]]:
    """A seeded split grouped by occupation."""
    order = list(range(len(occs)))
    random.Random(seed).shuffle(order)
    n_dev = int(round(len(occs) * dev_share))
    dev = set(order[:n_dev])
    return [o for i, o in enumerate(occs) if i not in dev], [o for i, o in enumerate(occs) if i in dev]


def _negative(o: Occupation, by_isco: dict[str, list[Occupation]], pool: list[Occupation], rng) -> Occupation:
    """A hard negative: another occupation of the same ISCO group when there is one."""
    same = [x for x in by_isco.get(o.isco, []) if x.uri != o.uri]
    return rng.choice(same) if same else rng.choice([x for x in pool if x.uri != o.uri])


def training_triples(train: list[Occupation], onet: list[tuple[str, str]], seed: int,
                     titles_per_occupation: int = 4) -> list[tuple[str, str, str]]:
    """(anchor, positive, negative) triples: titles → entry and card in FR and EN, FR↔EN, O*NET title → description."""
    rng = random.Random(seed)
    by_isco: dict[str, list[Occupation]] = {}
    for o in train:
        by_isco.setdefault(o.isco, []).append(o)
    rows = []
    for o in train:
        neg = _negative(o, by_isco, train, rng)
        for lang in ("fr", "en"):
            alts = [a for a in o.alts[lang] if a != o.label[lang]]
            for t in rng.sample(alts, min(titles_per_occupation, len(alts))):
                rows.append((t, o.entry(lang, without=t), neg.entry(lang)))
                rows.append((t, o.card(lang), neg.card(lang)))
            rows.append((o.description[lang], o.entry(lang), neg.entry(lang)))
        rows.append((o.description["fr"], o.card("en"), neg.card("en")))
        rows.append((o.description["en"], o.card("fr"), neg.card("fr")))
        rows.append((o.label["fr"], o.label["en"], neg.label["en"]))
    for k, (title, desc) in enumerate(onet):
        if len(onet) > 1:
            other = onet[(k + rng.randrange(1, len(onet))) % len(onet)]
            rows.append((title, f"{title}\n{desc}", f"{other[0]}\n{other[1]}"))
    rng.shuffle(rows)
    return rows


# Generic lines of French job ads (written for matchlens, about no one job): the noise a real posting wraps its title
# and missions in. Only the dev postings use them; nothing is trained on them.
AD_LINES_FR = (
    "Notre client, acteur reconnu de son secteur, recrute dans le cadre de son développement.",
    "Poste à pourvoir dès que possible, en CDI, temps plein.",
    "Mission d'intérim de trois mois, renouvelable.",
    "Rémunération selon profil et expérience, mutuelle et tickets restaurant.",
    "Vous êtes rigoureux, autonome et avez le sens du travail en équipe.",
    "Horaires de journée, du lundi au vendredi, quelques samedis possibles.",
    "Débutants acceptés, une formation interne est prévue.",
    "Permis B apprécié ; le site est accessible en transports en commun.",
    "Rejoignez une entreprise à taille humaine où chaque collaborateur compte.",
    "Avantages : prime annuelle, participation, comité d'entreprise.",
    "Merci d'envoyer votre candidature avec votre CV à jour.",
    "Nous nous engageons en faveur de la diversité et de l'égalité des chances.",
    "Le poste est basé en Île-de-France, avec des déplacements ponctuels.",
    "Vous maîtrisez les outils bureautiques courants.",
)


def posting(title: str, description: str, rng: random.Random) -> str:
    """A French job posting as ads read: a title line with "(H/F)", company lines, the missions, conditions."""
    lines = rng.sample(AD_LINES_FR, 5)
    return f"{title} (H/F)\n{lines[0]} {lines[1]}\nVos missions : {description}\n{' '.join(lines[2:])}"


def career(jobs: list[Occupation], lang: str, rng: random.Random) -> str:
    """A resume-like text: one experience block per job, most recent first (title, years, duties)."""
    year, blocks = 2025, []
    for o in jobs:
        span = rng.randint(1, 4)
        blocks.append(f"{o.label[lang]} — {year - span}-{year}\n{o.description[lang]}")
        year -= span
    head = "Expérience professionnelle" if lang == "fr" else "Work experience"
    return f"{head}\n\n" + "\n\n".join(blocks)


def cv_task(dev: list[Occupation], every: list[Occupation], rng: random.Random, n_long: int = 30,
            long_jobs: tuple[int, int] = (25, 60)) -> dict[str, list]:
    """Postings of dev occupations → resumes: one short resume (1-2 jobs) per dev occupation, plus long resumes
    listing 25-60 jobs of every field (tens of thousands of characters). A long resume is relevant only where it
    lists the posting's occupation; a method that lets length win puts it first everywhere."""
    corpus = []
    for o in dev:
        jobs = [o] + [x for x in rng.sample(every, rng.randint(0, 1)) if x.uri != o.uri]
        corpus.append((career(jobs, rng.choice(("fr", "en")), rng), "|".join(x.uri for x in jobs)))
    for _ in range(n_long):
        jobs = rng.sample(every, rng.randint(min(long_jobs[0], len(every)), min(long_jobs[1], len(every))))
        corpus.append((career(jobs, rng.choice(("fr", "en")), rng), "|".join(o.uri for o in jobs)))
    queries = [(posting(o.label["fr"], o.description["fr"], rng), o.uri) for o in dev]
    return {"queries": queries, "corpus": corpus}


def _ranking(queries: list[tuple[str, str]], corpus: list[tuple[str, str]]) -> dict[str, list]:
    """A ranking dev set: queries and corpus as (text, label) with relevance = same label."""
    return {"queries": queries, "corpus": corpus}


def dev_sets(dev: list[Occupation], every: list[Occupation], seed: int) -> dict[str, dict[str, list]]:
    """Dev tasks over held-back occupations: against the whole taxonomy (3,000 entries), and against resumes."""
    rng = random.Random(seed + 1)
    fr_titles, en_titles = {}, {}
    for o in dev:
        fr = [a for a in o.alts["fr"] if a != o.label["fr"]]
        en = [a for a in o.alts["en"] if a != o.label["en"]]
        if fr:
            fr_titles[o.uri] = rng.choice(fr)
        if en:
            en_titles[o.uri] = rng.choice(en)
    cvs = cv_task(dev, every, random.Random(seed + 2))
    return {
        "fr_posting_to_cv": cvs,
        "fr_offer_to_entry": _ranking([(o.description["fr"], o.uri) for o in dev],
                                      [(o.entry("fr"), o.uri) for o in every]),
        "fr_posting_to_entry": _ranking([(posting(fr_titles[o.uri], o.description["fr"], rng), o.uri)
                                         for o in dev if o.uri in fr_titles],
                                        [(o.entry("fr", without=fr_titles.get(o.uri, "")), o.uri) for o in every]),
        "fr_title_to_entry": _ranking([(t, u) for u, t in fr_titles.items()],
                                      [(o.entry("fr", without=fr_titles.get(o.uri, "")), o.uri) for o in every]),
        "en_title_to_occupation": _ranking([(t, u) for u, t in en_titles.items()],
                                           [(o.card("en"), o.uri) for o in every]),
        "fr_to_en": _ranking([(o.description["fr"], o.uri) for o in dev],
                             [(o.description["en"], o.uri) for o in every]),
    }


def build(root: Path | None = None, dev_share: float = 0.1, seed: int = 13) -> JobData:
    """Everything the job-domain recipe trains on and is judged by."""
    root = root or shared_dir()
    occs = read_esco(root)
    train, dev = split(occs, dev_share, seed)
    return JobData(training_triples(train, read_onet(root), seed), dev_sets(dev, occs, seed),
                   len(train), len(dev))


def write_dev(data: JobData, out: Path) -> list[Path]:
    """Each dev set as queries.csv + corpus.csv (id, text, label) and qrels.csv (a corpus item is relevant when
    its '|'-separated labels include the query's) for `matchlens evaluate ranking --qrels`."""
    written = []
    for name, task in data.dev.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for part in ("queries", "corpus"):
            written.append(_write_csv(folder / f"{part}.csv", ["id", "text", "label"],
                                      ((f"{part[0]}{k:05d}", text, label) for k, (text, label) in enumerate(task[part]))))
        written.append(_write_csv(folder / "qrels.csv", ["query_id", "corpus_id", "relevance"], qrels(task)))
    return written


def qrels(task: dict[str, list]) -> list[tuple[str, str, int]]:
    """(query id, corpus id, 1) for every relevant pair, with the ids write_dev gives."""
    where: dict[str, list[int]] = {}
    for k, (_, labels) in enumerate(task["corpus"]):
        for label in labels.split("|"):
            where.setdefault(label, []).append(k)
    return [(f"q{i:05d}", f"c{k:05d}", 1) for i, (_, label) in enumerate(task["queries"]) for k in where.get(label, [])]


def _write_csv(path: Path, header: list[str], rows) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def write_pairs(data: JobData, path: Path, n: int = 6000, seed: int = 13) -> Path:
    """Labelled (resume, job, label) pairs from the training triples, for the pair recipes (cross-encoder): each
    triple gives its positive (1) and its hard negative (0). Dev occupations are not in them."""
    rows = []
    for a, pos, neg in random.Random(seed).sample(data.train, min(n, len(data.train))):
        rows += [(a, pos, 1), (a, neg, 0)]
    path.parent.mkdir(parents=True, exist_ok=True)
    return _write_csv(path, ["resume", "job", "label"], rows)
