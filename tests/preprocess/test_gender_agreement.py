"""Sex-neutral text changes what describes the candidate, never an adjective agreeing with its own noun: real French
ads and CVs write 'votre expérience professionnelle', 'une première expérience', 'missions principales', 'les activités
suivantes' (500 real ads: ~600 such words were made masculine before, corrupting what models read)."""
from __future__ import annotations

import pytest

from matchlens.preprocess.blind.gender import neutral

KEPT = [
    "Rémunération selon votre profil et votre expérience professionnelle.",
    "Vous justifiez d'une première expérience réussie en logistique.",
    "Vos principales missions seront les suivantes : accueil, caisse.",
    "Vous aurez pour missions principales : la saisie des commandes.",
    "Pose de pièces sur structure métallique de grande dimension.",
    "Doté d'excellentes capacités d'analyse, vous serez à l'aise.",
    "A la recherche d'une nouvelle aventure professionnelle ?",
    "Bilan : l'expérience professionnelle acquise en cuisine, une formation commerciale.",
    "Travail en équipe, bonne humeur, cuisine traditionnelle française.",
    # a heading or a list's item opening with a noun that has no other sex (the commonest CV heading of all)
    "EXPÉRIENCE PROFESSIONNELLE\nCariste - Smoby, Ornans",
    "Expérience professionnelle\n• Veille commerciale\n• Conduite accompagnée\nFORMATION PROFESSIONNELLE",
]


@pytest.mark.parametrize("text", KEPT)
def test_an_adjective_agreeing_with_its_noun_stays(text):
    assert neutral(text) == text


# (feminine, masculine): the same CV by a woman and by a man reads the same, noun phrases and all
PAIRS = [
    ("Je suis motivée, rigoureuse et organisée.", "Je suis motivé, rigoureux et organisé."),
    ("Vendeuse motivée, une première expérience réussie en boulangerie.",
     "Vendeur motivé, une première expérience réussie en boulangerie."),
    ("Agente de cuisine rigoureuse", "Agent de cuisine rigoureux"),
    ("Première vendeuse, spécialisée en prêt-à-porter.", "Premier vendeur, spécialisé en prêt-à-porter."),
    ("Infirmière diplômée d'État, expérience professionnelle en EHPAD.",
     "Infirmier diplômé d'État, expérience professionnelle en EHPAD."),
    ("Je suis une vendeuse expérimentée et polyvalente.", "Je suis un vendeur expérimenté et polyvalent."),
    ("Cariste expérimentée, mes missions principales : chargement.",
     "Cariste expérimenté, mes missions principales : chargement."),
    ("Très motivée, je cherche une nouvelle expérience professionnelle.",
     "Très motivé, je cherche une nouvelle expérience professionnelle."),
    ("Avis : c'est une élève sérieuse et motivée.", "Avis : c'est un élève sérieux et motivé."),  # either sex's noun
    ("Profession = Mécanicienne motoriste", "Profession = Mécanicien motoriste"),  # a title after a label
    ("2022-maintenant programmeuse industrielle", "2022-maintenant programmeur industriel"),
    ("Bonjour, pour l'annonce serveuse limonadière", "Bonjour, pour l'annonce serveur limonadier"),  # a noun, then the person
    ("Expérience : dernier poste employée de rayon", "Expérience : dernier poste employé de rayon"),
    ("Programmeuse d'études passionnée.", "Programmeur d'études passionné."),  # 'd'' is 'de', no article
    ("Agente administrative de l'Etat déterminée – 8 ans", "Agent administratif de l'Etat déterminé – 8 ans"),
    ("Comptable principale – Fiducial", "Comptable principal – Fiducial"),
    ("Avis du consultant : vendeuse sérieuse, très bon contact.", "Avis du consultant : vendeur sérieux, très bon contact."),
    # a person's noun opening a heading tells the sex: never read as a noun its adjective agrees with
    ("Candidate motivée et sérieuse\nVENDEUSE POLYVALENTE", "Candidat motivé et sérieux\nVENDEUR POLYVALENT"),
    ("CANDIDATE MOTIVÉE", "CANDIDAT MOTIVÉ"),
    ("Demandeuse d'emploi motivée", "Demandeur d'emploi motivé"),
]


@pytest.mark.parametrize("fem, masc", PAIRS)
def test_a_self_description_reads_alike_for_both_sexes(fem, masc):
    assert neutral(fem).replace(" une ", " un ") == neutral(masc).replace(" une ", " un ")  # (articles: not here)
