"""Masking steps skipped when the text cannot hold what they read (issue #28: the masker's speed, output unchanged).

Each gate asks `prefilter.may_match` whether a pattern can match anywhere in the text (INLINE labels for the names
they give, the lower-case cues of `names.LOWER_CUE`, the stressed 'elle' of `gender.STRESSED`), or checks what every
branch needs (Hangul for the Korean kin rule, a name already found for its companions). With every gate open
(`may_match` always True) the masker must give the same text, shown text and findings, on texts that hold what each
gate looks for and on texts that only nearly do.
"""
from pathlib import Path

import pytest

from matchlens.preprocess import masking
from matchlens.preprocess.blind import prefilter

TEXTS = [
    "cv fallou n'gom\nAgent de sécurité, 2019-2023",  # a lower-case name after a cue (LOWER_CUE)
    "Je m'appelle sosso. Je cherche un poste de cariste.",
    "Résumé : aïssata konaté, aide-soignante",
    "My name is gammachuu tufa and I drive forklifts.",
    "Candidate for Warehouse operative: eachann mcleod",
    "CV\nProfil : rigoureuse et motivée",  # a cue without a name after it
    "Je cuisine chez elle le soir. Avec elles, je prépare les commandes.",  # the stressed pronoun (STRESSED)
    "ELLE EST PARTIE ; elle-même cheffe d'équipe, entre elles et nous",
    "Infirmière Nom : Dupont Prénom : Marie",  # an inline label after a word (INLINE)
    "Poste visé Name: Ranaivosoa Holiniaina, 34 ans",
    "Expérience Nom de l'entreprise : Carrefour",
    "아들 민준과 함께 살고 있습니다. 어머니 김순자께서 도와주십니다.",  # Korean kin (KO_KIN)
    "남편 이도윤 (회사원)",
    "Rokhaya N'DOYE\nRokhaya travaille avec Aminata Diallo chez Leroy Merlin",  # a name's companions
    "Marie Dupont\n2015-2020 Leroy Merlin, Villepinte",
    "Responsable logistique. Gestion des stocks, inventaires.",  # none of them
]
SAMPLES = sorted((Path(__file__).parents[2] / "sample_data" / "resumes").glob("*.txt"))


def _outputs(texts):
    return [(m.text, m.shown, m.found) for m in map(masking._mask, texts)]


@pytest.mark.parametrize("texts", [TEXTS, [p.read_text(encoding="utf-8") for p in SAMPLES]], ids=["tricky", "samples"])
def test_masking_with_its_gates_gives_what_it_gives_with_every_gate_open(texts, monkeypatch):
    gated = _outputs(texts)
    monkeypatch.setattr(prefilter, "may_match", lambda pattern, low: True)
    assert _outputs(texts) == gated


def test_each_gate_lets_through_what_it_guards():
    """The texts above reach each gated step: the names it finds are masked (the comparison is not vacuous)."""
    masked = dict(zip(TEXTS, (m.text for m in map(masking._mask, TEXTS))))
    assert "fallou" not in masked[TEXTS[0]] and "sosso" not in masked[TEXTS[1]]
    assert "Ranaivosoa" not in masked[TEXTS[9]] and "Dupont" not in masked[TEXTS[8]]
    assert "민준" not in masked[TEXTS[11]]
    assert "Rokhaya" not in masked[TEXTS[13]] and "DOYE" not in masked[TEXTS[13]]
    assert "chez lui" in masked[TEXTS[6]] and "Avec eux" in masked[TEXTS[6]]
