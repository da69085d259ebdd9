"""Shared fixtures: an isolated matchlens home, tiny offline models built here, sample paths."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data"

WORDS = ("nurse infirmière infirmier soins patient hôpital night nuit developer développeur python django "
         "react javascript code api web electrician électricien câble chantier cook cuisinier cuisine "
         "restaurant warehouse entrepôt cariste forklift stock data sql analyst comptable accounting "
         "experience expérience skills compétences education formation the a of and de la le et en "
         "with for in ans years job mission gig resume cv 간호사 개발자 경력 지게차").split()


@pytest.fixture(scope="session", autouse=True)
def isolated_home(tmp_path_factory):
    """Every test run gets its own matchlens home: no test reads or writes the user's cache."""
    home = tmp_path_factory.mktemp("matchlens-home")
    shared_e5 = os.environ.get("MATCHLENS_TEST_E5_DIR")  # optional: reuse a built e5 across runs
    os.environ["MATCHLENS_HOME"] = str(home)
    # the town table is built locally from data we may not ship: tests read a small hand-written one
    shutil.copy(Path(__file__).parent / "data" / "towns_fr_sample.tsv", home / "towns_fr.tsv")
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.pop("MATCHLENS_ALLOW_DOWNLOADS", None)
    os.environ["MATCHLENS_SCORING_WAIT"] = "all"  # app tests see every model after one run; tests of the
    # background path itself (tests/ui/test_app.py, scoring/test_background.py) take this away
    os.environ["MATCHLENS_FOLLOW_SECONDS"] = "0"  # an AppTest run never waits for background work after its page
    if shared_e5 and Path(shared_e5).exists():
        target = home / "models" / "_bundled"
        target.mkdir(parents=True)
        (target / Path(shared_e5).name).symlink_to(shared_e5)
    yield home


def _wordpiece_tokenizer(folder: Path):
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + sorted(set(WORDS))
    vocab += [c for c in "abcdefghijklmnopqrstuvwxyzéèàç0123456789" if c not in vocab]
    vocab += ["##" + c for c in "abcdefghijklmnopqrstuvwxyzéèàç0123456789"]
    tok = Tokenizer(models.WordPiece({w: i for i, w in enumerate(vocab)}, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]",
        special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                                   cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]",
                                   model_max_length=64)
    fast.save_pretrained(folder)
    return len(vocab)


def _tiny_bert(folder: Path, classifier: bool = False, seed: int = 0) -> Path:
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertModel

    folder.mkdir(parents=True, exist_ok=True)
    n_vocab = _wordpiece_tokenizer(folder)
    torch.manual_seed(seed)
    cfg = BertConfig(vocab_size=n_vocab, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=64, num_labels=1)
    model = BertForSequenceClassification(cfg) if classifier else BertModel(cfg)
    model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_bert_dir(tmp_path_factory) -> Path:
    """A random 2-layer BERT + WordPiece tokenizer (plain transformer folder, no sentence-transformers files)."""
    return _tiny_bert(tmp_path_factory.mktemp("tiny") / "tiny-bert")


@pytest.fixture(scope="session")
def tiny_st_dir(tmp_path_factory, tiny_bert_dir) -> Path:
    """The tiny BERT saved as a real sentence-transformers folder (Transformer -> mean Pooling -> Normalize)."""
    from sentence_transformers import SentenceTransformer, models

    body = models.Transformer(str(tiny_bert_dir), max_seq_length=48)
    pool = models.Pooling(body.get_embedding_dimension(), pooling_mode="mean")
    st = SentenceTransformer(modules=[body, pool, models.Normalize()], device="cpu")
    out = tmp_path_factory.mktemp("tiny") / "tiny-st"
    st.save(str(out))
    return out


@pytest.fixture(scope="session")
def tiny_cross_dir(tmp_path_factory) -> Path:
    return _tiny_bert(tmp_path_factory.mktemp("tiny") / "tiny-cross", classifier=True)


@pytest.fixture()
def saved_tiny_model(tiny_st_dir, isolated_home):
    """The tiny model installed in the models folder, as a trained model would be."""
    import shutil

    from matchlens import settings

    target = settings.models_dir() / "tiny-trained"
    if not target.exists():
        shutil.copytree(tiny_st_dir, target)
        (target / "matchlens.json").write_text(json.dumps({"languages": "test", "description": "tiny"}))
    yield target
    shutil.rmtree(target, ignore_errors=True)


@pytest.fixture()
def small_corpus():
    from matchlens.documents import Corpus, Document

    docs = [
        Document("r1", "nurse_fr.txt", "resume", "Infirmière de nuit, soins aux patients à l'hôpital.", "fr"),
        Document("r2", "dev_en.txt", "resume", "Python developer with Django and React web experience.", "en"),
        Document("r3", "cook_fr.txt", "resume", "Cuisinier en restaurant, cuisine traditionnelle.", "fr"),
        Document("g1", "gig_nurse.txt", "gig", "Mission infirmier de nuit à l'hôpital, soins patients.", "fr"),
        Document("g2", "gig_dev.txt", "gig", "Développeur Python Django pour une API web.", "fr"),
    ]
    return Corpus(docs)
