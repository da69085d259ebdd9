"""Hand-edited workspaces: every field of every file a user can edit, replaced by a value of each wrong kind, opens;
everything else is kept, and the wrong field is named with its file (issue #29)."""
from __future__ import annotations

import copy
import json

import pytest

from matchlens import wsschema
from matchlens.documents import Document
from matchlens.workspace import Workspace

AUDIT = {
    "settings": {"corpus": "abc", "models": ["tfidf"], "options": {"blind": True}, "attributes": ["name"],
                 "names per group": 2, "k": 3, "time": 1700000000.0},
    "sentences": ["No model moves a CV by a single place when only the name is changed."],
    "table": [{"model": "tfidf", "attribute": "name", "copies per resume": 4, "spread p95 (gig sd)": 0.1,
               "pairs changing rank": 0.0, "max rank change": 0, "top-3 changes": 0.0, "pairs": 12}],
    "groups": [{"model": "tfidf", "attribute": "name", "group": "French · F", "mean shift (gig sd)": 0.01,
                "95% CI": [-0.02, 0.03]}],
    "selection": [{"model": "tfidf", "group": "French · F", "selection rate": 0.5, "impact ratio": 1.0,
                   "CI low": 0.8, "CI high": 1.0, "flag": False}],
}
FILES = {
    "workspace.json": {"format": 2, "models": ["tfidf", "bm25"],
                       "options": {"preprocessing": "sections", "chunking": {"aggregation": "mean", "overlap": 16,
                                                                             "max_tokens": None},
                                   "blind": False, "gig_fields": "max", "title_weight": 0.5},
                       "view": {"heatmap.view": "z", "map.size": 12, "ingest.limits": {"max_pages": 50}}},
    "labels.json": [{"resume_id": "r1", "gig_id": "g1", "label": "fit", "note": "bon profil", "time": 1.0},
                    {"resume_id": "r2", "gig_id": "g1", "label": "no", "note": "", "time": 2.0}],
    "documents.jsonl": [{"id": "r1", "name": "cv 1.txt", "kind": "resume", "text": "infirmière", "lang": "fr",
                         "source": "upload", "meta": {"pages": 1}},
                        {"id": "r2", "name": "cv 2.txt", "kind": "resume", "text": "soudeur", "lang": "fr",
                         "source": "", "meta": {}},
                        {"id": "g1", "name": "offre.txt", "kind": "gig", "text": "infirmier H/F", "lang": "fr",
                         "source": "", "meta": {}}],
    "problems.json": [{"name": "scan.pdf", "reason": "no text layer", "severity": "error"},
                      {"name": "long.docx", "reason": "cut", "severity": "warning"}],
    "audit.json": AUDIT,
    "requirements.json": {"g1": [{"text": "Diplôme d'État d'infirmier", "keep": True, "required": True,
                                  "weight": 2.0, "added": False},
                                 {"text": "travail de nuit", "keep": False, "required": False, "weight": 0.5,
                                  "added": True}]},
}
WRONG = {"text": "tfidf", "list": [1, "x"], "object": {"a": 1}, "number": 7, "null": None, "true": True,
         "nested": [[{"x": [None, {"y": []}]}]]}


def paths(value, prefix=()):
    """Every place in a JSON value (the root included): tuples of keys and indexes."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, prefix + (i,))


def get(value, path):
    for p in path:
        value = value[p]
    return value


def put(value, path, new):
    if not path:
        return new
    out = copy.deepcopy(value)
    get(out, path[:-1])[path[-1]] = new
    return out


def kind(value) -> str:
    return wsschema._kind(value) if value is not None else "null"


SCALARS = ("text", "number", "true", "null")
# values of another kind that are right here: a token limit where there was none; any scalar as a table row's
# column kept with a document; null for a view setting ("not set": the page's default)
ALSO_RIGHT = {("options", "chunking", "max_tokens"): ("number",), (0, "meta", "pages"): SCALARS,
              ("view", "heatmap.view"): ("null",), ("view", "map.size"): ("null",),
              ("view", "ingest.limits"): ("null",)}
CASES = [(name, path, wrong) for name, healthy in FILES.items() for path in paths(healthy) for wrong in WRONG
         if kind(WRONG[wrong]) != kind(get(healthy, path)) and wrong not in ALSO_RIGHT.get(path, ())]


def write(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, value in files.items():
        text = ("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in value) if name.endswith(".jsonl")
                and isinstance(value, list) else json.dumps(value, ensure_ascii=False))
        (folder / name).write_text(text, encoding="utf-8")


def units(state) -> dict:
    """The state cut into the pieces a corruption may touch; each piece is compared apart."""
    out = {"models": tuple(state.models), "audit": json.dumps(state.audit, sort_keys=True)}
    o = state.options
    out |= {"options.preprocessing": o.preprocessing, "options.chunking.aggregation": o.chunking.aggregation,
            "options.chunking.overlap": o.chunking.overlap, "options.chunking.max_tokens": o.chunking.max_tokens,
            "options.blind": o.blind, "options.gig_fields": o.gig_fields, "options.title_weight": o.title_weight}
    out |= {f"view.{k}": json.dumps(v, sort_keys=True) for k, v in state.view.items()}
    out |= {f"label.{r}|{g}": (lab, state.notes.get(f"{r}|{g}", "")) for (r, g), lab in state.corpus.labels.items()}
    out |= {f"doc.{d.id}": (d.name, d.kind, d.text, d.lang, d.source,
                            json.dumps({k: v for k, v in d.meta.items() if k != "requirements"})) for d in
            state.corpus.documents}
    out |= {f"req.{g}": json.dumps(rows, sort_keys=True) for g, rows in state.requirements.items()}
    gigs = {d.id: d for d in state.corpus.gigs}  # the gig documents carry exactly the edits read
    assert all(gigs[g].meta.get("requirements") == rows for g, rows in state.requirements.items() if g in gigs)
    out |= {f"problem.{p.name}": (p.reason, p.severity) for p in state.problems}
    return out


def touched(name: str, path: tuple) -> str:
    """The unit (prefix) of the state a change at ``path`` of the file ``name`` may change."""
    healthy = FILES[name]
    if name == "workspace.json":
        if not path or path == ("format",):
            return "" if not path else "."
        return {"models": "models", "options": ".".join(map(str, path[:3]))}.get(path[0], ".".join(map(str, path[:2])))
    if name == "audit.json":
        return "audit"
    if name == "requirements.json":
        return f"req.{path[0]}" if path else "req"
    if not path:
        return {"labels.json": "label", "documents.jsonl": "doc", "problems.json": "problem"}[name]
    row = healthy[path[0]]
    if name == "labels.json":
        return f"label.{row['resume_id']}|{row['gig_id']}"
    return f"doc.{row['id']}" if name == "documents.jsonl" else f"problem.{row['name']}"


def names_it(issues: list[str], name: str, path: tuple) -> bool:
    """An issue names the file and the field (its key, or the row / line / item number)."""
    file_word = name.split(".")[0]
    keys = [p for p in path if isinstance(p, str)]
    rows = [p for p in path if isinstance(p, int)]
    for why in issues:
        if file_word not in why:
            continue
        if not path or name == "audit.json" and not keys:
            return True
        if keys and f"{keys[-1]}" in why and (not rows or name == "audit.json" or f" {rows[0] + 1}" in why):
            return True
        if not keys and rows and f" {rows[0] + 1}" in why:
            return True
    return False


@pytest.fixture(scope="module")
def healthy_units(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ws") / "healthy"
    write(folder, FILES)
    state = Workspace(folder).load()
    assert state.issues == []
    return units(state)


@pytest.mark.parametrize("name, path, wrong", CASES, ids=[f"{n}:{'/'.join(map(str, p)) or 'root'}:{w}"
                                                           for n, p, w in CASES])
def test_a_wrong_type_anywhere_is_named_and_the_rest_opens(tmp_path, healthy_units, name, path, wrong):
    files = dict(FILES)
    files[name] = put(FILES[name], path, WRONG[wrong])
    if name == "documents.jsonl" and not path:  # the whole file as one JSON value on one line
        files[name] = [WRONG[wrong]]
    write(tmp_path / "w", files)
    state = Workspace(tmp_path / "w").load()  # never raises
    issues = list(state.issues)
    got = units(state)
    if name == "workspace.json" and path[:1] == ("view",) and len(path) >= 2:  # checked where it is used
        _, why = wsschema.view_value(path[1], state.view.get(path[1]), get(FILES[name], path[:2]))
        issues += [why] if why else []
        if path[1] == "ingest.limits" and not why:  # the Data page reads it with check_limits
            issues += wsschema.check_limits(state.view.get(path[1]))[1]
    prefix = touched(name, path)
    for unit, value in healthy_units.items():
        if prefix and (unit == prefix or unit.startswith(prefix + ".")):
            continue
        if not prefix and name == "workspace.json" and unit.split(".")[0] in ("models", "options", "view"):
            continue
        assert got.get(unit) == value, f"{unit} lost when {name} {path} became {wrong}"
    assert names_it(issues, name, path), issues


@pytest.mark.parametrize("name", list(FILES))
@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe\x00 garbage", b"", b"[" * 100_000])
def test_a_file_that_cannot_be_parsed_is_named_and_the_rest_opens(tmp_path, healthy_units, name, raw):
    write(tmp_path / "w", FILES)
    (tmp_path / "w" / name).write_bytes(raw)
    state = Workspace(tmp_path / "w").load()
    got = units(state)
    prefix = touched(name, ())
    kept = [u for u in healthy_units if not (u.startswith(prefix) or prefix == "" and u.split(".")[0] in
                                              ("models", "options", "view"))]
    assert all(got.get(u) == healthy_units[u] for u in kept)
    if raw:  # an empty documents.jsonl is an empty corpus; other empty files are named
        assert any(name.split(".")[0] in why and "Error" not in why for why in state.issues), state.issues


def test_a_file_that_cannot_be_parsed_is_never_overwritten_by_a_change(tmp_path):
    from matchlens.workspace import WorkspaceError

    write(tmp_path / "w", FILES)
    ws = Workspace(tmp_path / "w")
    (tmp_path / "w" / "labels.json").write_text("[{not json")
    with pytest.raises(WorkspaceError, match="labels.json cannot be read: it is not valid JSON"):
        ws.set_label("r1", "g1", "no")
    assert (tmp_path / "w" / "labels.json").read_text() == "[{not json"
    ws.set_models(["tfidf"])  # the other files still take changes
    assert ws.load().models == ["tfidf"]


def test_rows_and_lines_that_cannot_be_used_stay_in_their_file(tmp_path):
    files = dict(FILES)
    files["labels.json"] = FILES["labels.json"] + [{"resume_id": ["r9"], "gig_id": "g1", "label": "fit"}]
    write(tmp_path / "w", files)
    with open(tmp_path / "w" / "documents.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"id": "r7", "kind": "resume", "text": 1' + "0" * 5000 + '}\n{"id": "r8", "kind": "cv", '
                 '"text": "x"}\n')
    ws = Workspace(tmp_path / "w")
    ws.set_label("r2", "g1", "partial")
    ws.add_documents([Document("g2", "offre 2", "gig", "texte", "fr")])
    ws.remove_documents(["r1"])
    labels = json.loads((tmp_path / "w" / "labels.json").read_text())
    assert {"resume_id": ["r9"], "gig_id": "g1", "label": "fit"} in labels
    lines = (tmp_path / "w" / "documents.jsonl").read_text().splitlines()
    assert sum('"r7"' in line for line in lines) == 1 and sum('"r8"' in line for line in lines) == 1
    state = ws.load()
    assert [d.id for d in state.corpus.documents] == ["r2", "g1", "g2"]
    assert sum("documents.jsonl, line" in why for why in state.issues) == 2


@pytest.mark.parametrize("value, expected, named", [
    ({"max_pages": "abc"}, {"max_pages": 200}, "max_pages"),
    ({"max_chars": "50000"}, {"max_chars": 50000}, "max_chars"),
    ({"max_file_mb": 900}, {"max_file_mb": 25.0}, "max_file_mb"),
    ({"parse_seconds": -3}, {"parse_seconds": 30.0}, "parse_seconds"),
    ({"max_pages": None, "bogus": 1}, {"max_pages": 200}, "bogus"),
    ("tight", {}, "ingest.limits"),
    ({"max_documents": 1e400}, {"max_documents": 20000}, "max_documents"),
])
def test_ingest_limits_read_what_they_can_and_name_the_rest(value, expected, named):
    limits, issues = wsschema.check_limits(value)
    assert all(getattr(limits, k) == v for k, v in expected.items())
    assert any(named in why for why in issues), issues


@pytest.mark.parametrize("exc", [json.JSONDecodeError("Expecting value", "x", 0), UnicodeDecodeError(
    "utf-8", b"\xff", 0, 1, "invalid start byte"), PermissionError(13, "Permission denied"), RecursionError(),
    MemoryError(), OSError(28, "No space left on device"), ValueError()])
def test_an_exception_is_a_sentence_not_a_class_name(exc):
    text = wsschema.in_words(exc)
    assert type(exc).__name__ not in text and len(text.split()) >= 3, text


def test_edited_requirements_are_saved_per_gig_carried_by_the_gig_and_kept_out_of_documents(tmp_path):
    """requirements.json: one gig's edits change only its entry, ride on the loaded gig document (what scoring
    reads), never leak into documents.jsonl's meta, and an unreadable file is never overwritten."""
    from matchlens.workspace import WorkspaceError

    write(tmp_path / "w", FILES)
    ws = Workspace(tmp_path / "w")
    ws.set_requirements("g2", [{"text": "CACES 3", "keep": True, "required": True, "weight": 1.0, "added": True}])
    state = ws.load()
    assert state.issues == [] and set(state.requirements) == {"g1", "g2"}
    gig = state.corpus.get("g1")
    assert gig.meta["requirements"][0]["text"] == "Diplôme d'État d'infirmier"
    before = state.corpus.fingerprint()
    ws.set_requirements("g1", None)  # back to matchlens' own split
    after = ws.load()
    assert "requirements" not in after.corpus.get("g1").meta and after.corpus.fingerprint() != before
    ws.save(state)
    assert "requirements" not in (tmp_path / "w" / "documents.jsonl").read_text()
    assert ws.load().requirements == state.requirements
    (tmp_path / "w" / "requirements.json").write_text("[1, 2]")
    with pytest.raises(WorkspaceError, match="requirements.json should be an object"):
        ws.set_requirements("g1", [{"text": "x y z"}])
    assert (tmp_path / "w" / "requirements.json").read_text() == "[1, 2]"


def test_many_bad_meta_values_on_one_line_are_checked_in_linear_time():
    """A documents.jsonl line with 16,000 list-valued meta keys took 6.9 s (the dict was rebuilt per bad key)."""
    import json

    from matchlens.wsschema import check_document
    from tests.scaling import assert_linear

    def check(line: str) -> None:
        doc, issues = check_document(line, 1)
        assert doc.meta == {} and len(issues) == line.count("[]")

    def make(n: int) -> str:
        return json.dumps({"id": "r1", "kind": "resume", "text": "x", "meta": {f"k{i}": [] for i in range(n)}})

    # keys double until the part of the time they cost is measurable (8,000 took 7 ms: a ratio of noise failed CI)
    assert_linear(check, make, 8_000, 256_000, what="bad meta keys")
