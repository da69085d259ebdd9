from matchlens.preprocess.sections import heading_of, select_text, split_sections

FR = """Claire Martin
Infirmière

Profil
Infirmière polyvalente.

Expérience professionnelle
2019 - : réanimation, CHU de Lyon

FORMATION :
Diplôme d'État d'infirmier

Compétences
Soins techniques, pansements

Centres d'intérêt
Course à pied
"""

KO = """김지연
경력
중환자실 간호사 6년
학력
간호학과 졸업
기술
채혈, 드레싱
취미
등산
"""


def test_french_headings_are_recognised_with_case_accents_and_colons():
    assert heading_of("Expérience professionnelle") == "experience"
    assert heading_of("FORMATION :") == "education"
    assert heading_of("## Compétences") == "skills"
    assert heading_of("Centres d'intérêt") == "interests"
    assert heading_of("J'ai une longue expérience professionnelle en réanimation et en gériatrie") is None


def test_sections_mode_keeps_experience_education_skills_only():
    kept = select_text(FR, "sections")
    assert "réanimation" in kept and "Diplôme" in kept and "pansements" in kept
    assert "Course à pied" not in kept and "polyvalente" not in kept and "Claire Martin" not in kept


def test_korean_sections():
    names = [s.name for s in split_sections(KO)]
    assert names == ["header", "experience", "education", "skills", "interests"]
    assert "등산" not in select_text(KO, "sections")


def test_text_without_headings_is_kept_whole():
    gig = "Mission d'intérim de 3 mois pour un cariste en entrepôt."
    assert select_text(gig, "sections") == gig
    assert select_text(FR, "full") == FR


def test_headings_as_real_cvs_write_them():
    from matchlens.preprocess.sections import heading_of

    for line, kind in [("E X P É R I E N C E S   P R O", "experience"), ("EXPÉRIENCES PRO", "experience"),
                       ("Expériences professionnelles récentes", "experience"), ("Parcours", "experience"),
                       ("CO N TAC T", "other"), ("Compétences informatiques", "skills"), ("경력", "experience"),
                       ("Formation académique", "education"), ("CENTRES D'INTÉRÊT", "interests"),
                       ("PERMIS ET MOBILITÉ", "other"), ("Work Experience (selected)", "experience")]:
        assert heading_of(line) == kind, line
    for line in ["Formation de 3 jours en sécurité incendie en 2021", "Python, Django, React, Docker",
                 "2019 - 2023 : infirmière de nuit"]:
        assert heading_of(line) in (None, "other") or line.startswith("Python"), line


def test_section_mode_never_drops_the_work_history_silently():
    from matchlens.preprocess.sections import section_report

    cv = "Marie Dupont\n\nMON PARCOURS EN CUISINE\n2019-2023 chef de partie\n\nFormation\nCAP cuisine"
    assert "chef de partie" in select_text(cv, "sections")
    rep = section_report(cv)
    assert rep["section mode keeps"] == 1.0 and "no experience heading" in rep["note"]
    full = "Marie\n\nEXPÉRIENCES PRO\nchef de partie\n\nLoisirs\nrandonnée"
    assert select_text(full, "sections").endswith("chef de partie") and section_report(full)["note"] == ""
