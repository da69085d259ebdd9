"""Keyword evidence: content words with accents, no stop words, stems matched, the candidate's name left out."""
from matchlens.views.keywords import KeywordModel, overlap, stop_words, terms

GIG = ("Restaurant bistronomique à Bordeaux recherche un cuisinier ou commis pour des extras les vendredis. "
       "Poste chaud et préparations, respect des normes HACCP, dressage. Infirmière ou infirmier apprécié.")
CV = ("Lucas Bernard\nlucas.bernard@mail.fr · 06 12 34 56 78\nCommis de cuisine puis cuisinier en restauration "
      "traditionnelle. Préparation des entrées, dressage, normes HACCP. Ancien infirmier.")
OTHER = ["Développeur Python Django, API web.", "Cariste, chariot élévateur, entrepôt."]


def model():
    texts = [GIG, CV, *OTHER]
    return KeywordModel(texts, ["fr"] * 4, [GIG])


def test_terms_drop_stop_words_and_keep_accents():
    t = terms("Le cuisinier prépare les entrées et la pâtisserie, chariot élévateur.", "fr")
    assert "pâtisserie" in t and "chariot élévateur" in t and "entrées" in t
    assert not set(t) & {"le", "les", "et", "la"} and not any(w in stop_words("fr") for w in t if " " not in w)
    assert "entrées pâtisserie" not in t  # phrases never cross a comma


def test_shared_and_missing_read_as_a_recruiter_reads_them():
    kw = overlap(model(), CV, GIG, "fr", "fr")
    shown = kw["shared"] + kw["missing"]
    assert {"cuisinier", "commis", "haccp", "dressage"} <= set(kw["shared"])
    assert "préparations" in kw["shared"]  # stem of "Préparation" in the CV
    assert not {"chaud et", "commis pour", "cuisinier ou", "les", "de", "et"} & set(shown)
    assert "vendredis" not in shown and "recherche" not in shown  # schedule and boilerplate are not skills
    assert all(" et " not in t for t in shown)


def test_gender_and_accent_variants_match():
    kw = overlap(model(), "Infirmiere de nuit (sans accents).", GIG, "fr", "fr")
    assert "infirmière" in kw["shared"] or "infirmier" in kw["shared"]
    assert not {"infirmière", "infirmier"} & set(kw["missing"])


def test_the_candidates_name_and_contact_are_not_keywords():
    top = overlap(model(), CV, GIG, "fr", "fr")["resume_top"]
    assert not {"lucas", "bernard", "lucas bernard", "mail", "fr"} & set(top)
    assert "cuisinier" in top or "cuisine" in top


def test_clusters_are_named_by_their_own_words():
    from matchlens.views.keywords import cluster_names

    texts = ["Infirmière de nuit, soins intensifs", "Soins infirmiers en EHPAD, nuit", "Développeur Python Django",
             "Python et Django pour une API", "Cuisinier en restaurant, cuisine du marché"]
    names = cluster_names(texts, ["fr"] * 5, [0, 0, 1, 1, 2], top=2)
    assert set(names[0].split(" · ")) <= {"soins", "nuit", "infirmière", "infirmiers", "intensifs", "ehpad"}
    assert set(names[1].split(" · ")) == {"python", "django"}
    assert "cuisine" in names[2] or "cuisinier" in names[2] or "restaurant" in names[2]
