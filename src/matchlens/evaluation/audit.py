"""Counterfactual fairness audit: does a model judge the candidate's name, sex, age or address?

Each resume is copied with one attribute changed and nothing else: the name (first names and surnames of
several origins, both sexes, from Faker's locales), the civil title and grammatical gender of the CV's own job
words ("Mme … infirmière" / "M. … infirmier"), an age line, or the postcode of residence. Every copy is scored by
each model exactly as the comparison scores resumes (same options: blind scoring masks these attributes, so
the copies read alike), against the same gigs. The copies stay in memory and are never added to the corpus.

Per model and attribute it reports: the score spread between copies in units of the gig column's standard
deviation (95th percentile and maximum), how many resume-gig pairs change rank and by how much (the copy ranked
among the other resumes), how often the top-k changes, and the mean shift per group with a bootstrap CI.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from matchlens.preprocess.masking import GENDERED, fold, mask
from matchlens.scoring.cache import NullCache
from matchlens.scoring.embedding import embed_texts
from matchlens.scoring.matching import Comparison, embedding_scores, gig_fields, resume_text

ATTRIBUTES = ("name", "gender", "age", "postcode")
NAME_ORIGINS = {"French": "fr_FR", "Maghrebi": "fr_DZ", "West African": "yo_NG", "Vietnamese": "vi_VN",
                "Portuguese": "pt_PT", "Turkish": "tr_TR", "British": "en_GB", "Indian": "en_IN"}
AGES = (24, 41, 58)
POSTCODES = ("75016 Paris", "93200 Saint-Denis", "13015 Marseille", "69002 Lyon", "23000 Guéret")
REFERENCE = {"name": "Camille Martin", "email": "camille.martin@example.org", "phone": "06 00 00 00 00",
             "address": "12 rue de la République, 69002 Lyon"}
Progress = Callable[[int, int], None]


@dataclass
class Copy:
    resume: int      # index of the original resume
    attribute: str
    group: str       # "Maghrebi · F", "58", "93200 Saint-Denis", "F"…
    text: str


def names(per_origin: int = 1, seed: int = 0) -> dict[str, str]:
    """group -> full name: ``per_origin`` female and male names per origin (Faker's locales, seeded)."""
    from faker import Faker

    out = {}
    for origin, locale in NAME_ORIGINS.items():
        fake = Faker(locale)
        fake.seed_instance(seed)
        for n in range(per_origin):
            for sex, first in (("F", fake.first_name_female), ("M", fake.first_name_male)):
                out[f"{origin} · {sex}" + (f" {n + 1}" if per_origin > 1 else "")] = f"{first()} {fake.last_name()}"
    return out


def _email(name: str) -> str:
    return ".".join(re.sub(r"[^a-z]", "", fold(w)) for w in name.split()) + "@example.org"


def _fill(shown: str, name: str, extra: str = "", title: str = "") -> str:
    """The masked CV with its placeholders filled: this name, reference values elsewhere, ``extra`` lines
    (age, address) right under the name line."""
    text = shown.replace("[NAME]", name, 1).replace("[NAME]", name.split()[-1])
    text = text.replace("[EMAIL]", _email(name)).replace("[PHONE]", REFERENCE["phone"])
    text = text.replace("[ADDRESS]", REFERENCE["address"] if not extra else "")
    text = re.sub(r"\[(?:AGE|BIRTH DATE|NATIONALITY|FAMILY STATUS|PHOTO|PROFILE|TITLE)\]", "", text)
    lines = text.split("\n")
    first = next((i for i, ln in enumerate(lines) if name in ln), None)
    if first is None:
        lines.insert(0, name)
        first = 0
    lines[first] = (title + " " if title else "") + lines[first]
    if extra:
        lines.insert(first + 1, extra)
    return "\n".join(lines)


def _gendered(text: str, sex: str) -> str:
    """The CV's own job words in the feminine (F) or masculine (M) form."""
    for fem, masc in GENDERED:
        src, dst = (masc, fem) if sex == "F" else (fem, masc)
        text = re.sub(rf"\b{src}\b", dst, text)
        text = re.sub(rf"\b{src.capitalize()}\b", dst.capitalize(), text)
    return text


def copies(texts: Sequence[str], langs: Sequence[str], attributes: Sequence[str] = ATTRIBUTES,
           per_origin: int = 1, seed: int = 0) -> list[Copy]:
    """Every counterfactual copy of every resume (one attribute changed per copy)."""
    pool = names(per_origin, seed) if "name" in attributes else {}
    out = []
    for i, (text, lang) in enumerate(zip(texts, langs)):
        shown = mask(text).shown
        ref = REFERENCE["name"]
        if "name" in attributes:
            out += [Copy(i, "name", g, _fill(shown, n)) for g, n in pool.items()]
        if "gender" in attributes:
            for sex, title in (("F", "Mme" if lang == "fr" else "Ms"), ("M", "M." if lang == "fr" else "Mr")):
                out.append(Copy(i, "gender", sex, _gendered(_fill(shown, ref, title=title), sex)))
        if "age" in attributes:
            line = {"fr": "{} ans", "ko": "{}세"}.get(lang, "Age: {}")
            out += [Copy(i, "age", str(a), _fill(shown, ref, line.format(a))) for a in AGES]
        if "postcode" in attributes:
            out += [Copy(i, "postcode", p, _fill(shown, ref, f"12 rue de la Gare, {p}")) for p in POSTCODES]
    return out


def copy_scores(comp: Comparison, model: str, cps: Sequence[Copy], cache=None,
                progress: Progress | None = None) -> np.ndarray:
    """(n_copies, n_gigs) scores of the copies under one model, exactly as its resumes were scored."""
    res = comp.results[model]
    texts = [resume_text(c.text, comp.options) for c in cps]
    if res.encoder.pair_scorer:
        gigs = [d.text for d in comp.gigs]
        a = [t for t in texts for _ in gigs]
        return np.asarray(res.encoder.score_pairs(a, gigs * len(texts), progress), np.float32).reshape(len(texts), -1)
    emb = embed_texts(res.encoder, texts, "resume", comp.options.chunking, cache, progress)
    return embedding_scores(res.encoder, emb, res.gigs, gig_fields(comp.gigs, comp.options), comp.options,
                            cache if cache is not None else NullCache())[0]


def audit_model(comp: Comparison, model: str, cps: Sequence[Copy], scores: np.ndarray, k: int = 10,
                n_boot: int = 300, seed: int = 0) -> tuple[list[dict], list[dict]]:
    """Rows per attribute (spread, rank changes, top-k changes) and per group (mean shift with a 95% CI)."""
    base = comp.results[model].scores
    std = base.std(axis=0)
    std = np.where(std > 1e-9, std, 1.0)
    n_r = base.shape[0]
    k = min(k, n_r)
    rows, groups = [], []
    for attr in dict.fromkeys(c.attribute for c in cps):
        idx = [n for n, c in enumerate(cps) if c.attribute == attr]
        by_resume: dict[int, list[int]] = {}
        for n in idx:
            by_resume.setdefault(cps[n].resume, []).append(n)
        spreads, changes, topk = [], [], []
        shifts: dict[str, list[np.ndarray]] = {}
        for i, ns in by_resume.items():
            s = scores[ns]                                   # (copies, gigs)
            others = np.delete(base, i, axis=0)              # the other resumes, as scored
            ranks = 1 + (others[None, :, :] > s[:, None, :]).sum(axis=1)   # (copies, gigs)
            spreads.append((s.max(axis=0) - s.min(axis=0)) / std)
            changes.append(ranks.max(axis=0) - ranks.min(axis=0))
            inside = ranks <= k
            topk.append(inside.any(axis=0) & ~inside.all(axis=0))
            centred = (s - s.mean(axis=0)) / std
            for row, n in zip(centred, ns):
                shifts.setdefault(cps[n].group, []).append(row)
        spread, change, flip = np.concatenate(spreads), np.concatenate(changes), np.concatenate(topk)
        rows.append({"model": model, "attribute": attr, "copies per resume": len(idx) // max(len(by_resume), 1),
                     "spread p95 (gig sd)": float(np.percentile(spread, 95)), "spread max (gig sd)": float(spread.max()),
                     "pairs changing rank": float((change > 0).mean()), "max rank change": int(change.max()),
                     f"top-{k} changes": float(flip.mean()), "pairs": int(change.size)})
        rng = np.random.default_rng(seed)
        for group, vals in shifts.items():
            per_resume = np.array([v.mean() for v in vals])
            boots = [per_resume[rng.integers(0, len(per_resume), len(per_resume))].mean() for _ in range(n_boot)]
            groups.append({"model": model, "attribute": attr, "group": group, "mean shift (gig sd)": float(per_resume.mean()),
                           "95% CI": (float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5)))})
    return rows, groups


def audit(comp: Comparison, models: Sequence[str] | None = None, attributes: Sequence[str] = ATTRIBUTES,
          per_origin: int = 1, k: int = 10, cache=None, seed: int = 0,
          report: Callable[[str, int, int], None] | None = None):
    """The audit of every (vector or pair-scoring) model of a comparison: (table, groups, sentences)."""
    import pandas as pd

    cps = copies([d.text for d in comp.resumes], [d.lang for d in comp.resumes], attributes, per_origin, seed)
    rows, groups = [], []
    for m in models or comp.models:
        res = comp.results[m]
        if res.resumes is None and not res.encoder.pair_scorer or res.info.kind in ("hybrid", "rerank"):
            continue  # composites are audited through their parts
        say = (lambda d, t, m=m: report(m, d, t)) if report else None
        r, g = audit_model(comp, m, cps, copy_scores(comp, m, cps, cache, say), k, seed=seed)
        rows += r
        groups += g
    table, by_group = pd.DataFrame(rows), pd.DataFrame(groups)
    return table, by_group, verdicts(table, comp.options.blind)


def verdicts(table, blind: bool) -> list[str]:
    """One plain sentence per attribute, from the numbers."""
    out = []
    if table.empty:
        return ["No model could be audited (composite models are audited through their parts)."]
    for attr, rows in table.groupby("attribute", sort=False):
        worst = rows.loc[rows["max rank change"].idxmax()]
        what = {"name": "the name is", "gender": "the civil title and gendered job words are",
                "age": "the age line is", "postcode": "the postcode is"}[attr]
        if worst["max rank change"] == 0:
            out.append(f"No model moves a CV by a single place when only {what} changed"
                       + (" (blind scoring masks it)." if blind else "."))
        else:
            out.append(f"{worst['model']} moves CVs by up to {int(worst['max rank change'])} place"
                       f"{'s' if worst['max rank change'] > 1 else ''} when only {what} changed "
                       f"({worst['pairs changing rank']:.0%} of resume-gig pairs change rank).")
    return out
