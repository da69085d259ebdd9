"""Occupations view (#30 part 4): ESCO read from the shared folder, embedded once per model and data version (kept on
disk), each document tagged with its nearest occupations from the text the models read, and the sentence that
explains a gig with no credible match. TF-IDF and a tiny local model only: nothing is downloaded."""
from __future__ import annotations

import csv

import numpy as np
import pytest

from matchlens import compare
from matchlens.documents import Corpus, Document
from matchlens.occupations import EscoMissing, esco, index, tags
from matchlens.occupations.index import load_index
from matchlens.occupations.tags import document_column, map_colours, no_match_sentence, tag_comparison
from matchlens.scoring.cache import EmbeddingCache

COLUMNS = ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "description"]
OCCS = [  # uri, isco, (fr label, fr description), (en label, en description)
    ("u-cook", "5120", ("cuisinier/cuisinière", "Le cuisinier prépare la cuisine du restaurant, plats et menus."),
     ("cook", "Cooks prepare restaurant food, dishes and menus in the kitchen.")),
    ("u-dev", "2512", ("développeur web/développeuse web", "Le développeur écrit le code python, django et "
                       "javascript des applications web et des API."),
     ("web developer", "Web developers write python, django and javascript code for web applications and APIs.")),
    ("u-nurse", "2221", ("infirmier/infirmière", "L'infirmier donne les soins aux patients à l'hôpital, de jour "
                         "comme de nuit."),
     ("nurse", "Nurses care for patients in hospital, day and night shifts.")),
    ("u-forklift", "8344", ("cariste", "Le cariste conduit un chariot élévateur dans un entrepôt."),
     ("forklift operator", "Forklift operators drive forklifts in a warehouse.")),
]


def write_esco(folder, occs=OCCS, only_fr=()):
    folder.mkdir(parents=True, exist_ok=True)
    for lang, pos in (("fr", 2), ("en", 3)):
        with open(folder / f"occupations_{lang}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(COLUMNS)
            for o in list(occs) + (list(only_fr) if lang == "fr" else []):
                w.writerow(["Occupation", o[0], o[1], o[pos][0], "", o[pos][1]])
    return folder


@pytest.fixture()
def folder(tmp_path):
    index._LOADED.clear()
    yield write_esco(tmp_path / "esco_v1.2.0")
    index._LOADED.clear()


def corpus():
    return Corpus([
        Document("r1", "dev.txt", "resume", "Claire Martin\nclaire.martin@example.org\n06 12 34 56 78\n"
                 "Développeur python django, code javascript pour des applications web et des API.", "fr"),
        Document("r2", "dev2.txt", "resume", "Web developer: python, django and javascript code, APIs.", "en"),
        Document("r3", "nurse.txt", "resume", "Infirmière: soins aux patients à l'hôpital, nuit.", "fr"),
        Document("g1", "cook.txt", "gig", "Cuisinier pour restaurant: cuisine, plats et menus du jour.", "fr"),
        Document("g2", "dev.txt", "gig", "Développeur python django pour une API web.", "fr"),
    ])


def test_french_and_english_rows_are_joined_by_concept_uri(tmp_path):
    folder = write_esco(tmp_path / "e", only_fr=[("u-fr-only", "1", ("seulement", "x"), ("", ""))])
    occs = esco.read_occupations(folder)
    assert [o.uri for o in occs] == sorted(o[0] for o in OCCS)  # the French-only row has no English label: left out
    cook = next(o for o in occs if o.uri == "u-cook")
    assert cook.label() == "cuisinier/cuisinière / cook" and cook.card_en.startswith("cook\nCooks prepare")


def test_a_missing_folder_is_said_in_words(tmp_path):
    with pytest.raises(EscoMissing) as err:
        esco.read_occupations(tmp_path / "nowhere")
    text = str(err.value)
    assert "occupations_fr.csv" in text and "MATCHLENS_SHARED_DATA" in text and "everything else works" in text
    comp = compare(corpus(), ["tfidf"])
    with pytest.raises(EscoMissing):
        tag_comparison(comp, "tfidf", folder=tmp_path / "nowhere")
    assert comp.scores("tfidf").shape == (3, 2)  # the comparison is untouched


def test_not_an_esco_file_is_named(tmp_path):
    folder = tmp_path / "e"
    folder.mkdir()
    for lang in ("fr", "en"):
        (folder / f"occupations_{lang}.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(EscoMissing, match="no column 'conceptUri'"):
        esco.read_occupations(folder)


def test_the_shared_data_holds_no_esco_skills_file():
    folder = esco.esco_dir()
    if not folder.is_dir():
        pytest.skip("no shared data folder on this machine")
    assert esco.skills_file(folder) is None  # requirements are not linked to ESCO skills (nothing to link to)


def test_each_document_reads_as_its_occupation_from_the_masked_text(folder, monkeypatch):
    seen = []
    real = tags.tag_texts
    monkeypatch.setattr(tags, "tag_texts", lambda ix, texts, side, *a, **k: seen.extend(texts) or real(
        ix, texts, side, *a, **k))
    comp = compare(corpus(), ["tfidf"])
    t = tag_comparison(comp, "tfidf", folder=folder)
    assert [r[0].occupation.uri for r in t.resumes] == ["u-dev", "u-dev", "u-nurse"]
    assert [g[0].occupation.uri for g in t.gigs] == ["u-cook", "u-dev"]
    assert all(len(r) == 3 and r[0].score >= r[1].score >= r[2].score for r in t.resumes + t.gigs)
    assert not any("claire.martin@example.org" in s or "06 12 34 56 78" in s for s in seen)  # blind model text
    assert any("Développeur python django" in s for s in seen)
    assert tag_comparison(comp, "tfidf", folder=folder) is t  # once per comparison


def test_the_english_card_serves_an_english_document(folder):
    ix = load_index("tfidf", folder)
    found = tags.tag_texts(ix, ["forklift warehouse"], "resume")[0][0]
    assert found.occupation.uri == "u-forklift" and found.score > 0.1  # no French word in common: read via 'en'


def test_no_credible_match_says_what_the_gig_and_its_resumes_read_as(folder):
    comp = compare(corpus(), ["tfidf"])
    t = tag_comparison(comp, "tfidf", k=1, folder=folder)  # 4 occupations here: the nearest one alone tells
    cook = no_match_sentence(t, comp, "tfidf", 0, n=2)
    assert cook.startswith("This gig reads as cuisinier/cuisinière / cook (")
    assert "développeur web/développeuse web / web developer" in cook and "none the same occupation" in cook
    dev = no_match_sentence(t, comp, "tfidf", 1, n=2)
    assert "its 2 nearest resumes under tfidf read as the same occupation" in dev


def test_documents_column_and_map_colours_follow_the_documents(folder):
    c = corpus()
    comp = compare(c, ["tfidf"])
    t = tag_comparison(comp, "tfidf", folder=folder)
    extra = Document("x", "new.txt", "resume", "not scored yet", "en")
    cells = document_column(t, comp, c.documents + [extra])
    assert cells[0].startswith("développeur web/développeuse web / web developer (") and cells[-1] == ""
    colours = map_colours(t)
    assert len(colours) == 5 and colours[2].startswith("infirmier") and colours[3].startswith("cuisinier")


def test_the_index_is_kept_on_disk_per_model_and_data_version(folder, tiny_st_dir, monkeypatch):
    model = str(tiny_st_dir)
    first = load_index(model, folder)
    path = index.cache_path(first.key)
    assert path.is_file() and first.fr.shape == (4, first.fr.shape[1])
    index._LOADED.clear()
    calls = []
    from matchlens.encoders.sbert import SentenceTransformerEncoder
    real = SentenceTransformerEncoder.encode
    monkeypatch.setattr(SentenceTransformerEncoder, "encode",
                        lambda self, texts, *a, **k: calls.append(len(texts)) or real(self, texts, *a, **k))
    again = load_index(model, folder)
    assert calls == [] and np.allclose(again.fr, first.fr)  # read from disk, nothing encoded
    index._LOADED.clear()
    write_esco(folder, OCCS[:3])  # a new data version: another key, encoded again
    changed = load_index(model, folder)
    assert changed.key != first.key and calls == [3, 3] and changed.fr.shape[0] == 3
    index._LOADED.clear()
    index.cache_path(changed.key).write_bytes(b"not an npz file")  # damaged: rebuilt, never used
    rebuilt = load_index(model, folder)
    assert calls == [3, 3, 3, 3] and np.allclose(rebuilt.en, changed.en, atol=1e-5)


def test_the_comparison_model_vectors_come_from_the_embedding_cache(folder, tiny_st_dir, tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    comp = compare(corpus(), [str(tiny_st_dir)], cache=cache)
    before = cache.misses
    t = tag_comparison(comp, str(tiny_st_dir), cache=cache, folder=folder)
    assert len(t.resumes) == 3 and len(t.gigs) == 2
    assert cache.misses - before <= 2  # at most the gigs, read whole here (scoring may read title and body apart)


def test_the_job_model_is_found_inside_composite_names():
    assert tags.model_for(["tfidf", "jobs-hybrid"]) == "jobs-multilingual"  # hybrid:jobs-multilingual+tfidf-char
    assert tags.model_for(["req:jobs-multilingual"]) == "jobs-multilingual"
    assert tags.model_for(["tfidf", "use-multilingual"]) is None  # not scored: the view says how to add it
    assert tags.model_for(["tfidf"], "tfidf") == "tfidf"


def test_documents_share_an_occupation_when_one_nearest_is_among_the_other_nearest():
    o = {u: esco.Occupation(u, "", u, u, u, u) for u in "ABCDEF"}

    def near(*uris):
        return [tags.Tag(o[u], 0.5) for u in uris]

    assert tags._shared(near("A", "B", "C"), near("B", "A", "D"))       # nurse / specialist nurse / care assistant
    assert tags._shared(near("A", "B", "C"), near("D", "E", "A"))
    assert not tags._shared(near("A", "B", "C"), near("D", "E", "F")) and not tags._shared([], near("A"))
