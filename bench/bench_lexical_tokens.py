"""Lexical models' tokenization (issue #33): old scikit-learn words vs encoders/tokens.py, per language.

Korean: a generated dev set (the project has no Korean taxonomy): Faker's 425 Korean occupation names (KSCO
groups) are the entries; queries are those names inflected with particles and endings inside sentences. The
templates were written before any result was seen; DEV_TEMPLATES is the half used to choose, TEST_TEMPLATES the
half held back (its figure is reported, never tuned on). French: the 2,634 real ads of ../shared/data/job_ads_fr
ranked against the 1,584 ROME v4.60 occupations (label + job titles); relevant = the ad's ROME code.
Every model is scored by the app's own path (scoring.pairs.score_matrix, default Options, blind off): entries are read as
resumes, queries as gigs. MRR is the expected reciprocal rank under random tie-breaking, with a 95% bootstrap CI.
Also: Kiwi's import/load time and its tokenization speed on ~300-word Korean texts, and the sample's Korean
resumes vs gigs (a sanity check, never tuned on).

    .venv/bin/python bench/bench_lexical_tokens.py [--e5] [--doc2vec] [--skip-fr]
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import time
from collections import defaultdict
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from common import ROOT

SHARED = ROOT.parent / "shared" / "data"
# Default options but blind masking off: the entries are taxonomy entries, not resumes, and masking blanks some of
# them (e.g. the one-line entry "조경원" is taken for a person's name and removed), which would blur the comparison.
OPTIONS = None  # set in main (importing matchlens.scoring here would slow `--help`)

# Written before any measurement. {n}: the occupation name; {ns}: the name with its spaces removed (compounds
# are often written solid); {ro}/{eul}/{ga}/{wa}: the particle's form after the name's last syllable.
DEV_TEMPLATES = [
    "{n}{ro} 3년 동안 근무했습니다.",
    "{n}{eul} 구합니다.",
    "저는 경력 5년차 {n}입니다.",
    "{n}{ga} 되고 싶어서 지원했습니다.",
    "{ns}{ro} 일한 경험이 있습니다.",
    "{n}{wa} 관련된 업무를 맡았습니다.",
]
TEST_TEMPLATES = [
    "{n} 경력자는 우대합니다.",
    "{n}의 업무를 담당했습니다.",
    "{ns}{eul} 모집합니다.",
    "전직 {n}{ro}서 현장 경험이 풍부합니다.",
    "{n}에게 필요한 자격증을 취득했습니다.",
    "우리 회사는 {n}{eul} 채용하고 있습니다.",
]


def _coda(word: str) -> int:
    """Final consonant index of the last Hangul syllable (0: none)."""
    last = [c for c in word if "\uac00" <= c <= "\ud7a3"]
    return (ord(last[-1]) - 0xAC00) % 28 if last else 0


def inflect(template: str, name: str) -> str:
    """The template filled with the name and each particle in its right form (받침 or not; ㄹ takes 로)."""
    coda = _coda(name)
    forms = dict(ro="로" if coda in (0, 8) else "으로", eul="을" if coda else "를", ga="이" if coda else "가",
                 wa="과" if coda else "와")
    return template.format(n=name, ns=name.replace(" ", ""), **forms)


def korean_set(templates: list[str]) -> tuple[list[str], list[str], list[int]]:
    """(entries, queries, index of each query's entry)."""
    from faker.providers.job.ko_KR import Provider

    names = list(dict.fromkeys(Provider.jobs))
    queries, rel = [], []
    for t in templates:
        for i, name in enumerate(names):
            queries.append(inflect(t, name))
            rel.append(i)
    return names, queries, rel


def french_set() -> tuple[list[str], list[str], list[int]]:
    """ROME occupations (label. job titles) and the real ads (title + description) with their code."""
    rome = SHARED / "rome_v4.60"
    with open(rome / "unix_referentiel_code_rome_v460_utf8.csv", encoding="utf-8") as fh:
        labels = {r["code_rome"]: r["libelle_rome"] for r in csv.DictReader(fh)}
    titles = defaultdict(list)
    with open(rome / "unix_referentiel_appellation_v460_utf8.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            titles[r["code_rome"]].append(r["libelle_appellation_court"])
    codes = sorted(labels)
    entries = [f"{labels[c]}. {', '.join(titles[c])}" for c in codes]
    at = {c: i for i, c in enumerate(codes)}
    with open(SHARED / "job_ads_fr" / "ads.csv", encoding="utf-8") as fh:
        ads = [r for r in csv.DictReader(fh) if r["rome_code"] in at]
    return entries, [f"{a['title']}\n\n{a['description']}" for a in ads], [at[a["rome_code"]] for a in ads]


def reciprocal_ranks(scores: np.ndarray, rel: list[int]) -> np.ndarray:
    """Expected 1/rank of each query's one relevant entry, ties broken at random (scores: entries x queries)."""
    out = np.empty(len(rel))
    for j, i in enumerate(rel):
        col = scores[:, j]
        above, tied = int((col > col[i]).sum()), int((col == col[i]).sum()) - 1
        out[j] = np.mean(1.0 / np.arange(above + 1, above + tied + 2))
    return out


def mrr(rr: np.ndarray, seed: int = 0) -> str:
    boot = np.random.default_rng(seed).choice(rr, (1000, len(rr))).mean(axis=1)
    lo, hi = np.percentile(boot, [2.5, 97.5])
    return f"{rr.mean():.3f} [{lo:.3f}, {hi:.3f}]"


class KiwiAnalyzer:
    """The alternative measured for Hangul: kiwipiepy's morphological analysis (not a matchlens dependency).

    "morphemes": content morphemes (nouns, verb/adjective stems, roots, numerals), particles and endings dropped;
    "stem-bigrams": each Hangul word cut before its first particle or ending, then character bigrams of that stem.
    """

    CONTENT = {"NNG", "NNP", "NNB", "NR", "XR", "XSN", "XPN", "VV", "VA", "NP", "MM"}
    KEEP = {"NNG", "NNP", "NR", "VV", "VA", "XR"}

    def __init__(self, mode: str, ngram_range=(1, 2)):
        from kiwipiepy import Kiwi
        from matchlens.encoders.tokens import Analyzer

        self.mode, self.kiwi, self.base = mode, KiwiAnalyzer._kiwi or Kiwi(), Analyzer(ngram_range)
        KiwiAnalyzer._kiwi = self.kiwi
        self._cache: dict[str, tuple] = {}

    _kiwi = None

    def _hangul(self, text: str) -> list[str]:
        from matchlens.encoders.tokens import _HANGUL_WORD, bigrams

        toks = self.kiwi.tokenize(text)
        if self.mode == "morphemes":
            return [t.form for t in toks if t.tag.split("-")[0] in self.KEEP and _HANGUL_WORD.fullmatch(t.form)]
        out = []
        for m in _HANGUL_WORD.finditer(text):
            stem = ""
            for t in (t for t in toks if m.start() <= t.start < m.end()):
                if t.tag.split("-")[0] not in self.CONTENT:
                    if stem:
                        break
                    continue
                stem += t.form
            out += bigrams(stem) if stem else []
        return out

    def terms(self, text: str) -> tuple:
        """Hangul terms (read by Kiwi in context, the whole text at once), then the other words."""
        from matchlens.encoders.tokens import _HANGUL_WORD, other_words

        if text not in self._cache:
            self._cache[text] = tuple(self._hangul(text) + other_words(_HANGUL_WORD.sub(" ", text)))
        return self._cache[text]

    def __call__(self, text: str) -> list[str]:
        self.base.terms = self.terms
        return self.base(text)


class StemAnalyzer:
    """The alternative measured for French: snowball's French stemmer on the non-Hangul words."""

    def __init__(self, ngram_range=(1, 2)):
        import snowballstemmer
        from matchlens.encoders.tokens import Analyzer

        self.stemmer, self.base = snowballstemmer.stemmer("french"), Analyzer(ngram_range)
        base_terms = self.base.terms
        self.base.terms = lambda text: tuple(self.stemmer.stemWords(base_terms(text)))

    def __call__(self, text: str) -> list[str]:
        return self.base(text)


def models(e5: bool, doc2vec: bool) -> dict:
    from matchlens.encoders.bm25 import BM25Encoder
    from matchlens.encoders.tfidf import OLD_WORD, VARIANTS, TfidfEncoder

    tfidf = VARIANTS["tfidf"]
    out = {
        "tfidf (old: sklearn words)": lambda: TfidfEncoder("tfidf", OLD_WORD),
        "tfidf (new: Hangul bigrams)": lambda: TfidfEncoder("tfidf"),
        "tfidf (new, accents kept)": lambda: TfidfEncoder("tfidf", {**tfidf, "fold_accents": False}),
        "tfidf (new + French stemming)": lambda: TfidfEncoder("tfidf", {**OLD_WORD, "analyzer": StemAnalyzer()}),
        "tfidf (kiwi morphemes)": lambda: TfidfEncoder("tfidf", {**OLD_WORD, "analyzer": KiwiAnalyzer("morphemes")}),
        "tfidf (kiwi stem bigrams)": lambda: TfidfEncoder("tfidf", {**OLD_WORD, "analyzer": KiwiAnalyzer("stem-bigrams")}),
        "bm25 (old: sklearn words)": lambda: BM25Encoder(analyzer="word"),
        "bm25 (new: Hangul bigrams)": lambda: BM25Encoder(),
        "tfidf-char (reference)": lambda: TfidfEncoder("tfidf-char"),
    }
    if find_spec("kiwipiepy") is None:
        out = {k: v for k, v in out.items() if "kiwi" not in k}
        print("kiwipiepy is not installed: its rows are skipped (pip install kiwipiepy==0.24.1 kiwipiepy-model==0.24.0)")
    if doc2vec:
        from matchlens.encoders import doc2vec as d2v

        out["doc2vec (old: gensim simple_preprocess)"] = lambda: d2v.Doc2VecEncoder(tokenizer="gensim")
        out["doc2vec (new: Hangul bigrams)"] = d2v.Doc2VecEncoder
    if e5:
        from matchlens.encoders.registry import create

        out["e5-small-multilingual (reference)"] = lambda: create("e5-small-multilingual")
    return out


def run(title: str, entries, queries, rel, factories: dict, skip=()) -> None:
    from matchlens.scoring.pairs import score_matrix

    print(f"\n{title}: {len(queries)} queries x {len(entries)} entries (MRR, 95% CI)")
    for label, make in factories.items():
        if any(s in label for s in skip):
            continue
        t0 = time.perf_counter()
        enc = make()
        scores = score_matrix(enc.name, entries, queries, OPTIONS, encoders={enc.name: enc})
        rr = reciprocal_ranks(scores, rel)
        zero = int((scores.max(axis=0) <= 0).sum())
        print(f"  {label:36s} {mrr(rr)}  queries scoring 0 everywhere: {zero:5d}  {time.perf_counter() - t0:5.1f} s")


def sample_check() -> None:
    """Korean resumes vs gigs of sample_data: scores of old and new word TF-IDF (sanity only)."""
    from matchlens.encoders.tfidf import OLD_WORD, TfidfEncoder
    from matchlens.ingest import load_paths
    from matchlens.scoring.pairs import score_matrix

    docs = {kind: [d for d in load_paths([ROOT / "sample_data" / f"{kind}s"], kind).documents
                   if Path(d.name).name.startswith(("ko_", "gig_ko_"))] for kind in ("resume", "gig")}
    print("\nsample_data Korean resumes x gigs (word TF-IDF, sanity check):")
    for label, enc in (("old", TfidfEncoder("tfidf", OLD_WORD)), ("new", TfidfEncoder("tfidf"))):
        s = score_matrix(enc.name, [d.text for d in docs["resume"]], [d.text for d in docs["gig"]],
                         encoders={enc.name: enc})
        for i, d in enumerate(docs["resume"]):
            cells = "  ".join(f"{Path(g.name).stem}={s[i, j]:.3f}" for j, g in enumerate(docs["gig"]))
            print(f"  {label} {Path(d.name).stem:24s} {cells}")


def speed() -> None:
    """Kiwi's cold import + model load (fresh process), and texts/s of each Hangul tokenizer on ~300-word texts."""
    from matchlens.encoders import tokens

    _, queries, _ = korean_set(DEV_TEMPLATES + TEST_TEMPLATES)
    texts, rng = [], np.random.default_rng(0)
    while len(texts) < 200:
        texts.append(" ".join(rng.choice(queries, 60)))  # 60 sentences ~ 300 words
    words = np.mean([len(t.split()) for t in texts])
    runs = {"Hangul bigrams": lambda t: tokens._terms.__wrapped__(t, True)}
    if find_spec("kiwipiepy"):
        code = ("import time; t=time.perf_counter(); from kiwipiepy import Kiwi; a=time.perf_counter(); Kiwi(); "
                "print(f'{a-t:.2f} {time.perf_counter()-a:.2f}')")
        imp, load = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split()
        print(f"\nKiwi: import {imp} s, model load {load} s (fresh process)")
        kiwi = KiwiAnalyzer("morphemes")
        runs["Kiwi morphemes"] = kiwi._hangul
    for label, fn in runs.items():
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        print(f"{label}: {len(texts) / (time.perf_counter() - t0):.0f} texts/s on {words:.0f}-word Korean texts "
              f"(one thread)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--e5", action="store_true", help="also e5-small-multilingual, for reference (slow)")
    ap.add_argument("--doc2vec", action="store_true", help="also doc2vec")
    ap.add_argument("--skip-fr", action="store_true", help="Korean only")
    args = ap.parse_args()
    global OPTIONS
    from matchlens.scoring.matching import Options

    OPTIONS = Options(blind=False)
    factories = models(args.e5, args.doc2vec)
    speed()
    run("Korean dev templates", *korean_set(DEV_TEMPLATES), factories)
    run("Korean held-back templates", *korean_set(TEST_TEMPLATES), factories)
    if not args.skip_fr:
        run("French real ads -> ROME", *french_set(), factories, skip=("kiwi",))
    sample_check()


if __name__ == "__main__":
    main()
