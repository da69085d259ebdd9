"""Real French job ads and ROME job titles as training triples for the job-domain model, train split only.

The ads (``job_ads_fr``) and ROME v4.60 come from the team's shared data folder (``evaluation.realads``); their
terms allow training and evaluation, not redistribution, so only weights are shipped and only counts, sources and
the split file are recorded, never an ad's text. Every triple is built from the *train* part of ``realads``' split:
no ad of a dev or test occupation group, none of the held collection, its départements or its period, and no ROME
entry or job title of a dev or test occupation group (not even as a negative). Source: France Travail, ROME v4.60
(Licence Ouverte / Etalab 2.0); the ads: France Travail API.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from matchlens.evaluation import realads

Triple = tuple[str, str, str]

# What real titles wrap the job in: gender marks, reference codes, contract, place, season tags.
_GENDER = re.compile(r"\(?\b(?:h\s*/\s*f|f\s*/\s*h|m\s*/\s*f|f\s*/\s*m|h\s*-\s*f|f\s*-\s*h)\b\)?", re.I)
_CONTRACT = re.compile(r"\b(?:cdi|cdd|interim|intérim|alternance|apprentissage|stage|saisonnier|temps (?:plein|partiel)"
                       r"|freelance|vacation)\b", re.I)
_CODE = re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{5,}\b|\b\d{4,}\b|\bréf(?:\.|érence\b)\s*:?\s*\S+", re.I)
_PLACE = re.compile(r"\s[-–|]\s+(?=[A-ZÉÈ0-9]).*$")   # " - Lyon (69)", " | Paris": a place or employer after a dash
_STARS = re.compile(r"[*\"«»]+")


def clean_title(title: str) -> str:
    """An ad's title without gender marks, reference codes, contract words, place/employer tail and stray marks."""
    t = _PLACE.sub("", title.strip())
    for pattern in (_GENDER, _CONTRACT, _CODE, _STARS):
        t = pattern.sub(" ", t)
    t = re.sub(r"\(\s*\)|\[\s*\]", " ", t)
    t = re.sub(r"\s+", " ", t).strip(" -–|,;:/")
    return t or title.strip()


@dataclass
class AdData:
    """Triples from real ads and ROME titles, with what was used (ids, codes, counts), never the text itself."""

    ads: list[Triple]
    titles: list[Triple]
    ad_ids: list[str]                              # the train ads used
    codes: set[str]                                # every ROME code whose entry or titles appear in a triple
    record: dict = field(default_factory=dict)     # counts, sources, split file: what training.json says


def entry_without(rome: realads.Rome, code: str, title: str, n_titles: int) -> str:
    """A ROME entry as the real-ad sets show it (``Rome.entry``), minus one held-out job title."""
    lines = [rome.labels[code]] + [t for t in rome.titles.get(code, []) if t not in (rome.labels[code], title)]
    return "\n".join(dict.fromkeys(lines[:n_titles + 1]))


def _appellation_codes(rome_titles: dict[str, list[str]]) -> dict[str, set[str]]:
    """Job title (lower case) → the ROME codes listing it."""
    out: dict[str, set[str]] = {}
    for code, titles in rome_titles.items():
        for t in titles:
            out.setdefault(t.lower(), set()).add(code)
    return out


def _appellations(root: Path) -> dict[str, str]:
    """Ad id → the ROME job title (appellation) its employer chose; empty when the column is absent."""
    rows = realads._rows(realads._require(root, realads.ADS), ("id",))
    return {r["id"].strip(): (r.get("appellation") or "").strip() for r in rows}


def refine_code(ad: realads.Ad, appellation: str, rome: realads.Rome, by_title: dict[str, set[str]]) -> str:
    """The ad's code in ROME v4.60: older ads carry a parent code that v4 split; their job title names the child.

    Only a code of the same parent group is taken, so the ad never moves to another occupation group."""
    group = rome.parents[ad.rome_code]
    same = sorted(c for c in by_title.get(appellation.lower(), ()) if rome.parents[c] == group)
    return ad.rome_code if not same or ad.rome_code in same else same[0]


def negative_code(code: str, allowed: Sequence[str], rome: realads.Rome, rng: random.Random) -> str:
    """A hard negative: an allowed code of the same parent group, else the same domain (letter + 2 digits), else
    the same family letter, else any allowed code."""
    others = [c for c in allowed if c != code]
    for same in (lambda c: rome.parents[c] == rome.parents[code], lambda c: c[:3] == code[:3],
                 lambda c: c[0] == code[0], lambda c: True):
        pool = [c for c in others if same(c)]
        if pool:
            return rng.choice(pool)
    raise ValueError("no other ROME code to draw a negative from")


def check_split_file(split: dict[str, str], path: Path | None) -> str:
    """The split recomputed must be the one recorded (ad ids per part); returns the file's SHA-256 (or "")."""
    if path is None:
        return ""
    if not path.is_file():
        raise FileNotFoundError(f"the real-ad split file {path} is not there; train with the split it records "
                                f"(configs/eval/realads_split.json) or set ad_split to null")
    recorded = json.loads(path.read_text(encoding="utf-8"))["ad_ids"]
    for part in ("train", "dev", "test"):
        now = sorted(i for i, v in split.items() if v == part)
        if now != sorted(recorded[part]):
            raise ValueError(f"the real-ad split recomputed differs from {path} on its {part} part "
                             f"({len(now)} ads vs {len(recorded[part])}): the shared ads or the split rule changed; "
                             f"re-record the split (scripts/quality_dev.py --realads) before training on it")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(root: Path | None = None, seed: int = realads.SEED, n_titles: int = 10, titles_per_code: int = 4,
          split_file: Path | None = None) -> AdData:
    """Triples from the train part of the real-ad split: ad → its ROME entry, ROME job title → entry."""
    root = root or realads.shared_data_dir()
    ads, rome = realads.read_ads(root), realads.read_rome(root)
    split = realads.split_ads(ads, rome, seed)
    sha = check_split_file(split, split_file)
    held_groups = {rome.parents[a.rome_code] for a in ads if split[a.id] in ("dev", "test")}
    allowed = sorted(c for c in rome.labels if rome.parents[c] not in held_groups)
    train = [a for a in ads if split[a.id] == "train"]
    rng = random.Random(seed)
    by_title, appellation = _appellation_codes(rome.titles), _appellations(root)
    codes = {a.id: refine_code(a, appellation.get(a.id, ""), rome, by_title) for a in train}
    ad_rows, used = [], set()
    for a in train:
        code = codes[a.id]
        neg = negative_code(code, allowed, rome, rng)
        used |= {code, neg}
        positive, negative = rome.entry(code, n_titles), rome.entry(neg, n_titles)
        ad_rows.append((a.text(), positive, negative))                                   # the ad as published
        ad_rows.append((rng.choice((a.title.strip(), clean_title(a.title))), positive, negative))  # its title
    title_rows = []
    for code in allowed:
        titles = [t for t in rome.titles.get(code, []) if t != rome.labels[code]]
        if not titles:
            continue
        neg = negative_code(code, allowed, rome, rng)
        used |= {code, neg}
        for t in rng.sample(titles, min(titles_per_code, len(titles))):
            anchor = f"{t} (H/F)" if rng.random() < 0.3 else t   # as ads write it, one time in three
            title_rows.append((anchor, entry_without(rome, code, t, n_titles), rome.entry(neg, n_titles)))
    record = {"ads": len(train), "ad_triples": len(ad_rows), "title_triples": len(title_rows),
              "sources": {s: sum(a.source == s for a in train) for s in sorted({a.source for a in train})},
              "codes_refined_by_job_title": sum(codes[a.id] != a.rome_code for a in train),
              "ad_occupation_groups": len({rome.parents[a.rome_code] for a in train}),
              "rome_codes_used": len(used), "rome_groups_held_out": len(held_groups),
              "split": {"seed": seed, "rule": "evaluation.realads.split_ads, train part only",
                        "file": str(split_file.name) if split_file else None, "sha256": sha}}
    return AdData(ad_rows, title_rows, [a.id for a in train], used, record)


def mix(esco: list[Triple], data: AdData, total: int, ads_share: float, titles_share: float,
        seed: int) -> list[Triple]:
    """``total`` triples: ``ads_share`` of them from real ads, ``titles_share`` from ROME titles (each list cycled
    in a fresh order when it runs out), the rest from ESCO/O*NET; shuffled."""
    rng = random.Random(seed)

    def take(rows: list[Triple], n: int) -> list[Triple]:
        out: list[Triple] = []
        while rows and len(out) < n:
            out += rng.sample(rows, min(len(rows), n - len(out)))
        return out

    n_ads, n_titles = round(total * ads_share), round(total * titles_share)
    rows = take(data.ads, n_ads) + take(data.titles, n_titles) + take(esco, total - n_ads - n_titles)
    rng.shuffle(rows)
    return rows
