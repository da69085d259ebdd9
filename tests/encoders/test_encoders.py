import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import numpy as np
import pytest

from matchlens.encoders import ModelUnavailable, available, create
from matchlens.encoders.remote import RemoteEmbeddingEncoder
from matchlens.encoders.tfidf import TfidfEncoder


def test_tfidf_is_fitted_on_the_corpus_and_not_mutated():
    base = create("tfidf")
    texts = ["infirmière de nuit", "développeur python django", "cuisinier en brasserie"]
    fitted = base.fit(texts)
    assert base._vectorizer is None  # the shared instance is untouched
    v = fitted.encode(texts).toarray()
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-5)
    sims = v @ v.T
    assert sims[0, 1] < 0.01 and np.isclose(sims[0, 0], 1)
    with pytest.raises(ModelUnavailable):
        base.encode(texts)


def test_tfidf_char_matches_word_variants():
    enc = TfidfEncoder("tfidf-char").fit(["infirmière", "infirmier", "électricien"])
    v = enc.encode(["infirmière", "infirmier", "électricien"]).toarray()
    assert v[0] @ v[1] > v[0] @ v[2]


def test_sentence_transformer_folder_encodes_normalised_rows(tiny_st_dir):
    enc = create(str(tiny_st_dir))
    assert enc.info.kind == "sentence-transformers"
    v = enc.encode(["nurse at night", "python developer", "a much longer text " * 5])
    assert v.shape == (3, 32) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    # order is preserved despite length-sorted batching
    assert np.allclose(enc.encode(["python developer"])[0], v[1], atol=1e-4)


def test_plain_transformer_uses_mean_pooling(tiny_bert_dir):
    enc = create(f"hf:{tiny_bert_dir}")
    assert enc.info.kind == "transformer" and enc.mean_pooling
    assert create(str(tiny_bert_dir)).info.kind == "transformer"  # detected: no modules.json
    v = enc.encode(["cuisinier", "cariste entrepôt"])
    assert v.shape == (2, 32)


def test_token_spans_and_counts_come_from_the_model_tokenizer(tiny_st_dir):
    enc = create(str(tiny_st_dir))
    text = "python developer django"
    spans = enc.token_spans(text)
    assert [text[a:b] for a, b in spans] == ["python", "developer", "django"]
    assert enc.count_tokens([text]) == [5]  # [CLS] + 3 + [SEP]
    assert enc.window() == 48 - 2


def test_prompts_are_applied_per_side(tiny_st_dir):
    from matchlens.encoders.sbert import SentenceTransformerEncoder

    enc = SentenceTransformerEncoder("p", str(tiny_st_dir), prompts={"resume": "query: ", "gig": "passage: "})
    a = enc.encode(["python"], side="resume")
    b = enc.encode(["python"], side="gig")
    assert not np.allclose(a, b)


def test_cross_encoder_scores_pairs(tiny_cross_dir):
    scorer = create(f"cross:{tiny_cross_dir}")
    assert scorer.pair_scorer and scorer.info.kind == "cross-encoder"
    s = scorer.score_pairs(["nurse", "python"], ["nuit", "django"])
    assert s.shape == (2,) and np.isfinite(s).all()
    assert create(str(tiny_cross_dir)).pair_scorer  # detected from *ForSequenceClassification


def test_unknown_and_offline_models_fail_with_a_clear_message(tmp_path):
    with pytest.raises(ModelUnavailable, match="not available offline"):
        create("someone/definitely-not-cached-model").load()
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(ModelUnavailable, match="not a model folder"):
        create(str(tmp_path))
    with pytest.raises(ModelUnavailable):
        create("   ")


def test_saved_models_appear_in_the_registry(saved_tiny_model):
    names = [i.name for i in available()]
    assert "tiny-trained" in names and "tfidf" in names and "e5-small-multilingual" in names
    enc = create("tiny-trained")
    assert enc.encode(["python"]).shape == (1, 32)


def test_bundled_models_are_listed_as_offline_ready():
    infos = {i.name: i for i in available()}
    for name in ("tfidf", "tfidf-char", "minilm-en", "use-multilingual", "e5-small-multilingual",
                 "static-multilingual"):
        assert infos[name].offline_ready, name
    assert infos["e5-small-multilingual"].max_tokens == 512
    assert infos["minilm-en"].dim == 384


class _FakeOpenAI(BaseHTTPRequestHandler):
    seen: list = []

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _FakeOpenAI.seen.append((self.path, self.headers.get("Authorization"), body))
        data = [{"index": i, "embedding": [float(len(t)), 1.0, 0.0]} for i, t in enumerate(body["input"])]
        payload = json.dumps({"data": data[::-1]}).encode()  # out of order on purpose
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *a):
        pass


@pytest.fixture()
def fake_server():
    server = HTTPServer(("127.0.0.1", 0), _FakeOpenAI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()


def test_openai_compatible_endpoint_on_loopback(fake_server):
    enc = create(f"openai:text-embed@{fake_server}")
    assert enc.info.sends_data and enc.info.offline_ready
    v = enc.encode(["ab", "abcd", "a"])
    assert v.shape == (3, 3)
    expected = np.array([[2, 1, 0], [4, 1, 0], [1, 1, 0]], np.float32)
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    assert np.allclose(v, expected)
    path, _, body = _FakeOpenAI.seen[-1]
    assert path == "/v1/embeddings" and body["model"] == "text-embed"


def test_remote_endpoint_is_refused_unless_allowed(monkeypatch):
    monkeypatch.delenv("MATCHLENS_ALLOW_REMOTE", raising=False)
    enc = RemoteEmbeddingEncoder("r", "m", base_url="https://api.example.com/v1")
    assert not enc.info.offline_ready and "off" in enc.info.status
    with pytest.raises(ModelUnavailable, match="not on this machine"):
        enc.encode(["a resume"])


def test_bm25_matches_the_formula():
    import math

    docs = ["python django python", "cuisine restaurant", "python cuisine"]
    enc = create("bm25").fit(docs)
    s = (enc.encode(["python"], side="gig") @ enc.encode(docs, side="resume").T).toarray()[0]
    n, df, avgdl, k1, b = 3, 2, 7 / 3, 1.5, 0.75
    idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
    expected0 = idf * 2 * (k1 + 1) / (2 + k1 * (1 - b + b * 3 / avgdl))
    assert s[0] == pytest.approx(expected0, rel=1e-5) and s[1] == 0 and s[0] > s[2] > 0


def _topic_corpus(n: int = 40) -> tuple[list[str], list[int]]:
    rng = np.random.default_rng(0)
    vocab = [["cuisine", "chef", "restaurant", "sauce", "service", "plonge", "menu", "brigade"],
             ["python", "django", "api", "docker", "tests", "backend", "sql", "deploiement"]]
    texts, topics = [], []
    for i in range(n):
        t = i % 2
        texts.append(" ".join(rng.choice(vocab[t], size=30)))
        topics.append(t)
    return texts, topics


def test_doc2vec_separates_topics_and_is_reproducible():
    texts, topics = _topic_corpus()
    enc = create("doc2vec").fit(texts)
    v = enc.encode(texts)
    sims = v @ v.T
    same = np.equal.outer(topics, topics) & ~np.eye(len(texts), dtype=bool)
    assert sims[same].mean() > sims[~np.equal.outer(topics, topics)].mean() + 0.2
    again = create("doc2vec").fit(texts).encode(texts[:3])
    np.testing.assert_allclose(again, v[:3], atol=1e-6)
    assert enc.info.kind == "doc2vec" and enc.identity() != create("doc2vec").identity()


def test_doc2vec_needs_fit():
    with pytest.raises(ModelUnavailable, match="fit"):
        create("doc2vec").encode(["texte"])


def test_doc2vec_same_vectors_in_another_process():
    """gensim seeds inference with Python's per-process str hash; ours must not depend on it."""
    import os
    import subprocess
    import sys

    texts, _ = _topic_corpus()
    here = create("doc2vec").fit(texts).encode(texts[:2])
    code = ("import sys, json; sys.path.insert(0, 'tests/encoders'); from test_encoders import _topic_corpus; "
            "from matchlens.encoders import create; t, _ = _topic_corpus(); "
            "print(json.dumps(create('doc2vec').fit(t).encode(t[:2]).tolist()))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                         cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    np.testing.assert_allclose(np.array(json.loads(out.stdout)), here, atol=1e-6)


@pytest.mark.parametrize("prefix", ["", "st:", "hf:", "cross:"])
def test_custom_model_code_never_runs_and_never_prompts(tmp_path, monkeypatch, prefix):
    """A folder whose config asks for its own Python code (auto_map): refused on every load path, with no
    interactive 'run custom code?' prompt, and the code never executes."""
    import builtins

    folder = tmp_path / f"custom{prefix.strip(':')}"
    folder.mkdir()
    marker = tmp_path / "ran.txt"
    code = f"open({str(marker)!r}, 'w').write('custom code ran')\nfrom transformers import PretrainedConfig\n" \
           "class C(PretrainedConfig):\n    model_type = 'evil'\n"
    (folder / "evil.py").write_text(code)
    (folder / "config.json").write_text(json.dumps({"model_type": "evil", "architectures": ["EvilModel"],
                                                    "auto_map": {"AutoConfig": "evil.C", "AutoModel": "evil.M"}}))
    monkeypatch.setattr(builtins, "input", lambda *a: pytest.fail("an interactive prompt was shown"))
    with pytest.raises(ModelUnavailable):
        enc = create(prefix + str(folder))
        enc.load()
    assert not marker.exists()


def test_every_load_call_in_the_package_refuses_custom_code_explicitly():
    """The class check: each call that loads weights or tokenizers passes trust_remote_code=False."""
    import ast
    from pathlib import Path

    import matchlens

    loaders = {"from_pretrained", "SentenceTransformer", "CrossEncoder", "Transformer"}
    missing = []
    for path in Path(matchlens.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if fn not in loaders or (fn == "SentenceTransformer" and any(k.arg == "modules" for k in node.keywords)):
                continue
            if fn == "from_pretrained" and "StaticModel" in ast.unparse(node.func):
                continue  # model2vec: static embeddings, no model code to run
            if fn == "from_pretrained" and "PeftModel" in ast.unparse(node.func):
                continue  # LoRA weights onto a base already loaded without custom code: peft imports no model code
            kws = {k.arg: ast.unparse(k.value) for k in node.keywords}
            if kws.get("trust_remote_code") != "False" and "no_custom_code" not in ast.unparse(node):
                missing.append(f"{path.name}:{node.lineno} {ast.unparse(node)[:80]}")
    assert not missing, missing
