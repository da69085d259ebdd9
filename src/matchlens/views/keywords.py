"""Keyword evidence a recruiter reads: skills, tools, diplomas and job words, with their accents.

Terms are words and two-word phrases ("soins intensifs", "chariot élévateur") that are not stop words of the
document's language (stopwords-iso's maintained lists, plus French and English, which every CV here mixes in),
weighted by TF-IDF over the corpus. A gig term counts as found in a resume when a resume word shares its
Snowball stem once accents are folded ("infirmier" finds "infirmière" and "infirmiere"). Words that appear only
capitalised in one resume and in no gig (a name, a street) are left out of the resume's top terms.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from matchlens.preprocess.masking import fold  # lower case, accents folded: the form matching compares

TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:\+\+|#)|\.NET|[A-Za-z]+\.js|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
STEMMERS = {"fr": "french", "en": "english", "es": "spanish", "de": "german", "it": "italian",
            "pt": "portuguese", "nl": "dutch"}
ALWAYS = ("fr", "en")
CLAUSE = re.compile(r"[.,;:!?()\[\]{}/|\\\n•·–—\"«»]+")
CONTACT = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\+?\d[\d .\-]{7,}\d")
# Recruitment boilerplate, schedule words: said by every ad, never a skill (extends the stop-word lists).
BOILERPLATE = frozenset("""
exigé exigée exigés exigées exiger requis requise souhaité souhaitée souhaitable apprécié appréciée appréciés
recherche recherchons recherché recherchée poste postes profil profils candidat candidate candidats mission missions
offre offres cdi cdd h/f f/h m/f assurez assurer serez rejoindre rejoignez idéalement impératif impérative minimum
mois an ans année années semaine semaines jour jours heure heures lundi mardi mercredi jeudi vendredi samedi
dimanche lundis mardis mercredis jeudis vendredis samedis dimanches week-end week-ends janvier février mars avril
mai juin juillet août septembre octobre novembre décembre required preferred plus nice looking seeking join
candidate candidates role position job jobs apply month months year years week weeks day days hour hours monday
tuesday wednesday thursday friday saturday sunday weekend weekends
""".split())


@lru_cache(maxsize=32)
def stop_words(lang: str = "fr") -> frozenset[str]:
    """Stop words of the language, French and English (stopwords-iso), lower-cased."""
    import stopwordsiso

    words: set[str] = set()
    for code in dict.fromkeys((lang, *ALWAYS)):
        if stopwordsiso.has_lang(code):
            words |= {w.lower() for w in stopwordsiso.stopwords(code)}
    return frozenset(words)


@lru_cache(maxsize=16)
def _stemmer(lang: str):
    import snowballstemmer

    return snowballstemmer.stemmer(STEMMERS.get(lang, "french"))


@lru_cache(maxsize=65_536)
def stem(word: str, lang: str = "fr") -> str:
    """The word's Snowball stem, accents folded (kept: :func:`found` stems each resume word once per gig term)."""
    return fold(_stemmer(lang).stemWord(word.lower()))


def tokens(text: str) -> list[str]:
    """Words of the text; e-mail addresses, links and phone numbers are not words."""
    return TOKEN.findall(CONTACT.sub(" ", text))


def terms(text: str, lang: str = "fr") -> list[str]:
    """Content words and two-word phrases (within one clause) of a text, lower-cased, accents kept."""
    stops = stop_words(lang) | BOILERPLATE
    out, pairs = [], []
    for clause in CLAUSE.split(CONTACT.sub(" ", text)):
        words = [t.lower() for t in TOKEN.findall(clause)]
        keep = [len(w) > 1 and w not in stops and fold(w) not in stops for w in words]
        out += [w for w, k in zip(words, keep) if k]
        pairs += [f"{a} {b}" for (a, ka), (b, kb) in zip(zip(words, keep), zip(words[1:], keep[1:])) if ka and kb]
    return out + pairs


class KeywordModel:
    """TF-IDF over the corpus on content terms; fitted once per corpus."""

    def __init__(self, texts: Sequence[str], langs: Sequence[str], gig_texts: Iterable[str] = ()):
        from sklearn.feature_extraction.text import TfidfVectorizer

        self._lang = dict(zip(texts, langs))
        self.vectorizer = TfidfVectorizer(analyzer=lambda t: terms(t, self._lang.get(t, "fr")), sublinear_tf=True)
        self.vectorizer.fit(list(texts))
        self.vocab = self.vectorizer.get_feature_names_out()
        self.gig_words = {fold(w) for t in gig_texts for w in tokens(t)}

    def top(self, text: str, lang: str, n: int = 20, drop_names: bool = False) -> list[str]:
        self._lang.setdefault(text, lang)
        row = self.vectorizer.transform([text])
        order = row.indices[row.data.argsort()[::-1]]
        names = _proper_nouns(text) - self.gig_words if drop_names else set()
        out = []
        for idx in order:
            term = self.vocab[idx]
            if any(fold(w) in names for w in term.split()):
                continue
            out.append(term)
            if len(out) == n:
                break
        return out


def corpus_model(comp) -> KeywordModel:
    """The keyword model of a comparison (resumes as the models read them, gigs as written), fitted once per
    comparison: the Inspector's keywords read it, and the views' warm-up prepares it (1.1 s at 2,000 x 300)."""
    from matchlens.scoring.texts import model_text

    def fit() -> KeywordModel:
        docs = comp.resumes + comp.gigs
        texts = [model_text(d, comp.options) for d in comp.resumes] + [d.text for d in comp.gigs]
        return KeywordModel(texts, [d.lang for d in docs], [d.text for d in comp.gigs])

    return comp.derived("keyword-model", fit)


def _proper_nouns(text: str) -> set[str]:
    """Folded words that never appear in lower case in the text (names, places, employers)."""
    seen_lower, seen_cap = set(), set()
    for t in tokens(text):
        (seen_cap if t[:1].isupper() else seen_lower).add(fold(t))
    return seen_cap - seen_lower


def found(term: str, resume_words: set[str], lang: str) -> bool:
    """Every word of the term has a resume word with the same stem (accents folded)."""
    for w in term.split():
        s = stem(w, lang)
        if not any(r == s or (len(s) >= 4 and r.startswith(s)) or stem(r, lang) == s for r in resume_words):
            return False
    return True


def overlap(model: KeywordModel, resume_text: str, gig_text: str, resume_lang: str = "fr", gig_lang: str = "fr",
            top: int = 20) -> dict[str, list[str]]:
    """The gig's top terms found / not found in the resume, and the resume's own top terms (names left out)."""
    resume_words = {fold(t) for t in tokens(resume_text)}
    gig_terms = model.top(gig_text, gig_lang, top)
    hits = [found(t, resume_words, gig_lang) for t in gig_terms]
    return {"shared": [t for t, h in zip(gig_terms, hits) if h],
            "missing": [t for t, h in zip(gig_terms, hits) if not h],
            "resume_top": model.top(resume_text, resume_lang, top, drop_names=True)}


def cluster_names(texts: Sequence[str], langs: Sequence[str], clusters: Sequence, top: int = 3) -> dict:
    """A name per cluster from its top keywords, by class-based TF-IDF (as BERTopic and embedding-atlas label
    topics): a term ranks high when frequent in the cluster and rare in the others. Terms keep their accents."""
    import math
    from collections import Counter

    ids = list(dict.fromkeys(clusters))
    counts = {c: Counter() for c in ids}
    for text, lang, c in zip(texts, langs, clusters):
        counts[c].update(t for t in terms(text, lang) if " " not in t)  # single words read best in a legend
    total = Counter()
    for cnt in counts.values():
        total.update(cnt)
    avg = sum(sum(c.values()) for c in counts.values()) / max(len(ids), 1)
    names = {}
    for c in ids:
        size = sum(counts[c].values()) or 1
        weight = {t: (n / size) * math.log(1 + avg / total[t]) for t, n in counts[c].items()}
        names[c] = " · ".join(sorted(weight, key=weight.get, reverse=True)[:top]) or "—"
    return names
