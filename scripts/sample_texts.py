"""Texts of the bundled sample data: fictional people and gigs written for matchlens.

Each resume and gig has a trade; labels.csv is derived from trades (same trade: fit, related trade:
partial, otherwise: no), with the traps overridden by hand.
"""

RESUMES = {
"fr_infirmiere_claire_martin.pdf": ("nurse", """Claire Martin
Infirmière diplômée d'État - 8 ans d'expérience
Lyon (69) - claire.martin@example.org

Profil
Infirmière polyvalente, à l'aise en services de soins critiques et en gériatrie. Habituée au travail de nuit.

Expérience professionnelle
2019 - aujourd'hui : Infirmière de nuit, service de réanimation, Hôpital Édouard Herriot, Lyon
- Surveillance des patients ventilés, gestion des pousse-seringues et des voies veineuses centrales
- Administration des traitements, préparation des perfusions, suivi des protocoles d'hygiène
- Transmissions écrites et orales avec l'équipe de jour, encadrement des étudiants infirmiers
2016 - 2019 : Infirmière en EHPAD, Résidence Les Tilleuls, Villeurbanne
- Soins aux personnes âgées dépendantes, prévention des escarres, gestion du circuit du médicament
- Coordination avec les aides-soignants et le médecin coordonnateur

Formation
2016 : Diplôme d'État d'infirmier, IFSI de Lyon
2018 : Attestation de formation aux gestes et soins d'urgence (AFGSU niveau 2)

Compétences
Soins techniques, prise de sang, pansements complexes, dossier patient informatisé, gestion de la douleur,
travail en équipe pluridisciplinaire, nuit et week-end.

Langues
Français (langue maternelle), anglais (intermédiaire)

Centres d'intérêt
Course à pied, chorale
"""),
"en_nurse_claire_martin.txt": ("nurse", """Claire Martin
Registered Nurse (French State Diploma) - 8 years of experience
Lyon, France - claire.martin@example.org

Profile
Versatile nurse, comfortable in critical care and geriatric settings. Used to night shifts.

Professional experience
2019 - present: Night nurse, intensive care unit, Edouard Herriot Hospital, Lyon
- Monitoring ventilated patients, managing syringe pumps and central venous lines
- Administering treatments, preparing infusions, following hygiene protocols
- Written and verbal handovers with the day team, mentoring nursing students
2016 - 2019: Nurse in a care home for the elderly, Les Tilleuls, Villeurbanne
- Care for dependent elderly residents, pressure ulcer prevention, medication management
- Coordination with care assistants and the coordinating physician

Education
2016: French State Nursing Diploma, Lyon nursing school
2018: Emergency care certificate (AFGSU level 2)

Skills
Clinical care, blood draws, complex wound dressings, electronic patient records, pain management,
multidisciplinary teamwork, nights and weekends.

Languages
French (native), English (intermediate)
"""),
"fr_dev_python_julien_morel.docx": ("dev_backend", """Julien Morel
Développeur Python / Django - freelance
Paris - julien.morel@example.org

Résumé
Développeur back-end depuis 7 ans, spécialisé Python, Django et API REST. Disponible pour des missions de 3 à 12 mois.

Expériences professionnelles
2021 - aujourd'hui : Développeur freelance
- Plateforme de réservation (Django, PostgreSQL, Celery, Redis) pour une start-up du tourisme
- Migration d'une application monolithique vers des services FastAPI sur AWS (ECS, RDS)
- Mise en place de tests automatisés (pytest) et d'une intégration continue GitLab CI
2017 - 2021 : Développeur Python, société de conseil en assurance, La Défense
- Développement d'un outil de tarification, API REST avec Django REST Framework
- Traitement de données avec pandas, génération de rapports

Formation
2017 : Master informatique, Université Paris-Saclay

Compétences
Python, Django, Django REST Framework, FastAPI, PostgreSQL, Redis, Celery, Docker, AWS, Git, pytest, méthodes agiles
"""),
"en_dev_react_sarah_jones.pdf": ("dev_frontend", """Sarah Jones
Front-end Developer
Manchester, UK - sarah.jones@example.org

Summary
Front-end developer with 5 years of experience building accessible web applications with React and TypeScript.

Work experience
2020 - present: Front-end Developer, ShopLane (e-commerce)
- Built the checkout flow in React, TypeScript and Redux; cut page load time by 40%
- Created a shared component library with Storybook and wrote unit tests with Jest and Testing Library
- Worked with designers in Figma and with back-end developers on GraphQL APIs
2018 - 2020: Junior Web Developer, digital agency
- HTML, CSS, JavaScript websites for clients; responsive design; WordPress themes

Education
2018: BSc Computer Science, University of Manchester

Skills
React, TypeScript, JavaScript, Next.js, Redux, GraphQL, CSS, Tailwind, Jest, accessibility (WCAG), Git
"""),
"fr_keyword_stuffed_kevin_dubois.txt": ("waiter", """Kevin Dubois
Serveur - Paris 11e
kevin.dubois@example.org

Compétences
Python Django React TypeScript JavaScript AWS Docker Kubernetes PostgreSQL SQL Power BI data analyse
machine learning DevOps API REST FastAPI Node.js développeur full-stack développement web agile scrum
Python Django React AWS Python Django React AWS cloud DevOps data science intelligence artificielle

Expérience
2020 - aujourd'hui : Serveur en brasserie, Le Comptoir, Paris 11e
- Service en salle, prise de commandes, encaissement, mise en place du bar
2018 - 2020 : Employé polyvalent en restauration rapide
- Préparation des commandes, accueil des clients, nettoyage

Formation
2018 : CAP Commercialisation et services en hôtel-café-restaurant
"""),
"fr_electricien_mehdi_benali.pdf": ("electrician", """Mehdi Benali
Électricien bâtiment - habilitations B1V, B2V, BR
Nantes - mehdi.benali@example.org

Expérience professionnelle
2018 - aujourd'hui : Électricien, entreprise Ouest Électricité, Nantes
- Installation électrique de logements neufs et rénovation : tableaux, circuits, prises, éclairage
- Lecture de plans et de schémas, passage de gaines, tirage de câbles
- Mise en conformité selon la norme NF C 15-100, dépannage et recherche de pannes
2015 - 2018 : Aide électricien en intérim sur chantiers tertiaires

Formation
2015 : Bac pro Métiers de l'électricité et de ses environnements connectés
Habilitations électriques B1V, B2V, BR, BC (recyclage 2023)

Compétences
Courants forts et faibles, domotique, VMC, interphonie, travail en hauteur (nacelle), permis B
"""),
"fr_cuisinier_lucas_bernard.docx": ("cook", """Lucas Bernard
Cuisinier - chef de partie
Bordeaux - lucas.bernard@example.org

Expérience professionnelle
2019 - aujourd'hui : Chef de partie, restaurant bistronomique Le Quai, Bordeaux
- Responsable du poste chaud : viandes, sauces, garnitures ; 120 couverts par service
- Élaboration de la carte de saison avec le chef, gestion des commandes et des stocks
2016 - 2019 : Commis de cuisine, brasserie et traiteur événementiel
- Préparations froides, pâtisserie simple, dressage des buffets

Formation
2016 : CAP Cuisine, lycée hôtelier de Talence

Compétences
Cuisine traditionnelle et de saison, normes HACCP, gestion des stocks, travail sous pression, coupures et week-ends
"""),
"fr_cariste_nadia_haddad.txt": ("warehouse", """Nadia Haddad
Cariste - préparatrice de commandes
Lille - nadia.haddad@example.org

Expérience
2020 - aujourd'hui : Cariste en entrepôt logistique (grande distribution), Lesquin
- Chargement et déchargement des camions, mise en stock, réapprovisionnement des allées
- Préparation de commandes au scanner (picking vocal), contrôle qualité des palettes
2017 - 2020 : Préparatrice de commandes en intérim, plusieurs entrepôts de la métropole lilloise

Formation
CACES R489 catégories 1, 3 et 5 (à jour), SST (sauveteur secouriste du travail)

Compétences
Conduite de chariots élévateurs, gerbage, gestion des stocks sur WMS, respect des cadences, travail en équipe de nuit
"""),
"fr_comptable_isabelle_roux.pdf": ("accountant", """Isabelle Roux
Comptable générale - 12 ans d'expérience
Toulouse - isabelle.roux@example.org

Expérience professionnelle
2016 - aujourd'hui : Comptable générale, groupe industriel (3 filiales)
- Tenue de la comptabilité générale et fournisseurs, rapprochements bancaires, déclarations de TVA
- Préparation des clôtures mensuelles et annuelles, liasses fiscales, lien avec le commissaire aux comptes
2011 - 2016 : Assistante comptable en cabinet d'expertise comptable
- Saisie, révision des comptes de TPE, bilans

Formation
2011 : DCG (Diplôme de comptabilité et de gestion)

Compétences
Sage, Cegid, SAP FI, Excel avancé (tableaux croisés dynamiques), fiscalité, consolidation simple
"""),
"en_data_analyst_priya_shah.docx": ("data_analyst", """Priya Shah
Data Analyst
London - priya.shah@example.org

Experience
2021 - present: Data Analyst, retail group
- Built Power BI dashboards for sales and stock; automated weekly reporting with SQL and Python
- Analysed promotion performance with A/B tests; presented findings to category managers
2019 - 2021: Junior Analyst, market research agency
- Survey data cleaning in Excel and R, charts and reports for clients

Education
2019: MSc Applied Statistics, University of Leeds

Skills
SQL (PostgreSQL, BigQuery), Power BI, Python (pandas), Excel, statistics, data visualisation, stakeholder communication
"""),
"ko_nurse_kim_jiyeon.txt": ("nurse", """김지연
간호사 (간호사 면허 보유) - 경력 6년
서울 - jiyeon.kim@example.org

경력
2019 - 현재 : 서울 소재 대학병원 중환자실 간호사
- 인공호흡기 환자 관찰, 중심정맥관 관리, 투약 및 수액 관리
- 야간 근무 및 인수인계, 신규 간호사 교육
2017 - 2019 : 요양병원 병동 간호사
- 노인 환자 간호, 욕창 예방, 투약 관리

학력
2017 : 간호학과 졸업, 간호사 면허 취득

기술
기본 간호술, 채혈, 드레싱, 전자의무기록(EMR), 통증 관리, 팀워크

어학
한국어(모국어), 영어(중급), 프랑스어(초급)
"""),
"ko_forklift_park_minho.docx": ("warehouse", """박민호
지게차 운전원 / 물류센터 근무
인천 - minho.park@example.org

경력
2018 - 현재 : 인천 물류센터 지게차 운전원
- 입고 및 출고 상하차, 팔레트 적재, 재고 정리
- 스캐너를 이용한 피킹 및 재고 관리 시스템(WMS) 사용
2015 - 2018 : 택배 물류 허브 분류 작업

자격증
지게차운전기능사, 산업안전보건교육 이수

기술
지게차 운전, 안전 수칙 준수, 야간 근무 가능, 팀 작업
"""),
"ko_dev_lee_seojun.txt": ("dev_backend", """이서준
백엔드 개발자 - 경력 5년
판교 - seojun.lee@example.org

경력
2020 - 현재 : 핀테크 스타트업 백엔드 개발자
- Python, Django, PostgreSQL 기반 결제 API 개발
- AWS 인프라 운영, Docker 및 CI/CD 구축, 테스트 자동화(pytest)
2019 - 2020 : 웹 에이전시 주니어 개발자
- Java Spring 기반 웹 서비스 유지보수

학력
2019 : 컴퓨터공학과 학사

기술
Python, Django, FastAPI, PostgreSQL, Redis, Docker, AWS, Git, REST API 설계
"""),
"fr_serveuse_emma_petit.txt": ("waiter", """Emma Petit
Serveuse - extra en événementiel
Paris - emma.petit@example.org

Expérience
2021 - aujourd'hui : Serveuse en extra pour traiteurs (mariages, séminaires, cocktails)
- Mise en place des salles, service à l'assiette et au plateau, service du vin
2019 - 2021 : Serveuse en brasserie, Paris 9e
- Service midi et soir, encaissement, accueil de la clientèle

Formation
2019 : Bac pro Commercialisation et services en restauration

Compétences
Service en salle, port de plateau, bar, anglais courant, disponibilité soirs et week-ends, présentation soignée
"""),
"fr_aide_soignante_fatou_diallo.pdf": ("care_assistant", """Fatou Diallo
Aide-soignante diplômée
Lyon - fatou.diallo@example.org

Expérience professionnelle
2018 - aujourd'hui : Aide-soignante en EHPAD, Lyon 8e
- Soins d'hygiène et de confort, aide aux repas, mobilisation des résidents
- Surveillance des paramètres vitaux, transmissions à l'infirmière
2016 - 2018 : Agent de service hospitalier, clinique privée

Formation
2018 : Diplôme d'État d'aide-soignant

Compétences
Soins d'hygiène, prévention des chutes et des escarres, bienveillance, travail de nuit
"""),
"en_chef_marco_rossi.txt": ("cook", """Marco Rossi
Chef de partie / Line cook
Bristol, UK - marco.rossi@example.org

Experience
2019 - present: Chef de partie, Italian restaurant, Bristol
- Pasta and grill sections, 150 covers a night, ordering and stock rotation
- Trained commis chefs, kept HACCP records
2016 - 2019: Commis chef, hotel kitchen and banqueting

Education
2016: NVQ Level 3 Professional Cookery

Skills
Italian and Mediterranean cuisine, fresh pasta, grill, food safety (HACCP), stock control, weekend availability
"""),
"fr_plombier_antoine_girard.docx": ("plumber", """Antoine Girard
Plombier chauffagiste
Nantes - antoine.girard@example.org

Expérience professionnelle
2017 - aujourd'hui : Plombier chauffagiste, artisan, agglomération nantaise
- Installation et dépannage de sanitaires, chauffe-eau, chaudières gaz
- Raccordements cuivre, PER et multicouche, pose de radiateurs
2014 - 2017 : Apprenti plombier

Formation
2014 : CAP Installateur sanitaire ; 2016 : BP Monteur en installations de génie climatique

Compétences
Plomberie, chauffage, soudure, lecture de plans, notions d'électricité pour le raccordement des chaudières, permis B
"""),
"en_warehouse_john_smith.pdf": ("warehouse", """John Smith
Warehouse Operative - Forklift Driver
Birmingham, UK - john.smith@example.org

Experience
2019 - present: Warehouse operative, national retail distribution centre
- Counterbalance and reach truck driving, loading and unloading lorries, put-away
- Order picking with handheld scanners, stock counts in the WMS
2016 - 2019: Picker packer through agencies

Certificates
Counterbalance and reach truck licences (RTITB), first aid at work

Skills
Forklift driving, health and safety, meeting pick rates, night shifts, teamwork
"""),
"fr_dev_junior_ines_lambert.txt": ("dev_junior", """Inès Lambert
Développeuse web junior
Lyon - ines.lambert@example.org

Formation
2024 : Titre professionnel Développeur web et web mobile (bootcamp, 9 mois)
2021 : Licence de lettres modernes, Université Lyon 2

Expérience
2024 : Stage de développeuse web, agence digitale, Lyon (4 mois)
- Intégration de maquettes en HTML, CSS et JavaScript ; premiers composants React
- Petites API en Node.js et Express, base MongoDB
Projets personnels : application de recettes en React, site vitrine pour une association

Compétences
JavaScript, React (notions), HTML, CSS, Node.js, Git, curiosité, apprentissage rapide
"""),
}

# A very long CV: the relevant skills come late, past a 256/512-token window.
LONG_CV_NAME = "en_dev_long_cv_thomas_moreau.txt"
LONG_CV_TRADE = "dev_backend"


def long_cv() -> str:
    intro = """Thomas Moreau
Senior Software Engineer
Lille, France - thomas.moreau@example.org

Personal statement
I am a curious engineer who enjoys mentoring, public speaking and open-source communities. Outside work I
coach a youth football team, volunteer at a food bank and write about travel.

Volunteering and interests
"""
    filler = []
    places = ["Lisbon", "Krakow", "Seville", "Ghent", "Porto", "Bologna", "Tallinn", "Ljubljana"]
    for i, place in enumerate(places * 3):
        filler.append(f"- {2001 + i}: travelled to {place}, organised a community meetup about photography, "
                      f"cooking and cycling; wrote a blog series about local history, museums and markets.")
    body = """
Professional experience
2018 - present: Senior Backend Engineer, logistics software company, Lille
- Designed Python and Django services for route planning; PostgreSQL, Redis, Celery
- Led the move to FastAPI microservices on AWS (ECS, Lambda), Docker, Terraform, GitLab CI
- Wrote pytest suites, code reviews, on-call rotation
2013 - 2018: Python Developer, insurance software vendor
- Django REST Framework APIs, data pipelines with pandas, SQL tuning
2009 - 2013: PHP developer, web agency

Education
2009: Engineering degree in computer science

Skills
Python, Django, FastAPI, PostgreSQL, Redis, Celery, Docker, AWS, Terraform, REST APIs, pytest, mentoring
"""
    return intro + "\n".join(filler) + "\n" + body


GIGS_CSV = "gigs_missions.csv"
GIGS = [
    # (file or csv, title, trade, lang, text)
    ("csv", "Infirmier(e) de nuit - EHPAD", "nurse", "fr", """Mission d'intérim de 3 mois : infirmier ou infirmière de nuit en EHPAD à Lyon 3e. Vous assurez les soins techniques, la distribution et la surveillance des traitements, les transmissions avec l'équipe de jour et l'encadrement des aides-soignants la nuit. Diplôme d'État d'infirmier exigé, expérience en gériatrie appréciée. Nuits de 12 h, planning fixe."""),
    ("csv", "Développeur(se) Python Django - mission freelance", "dev_backend", "fr", """Mission freelance de 6 mois à Paris (2 jours de télétravail par semaine). Nous cherchons un développeur back-end Python pour faire évoluer notre plateforme : Django, Django REST Framework, PostgreSQL, Celery. Vous écrirez des API REST, des tests automatisés et participerez aux revues de code. Connaissance d'AWS et de Docker appréciée. 5 ans d'expérience minimum."""),
    ("csv", "Électricien(ne) bâtiment - chantier logements neufs", "electrician", "fr", """Chantier de 40 logements neufs à Nantes, mission de 4 mois. Vous réalisez l'installation électrique complète : pose des tableaux, tirage de câbles, raccordements, éclairage, selon la norme NF C 15-100. Habilitations électriques B1V/BR obligatoires, lecture de plans, autonomie sur chantier. Permis B souhaité."""),
    ("csv", "Commis / cuisinier(ère) - extras week-end", "cook", "fr", """Restaurant bistronomique à Bordeaux recherche un cuisinier ou commis pour des extras les vendredis, samedis et dimanches. Poste chaud et préparations, respect des normes HACCP, dressage. Expérience en restauration traditionnelle exigée, CAP cuisine apprécié."""),
    ("csv", "Cariste CACES 1/3/5 - entrepôt", "warehouse", "fr", """Entrepôt logistique de la grande distribution à Lesquin (Lille) : cariste pour chargement et déchargement des camions, mise en stock et préparation de commandes au scanner. CACES R489 catégories 1, 3 et 5 à jour exigés. Horaires d'équipe (matin, après-midi ou nuit). Mission de 2 mois renouvelable."""),
    ("csv", "Comptable - renfort clôture annuelle", "accountant", "fr", """Groupe industriel à Toulouse : mission de 3 mois pour renforcer l'équipe comptable pendant la clôture annuelle. Comptabilité générale et fournisseurs, rapprochements bancaires, déclarations de TVA, préparation des liasses fiscales. Maîtrise de Sage ou SAP et d'Excel. Diplôme DCG ou équivalent."""),
    ("csv", "Serveur(se) événementiel - extras traiteur", "waiter", "fr", """Traiteur parisien recherche des serveurs et serveuses en extra pour des mariages, séminaires et cocktails. Mise en place, service à l'assiette et au plateau, service du vin, débarrassage. Expérience en salle exigée, anglais apprécié, disponibilité les soirs et week-ends."""),
    ("csv", "Data analyst SQL / Power BI - 2 mois", "data_analyst", "en", """Two-month remote gig for a retail client: a data analyst to build Power BI dashboards on sales and stock, write SQL queries on PostgreSQL and automate weekly reports. Python (pandas) is a plus. You will present insights to business teams. 3+ years of experience."""),
    ("gig_en_frontend_react.txt", "Front-end React developer (remote)", "dev_frontend", "en", """Remote contract, 4 months. We are looking for a front-end developer to build new features of our e-commerce web app in React and TypeScript. You will turn Figma designs into accessible components, write unit tests with Jest and Testing Library, and work with our back-end team on GraphQL APIs. Next.js experience is a plus. 3+ years of professional React experience required."""),
    ("gig_en_home_care_nurse.docx", "Registered nurse - home care visits", "nurse", "en", """Home care agency in London is looking for a registered nurse for a 3-month assignment. You will visit patients at home: wound care, medication administration, monitoring of chronic conditions, and liaising with GPs and families. NMC registration required; experience with elderly patients preferred. Full UK driving licence."""),
    ("gig_ko_forklift.txt", "물류센터 지게차 운전원 모집", "warehouse", "ko", """인천 물류센터에서 지게차 운전원을 모집합니다. 입고 및 출고 상하차, 팔레트 적재, 재고 정리 업무를 담당합니다. 지게차운전기능사 자격증 필수, 물류센터 경력자 우대. 주간 및 야간 교대 근무, 3개월 계약."""),
    ("gig_ko_nurse.pdf", "요양병원 야간 간호사", "nurse", "ko", """서울 요양병원에서 야간 근무 간호사를 모집합니다. 노인 환자 간호, 투약 및 수액 관리, 욕창 예방, 인수인계 업무를 담당합니다. 간호사 면허 필수, 병동 경력자 우대. 3개월 계약, 야간 전담."""),
]

RELATED = {
    frozenset({"nurse", "care_assistant"}),
    frozenset({"electrician", "plumber"}),
    frozenset({"cook", "waiter"}),
    frozenset({"dev_backend", "dev_frontend"}),
    frozenset({"dev_backend", "data_analyst"}),
    frozenset({"dev_junior", "dev_frontend"}),
    frozenset({"dev_junior", "dev_backend"}),
}


def label_for(resume_trade: str, gig_trade: str) -> str:
    if resume_trade == gig_trade:
        return "fit"
    if frozenset({resume_trade, gig_trade}) in RELATED:
        return "partial"
    return "no"
