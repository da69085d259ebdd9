"""Pieces every held-aside layout of the placement benchmark writes the same way (see evaluation.placement): a civil
title, a place of birth, a diploma, a job line and the contact details, each planting what it writes. The splits
blind9 to blind12 had each carried a copy of them."""
from __future__ import annotations

import functools
from dataclasses import replace

from matchlens.evaluation.placement import Sheet, _weighted, job_dates, layout, title_text


def civil(s: Sheet) -> str:
    """'Mme ' / 'Ms ' before a name if the CV reveals the sex (planted), '' otherwise."""
    if not s.take("sex"):
        return ""
    words = {"fr": ("Mme", "M."), "en": ("Ms", "Mr"), "ko": ("여", "남")}[s.lang]
    return s.plant("sex", words[0] if s.female else words[1]) + " "


def _born_in(s: Sheet, odds: float = 0.4) -> str:
    """' à <place of birth>' (planted) with the given odds, '' otherwise."""
    if not s.chance(odds):
        return ""
    return {"fr": " à ", "en": " in ", "ko": " "}[s.lang] + s.plant("birth", s.p.birth_place)


def diploma(s: Sheet) -> str:
    """One of the trade's diplomas (a fact)."""
    return s.fact(s.pick(list(s.p.trade.diplomas[s.lang])))


def job_line(s: Sheet, job, sep: str = " – ") -> str:
    """Dates, title, employer, place of one job."""
    return f"{job_dates(s, job)}{sep}{title_text(s, job)}{sep}{s.fact(job.employer)}, {s.fact(job.place)}"


def contacts(s: Sheet) -> list[str]:
    """The phone and the e-mail (planted), when the CV carries contact details."""
    return [s.plant("contact", x) for x in (s.p.phone, s.p.email) if "contact" in s.p.families]


class RenderedSheet(Sheet):
    """A Sheet whose personal details a split writes in its own wording, through ``render(family, mode)``; modes:
    'pair' (label, value), 'bare' (a CV item), 'me' (the author speaking), 'she' (someone else writing about them).
    blind10 to blind14 each carried a copy of these four methods."""

    def render(self, family: str, mode: str):
        raise NotImplementedError

    def bit(self, family: str, mode: str = "bare") -> str | None:
        """A family not written yet, as one piece of text (a pair joined by the sheet's separator), the value planted."""
        if not self.has(family):
            return None
        self.done.add(family)
        out = self.render(family, mode)
        return f"{out[0]}{self.sep}{out[1]}" if isinstance(out, tuple) else out

    def pair(self, family: str) -> tuple[str, str] | None:
        """(label, value) of a family not written yet, the value planted."""
        if not self.has(family):
            return None
        self.done.add(family)
        return self.render(family, "pair")

    def pairs(self, families=("sex", "birth", "age", "nationality", "residence", "family", "health", "religion")
              ) -> list[tuple[str, str]]:
        return [x for f in families if (x := self.pair(f))]

    def take(self, family: str) -> bool:
        """True (and the family marked written) if the CV reveals it and it is not written yet."""
        if self.has(family):
            self.done.add(family)
            return True
        return False


def draw_name(rng, names: dict, weights: dict, lang: str, sex: str, origin: str = "") -> tuple[str, str, str]:
    """(origin, first, last) of someone writing in lang, or of an origin, from a split's name pools and weights."""
    origin = origin or _weighted(rng, weights[lang])
    pool = names[origin]
    return origin, rng.choice(pool[sex]), rng.choice(pool["L"])


# shared by blind15 and blind16 (the same text in both, moved here in session 15's review)
def capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text

def dip_year(s: Sheet) -> str:
    """A diploma with the year it was obtained ('CAP Cuisine (2009)'): a fact."""
    dip = s.pick(list(s.p.trade.diplomas[s.lang]))
    year = max(s.p.born.year + 18, s.p.jobs[-1].start[0] - 1)
    return s.fact(s.pick([f"{dip} ({year})", f"{dip} obtenu en {year}" if s.lang == "fr" else
                          f"{dip}, {year}" if s.lang == "en" else f"{dip} ({year}년 취득)"]))

def jline(s: Sheet, job, sep: str = " – ") -> str:
    """Dates, title, employer, place of one job."""
    return f"{job_dates(s, job)}{sep}{title_text(s, job)}{sep}{s.fact(job.employer)}, {s.fact(job.place)}"

def pair_lines(s: Sheet, families=None, sep: str | None = None) -> list[str]:
    """'label : value' lines of the families not written yet."""
    sep = s.sep if sep is None else sep
    return [f"{a}{sep}{b}" for a, b in (s.pairs(families) if families else s.pairs())]

def sentence(s: Sheet, text: str) -> str:
    """A clause as a sentence: capital first, full stop last; a marker it opens with recorded capitalised too."""
    text = text.strip()
    if capital(text) != text:
        s.markers[:] = [replace(m, value=capital(m.value), also=(*m.also, m.value)) if text.startswith(m.value) else m
                        for m in s.markers]
    return capital(text) + ("" if text.endswith((".", "!", "?")) else ".")


def settle(rng, p, lang: str, pools) -> dict:
    """The candidate's home from a split's pools (``pools`` has FR_/EN_/KO_ towns, streets or roads and job places),
    a place of the split's pools for each past job, and a man's English job titles in the masculine: the same draws
    in the same order for every split that calls it (blind16, blind17)."""
    if lang == "fr":
        town, pc = rng.choice(pools.FR_TOWNS)
        home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 60)} {rng.choice(pools.FR_STREETS)}"}
        places = pools.FR_JOB_PLACES
    elif lang == "en":
        town, code = rng.choice(pools.EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        home = {"town": town, "pc": pc, "street": f"{rng.randint(1, 90)} {rng.choice(pools.EN_STREETS)}"}
        places = pools.EN_JOB_PLACES
    else:
        i = rng.randrange(len(pools.KO_TOWNS))
        region, short = pools.KO_TOWNS[i]
        home = {"town": short, "region": region, "street": f"{pools.KO_ROADS[i]} {rng.randint(1, 200)}"}
        places = pools.KO_JOB_PLACES
    for job, place in zip(p.jobs, rng.sample(places, len(p.jobs))):
        job.place = place
    if p.sex == "M":
        for job in p.jobs:
            if job.en_female:
                job.en, job.en_female = rng.choice(p.trade.en_titles), False
    return home


def layout_after(prepare, langs, split: str):
    """Register a layout of ``split`` whose sheet is first given its identity by ``prepare`` (one copy for the splits
    that draw their own people: blind18, blind19)."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            prepare(s)
            return fn(s)
        layout(langs, split=split)(run)
        return run
    return deco
