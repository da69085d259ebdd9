"""The fairness audit on generated CVs (not the sample): Faker identities on top of ESCO occupation descriptions.

Each of N CVs gets a French or English header (name, e-mail, phone, address, age), a work-experience body from an
ESCO occupation (French or English description), and is audited against M gigs (English ESCO descriptions of
other and the same occupations). Run: python scripts/audit_generated.py [--n 40] [--gigs 20] [-m MODEL ...]
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import pandas as pd

from matchlens.documents import Corpus, Document
from matchlens.evaluation.audit import audit
from matchlens.scoring.matching import Options, compare

ROOT = Path(__file__).resolve().parents[1]


def generated(n: int, n_gigs: int, seed: int = 0, identity_seed: int = 0) -> Corpus:
    from faker import Faker

    fr = pd.read_csv(ROOT / "data/esco_eval/crosslingual_queries.csv")
    en = pd.read_csv(ROOT / "data/esco_eval/crosslingual_corpus.csv")
    rng = random.Random(identity_seed)
    docs = []
    for i in range(n):
        lang = "fr" if i % 2 == 0 else "en"
        fake = Faker("fr_FR" if lang == "fr" else "en_GB")
        fake.seed_instance(identity_seed + i)
        name = f"{fake.first_name()} {fake.last_name()}"
        body = (fr if lang == "fr" else en).text.iloc[i]
        header = (f"{name}\n{name.lower().replace(' ', '.')}@example.org · {fake.phone_number()}\n"
                  f"{fake.street_address()}, {fake.postcode()} {fake.city()}\n"
                  + (f"{rng.randint(22, 60)} ans" if lang == "fr" else f"Age: {rng.randint(22, 60)}"))
        heading = "Expérience professionnelle" if lang == "fr" else "Experience"
        docs.append(Document(f"r{i}", f"generated cv {i}", "resume", f"{header}\n\n{heading}\n{body}", lang))
    for j in range(n_gigs):
        docs.append(Document(f"g{j}", f"gig {j}", "gig", en.text.iloc[j * max(1, n // n_gigs)], "en"))
    return Corpus(docs)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--gigs", type=int, default=20)
    p.add_argument("-m", "--model", action="append")
    p.add_argument("--no-blind", action="store_true")
    args = p.parse_args()
    models = args.model or ["tfidf", "bm25", "use-multilingual", "e5-small-multilingual", "minilm-en"]
    corpus = generated(args.n, args.gigs)
    t0 = time.perf_counter()
    comp = compare(corpus, models, Options(blind=not args.no_blind))
    table, _, sentences = audit(comp, attributes=["name", "age"])
    print(f"{args.n} generated CVs x {args.gigs} gigs, blind={'off' if args.no_blind else 'on'}, "
          f"{time.perf_counter() - t0:.0f} s")
    print("\n".join(sentences))
    print(table.round(3).to_string(index=False))
    # independent of the audit's own copies: the same bodies under other Faker identities (name, e-mail, phone,
    # street address, postcode, city, age all different), scored from scratch
    other = compare(generated(args.n, args.gigs, identity_seed=1000), models, Options(blind=not args.no_blind))
    from matchlens.scoring.similarity import rank_per_gig

    for m in models:
        if m in comp.results and m in other.results:
            moved = abs(rank_per_gig(comp.results[m].scores) - rank_per_gig(other.results[m].scores))
            print(f"identity swap, {m}: max rank change {int(moved.max())}, pairs changing rank {(moved > 0).mean():.0%}")


if __name__ == "__main__":
    main()
