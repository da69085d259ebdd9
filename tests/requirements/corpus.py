"""A small welding corpus where raw similarity and the knock-out requirement disagree (shared by the tests)."""
from __future__ import annotations

from matchlens.documents import Corpus, Document, make_id

GIG = ("Soudeur TIG atelier\n"
       "Nous recherchons un soudeur pour notre atelier de chaudronnerie. Certification soudure TIG exigée. "
       "Lecture de plans et travail en atelier. Port des EPI.")
CERTIFIED = ("Cariste puis soudeur.\nCertification soudure TIG obtenue en 2015.\nConduite de chariots en entrepôt "
             "logistique.\nInventaires et préparation de commandes.")
LOOKALIKE = ("Soudeur atelier chaudronnerie.\nLecture de plans et travail en atelier tous les jours.\nPort des EPI "
             "en atelier de chaudronnerie.\nNous recherchons un atelier de chaudronnerie pour travail en atelier.")
OTHERS = ["Infirmière de nuit en EHPAD.\nSoins techniques et transmissions.\nDiplôme d'État d'infirmier.",
          "Développeur Python Django.\nAPI REST et PostgreSQL.\nTests automatisés et revues de code.",
          "Serveuse en brasserie.\nService en salle et au bar.\nEncaissement et mise en place.",
          "Comptable en cabinet.\nDéclarations de TVA et bilans.\nMaîtrise de Sage et Excel."]
OTHER_GIGS = ["Infirmier de nuit\nSoins techniques en EHPAD. Diplôme d'État d'infirmier exigé.",
              "Développeur back-end\nPython et Django. API REST. PostgreSQL apprécié.",
              "Serveur en extra\nService en salle. Expérience exigée. Anglais apprécié."]


def doc(kind: str, name: str, text: str) -> Document:
    return Document(make_id(kind, name, text), name, kind, text, "fr")


def corpus() -> Corpus:
    resumes = [doc("resume", "certified_jean_dupont.txt", CERTIFIED), doc("resume", "lookalike_paul_martin.txt",
                                                                            LOOKALIKE)]
    resumes += [doc("resume", f"other_{n}.txt", t) for n, t in enumerate(OTHERS)]
    gigs = [doc("gig", "soudeur.txt", GIG)] + [doc("gig", f"gig_{n}.txt", t) for n, t in enumerate(OTHER_GIGS)]
    return Corpus(resumes + gigs)


def write(folder) -> tuple:
    """The corpus as files: (resumes folder, gigs folder)."""
    r, g = folder / "resumes", folder / "gigs"
    r.mkdir(parents=True)
    g.mkdir(parents=True)
    for d in corpus().documents:
        (r if d.kind == "resume" else g).joinpath(d.name).write_text(d.text, encoding="utf-8")
    return r, g
