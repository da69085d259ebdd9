"""JSON / JSON Lines: one document per record, wrapped API answers, one-document files; bad lines named."""
import json

from matchlens.ingest import load_bytes


def load(name: str, value, kind: str = "gig"):
    data = value if isinstance(value, bytes) else json.dumps(value, ensure_ascii=False).encode()
    return load_bytes(name, data, kind)


def test_france_travail_answer_one_gig_per_offer_named_by_its_title():
    answer = {"resultats": [
        {"id": "180XYZ", "intitule": "Cuisinier / Cuisinière (H/F)", "description": "Vous préparez les plats du jour "
         "dans une brasserie de 80 couverts, en équipe de quatre.", "lieuTravail": {"libelle": "69 - LYON 03"},
         "competences": [{"code": "1", "libelle": "Réaliser les préparations culinaires"}], "alternance": False},
        {"id": "180ABC", "intitule": "Cariste (H/F)", "description": "Conduite de chariots élévateurs CACES 3 et 5, "
         "préparation de commandes en entrepôt.", "lieuTravail": {"libelle": "13 - MARSEILLE"}}],
        "filtresPossibles": [{"filtre": "typeContrat", "agregation": [{"valeurPossible": "CDI"}]}]}
    res = load("offres.json", answer)
    assert [d.name for d in res.documents] == ["Cuisinier / Cuisinière (H/F) [offres.json#1]",
                                               "Cariste (H/F) [offres.json#2]"]
    assert "brasserie de 80 couverts" in res.documents[0].text and "CACES" in res.documents[1].text
    assert res.documents[0].meta["lieuTravail.libelle"] == "69 - LYON 03"
    assert res.documents[0].meta["competences"] == "1\nRéaliser les préparations culinaires"
    assert any("resultats" in p.reason for p in res.problems)  # says where the records came from


def test_json_lines_name_each_bad_line_and_keep_the_rest():
    lines = [json.dumps({"title": f"Offre {i}", "text": f"Mission de manutention numéro {i} en entrepôt."})
             for i in range(6)]
    lines[2] = '{"title": "cassée", "text": "pas fermée'
    lines.insert(4, "")
    res = load("offres.jsonl", "\n".join(lines).encode())
    assert len(res.documents) == 5
    assert any("line 3" in p.reason for p in res.problems), res.problems
    # the same content in a .json file is read as lines too
    assert len(load("offres.json", "\n".join(lines).encode()).documents) == 5


def test_one_json_resume_is_one_document_with_every_part():
    cv = {"basics": {"name": "Nour Haddad", "label": "Infirmière", "summary": "Soins intensifs, nuit."},
          "work": [{"name": "CHU de Lille", "position": "Infirmière", "highlights": ["Réanimation", "Tutorat"]}],
          "skills": [{"name": "Soins", "keywords": ["perfusion", "pansements"]}]}
    res = load("cv.json", cv, "resume")
    assert len(res.documents) == 1
    text = res.documents[0].text
    for part in ("Soins intensifs, nuit.", "CHU de Lille", "Réanimation", "Tutorat", "perfusion"):
        assert part in text, part


def test_broken_empty_and_deep_json_are_named():
    for name, data, words in (("broken.json", b'{"a": [1, 2', "line 1"), ("empty.json", b"[]", "no records"),
                              ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested")):
        res = load(name, data)
        assert not res.documents and res.problems[0].name == name and words in res.problems[0].reason, res.problems
