"""Pieces every held-aside layout of the placement benchmark writes the same way (see evaluation.placement): a civil
title, a place of birth, a diploma, a job line and the contact details, each planting what it writes. The splits
blind9 to blind12 had each carried a copy of them."""
from __future__ import annotations

from matchlens.evaluation.placement import Sheet, job_dates, title_text


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
