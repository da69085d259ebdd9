"""The bundled real models on the sample data: the rankings a new user checks first."""
import pytest

from matchlens import compare, load_corpus
from matchlens.scoring.cache import EmbeddingCache
from tests.conftest import SAMPLE

pytestmark = pytest.mark.realmodel
MODELS = ["tfidf", "e5-small-multilingual", "use-multilingual", "jobs-multilingual"]


@pytest.fixture(scope="module")
def result():
    corpus = load_corpus(SAMPLE / "resumes", SAMPLE / "gigs", labels=SAMPLE / "labels.csv")
    return compare(corpus, MODELS, cache=EmbeddingCache())


def _idx(docs, prefix):
    return next(i for i, d in enumerate(docs) if d.name.startswith(prefix))


def test_all_bundled_models_score(result):
    assert not result.errors and set(result.results) == set(MODELS)


@pytest.mark.parametrize("model", MODELS)
def test_french_nurse_ranks_the_french_nursing_gig_first(result, model):
    r = _idx(result.resumes, "fr_infirmiere")
    best = result.scores(model)[r].argmax()
    assert result.gigs[best].name.startswith("Infirmier(e) de nuit")


@pytest.mark.parametrize("model", ["e5-small-multilingual", "use-multilingual"])
def test_english_developer_ranks_french_dev_gig_above_nursing_gig(result, model):
    r = _idx(result.resumes, "en_dev_long_cv")
    dev, nurse = _idx(result.gigs, "Développeur(se) Python"), _idx(result.gigs, "Infirmier(e) de nuit")
    s = result.scores(model)
    assert s[r, dev] > s[r, nurse]


def test_multilingual_models_match_the_same_cv_across_languages(result):
    fr, en = _idx(result.resumes, "fr_infirmiere"), _idx(result.resumes, "en_nurse")
    for model, within in (("use-multilingual", 1), ("e5-small-multilingual", 2)):
        emb = result.results[model].resumes.doc_vectors
        sims = emb @ emb[fr]
        # its own translation is the nearest other resume (USE), or among the two nearest (e5: with the shared
        # name masked by blind scoring, the French care assistant's CV comes first, 0.950 vs 0.944)
        assert en in sims.argsort()[::-1][1 : 1 + within]
