"""Counterfactual fairness audit: does a model judge the candidate's name, sex, age or address?

Each resume is copied with one attribute changed and nothing else: the name (first names and surnames of
several origins, both sexes, from Faker's locales), the civil title and grammatical gender of the CV's own job
words ("Mme … infirmière" / "M. … infirmier"), the age, or the postcode of residence. A copy carries each value
where the CV carried that attribute (the placeholders blind masking left: an age in a sentence gets the copy's age
there, a birth date a date of the same age, an address line the copy's address); a line is added under the name
only for an attribute the CV did not carry. Every copy is scored by each model exactly as the comparison scores
resumes (same options: blind scoring masks these attributes, so the copies read alike), against the same gigs.
The copies stay in memory and are never added to the corpus.

Per model and attribute it reports: the score spread between copies in units of the gig column's standard
deviation (95th percentile and maximum), how many resume-gig pairs change rank and by how much (the copy ranked
among the other resumes), how often the top-k changes, and the mean shift per group with a bootstrap CI. The
group view reports what hiring audits report: per origin × sex group of names, the share of CVs that reach a
gig's top k carrying that group's names (the selection rate), and its impact ratio to the best group's rate,
flagged below four fifths.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import lru_cache
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Callable, Sequence

import numpy as np

from matchlens.preprocess.blind.lexicon import gender_pairs
from matchlens.preprocess.masking import GENDERED, fold, mask
from matchlens.scoring import hubness
from matchlens.scoring.cache import NullCache
from matchlens.scoring.embedding import embed_texts
from matchlens.scoring.matching import embedding_scores, gig_fields
from matchlens.scoring.results import Comparison
from matchlens.scoring.texts import model_text

ATTRIBUTES = ("name", "gender", "age", "postcode")
NAME_ORIGINS = {"French": "fr_FR", "Maghrebi": "fr_DZ", "West African": "yo_NG", "Vietnamese": "vi_VN",
                "Portuguese": "pt_PT", "Turkish": "tr_TR", "British": "en_GB", "Indian": "en_IN"}
AGES = (24, 41, 58)
POSTCODES = ("75016 Paris", "93200 Saint-Denis", "13015 Marseille", "69002 Lyon", "23000 Guéret")
STREET = "12 rue de la Gare"
REFERENCE = {"name": "Camille Martin", "email": "camille.martin@example.org", "phone": "06 00 00 00 00",
             "address": "12 rue de la République, 69002 Lyon"}
REFERENCE_AGE = 41  # what copies not varying the age say where their CV gave one
NAMES_PER_GROUP = 3
FOUR_FIFTHS = 0.8
FAIRNESS_NOTE = ("Fairness (audit): the lowest impact ratio is the top-k selection rate of the least selected "
                 "origin × sex group of names over the best group's (below 0.8 fails the four-fifths rule); the max "
                 "rank change is the most places a CV moved when only its name, sex, age or postcode changed.")
LABEL_END = re.compile(r"(?:[:：|\t]|[ \t][-–])[ \t]*$")  # "Date de naissance : [BIRTH DATE]", "Age | [AGE]"
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z ]*\]")
ONLY_PLACEHOLDERS = re.compile(r"^[\s\W]*(?:\[[A-Z][A-Z ]*\][\s\W]*)+$")
AGE_WORDS = {"fr": "{} ans", "ko": "{}세"}  # English: "41 years old" where a CV had its age, else a line "Age: 41"
TITLES = {"fr": {"F": "Mme", "M": "M."}}  # others: Ms / Mr
SEX_WORDS = {"fr": {"F": "Femme", "M": "Homme"}, "ko": {"F": "여성", "M": "남성"},
             "en": {"F": "Female", "M": "Male"}}
GONE = "\x00"  # a placeholder with nothing to put there (removed with its spacing)
Progress = Callable[[int, int], None]


@dataclass
class Copy:
    resume: int      # index of the original resume
    attribute: str
    group: str       # "Maghrebi · F", "58", "93200 Saint-Denis", "F"…
    text: str


@dataclass(frozen=True)
class Persona:
    """What a copy says where its CV said something personal: reference values, but for the attribute varied."""

    name: str = REFERENCE["name"]
    age: int = REFERENCE_AGE
    address: str = REFERENCE["address"]
    title: str = ""  # civil title (gender copies only)
    sex: str = ""    # "F" or "M" (gender copies only)
    lang: str = "fr"


@dataclass
class AuditResult:
    """The audit's tables, its sentences, and what it was computed for (to recognise a stale result)."""

    table: object        # pandas DataFrame: per model and attribute (spread, rank changes, top-k changes)
    groups: object       # per model, attribute and group: mean shift with a 95% CI
    sentences: list[str]
    selection: object    # the group view: per model and origin × sex group (selection rate, impact ratio)
    settings: dict = field(default_factory=dict)  # corpus, models, options, attributes, names per group, k, time

    def __iter__(self):
        """``table, groups, sentences = audit(comp)``, as the first version returned."""
        return iter((self.table, self.groups, self.sentences))

    def to_record(self) -> dict:
        """Plain JSON-ready values: tables as records, intervals as pairs."""
        return {"settings": dict(self.settings), "sentences": list(self.sentences),
                **{key: _records(getattr(self, key)) for key in ("table", "groups", "selection")}}

    @classmethod
    def from_record(cls, record: dict) -> "AuditResult":
        """Back from :meth:`to_record` (as the workspace keeps it)."""
        import pandas as pd

        groups = pd.DataFrame(record.get("groups") or [])
        if "95% CI" in groups:
            groups["95% CI"] = [tuple(v) if isinstance(v, (list, tuple)) else (float("nan"),) * 2
                                for v in groups["95% CI"]]
        return cls(pd.DataFrame(record.get("table") or []), groups, list(record.get("sentences") or []),
                   pd.DataFrame(record.get("selection") or []), dict(record.get("settings") or {}))


def _records(df) -> list[dict]:
    return [] if df is None or not len(df) else df.to_dict("records")


def name_groups(per_group: int = NAMES_PER_GROUP, seed: int = 0) -> dict[str, list[str]]:
    """"Origin · sex" -> ``per_group`` full names (Faker's locales, seeded)."""
    from faker import Faker

    out: dict[str, list[str]] = {}
    for origin, locale in NAME_ORIGINS.items():
        fake = Faker(locale)
        fake.seed_instance(seed)
        for _ in range(per_group):
            for sex, first in (("F", fake.first_name_female), ("M", fake.first_name_male)):
                out.setdefault(f"{origin} · {sex}", []).append(f"{first()} {fake.last_name()}")
    return out


def names(per_origin: int = 1, seed: int = 0) -> dict[str, str]:
    """group -> full name: ``per_origin`` female and male names per origin, numbered when more than one."""
    return {group + (f" {n + 1}" if per_origin > 1 else ""): name
            for group, pool in name_groups(per_origin, seed).items() for n, name in enumerate(pool)}


def _email(name: str) -> str:
    return ".".join(re.sub(r"[^a-z]", "", fold(w)) for w in name.split()) + "@example.org"


def birth_date(age: int, today: dt.date | None = None) -> dt.date:
    """A birth date that makes someone ``age`` today (the birthday 100 days ago)."""
    day = (today or dt.date.today()) - dt.timedelta(days=100)
    day = day.replace(day=28) if (day.month, day.day) == (2, 29) else day
    return day.replace(year=day.year - age)


def _birth_text(p: Persona, labelled: bool) -> str:
    """A birth date in the CV's language; after a label ("Date de naissance :") the date alone."""
    d = birth_date(p.age)
    if p.lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일" + ("" if labelled else "생")
    date = f"{d:%d/%m/%Y}" if p.lang == "fr" else f"{d.day} {d:%B} {d.year}"
    if labelled:
        return date
    if p.lang == "fr":
        return {"F": "Née", "M": "Né"}.get(p.sex, "Né(e)") + f" le {date}"
    return f"Born {date}"


def _value(tag: str, p: Persona, own_line: bool, labelled: bool, first_name: bool) -> str:
    """What a copy puts where the masked CV shows ``[tag]`` (a street address on a line of its own or after a
    label, else the town); GONE for what the audit neither varies nor knows (nationality, religion, health…)."""
    values = {
        "NAME": lambda: p.name if first_name else p.name.split()[-1],
        "EMAIL": lambda: _email(p.name),
        "PHONE": lambda: REFERENCE["phone"],
        "ADDRESS": lambda: p.address if own_line else p.address.rsplit(",", 1)[-1].strip(),
        "AGE": lambda: AGE_WORDS.get(p.lang, "{} years old").format(p.age),
        "BIRTH DATE": lambda: _birth_text(p, labelled),
        "BIRTH YEAR": lambda: str(birth_date(p.age).year),
        "TITLE": lambda: p.title or GONE,
        "SEX": lambda: SEX_WORDS.get(p.lang, SEX_WORDS["en"]).get(p.sex, GONE),
    }
    return values.get(tag, lambda: GONE)()


def _fill_placeholders(shown: str, p: Persona) -> str:
    """Every ``[TAG]`` of the masked CV replaced where it stands; unknown ones removed with their spacing."""
    seen_name = []

    def repl(m: re.Match) -> str:
        start = shown.rfind("\n", 0, m.start()) + 1
        end = shown.find("\n", m.end())
        line, before = shown[start:end if end >= 0 else len(shown)], shown[start:m.start()]
        labelled = bool(LABEL_END.search(before))
        tag = m.group(0)[1:-1]
        value = _value(tag, p, labelled or bool(ONLY_PLACEHOLDERS.match(line)), labelled, not seen_name)
        if tag == "NAME":
            seen_name.append(True)
        return value

    text = PLACEHOLDER.sub(repl, shown)
    text = re.sub(rf"(?m)^([ \t•*\-]*){GONE}[ \t]*(?:[,;·|][ \t]*)?", r"\1", text)  # at a line's start
    text = re.sub(rf"[,;·|][ \t]*{GONE}[ \t]*(?=[,;·|.])", "", text)                 # between two separators
    return re.sub(rf"[ \t]*{GONE}", "", text)


def fill(shown: str, p: Persona, vary: str = "") -> str:
    """The masked CV with its placeholders filled from ``p`` where they stand; the varied attribute gets a line
    under the name (the title: before it) only when the CV carried no placeholder for it."""
    tags = set(PLACEHOLDER.findall(shown))
    lines = _fill_placeholders(shown, p).split("\n")
    first = next((i for i, ln in enumerate(lines) if p.name in ln), None)
    if first is None:
        lines.insert(0, p.name)
        first = 0
    if vary == "gender" and "[TITLE]" not in tags:
        lines[first] = f"{p.title} {lines[first].lstrip()}"
    if vary == "age" and not tags & {"[AGE]", "[BIRTH DATE]", "[BIRTH YEAR]"}:
        lines.insert(first + 1, AGE_WORDS.get(p.lang, "Age: {}").format(p.age))
    if vary == "postcode" and "[ADDRESS]" not in tags:
        lines.insert(first + 1, p.address)
    return "\n".join(lines)


@lru_cache(maxsize=2)
def _gender_map(sex: str) -> tuple[re.Pattern, dict[str, str]]:
    """Every French masculine/feminine pair matchlens knows (1,329 read off ROME and ESCO job titles, and the
    audit's own list), as one pattern: the copy changes every such word of the CV, not a fixed 45."""
    pairs = dict(GENDERED)
    pairs.update({f: m for f, m in gender_pairs().items() if f != m})
    table = {m: f for f, m in reversed(list(pairs.items()))} if sex == "F" else pairs
    words = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I), table


def _gendered(text: str, sex: str) -> str:
    """The CV's own job words in the feminine (F) or masculine (M) form."""
    pattern, table = _gender_map(sex)

    def swap(m: re.Match) -> str:
        word = m.group(0)
        dst = table.get(word.lower(), word)
        return dst.upper() if word.isupper() and len(word) > 1 else dst.capitalize() if word[:1].isupper() else dst

    return pattern.sub(swap, text)


def copies(texts: Sequence[str], langs: Sequence[str], attributes: Sequence[str] = ATTRIBUTES,
           per_origin: int = 1, seed: int = 0) -> list[Copy]:
    """Every counterfactual copy of every resume (one attribute changed per copy); ``per_origin`` names per
    origin and sex, all under the group's label ("Maghrebi · F")."""
    pool = name_groups(per_origin, seed) if "name" in attributes else {}
    out = []
    for i, (text, lang) in enumerate(zip(texts, langs)):
        out += _copies_of(i, mask(text).shown, lang, attributes, pool)
    return out


def _copies_of(i: int, shown: str, lang: str, attributes: Sequence[str], pool: dict[str, list[str]]) -> list[Copy]:
    ref = Persona(lang=lang)
    out = []
    if "name" in attributes:
        out += [Copy(i, "name", g, fill(shown, replace(ref, name=n), "name")) for g, ns in pool.items() for n in ns]
    if "gender" in attributes:
        for sex in ("F", "M"):
            p = replace(ref, title=TITLES.get(lang, {"F": "Ms", "M": "Mr"})[sex], sex=sex)
            out.append(Copy(i, "gender", sex, _gendered(fill(shown, p, "gender"), sex)))
    if "age" in attributes:
        out += [Copy(i, "age", str(a), fill(shown, replace(ref, age=a), "age")) for a in AGES]
    if "postcode" in attributes:
        out += [Copy(i, "postcode", pc, fill(shown, replace(ref, address=f"{STREET}, {pc}"), "postcode"))
                for pc in POSTCODES]
    return out


def copy_scores(comp: Comparison, model: str, cps: Sequence[Copy], cache=None,
                progress: Progress | None = None) -> np.ndarray:
    """(n_copies, n_gigs) scores of the copies under one model, exactly as its resumes were scored."""
    res = comp.results[model]
    opts = res.options or comp.options  # its family's defaults filled in (scoring.matching.family_options)
    texts = [model_text(c.text, opts, "resume") for c in cps]
    if res.encoder.pair_scorer:
        gigs = [d.text for d in comp.gigs]
        a = [t for t in texts for _ in gigs]
        return np.asarray(res.encoder.score_pairs(a, gigs * len(texts), progress), np.float32).reshape(len(texts), -1)
    cache = cache if cache is not None else NullCache()
    emb = embed_texts(res.encoder, texts, "resume", opts.chunking, cache, progress)
    fields = gig_fields(comp.gigs, opts)
    raw = embedding_scores(res.encoder, emb, res.gigs, fields, opts, cache)[0]
    if opts.hubness == "none":
        return raw
    corpus = embedding_scores(res.encoder, res.resumes, res.gigs, fields, opts, cache)[0]  # gigs' statistics
    return hubness.reduce(raw, opts.hubness, corpus=corpus)


def _by_resume(cps: Sequence[Copy], attribute: str) -> dict[int, list[int]]:
    """Indices of the copies of one attribute, per original resume."""
    out: dict[int, list[int]] = {}
    for n, c in enumerate(cps):
        if c.attribute == attribute:
            out.setdefault(c.resume, []).append(n)
    return out


def _ranks(base: np.ndarray, i: int, s: np.ndarray) -> np.ndarray:
    """(copies, gigs) rank of each copy of resume ``i`` among the other resumes, as they were scored."""
    others = np.delete(base, i, axis=0)
    return 1 + (others[None, :, :] > s[:, None, :]).sum(axis=1)


def audit_model(comp: Comparison, model: str, cps: Sequence[Copy], scores: np.ndarray, k: int = 10,
                n_boot: int = 300, seed: int = 0) -> tuple[list[dict], list[dict]]:
    """Rows per attribute (spread, rank changes, top-k changes) and per group (mean shift with a 95% CI over
    resumes)."""
    base = comp.results[model].scores
    std = base.std(axis=0)
    std = np.where(std > 1e-9, std, 1.0)
    k = min(k, base.shape[0])
    rows, groups = [], []
    for attr in dict.fromkeys(c.attribute for c in cps):
        by_resume = _by_resume(cps, attr)
        spreads, changes, topk = [], [], []
        shifts: dict[str, dict[int, list[np.ndarray]]] = {}
        for i, ns in by_resume.items():
            s = scores[ns]                                   # (copies, gigs)
            ranks = _ranks(base, i, s)
            spreads.append((s.max(axis=0) - s.min(axis=0)) / std)
            changes.append(ranks.max(axis=0) - ranks.min(axis=0))
            inside = ranks <= k
            topk.append(inside.any(axis=0) & ~inside.all(axis=0))
            centred = (s - s.mean(axis=0)) / std
            for row, n in zip(centred, ns):
                shifts.setdefault(cps[n].group, {}).setdefault(i, []).append(row)
        spread, change, flip = np.concatenate(spreads), np.concatenate(changes), np.concatenate(topk)
        n_copies = sum(len(ns) for ns in by_resume.values())
        rows.append({"model": model, "attribute": attr, "copies per resume": n_copies // max(len(by_resume), 1),
                     "spread p95 (gig sd)": float(np.percentile(spread, 95)), "spread max (gig sd)": float(spread.max()),
                     "pairs changing rank": float((change > 0).mean()), "max rank change": int(change.max()),
                     f"top-{k} changes": float(flip.mean()), "pairs": int(change.size)})
        groups += _shift_rows(model, attr, shifts, n_boot, seed)
    return rows, groups


def _shift_rows(model: str, attr: str, shifts: dict, n_boot: int, seed: int) -> list[dict]:
    """Mean shift per group, a 95% bootstrap CI over resumes (each resume's copies of the group averaged)."""
    rng = np.random.default_rng(seed)
    out = []
    for group, by_resume in shifts.items():
        per_resume = np.array([np.mean(v) for v in by_resume.values()])
        boots = [per_resume[rng.integers(0, len(per_resume), len(per_resume))].mean() for _ in range(n_boot)]
        out.append({"model": model, "attribute": attr, "group": group, "mean shift (gig sd)": float(per_resume.mean()),
                    "95% CI": (float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5)))})
    return out


def _ratios(rates: np.ndarray) -> np.ndarray:
    """Each rate over the best one (NaN when no group is ever selected)."""
    best = rates.max() if len(rates) else 0.0
    return rates / best if best > 0 else np.full(len(rates), np.nan)


def selection_matrix(comp: Comparison, model: str, cps: Sequence[Copy], scores: np.ndarray,
                     k: int = 10) -> tuple[list[str], np.ndarray]:
    """The name groups and a (resumes, groups) matrix: the share of gigs whose top k each resume reaches when
    it carries the group's names (averaged over the group's names), ranked among the other resumes as scored."""
    base = comp.results[model].scores
    k = min(k, base.shape[0])
    by_resume = _by_resume(cps, "name")
    groups = list(dict.fromkeys(cps[n].group for ns in by_resume.values() for n in ns))
    out = np.zeros((len(by_resume), len(groups)))
    for row, (i, ns) in enumerate(by_resume.items()):
        chosen = (_ranks(base, i, scores[ns]) <= k).mean(axis=1)   # per copy: share of gigs
        for b, g in enumerate(groups):
            out[row, b] = np.mean([c for c, n in zip(chosen, ns) if cps[n].group == g])
    return groups, out


def selection_rows(comp: Comparison, model: str, cps: Sequence[Copy], scores: np.ndarray, k: int = 10,
                   n_boot: int = 1000, seed: int = 0) -> list[dict]:
    """The group view of one model: per origin × sex group, its selection rate (top k, averaged over gigs), its
    impact ratio to the best group with a 95% bootstrap CI over resumes, and the four-fifths flag."""
    groups, sel = selection_matrix(comp, model, cps, scores, k)
    if not groups:
        return []
    rates = sel.mean(axis=0)
    ratio = _ratios(rates)
    rng = np.random.default_rng(seed)
    boots = np.array([_ratios(sel[rng.integers(0, len(sel), len(sel))].mean(axis=0)) for _ in range(n_boot)])
    with np.errstate(all="ignore"):
        lo, hi = (np.nanpercentile(boots, q, axis=0) if np.isfinite(boots).any() else np.full(len(groups), np.nan)
                  for q in (2.5, 97.5))
    return [{"model": model, "group": g, "selection rate": float(rates[b]), "impact ratio": float(ratio[b]),
             "CI low": float(lo[b]), "CI high": float(hi[b]), "flag": bool(ratio[b] < FOUR_FIFTHS)}
            for b, g in enumerate(groups)]


def _auditable(comp: Comparison, models: Sequence[str] | None) -> list[str]:
    """The models the audit can score copies with: composites are audited through their parts."""
    out = []
    for m in models or comp.models:
        res = comp.results[m]
        if not (res.resumes is None and not res.encoder.pair_scorer or res.info.kind in ("hybrid", "rerank")):
            out.append(m)
    return out


def group_view(comp: Comparison, models: Sequence[str] | None = None, per_group: int = NAMES_PER_GROUP,
               k: int = 10, cache=None, n_boot: int = 1000, seed: int = 0,
               report: Callable[[str, int, int], None] | None = None):
    """The group view alone (name copies only): a DataFrame of model, group, selection rate, impact ratio,
    CI low, CI high, flag (impact ratio below four fifths)."""
    import pandas as pd

    cps = copies([d.text for d in comp.resumes], [d.lang for d in comp.resumes], ["name"], per_group, seed)
    rows = []
    for m in _auditable(comp, models):
        say = (lambda d, t, m=m: report(m, d, t)) if report else None
        rows += selection_rows(comp, m, cps, copy_scores(comp, m, cps, cache, say), k, n_boot, seed)
    return pd.DataFrame(rows, columns=SELECTION_COLUMNS)


SELECTION_COLUMNS = ["model", "group", "selection rate", "impact ratio", "CI low", "CI high", "flag"]


def fingerprint(comp: Comparison) -> str:
    """What the comparison scored (its resumes and gigs, by content id): a stored audit of others is stale."""
    h = hashlib.sha256()
    for d in comp.resumes + comp.gigs:
        h.update(f"{d.kind}\0{d.id}\0".encode())
    return h.hexdigest()[:16]


def options_record(comp: Comparison) -> dict:
    """The comparison's options as plain JSON values (tuples as lists: as a stored audit reads back)."""
    import json

    return json.loads(json.dumps(asdict(comp.options)))


def audit(comp: Comparison, models: Sequence[str] | None = None, attributes: Sequence[str] = ATTRIBUTES,
          per_origin: int = NAMES_PER_GROUP, k: int = 10, cache=None, seed: int = 0,
          report: Callable[[str, int, int], None] | None = None, n_boot: int = 1000) -> AuditResult:
    """The audit of every (vector or pair-scoring) model of a comparison (``table, groups, sentences = …`` still
    unpacks); ``per_origin`` names per origin and sex; the group view when names are varied."""
    import pandas as pd

    cps = copies([d.text for d in comp.resumes], [d.lang for d in comp.resumes], attributes, per_origin, seed)
    rows, groups, selection = [], [], []
    audited = _auditable(comp, models)
    for m in audited:
        say = (lambda d, t, m=m: report(m, d, t)) if report else None
        scores = copy_scores(comp, m, cps, cache, say)
        r, g = audit_model(comp, m, cps, scores, k, seed=seed)
        rows += r
        groups += g
        selection += selection_rows(comp, m, cps, scores, k, n_boot, seed)
    table, sel = pd.DataFrame(rows), pd.DataFrame(selection, columns=SELECTION_COLUMNS)
    settings = {"corpus": fingerprint(comp), "models": audited, "options": options_record(comp),
                "attributes": list(attributes), "names per group": per_origin, "k": min(k, len(comp.resumes)),
                "time": time.time()}
    return AuditResult(table, pd.DataFrame(groups), verdicts(table, comp.options.blind, sel, settings["k"]), sel,
                       settings)


def stale(settings: dict, comp: Comparison) -> str | None:
    """Why a stored audit does not describe this comparison (other documents or settings), or None."""
    if settings.get("corpus") != fingerprint(comp):
        return "the resumes or gigs changed since it was run"
    if settings.get("options") != options_record(comp):
        return "the scoring settings changed since it was run"
    return None


def not_audited(settings: dict, comp: Comparison) -> list[str]:
    """Models of the comparison the stored audit could cover but did not."""
    return [m for m in _auditable(comp, None) if m not in settings.get("models", [])]


def verdicts(table, blind: bool, selection=None, k: int = 10) -> list[str]:
    """One plain sentence per attribute, and one for the group view, from the numbers."""
    out = []
    if table.empty:
        return ["No model could be audited (composite models are audited through their parts)."]
    for attr, rows in table.groupby("attribute", sort=False):
        worst = rows.loc[rows["max rank change"].idxmax()]
        what = {"name": "the name is", "gender": "the civil title and gendered job words are",
                "age": "the age is", "postcode": "the postcode is"}[attr]
        if worst["max rank change"] == 0:
            out.append(f"No model moves a CV by a single place when only {what} changed"
                       + (" (blind scoring masks it)." if blind else "."))
        else:
            out.append(f"{worst['model']} moves CVs by up to {int(worst['max rank change'])} place"
                       f"{'s' if worst['max rank change'] > 1 else ''} when only {what} changed "
                       f"({worst['pairs changing rank']:.0%} of resume-gig pairs change rank).")
    if selection is not None and len(selection):
        out.append(selection_verdict(selection, k))
    return out


def selection_verdict(selection, k: int = 10) -> str:
    """The group view in one sentence: the lowest impact ratio, and whether it fails the four-fifths rule."""
    rated = selection.dropna(subset=["impact ratio"])
    if not len(rated):
        return f"No CV reaches a gig's top {k} under any name: the group view cannot compare groups."
    low = rated.loc[rated["impact ratio"].idxmin()]
    if low["impact ratio"] >= FOUR_FIFTHS:
        return (f"No model selects a group of names below four fifths of the best group's rate (top {k}; lowest "
                f"impact ratio {low['impact ratio']:.2f}, {low['group']} under {low['model']}).")
    return (f"{low['model']} puts CVs carrying {low['group']} names in a gig's top {k} at {low['impact ratio']:.2f} "
            f"of the best group's rate [{low['CI low']:.2f}, {low['CI high']:.2f}]: below the four-fifths rule.")


def worst_by_model(table=None, selection=None):
    """Per model, its worst figures: the lowest impact ratio (with its group and CI) and the max rank change
    (with the attribute that caused it)."""
    import pandas as pd

    rows: dict[str, dict] = {}
    if selection is not None and len(selection):
        for m, sel in selection.dropna(subset=["impact ratio"]).groupby("model", sort=False):
            low = sel.loc[sel["impact ratio"].idxmin()]
            rows[m] = {"model": m, "lowest impact ratio": float(low["impact ratio"]),
                       "least selected group": low["group"],
                       "impact ratio 95% CI": (float(low["CI low"]), float(low["CI high"]))}
    if table is not None and len(table):
        for m, t in table.groupby("model", sort=False):
            top = t.loc[t["max rank change"].idxmax()]
            rows.setdefault(m, {"model": m}).update({"max rank change": int(top["max rank change"]),
                                                     "moved most by": top["attribute"]})
    columns = ["model", "lowest impact ratio", "least selected group", "impact ratio 95% CI", "max rank change",
               "moved most by"]
    return pd.DataFrame(list(rows.values()), columns=columns)
