"""What a marker still does to scores after blind masking, per bundled model (issue #27's 'done means').

CVs come from the placement benchmark (`evaluation.placement`, a split the masker was not tuned on). For each marker
family, every CV gets the values of that family from another CV of its language (its name, or its age, or its town…)
and nothing else changes. Where the masked text (what models read) is the same, no model can move that CV; the
others are scored by each model against the sample's gigs, in one corpus with the originals, and the bench prints per
model and family: the largest rank change of a CV among the original CVs of a gig, the share of CV-gig pairs whose
rank changes, and the 95th percentile of the score change in units of the gig column's standard deviation.

Run: python bench/bench_blind_effect.py [--split held|fresh|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|blind23|blind24|blind25|blind26|blind27|blind28] [--per-layout 4] [-m tfidf -m e5-small-multilingual …]
"""
from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

import numpy as np

import common  # noqa: F401  (puts src/ on the path)
from matchlens.documents import Corpus, Document
from matchlens.evaluation.placement import FAMILIES, generate
from matchlens.ingest import load_paths
from matchlens.preprocess.masking import mask
from matchlens.scoring.cache import EmbeddingCache
from matchlens.scoring.matching import Options, compare

ROOT = Path(__file__).resolve().parents[1]
MODELS = ["tfidf", "tfidf-char", "bm25", "use-multilingual", "e5-small-multilingual", "jobs-multilingual", "minilm-en"]


FLIP = {"femme": "homme", "madame": "monsieur", "mme": "m.", "mrs": "mr", "ms": "mr", "miss": "mr", "female": "male",
        "féminin": "masculin", "f": "m", "여": "남", "여성": "남성", "여자": "남자", "woman": "man", "she": "he",
        "her": "his", "elle": "il", "girl": "boy", "lady": "man", "maid": "man", "saleswoman": "salesman",
        "waitress": "waiter", "actress": "actor", "mère": "père", "née": "né", "cheffe": "chef", "commise": "commis",
        "agente": "agent", "sexe": "sexe", "male": "male", "aide": "aide", "femme de chambre": "valet de chambre"}
SUFFIXES = (("trice", "teur"), ("euse", "eur"), ("ière", "ier"), ("ienne", "ien"), ("onne", "on"), ("ée", "é"),
            ("ive", "if"), ("ante", "ant"), ("ente", "ent"), ("ère", "er"), ("ale", "al"), ("ise", "is"), ("ie", "i"),
            ("ue", "u"), ("ine", "in"), ("aise", "ais"), ("oise", "ois"), ("ète", "et"), ("elle", "el"))


def flipped(value: str) -> str:
    """The other sex's form of a sex marker, word by word: 'Conductrice expérimentée' -> 'Conducteur expérimenté'."""
    def word(w: str) -> str:
        low = w.lower()
        if low in FLIP:
            out = FLIP[low]
        else:
            out = next((low[: -len(f)] + m for f, m in SUFFIXES if low.endswith(f) and len(low) > len(f) + 2), low)
        return out.upper() if w.isupper() and len(w) > 1 else out.capitalize() if w[:1].isupper() else out

    import re
    return re.sub(r"[^\W\d_]+", lambda m: word(m.group(0)), value)


def swapped(cvs, family: str) -> list[str]:
    """Each CV with the values of one family taken from the next CV of its language (cyclic), each value for one of the
    same shape (a date for a date, a place for a place); for sex, each value turned to the other sex's form instead (a
    swap would change the job itself)."""
    if family == "sex":
        out = []
        for c in cvs:
            text = c.text
            for value in sorted({p.value for p in c.markers if p.family == "sex"}, key=len, reverse=True):
                text = text.replace(value, flipped(value))
            out.append(text)
        return out
    by_lang: dict[str, list[int]] = {}
    for i, c in enumerate(cvs):
        by_lang.setdefault(c.lang, []).append(i)
    out = [c.text for c in cvs]
    for idx in by_lang.values():
        for pos, i in enumerate(idx):
            mine = [p.value for p in cvs[i].markers if p.family == family]
            donor = [p.value for p in cvs[idx[(pos + 1) % len(idx)]].markers if p.family == family]
            text = cvs[i].text
            swaps = [(value, twin) for value in sorted(set(mine), key=len, reverse=True)
                     if (twin := _same_shape(value, mine, donor)) is not None]
            for n, (value, _) in enumerate(swaps):
                text = text.replace(value, "\x00%d\x00" % n)
            for n, (_, twin) in enumerate(swaps):
                text = text.replace("\x00%d\x00" % n, twin)
            out[i] = text
    return out


def _shape(value: str) -> tuple[bool, bool]:
    """What kind of value it is: a date or number (digits) or words, in Hangul or not."""
    return any(c.isdigit() for c in value), any("가" <= c <= "힣" for c in value)


def _same_shape(value: str, mine: list[str], donor: list[str]) -> str | None:
    """The donor's value of the same shape and rank ('né le 3/4/1991' for a date, 'Néma' for a place): a birth date
    swapped with a birthplace made texts no CV holds ('né le Khost a 25 mai 00'). None when the donor has none."""
    same = [v for v in donor if _shape(v) == _shape(value)]
    rank = [v for v in mine if _shape(v) == _shape(value)].index(value)
    return same[rank % len(same)] if same else None


def effects(cvs, texts: list[str], gigs: list[Document], models: list[str], cache) -> dict[str, dict]:
    """Per model: max rank change, share of pairs moved, p95 spread (gig sd) of the changed CVs vs the originals."""
    changed = [i for i, (c, t) in enumerate(zip(cvs, texts)) if mask(c.text).text != mask(t).text]
    out = {m: {"max": 0, "moved": 0.0, "p95": 0.0} for m in models}
    if not changed:
        return out
    docs = [Document(f"o{i}", f"o{i}", "resume", c.text, c.lang) for i, c in enumerate(cvs)]
    docs += [Document(f"c{i}", f"c{i}", "resume", texts[i], cvs[i].lang) for i in changed]
    comp = compare(Corpus(docs + gigs), models, Options(), cache)
    n = len(cvs)
    for m, res in comp.results.items():
        s = res.scores
        base, cf = s[:n], s[n:]
        sd = np.where(base.std(axis=0) > 1e-9, base.std(axis=0), 1.0)
        moves, spreads = [], []
        for row, i in enumerate(changed):
            others = np.delete(base, i, axis=0)
            r0 = 1 + (others > base[i]).sum(axis=0)
            r1 = 1 + (others > cf[row]).sum(axis=0)
            moves.append(np.abs(r1 - r0))
            spreads.append(np.abs(cf[row] - base[i]) / sd)
        moves, spreads = np.concatenate(moves), np.concatenate(spreads)
        total = n * len(gigs)
        out[m] = {"max": int(moves.max()), "moved": float((moves > 0).sum() / total),
                  "p95": float(np.percentile(np.concatenate([spreads, np.zeros(total - spreads.size)]), 95))}
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--split", default="held")
    p.add_argument("--per-layout", type=int, default=4)
    p.add_argument("-m", "--model", action="append")
    args = p.parse_args()
    models = args.model or MODELS
    cvs = generate(args.split, per_layout=args.per_layout, seed=11)
    gigs = load_paths([ROOT / "sample_data" / "gigs"], "gig").documents
    cache = EmbeddingCache()
    print(f"machine: {platform.processor() or platform.machine()}, {len(cvs)} CVs of split {args.split!r} x "
          f"{len(gigs)} sample gigs, models: {', '.join(models)}")
    print(f"{'family':12} {'same text':>9}  " + "  ".join(f"{m[:22]:>22}" for m in models))
    for family in [f for f in FAMILIES if f != "contact"]:
        t0 = time.perf_counter()
        texts = swapped(cvs, family)
        same = np.mean([mask(c.text).text == mask(t).text for c, t in zip(cvs, texts)])
        eff = effects(cvs, texts, gigs, models, cache)
        cells = [f"{eff[m]['max']:>3} {eff[m]['moved']:>6.1%} {eff[m]['p95']:>6.3f}" for m in models]
        print(f"{family:12} {same:>9.1%}  " + "  ".join(f"{c:>22}" for c in cells)
              + f"   ({time.perf_counter() - t0:.0f} s)")
    print("cells: max rank change, share of CV-gig pairs that change rank, p95 score change (gig sd)")


if __name__ == "__main__":
    main()
