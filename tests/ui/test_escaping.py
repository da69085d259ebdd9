"""Text is text, everywhere: on a corpus whose names, texts and model names are HTML and Markdown payloads,
every Plotly figure the app builds and every Streamlit string it shows carries them escaped."""
import json
import shutil
import uuid

import pytest

from matchlens.documents import Corpus, Document
from matchlens.workspace import State, Workspace
from tests.ui.test_app import new_app

HTML = '<a href="http://evil.example/x">Marie</a><img src=x onerror=alert(1)><b>x</b><script>alert(2)</script>'
MD = "[click](http://evil.example) **bold** ![img](http://evil.example/i.png) <b>x</b>"
RAW_HTML = ("<a href", "<img", "<b>x</b>", "<script")
RAW_MD = ("](http://evil", "**bold**", "![img]")
PAGES = ["pages/0_Home.py", "pages/1_Data.py", "pages/2_Heatmaps.py", "pages/3_Map.py", "pages/4_Compare.py",
         "pages/5_Inspector.py", "pages/6_Evaluation.py"]


def payload_corpus() -> Corpus:
    texts = ["Infirmière de nuit, soins intensifs", "Développeur Python Django", "Cuisinier en restaurant",
             "Cariste en entrepôt, chariot élévateur"]
    docs = [Document(f"r{i}", f"{HTML} {MD} cv{i}.txt", "resume", f"{t}. {HTML} {MD}", "fr") for i, t in enumerate(texts)]
    docs += [Document(f"g{i}", f"{MD} {HTML} gig{i}", "gig", f"Mission: {t}. {MD} {HTML}", "fr")
             for i, t in enumerate(texts[:3])]
    c = Corpus(docs)
    for i in range(4):
        for j in range(3):
            c.set_label(f"r{i}", f"g{j}", "fit" if i == j else "no")
    return c


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def shown_texts(at):
    for kind in ("markdown", "caption", "title", "header", "subheader", "success", "info", "warning", "error"):
        for el in at.get(kind):
            yield kind, el.value
    for kind in ("button", "selectbox", "radio", "checkbox", "toggle", "text_input", "multiselect", "number_input",
                 "expander", "tab"):
        for el in at.get(kind):
            yield kind, getattr(el, "label", "") or ""


@pytest.fixture()
def payload_model(tiny_st_dir, tmp_path):
    folder = tmp_path / "m<b>x</b>[click](http:evil)"
    shutil.copytree(tiny_st_dir, folder)
    return str(folder)


def test_no_payload_survives_unescaped_on_any_page(monkeypatch, payload_model):
    monkeypatch.setenv("MATCHLENS_NO_WARMUP", "1")
    name = f"esc-{uuid.uuid4().hex[:6]}"
    Workspace.named(name).save(State(payload_corpus(), ["tfidf", payload_model], notes={"r0|g0": MD + HTML}))
    at = new_app(name)
    at.run()
    figures = 0
    for page in PAGES:
        at.switch_page(page).run()
        if page.endswith("3_Map.py"):
            at.radio[0].set_value("pca").run()
        assert not at.exception, page
        for chart in at.get("plotly_chart"):
            figures += 1
            for s in strings(json.loads(chart.proto.spec)):
                assert not any(p in s for p in RAW_HTML), (page, [p for p in RAW_HTML if p in s], s)
        for kind, value in shown_texts(at):
            assert not any(p in value for p in RAW_MD), (page, kind, value[:200])
    assert figures >= 8  # heatmaps, maps, stability, distributions, scatter, evidence, curves...
