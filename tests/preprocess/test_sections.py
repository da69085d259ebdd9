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
