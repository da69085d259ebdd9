"""A twenty-sixth held-aside set of layouts of the placement benchmark (see evaluation.placement), split "blind25":
registered into the same LAYOUTS. Written without reading the masker (its rules, its data, its tests), the README's
list of what it misses or the history's messages, to measure it once more on texts nobody tuned it on; do not read
this file while tuning a masker, and run it once.

The split is about WHOLE APPLICATION DOSSIERS: one long text (a merged PDF, an ATS 'full profile' export, an e-mail
with its attachments pasted in) made of several documents about one person, each written by a different hand and in
its own format - a CV, a cover letter or a motivation e-mail, the agency's registration form or interview notes, a
certificat de travail or reference naming the candidate in the third person, an ID or residence-permit page read by
OCR, a licence or CACES scan, a payslip header, a skills test, a recruiter's summary e-mail, an availability calendar,
a signed charter. The parts are joined as exports join them: form feeds, '--- Page 3 ---', '=== Pièce jointe : … ===',
e-mail headers, attachment file names holding the candidate's name ('CV_NOM_Prenom_2027.pdf'), running headers and
footers with the name and the file number. The same markers are said differently in different parts: the name in
capitals in the form, 'Mme Nom' in the certificate, the first name in the recruiter's mail, a nickname in a chat, the
name in an MRZ or a file name (initials in notes are written too, unscored: single letters); the birth as a date, an
age and a birth year or a 주민번호 half; the home as an address and as 'je vis à …'. The same job facts (employers,
places, dates in several formats, durations, licences, diplomas, skills, test scores) come back in several parts.
Other people (referees, recruiters, HR contacts, the agency's branch) have their own names, titles and business
addresses: neither markers nor facts, except an employer's name and town (facts). A family a layout's documents do not
say is said in a last 'Questionnaire candidat' part, so that every dossier says every family.

Names and places are new: no word of a name is a Faker name or in an earlier split's pools or placement_data; homes,
places of birth and places of work are in none of the earlier pools.

Layouts: ats_profil_complet, pdf_fusionne_certificat, mail_transfere_pieces_jointes, dossier_vendanges_msa,
uk_agency_registration_pack, care_dbs_reference_bundle, ko_ipsa_jiwon_bundle, ko_oegugin_geunro_file,
pack_onboarding_interim, dossier_apprentissage_cerfa, plateforme_export_avis_chat, notes_entretien_synthese,
dossier_paie_attestations.
"""
from __future__ import annotations

import functools
from datetime import date, timedelta

from matchlens.evaluation.placement import Sheet, ascii_fold, layout, romanize

SPLIT = "blind25"
REF = date(2027, 3, 15)  # when the dossiers are put together: ages and durations are counted from here

# --- names: no Faker word, in no earlier pool (a test checks) -------------------------------------------------------
NAMES = {
    "fr": {"F": ["Sabeline", "Austreberthe", "Clotsinde", "Rictrude", "Ermelinde"],
           "M": ["Amadour", "Gerbold", "Flodoard", "Odilon", "Colomban", "Chamsoudine"],
           "L": ["Pellegrue", "Faurobert", "Chastagnol", "Rouveyrol", "Queyrel", "Eymeoud", "Roumieux", "Bonnafoux",
                 "Lantelme", "Mazeaud"]},
    "en": {"F": ["Branwen", "Ysella", "Rumwenna"],
           "M": ["Brannoc", "Nectan", "Haldane"],
           "L": ["Rumbelow", "Stennett", "Claypole", "Sowerby", "Toplady", "Haddelsey", "Madzivire", "Chikowore",
                 "Gumbochuma"]},
    "ko": {"F": ["독고라온", "망절해솔", "소봉다솜", "장곡아라", "독고여울", "망절새봄"],
           "M": ["독고하랑", "망절온새", "소봉가람", "장곡누리", "소봉해찬", "장곡든찬"]},
    "eps": {"F": ["Nirosha", "Sachini"], "M": ["Chamara", "Tharaka", "Isuru"],
            "L": ["Pathirana", "Wickramaratne", "Jayawickrama", "Abeysekara"]},
}
NICK = {"Sabeline": "Sabou", "Austreberthe": "Bertou", "Clotsinde": "Clotou", "Rictrude": "Ricou", "Ermelinde": "Melou",
        "Amadour": "Madou", "Gerbold": "Gerbo", "Flodoard": "Flodo", "Odilon": "Lonlon", "Colomban": "Colo",
        "Chamsoudine": "Chamsou", "Branwen": "Brannie", "Ysella": "Yssie", "Rumwenna": "Rumwen", "Brannoc": "Bran",
        "Nectan": "Necky", "Haldane": "Haldy", "Nirosha": "Niro", "Sachini": "Sachu", "Chamara": "Chami",
        "Tharaka": "Thari", "Isuru": "Isu"}
EPS_HANGUL = {"Nirosha": "니로샤", "Sachini": "사치니", "Chamara": "차마라", "Tharaka": "타라카", "Isuru": "이수루",
              "Pathirana": "파티라나", "Wickramaratne": "위크라마라트네", "Jayawickrama": "자야위크라마",
              "Abeysekara": "아베이세카라"}
# other people of the dossier: recruiters, referees, HR contacts (unscored; no word shared with a candidate)
OTHERS = {"fr": ["Gaspard Ravoire", "Léontine Bourgeat", "Aurélien Cuenot", "Edmée Jobez", "Thibaud Grenard",
                 "Honorat Vuillermoz"],
          "en": ["Alwyn Tyson", "Bronwen Hodgson", "Crispin Airey", "Gwendoline Brockbank", "Oswin Fearon"],
          "ko": ["추경석", "구도윤", "한상길", "편재민", "탁보람"]}
OTHER_ROLES = {"fr": ["chargé de recrutement", "responsable RH", "directeur d'exploitation", "chef d'équipe"],
               "en": ["Recruitment Consultant", "HR Manager", "Operations Manager", "Team Leader"],
               "ko": ["인사팀장", "채용 담당자", "공장장", "현장 반장"]}

# --- places: in none of the earlier pools (tests check) -------------------------------------------------------------
FR_TOWNS = [("Guillestre", "05600"), ("Abriès", "05460"), ("Ceillac", "05600"), ("Embrun", "05200"),
            ("Chorges", "05230")]
FR_STREETS = ["rue du Queyron", "chemin de la Draye", "rue des Mélèzes-Hauts", "impasse du Cadran solaire",
              "place du Rif", "rue de la Guisane"]
FR_JOB_PLACES = ["Savines-le-Lac", "L'Argentière-la-Bessée", "Vallouise", "Mont-Dauphin", "Eygliers", "Risoul",
                 "Valserres"]
EN_TOWNS = [("Ellesmere", "SY12"), ("Wem", "SY4"), ("Bishop's Castle", "SY9"), ("Market Drayton", "TF9"),
            ("Clun", "SY7")]
EN_STREETS = ["Cambrian Row", "Tilstock Lane", "Brownlow Fields", "Hawkstone Close", "Stanier Way"]
EN_JOB_PLACES = ["Whitchurch", "Shifnal", "Broseley", "Pontesbury", "Baschurch", "Audlem", "Nantwich"]
KO_TOWNS = [("경상북도 봉화군 춘양면", "춘양면"), ("경상북도 영양군 일월면", "일월면"), ("경상북도 청송군 진보면", "진보면"),
            ("경상북도 울진군 평해읍", "평해읍")]
KO_ROADS = {"춘양면": "춘양로", "일월면": "일월산길", "진보면": "진보중앙로", "평해읍": "평해로"}
KO_APTS = ["솔바람아파트", "비룡빌라", "아라리마을"]
KO_JOB_PLACES = ["석포면", "소천면", "수비면", "부동면", "온정면", "기성면", "안덕면"]
BIRTH = {"fr": ["Koudougou (Burkina Faso)", "Fada N'Gourma (Burkina Faso)", "Sisteron"],
         "en": ["Rusape, Zimbabwe", "Gobowen", "Tenbury"], "ko": ["경상남도 산청", "전라남도 구례"],
         "eps": ["Kegalle", "Badulla"]}
AGENCY = {"fr": ("Durance Intérim", "12 rue Carnot, 05000 Gap"),
          "en": ("Marches Staffing", "Unit 4, Battlefield Enterprise Park, Shrewsbury SY1 3AF"),
          "ko": ("경북잡스 인력", "경상북도 봉화군 봉화읍 내성로 7")}
MAIL = {"fr": ["orange.fr", "laposte.net", "gmail.com", "free.fr"], "en": ["gmail.com", "outlook.com", "btinternet.com"],
        "ko": ["naver.com", "daum.net", "kakao.com"]}

# --- the markers' words ---------------------------------------------------------------------------------------------
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
NAT = {"fr": [("comorienne", "comorien"), ("burkinabè", "burkinabè"), ("française", "français")],
       "en": [("Zimbabwean", "Zimbabwean"), ("British", "British")], "ko": [("대한민국", "대한민국")],
       "eps": [("스리랑카", "스리랑카")]}
REL = {"fr": [("musulmane", "musulman"), ("adventiste", "adventiste"), ("protestante", "protestant")],
       "en": [("Muslim", "Muslim"), ("Seventh-day Adventist", "Seventh-day Adventist"), ("Methodist", "Methodist")],
       "ko": [("기독교", "기독교"), ("천주교", "천주교"), ("원불교", "원불교")], "eps": [("불교", "불교")]}
REL_SLOT = {"fr": {"musulmane": "vendredi 12h-14h : prière à la mosquée", "adventiste": "samedi : sabbat (adventiste)",
                   "protestante": "dimanche matin : culte au temple"},
            "en": {"Muslim": "Friday 12-2pm: Jumu'ah prayers", "Seventh-day Adventist": "Saturday: Sabbath (church)",
                   "Methodist": "Sunday morning: Methodist chapel"},
            "ko": {"기독교": "일요일 오전: 교회 예배", "천주교": "일요일 오전: 성당 미사", "원불교": "일요일 오전: 교당 법회"},
            "eps": {"불교": "포야데이(보름): 사원 참배"}}
MARITAL = {"fr": [("Mariée", "Marié"), ("Célibataire", "Célibataire"), ("Pacsée", "Pacsé"), ("Divorcée", "Divorcé")],
           "en": [("Married", "Married"), ("Single", "Single"), ("Divorced", "Divorced")],
           "ko": [("기혼", "기혼"), ("미혼", "미혼")], "eps": [("기혼", "기혼"), ("미혼", "미혼")]}
KIDS_WORDS = {1: ("un", "one", "한"), 2: ("deux", "two", "두"), 3: ("trois", "three", "세")}
HEALTH = {"fr": ["RQTH", "diabète de type 1", "lombalgie chronique", "asthme sévère"],
          "en": ["Type 1 diabetes", "registered disabled", "epilepsy (controlled)", "dyslexia"],
          "ko": ["지체장애 6급", "청각장애 5급", "허리디스크"], "eps": ["허리디스크", "천식"]}
RELATIVE = {"fr": ["Anatole Bouvret", "Clémentine Guyetant", "Oumadi Said Hassane"],
            "en": ["Tapiwa Gumbo", "Lowenna Hichens", "Cador Pascoe"], "ko": ["모은결", "반지오", "채다빈"],
            "eps": ["Ruwan Liyanage", "Kumudu Rathnayake"]}

# --- the facts ------------------------------------------------------------------------------------------------------
JOBS = {
    "fr": [("Caviste", "Domaine du Vieux Pressoir"), ("Cariste", "Durance Logistique SAS"),
           ("Agent de production", "Salaisons du Champsaur"), ("Agent de conditionnement", "Fromagerie du Queyras"),
           ("Commis de cuisine", "Hôtel du Lac de Serre-Ponçon"), ("Agent d'entretien", "Station de Vars"),
           ("Opérateur sur presse", "Plasturgie des Écrins")],
    "en": [("Warehouse Operative", "Severn Valley Distribution"), ("Care Assistant", "Hawkstone Lodge Care Home"),
           ("Kitchen Porter", "The Bull at Prees"), ("Production Operative", "Tern Valley Creamery"),
           ("Forklift Driver", "Roden Timber Ltd"), ("Support Worker", "Perry Valley Support Services"),
           ("Housekeeping Assistant", "Hodnet Hall Lodge")],
    "ko": [("생산직", "소백산 물류센터"), ("포장", "석포 농협 산지유통센터"), ("주방 보조", "백암 목장 카페"),
           ("지게차 운전", "청량 고추 가공공장"), ("요양보호 보조", "온정 늘봄요양원"), ("객실 미화", "백암 온천 리조트"),
           ("사출 생산", "기성 플라스틱 사출공장")],
}
SKILLS = {"fr": ["Taille de la vigne", "Conduite de chariot élévateur", "Hygiène HACCP", "Gestion des stocks",
                 "Scanner RF", "Port de charges", "Nettoyage industriel"],
          "en": ["Manual handling", "Stock rotation", "Food hygiene", "Pallet truck", "Moving and handling",
                 "Customer service"],
          "ko": ["재고 관리", "위생 관리", "지게차 운전", "포장 작업", "고객 응대", "엑셀"]}
LANGUAGES = {"fr": [("Anglais", "B1"), ("Espagnol", "A2"), ("Allemand", "A2"), ("Italien", "B1")],
             "en": [("French", "B1"), ("Spanish", "A2"), ("German", "A1")],
             "ko": [("영어", "중급"), ("일본어", "초급")], "eps": [("한국어", "TOPIK 2급"), ("영어", "중급")]}
LICENCES = {"fr": ["Permis B", "CACES R489 cat. 3", "SST", "Habilitation électrique H0B0", "Certiphyto"],
            "en": ["Full UK driving licence", "Counterbalance forklift licence", "Food Hygiene Level 2",
                   "Care Certificate", "First Aid at Work"],
            "ko": ["지게차운전기능사", "2종 보통 운전면허", "요양보호사 자격증", "한식조리기능사"]}
DIPLOMAS = {"fr": ["CAP Vigne et vin", "Bac pro Logistique", "CAP Cuisine", "Titre professionnel Agent magasinier"],
            "en": ["NVQ Level 2 Warehousing", "BTEC Health and Social Care", "GCSEs (6, grades 9-4)"],
            "ko": ["기계과 졸업", "조리과 졸업", "물류관리 과정 수료"]}
SCHOOLS = {"fr": ["Lycée agricole des Hautes-Alpes", "AFPA de Gap", "CFA de Gap"],
           "en": ["North Shropshire College", "Shrewsbury College", "Walford College"],
           "ko": ["영주공업고등학교", "안동정보고등학교", "경북직업전문학교"]}


# --- what the documents carry besides the candidate (unscored: tasks, legal text, disclaimers, pay lines) -----------
TASKS = {"fr": ["Réception et contrôle des marchandises", "Préparation des commandes au scanner", "Nettoyage et "
                "désinfection du poste en fin de journée", "Conditionnement et étiquetage des lots", "Chargement des "
                "camions selon le plan de tournée", "Suivi des fiches de traçabilité", "Travail en équipe de 2x8",
                "Participation aux inventaires mensuels", "Respect des consignes de sécurité et des EPI"],
         "en": ["Goods in checks and put-away", "Picking orders with a handheld scanner", "Cleaning down the line at the "
                "end of each shift", "Packing and labelling batches", "Loading trailers to the route plan",
                "Completing traceability records", "Working rotating shifts", "Helping with monthly stock counts",
                "Following safe systems of work and PPE rules"],
         "ko": ["입고 검수 및 적재", "스캐너를 이용한 주문 피킹", "작업 종료 후 설비 세척 및 소독", "제품 포장 및 라벨 부착",
                "배송 계획에 따른 차량 상차", "이력 관리 서류 작성", "2교대 근무", "월말 재고 조사 참여",
                "안전 수칙 및 보호구 착용 준수"]}
BOILER = {
    "fr": {"contract": "Le présent contrat est conclu en application des articles L1251-1 et suivants du Code du travail. "
                       "La durée de la mission peut être avancée ou reportée dans les conditions prévues par l'article "
                       "L1251-30. Le salarié temporaire bénéficie des équipements de protection individuelle fournis par "
                       "l'entreprise utilisatrice. La rémunération comprend l'indemnité de fin de mission (10 %) et "
                       "l'indemnité compensatrice de congés payés (10 %). Période d'essai : 2 jours travaillés. "
                       "Caisse de retraite complémentaire : voir au verso. Médecine du travail : centre interentreprises.",
           "charter": "Article 1 – Je respecte les horaires communiqués par l'agence et préviens en cas d'absence avant "
                      "8 h. Article 2 – Je porte les équipements de protection fournis (chaussures, gants, gilet). "
                      "Article 3 – Je signale tout accident, même bénin, dans les 24 heures. Article 4 – Je ne consomme ni "
                      "alcool ni stupéfiants sur le lieu de mission. Article 5 – Je transmets mes relevés d'heures chaque "
                      "vendredi via l'application. Article 6 – Je respecte la confidentialité des informations de "
                      "l'entreprise utilisatrice.",
           "rgpd": "Vos données sont traitées par l'agence pour la gestion de votre candidature et de vos missions, sur la "
                   "base de l'exécution du contrat. Elles sont conservées deux ans après le dernier contact. Vous "
                   "disposez d'un droit d'accès, de rectification et d'effacement auprès du délégué à la protection des "
                   "données (dpo@durance-interim.fr).",
           "mail": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. "
                   "Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur. Pensez à "
                   "l'environnement avant d'imprimer ce courriel.",
           "pay": ["Salaire de base 151,67 h x 11,88 = 1 801,84", "Heures supplémentaires 25 % 8,00 h = 118,80",
                   "Sécurité sociale maladie – vieillesse plafonnée 6,90 %", "Complémentaire santé (part salariale) 32,50",
                   "CSG déductible 6,80 %   CSG/CRDS non déductible 2,90 %", "Prévoyance non cadre 0,55 %",
                   "Net à payer avant impôt 1 512,40 €   Prélèvement à la source taux 0,0 %"],
           "cert": "Le présent certificat est délivré pour servir et valoir ce que de droit. Un reçu pour solde de tout "
                   "compte et l'attestation destinée à France Travail ont été remis le jour du départ."},
    "en": {"contract": "This assignment schedule is issued under the Conduct of Employment Agencies and Employment "
                       "Businesses Regulations 2003 and the Agency Workers Regulations 2010. The agency worker is engaged "
                       "on a contract for services and is not an employee of the hirer. Holiday pay accrues at 12.07 % "
                       "of hours worked. The hirer will provide induction, PPE and a safe place of work. Either party may "
                       "end the assignment without notice. Timesheets must be submitted by 10am each Monday.",
           "charter": "1. I will arrive on time and tell the branch before 8am if I cannot attend. 2. I will wear the PPE "
                      "provided. 3. I will report any accident or near miss the same day. 4. I will not work under the "
                      "influence of alcohol or drugs. 5. I will submit my timesheet weekly. 6. I will respect the hirer's "
                      "confidentiality and site rules.",
           "rgpd": "Your personal data is processed under UK GDPR to find you work and to pay you. We keep it for six "
                   "years after your last assignment. You can ask for a copy, a correction or erasure by writing to "
                   "our Data Protection Officer (dpo@marcherstaffing.co.uk).",
           "mail": "This email and any attachments are confidential and intended solely for the addressee. If you have "
                   "received it in error please notify the sender and delete it. Marches Staffing Ltd, registered in "
                   "England and Wales no. 08812734.",
           "pay": ["Basic pay 162.50 hrs @ 12.21 = 1,984.13", "Overtime 1.5 x 6.00 hrs = 109.89",
                   "Holiday pay 12.07 % = 252.73", "Income tax (1257L) 214.40", "National Insurance 98.17",
                   "Pension (auto-enrolment) 5 % 52.96", "Net pay £1,684.22"],
           "cert": "This reference is given in confidence and without liability on the part of the company or the "
                   "signatory. Please contact the HR office if you need further information."},
    "ko": {"contract": "본 계약은 파견근로자 보호 등에 관한 법률 및 근로기준법에 따라 체결한다. 파견 기간 중 근로시간은 1일 8시간, "
                       "1주 40시간을 원칙으로 하며 연장근로는 당사자 합의에 따른다. 사용사업주는 파견근로자에게 안전보건 "
                       "교육과 개인 보호구를 제공하여야 한다. 임금은 매월 10일 근로자 명의 계좌로 지급하며 4대 보험에 "
                       "가입한다. 기타 사항은 취업규칙 및 관계 법령에 따른다.",
           "charter": "1. 출근 시간을 준수하고 결근 시 오전 8시 이전에 연락한다. 2. 지급된 안전화, 장갑, 안전모를 착용한다. "
                      "3. 사고 발생 시 즉시 관리자에게 보고한다. 4. 음주 후 작업하지 않는다. 5. 근무일지를 매주 제출한다. "
                      "6. 사업장의 기밀을 외부에 누설하지 않는다.",
           "rgpd": "수집 항목: 성명, 연락처, 주소, 경력 사항. 이용 목적: 채용 및 인력 파견 관리. 보유 기간: 근로관계 종료 후 "
                   "3년. 귀하는 동의를 거부할 권리가 있으나 거부 시 채용 절차 진행이 제한될 수 있습니다.",
           "mail": "본 메일은 발신자가 지정한 수신인만 열람할 수 있으며, 잘못 수신된 경우 즉시 삭제하고 발신자에게 알려 "
                   "주시기 바랍니다. 경북잡스 인력 사업자등록번호 224-81-55013.",
           "pay": ["기본급 2,060,740", "연장근로수당 158,520", "식대 200,000", "국민연금 92,730", "건강보험 73,050",
                   "장기요양보험 9,460", "고용보험 18,540", "소득세 21,960", "실지급액 2,154,300원"],
           "cert": "본 증명서는 본인의 신청에 의하여 발급하며, 타 용도로 사용할 수 없습니다."}}

JOB_AD = {
    "fr": "Notre client, acteur reconnu de l'agroalimentaire haut-alpin, recherche des profils polyvalents pour renforcer "
          "ses équipes de production et de logistique. Missions : approvisionnement des lignes, conditionnement, "
          "contrôle qualité visuel, chargement des quais, nettoyage des postes. Profil : première expérience en "
          "industrie appréciée, rigueur, respect des règles d'hygiène et de sécurité. Horaires en 2x8 (5h-13h / "
          "13h-21h), samedi matin possible. Rémunération : taux horaire selon grille + primes d'équipe + IFM et ICCP "
          "(10 % + 10 %). Mission de 3 mois renouvelable, possibilité d'embauche. Poste accessible en transport en "
          "commun. Avantages agence : acompte à la semaine, CET à 5 %, accès au FASTT (logement, mobilité).",
    "en": "Our client, a well-established food manufacturer in North Shropshire, is looking for reliable operatives to join "
          "its production and warehouse teams. Duties include feeding the lines, packing, visual quality checks, "
          "loading trailers and cleaning down. Previous factory or warehouse experience is an advantage but full "
          "training is given. Shifts: 6am-2pm / 2pm-10pm, with some Saturday overtime at time and a half. Pay: "
          "£12.21 per hour rising to £12.85 after 12 weeks, weekly pay, free parking and subsidised canteen. Temp to "
          "perm for the right candidates. Enhanced DBS not required for this role.",
    "ko": "채용 공고 – 생산 및 물류 현장 인력 모집. 담당 업무: 생산 라인 자재 공급, 제품 포장 및 검수, 출고 상차, 작업장 "
          "정리정돈. 자격 요건: 경력 무관(유경험자 우대), 교대 근무 가능자, 성실하고 책임감 있는 분. 근무 형태: 2교대 "
          "(06:00~14:00 / 14:00~22:00), 토요일 특근 있음. 급여: 시급 10,030원 이상, 연장·야간 수당 별도, 4대 보험 가입, "
          "통근 버스 운행, 기숙사 제공 가능. 근무 기간: 3개월 후 정규직 전환 검토. 제출 서류: 이력서, 자기소개서, "
          "경력증명서, 자격증 사본. 접수 방법: 이메일 또는 방문 접수. 문의: 채용 담당자 평일 09:00~18:00."}


def tasks(s: Sheet, n: int = 3) -> list[str]:
    return [f"  • {x}" for x in s.rng.sample(TASKS[s.lang], n)]


def boiler(s: Sheet, key: str) -> list[str]:
    text = BOILER[s.lang][key]
    return list(text) if isinstance(text, list) else [text]


# --- the candidate --------------------------------------------------------------------------------------------------
def renew(s: Sheet, pool: str | None = None) -> None:
    """Give the sheet's person a whole dossier's identity: names in every form, a home, contacts, a career."""
    p, rng, lang = s.p, s.rng, s.lang
    pool = pool or lang
    s.b25_pool = pool
    if pool == "ko":
        full = rng.choice(NAMES["ko"][p.sex])
        p.b25_first, p.b25_last, p.b25_full = full[2:], full[:2], full
        local = romanize(p.b25_first) + romanize(p.b25_last) + str(rng.randint(70, 99))
        p.b25_nick = p.b25_first
    else:
        p.b25_first, p.b25_last = rng.choice(NAMES[pool][p.sex]), rng.choice(NAMES[pool]["L"])
        p.b25_full = f"{p.b25_first} {p.b25_last}"
        p.b25_nick = NICK[p.b25_first]
        f, last = ascii_fold(p.b25_first).lower(), ascii_fold(p.b25_last).lower()
        local = rng.choice([f"{f}.{last}", f"{last}.{f[0]}", f"{f}{rng.randint(70, 99)}", f"{f[0]}{last}"])
    p.age = rng.randint(19, 58) if pool != "eps" else rng.randint(23, 38)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    p.born = date(REF.year - p.age - (1 if (month, day) > (REF.month, REF.day) else 0), month, day)
    p.b25_birth = rng.choice(BIRTH[pool])
    p.b25_nat = rng.choice(NAT[pool])
    p.b25_rel = rng.choice(REL[pool])
    p.b25_marital = rng.choice(MARITAL[pool])
    p.children = rng.choice([0, 1, 2, 2, 3]) if p.age >= 24 else 0
    p.b25_health = rng.choice(HEALTH[pool])
    p.b25_relative = rng.choice(RELATIVE[pool])
    num = rng.randint(2, 48)
    if lang == "fr":
        town, pc = rng.choice(FR_TOWNS)
        home = {"street": f"{num}{rng.choice(['', '', ' bis'])} {rng.choice(FR_STREETS)}", "pc": pc, "town": town}
    elif lang == "en":
        town, code = rng.choice(EN_TOWNS)
        pc = f"{code} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPRSTUWXY')}"
        home = {"street": f"{rng.choice(['', 'Flat 3, ', '2A '])}{num} {rng.choice(EN_STREETS)}", "pc": pc, "town": town}
    else:
        region, short = rng.choice(KO_TOWNS)
        home = {"street": f"{KO_ROADS[short]} {num}", "town": short, "region": region,
                "unit": f"{rng.choice(KO_APTS)} {rng.randint(101, 108)}동 {rng.randint(1, 9)}0{rng.randint(1, 4)}호"}
    p.b25_home = home
    d = "".join(str(rng.randint(0, 9)) for _ in range(8))
    p.phone = {"fr": rng.choice([f"0{rng.choice('67')} {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                                 f"0{rng.choice('67')}.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"]),
               "en": f"07{d[:3]} {d[3:]}{rng.randint(0, 9)}", "ko": f"010-{d[:4]}-{d[4:]}"}[lang]
    p.email = f"{local}@{rng.choice(MAIL[lang])}"
    p.b25_file = f"{rng.choice(['D', 'CAND-', 'N°'])}{REF.year}-{rng.randint(1000, 9999)}"
    p.b25_others = rng.sample(OTHERS[lang], 3)
    start = max(p.born.year + 18, REF.year - 16)
    cuts = sorted(rng.sample(range(start + 1, REF.year), 2)) if REF.year - start > 3 else [start + 1, start + 2]
    bounds = [start, *cuts, REF.year]
    picks = rng.sample(JOBS[lang], 3)
    places = rng.sample({"fr": FR_JOB_PLACES, "en": EN_JOB_PLACES, "ko": KO_JOB_PLACES}[lang], 3)
    jobs = []
    for i, ((title, employer), town) in enumerate(zip(picks, places)):
        y1, y2 = bounds[i], bounds[i + 1]
        m1, d1 = rng.randint(1, 12), rng.randint(1, 28)
        m2, d2 = (rng.randint(1, 12), 28) if y2 < REF.year else (rng.randint(1, 2), 28)
        current = i == 2 and rng.random() < 0.5
        if y2 == y1:
            m2 = max(m2, m1)
        end = None if current else (y2, m2, d2)
        months = max(1, ((REF.year - y1) * 12 + REF.month - m1) if current else ((y2 - y1) * 12 + m2 - m1))
        jobs.append({"title": title, "employer": employer, "town": town, "start": (y1, m1, d1), "end": end,
                     "months": months})
    p.b25_jobs = jobs[::-1]  # most recent first
    p.b25_lic = rng.sample(LICENCES[lang], 2)
    p.b25_dip = rng.choice(DIPLOMAS[lang])
    p.b25_school = rng.choice(SCHOOLS[lang])
    p.b25_dip_year = start - 1
    p.b25_skills = rng.sample(SKILLS[lang], 3)
    p.b25_langs = rng.sample(LANGUAGES["eps" if pool == "eps" else lang], 2)


def blind25(langs, pool: str | None = None):
    """Register a layout of this split: the sheet gets its identity first."""
    def deco(fn):
        @functools.wraps(fn)
        def run(s: Sheet) -> str:
            renew(s, pool)
            return complement(s, fn(s))
        layout(langs, split=SPLIT)(run)
        return run
    return deco


def complement(s: Sheet, text: str) -> str:
    """The dossier, with the candidate's questionnaire page after it when a family was said nowhere else (a last
    part of the file, as agencies' exports add it)."""
    said = {m.family for m in s.markers}
    L = s.lang
    lab = {"fr": {"sex": "Civilité", "age": "Âge", "birth": "Date de naissance", "residence": "Adresse",
                  "nationality": "Nationalité", "religion": "Religion / fêtes observées", "health": "Santé / RQTH",
                  "family": "Situation familiale", "contact": "Téléphone"},
           "en": {"sex": "Title", "age": "Age", "birth": "Date of birth", "residence": "Address",
                  "nationality": "Nationality", "religion": "Religion or belief", "health": "Health or disability",
                  "family": "Marital status", "contact": "Phone"},
           "ko": {"sex": "성별", "age": "나이", "birth": "생년월일", "residence": "주소", "nationality": "국적",
                  "religion": "종교", "health": "장애여부", "family": "결혼여부", "contact": "연락처"}}[L]
    say = {"sex": lambda: title(s), "age": lambda: age(s), "birth": lambda: born(s, "num"), "residence":
           lambda: res(s, "line"), "nationality": lambda: nat(s, True), "religion": lambda: rel(s),
           "health": lambda: health(s), "family": lambda: marital(s), "contact": lambda: phone(s)}
    missing = [f for f in say if f not in said]
    if not missing:
        return text
    sep = " : " if L == "fr" else ": "
    head = {"fr": "=== Questionnaire candidat (compléments) ===", "en": "=== Candidate questionnaire (additional) ===",
            "ko": "=== 지원자 설문 (추가 정보) ==="}[L]
    return "\n".join([text, "", head] + [f"{lab[f]}{sep}{say[f]()}" for f in missing])

# --- markers in their forms ------------------------------------------------------------------------------------------
def nm(s: Sheet, form: str = "plain") -> str:
    """The candidate's name (planted) in a form: plain, caps ('NOM Prénom' as forms write it), LAST first, first LAST,
    first (the given name alone), nick, last (the surname alone, after a title written by the caller), file
    ('NOM_Prenom' of an attachment's file name), header ('NOM P.' of a running header), mrz ('NOM<<PRENOM'),
    hangul (a foreign worker's name in Hangul), spaced (Korean, '독고 라온')."""
    p = s.p
    f, last = p.b25_first, p.b25_last
    if s.b25_pool == "ko":
        text = {"first": f, "nick": f, "spaced": f"{last} {f}", "file": p.b25_full, "header": p.b25_full,
                "roman": f"{romanize(last).upper()} {romanize(f).capitalize()}"}.get(form, p.b25_full)
        return s.plant("name", text)
    if form == "hangul":
        return s.plant("name", EPS_HANGUL[f] if s.chance(0.5) else f"{EPS_HANGUL[f]} {EPS_HANGUL[last]}")
    af, al = ascii_fold(f), ascii_fold(last)
    text = {"plain": f"{f} {last}", "caps": f"{last.upper()} {f}", "LAST first": f"{last.upper()} {f}",
            "first LAST": f"{f} {last.upper()}", "first": f, "nick": p.b25_nick, "last": last,
            "LAST": last.upper(), "file": f"{al.upper()}_{af}", "header": f"{last.upper()} {f[0]}.",
            "mrz": f"{al.upper()}<<{af.upper()}", "allcaps": f"{f} {last}".upper()}[form]
    return s.plant("name", text)


def title(s: Sheet) -> str:
    """A civil title before the surname (planted as sex): Mme / Monsieur, Ms / Mr, 여성 / 남성 (ko: a field value)."""
    f = s.female
    words = {"fr": ("Mme", "Monsieur"), "en": (s.pick(["Ms", "Mrs"]), "Mr"), "ko": ("여성", "남성")}[s.lang]
    return s.plant("sex", words[0] if f else words[1])


def fem(s: Sheet, fem_word: str, masc_word: str) -> str:
    """A French agreement: the feminine word planted as sex when the candidate is a woman."""
    return s.g(fem_word, masc_word)


def sexv(s: Sheet) -> str:
    f = s.female
    return s.plant("sex", {"fr": ("Féminin", "Masculin"), "en": ("Female", "Male"), "ko": ("여성", "남성")}[s.lang][not f])


def age(s: Sheet, form: str = "plain") -> str:
    a = s.p.age
    if s.lang == "fr":
        return s.plant("age", {"plain": f"{a} ans", "short": f"{a}a", "paren": f"{a} ans"}[form])
    if s.lang == "en":
        return s.plant("age", {"plain": f"{a} years old", "short": f"{a}yo", "paren": f"aged {a}"}[form])
    return s.plant("age", {"plain": f"만 {a}세", "short": f"{a}세", "paren": f"{a}세"}[form])


def born(s: Sheet, form: str = "num") -> str:
    """The birth date: num, words, year (the birth year said alone), mrz ('880312'), rrn (Korean ID's first half)."""
    d = s.p.born
    if form == "year":
        return s.plant("birth", f"{d.year}년생" if s.lang == "ko" else str(d.year))
    if form == "dots":
        return s.plant("birth", f"{d:%d.%m.%Y}" if s.lang != "ko" else f"{d.year}.{d.month:02d}.{d.day:02d}")
    if form == "rrn":
        digit = (2 if s.female else 1) + (2 if d.year >= 2000 else 0) + (4 if s.b25_pool == "eps" else 0)
        return s.plant("birth", f"{d:%y%m%d}-{digit}******")
    if form == "nir":
        return s.plant("birth", f"{2 if s.female else 1} {d:%y} {d:%m} 99 {s.rng.randint(100, 399)} "
                                f"{s.rng.randint(100, 999)} {s.rng.randint(10, 97)}")
    if s.lang == "fr":
        return s.plant("birth", f"{d:%d/%m/%Y}" if form == "num" else f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}")
    if s.lang == "en":
        return s.plant("birth", f"{d:%d/%m/%Y}" if form == "num" else f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}")
    return s.plant("birth", f"{d.year}.{d.month:02d}.{d.day:02d}" if form == "num" else
                   f"{d.year}년 {d.month}월 {d.day}일")


def birthplace(s: Sheet) -> str:
    return s.plant("birth", s.p.b25_birth)


def nat(s: Sheet, cap: bool = False) -> str:
    f, m = s.p.b25_nat
    if cap:
        f, m = f[0].upper() + f[1:], m[0].upper() + m[1:]
    return s.plant("nationality", f if s.female else m, (m if s.female else f,))


def rel(s: Sheet) -> str:
    f, m = s.p.b25_rel
    return s.plant("religion", f if s.female else m, (m if s.female else f,))


def rel_slot(s: Sheet) -> str:
    """An availability line that says the faith (planted as religion)."""
    return s.plant("religion", REL_SLOT[s.b25_pool][s.p.b25_rel[0]])


def marital(s: Sheet) -> str:
    f, m = s.p.b25_marital
    return s.plant("family", f if s.female else m, (m if s.female else f,))


def kids(s: Sheet, form: str = "num") -> str | None:
    """The children: '2 enfants', 'mère de deux enfants', 'mes deux enfants', '자녀 2명' (planted as family)."""
    n = s.p.children
    if not n:
        return None
    w = KIDS_WORDS[n]
    if s.lang == "fr":
        text = {"num": f"{n} enfant{'s' if n > 1 else ''}", "parent": f"{'mère' if s.female else 'père'} de {w[0]} "
                f"enfant{'s' if n > 1 else ''}", "mine": f"mes {w[0]} enfants" if n > 1 else "mon enfant"}[form]
    elif s.lang == "en":
        text = {"num": f"{n} child{'ren' if n > 1 else ''}", "parent": f"{'mum' if s.female else 'dad'} of {w[1]}",
                "mine": f"my {w[1]} children" if n > 1 else "my child"}[form]
    else:
        text = {"num": f"자녀 {n}명", "parent": f"{w[2]} 아이의 {'엄마' if s.female else '아빠'}",
                "mine": f"아이 {n}명"}[form]
    return s.plant("family", text)


def relative(s: Sheet) -> str:
    return s.plant("family", s.p.b25_relative)


def health(s: Sheet) -> str:
    return s.plant("health", s.p.b25_health)


def res(s: Sheet, form: str = "line") -> str:
    """The home: line, block (two lines), street, town (the town alone, 'je vis à …')."""
    h, pl = s.p.b25_home, functools.partial(s.plant, "residence")
    if s.lang == "ko":
        if form in ("line", "street"):
            return pl(f"{h['region']} {h['street']}, {h['unit']}")
        if form == "block":
            return f"{pl(h['region'] + ' ' + h['street'])}\n{pl(h['unit'])}"
        return pl(h["region"].split(" ", 1)[1])
    if form == "line":
        return pl(f"{h['street']}, {h['pc']} {h['town']}" if s.lang == "fr" else f"{h['street']}, {h['town']} {h['pc']}")
    if form == "block":
        return f"{pl(h['street'])}\n{pl(h['pc'] + ' ' + h['town'] if s.lang == 'fr' else h['town'] + ', ' + h['pc'])}"
    if form == "street":
        return pl(h["street"])
    return pl(h["town"])


def phone(s: Sheet) -> str:
    return s.plant("contact", s.p.phone)


def email(s: Sheet) -> str:
    return s.plant("contact", s.p.email)


# --- facts in their forms ----------------------------------------------------------------------------------------------
def per(s: Sheet, job: dict, form: str = "slash") -> str:
    """A job's period (a fact): slash '03/2019 – 06/2023', long 'du 4 mars 2019 au 28 juin 2023', years '2019-2023'."""
    (y1, m1, d1), end = job["start"], job["end"]
    now = {"fr": "aujourd'hui", "en": "present", "ko": "현재"}[s.lang]
    if form == "years":
        text = f"{y1}~{end[0] if end else now}" if s.lang == "ko" else f"{y1}-{end[0] if end else now}"
    elif form == "long":
        if s.lang == "fr":
            text = f"du {d1} {FR_MONTHS[m1 - 1]} {y1} au {end[2]} {FR_MONTHS[end[1] - 1]} {end[0]}" if end else \
                f"depuis le {d1} {FR_MONTHS[m1 - 1]} {y1}"
        elif s.lang == "en":
            text = f"from {d1} {EN_MONTHS[m1 - 1]} {y1} to {end[2]} {EN_MONTHS[end[1] - 1]} {end[0]}" if end else \
                f"since {d1} {EN_MONTHS[m1 - 1]} {y1}"
        else:
            text = f"{y1}년 {m1}월 {d1}일 ~ {end[0]}년 {end[1]}월 {end[2]}일" if end else f"{y1}년 {m1}월 {d1}일 ~ 현재"
    elif form == "entry":
        text = f"{d1:02d}/{m1:02d}/{y1}" if s.lang != "ko" else f"{y1}.{m1:02d}.{d1:02d}"
    else:
        if s.lang == "ko":
            text = f"{y1}.{m1:02d} ~ " + (f"{end[0]}.{end[1]:02d}" if end else "재직중")
        else:
            text = f"{m1:02d}/{y1} – " + (f"{end[1]:02d}/{end[0]}" if end else now)
    return s.fact(text)


def dur(s: Sheet, job: dict, short: bool = False) -> str:
    y, m = divmod(job["months"], 12)
    if s.lang == "fr":
        parts = [f"{y} an{'s' if y > 1 else ''}" if y else "", "" if short and y else f"{m} mois" if m else ""]
        return s.fact(" et ".join(x for x in parts if x) or "1 mois")
    if s.lang == "en":
        parts = [f"{y} year{'s' if y > 1 else ''}" if y else "", "" if short and y else
                 f"{m} month{'s' if m > 1 else ''}" if m else ""]
        return s.fact(" ".join(x for x in parts if x) or "1 month")
    parts = [f"{y}년" if y else "", "" if short and y else f"{m}개월" if m else ""]
    return s.fact(" ".join(x for x in parts if x) or "1개월")


def fx(s: Sheet, text: str) -> str:
    return s.fact(text)


def job_f(s: Sheet, job: dict, key: str) -> str:
    return s.fact(job[key])


def lic(s: Sheet, i: int = 0) -> str:
    return s.fact(s.p.b25_lic[i])


def dip(s: Sheet) -> str:
    return s.fact(s.p.b25_dip)


def other(s: Sheet, i: int) -> str:
    """Another person of the dossier (unscored)."""
    return s.p.b25_others[i % 3]


def today(s: Sheet, days: int = 0) -> str:
    d = REF - timedelta(days=days)
    return {"fr": f"{d:%d/%m/%Y}", "en": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", "ko": f"{d:%Y.%m.%d}"}[s.lang]


# --- the documents of a dossier ----------------------------------------------------------------------------------------
def cv_part(s: Sheet, head: str = "plain") -> list[str]:
    """The candidate's own CV: name, contact, home, a personal line or two, jobs, education, licences, skills."""
    p, L = s.p, s.lang
    out = [nm(s, head), {"fr": "Agent polyvalent – logistique et production", "en": "Warehouse and care operative",
                         "ko": "생산·물류 지원자"}[L], res(s, "line"), f"{phone(s)} | {email(s)}"]
    if L == "fr":
        out.append(f"{age(s)} – {marital(s)}" + (f", {kids(s)}" if p.children else ""))
    elif L == "en":
        out.append(f"Date of birth: {born(s, 'num')}")
    else:
        out += [f"영문 성명: {nm(s, 'roman')}", f"생년월일: {born(s, 'num')} ({age(s, 'short')})"]
    out += ["", {"fr": "EXPÉRIENCE PROFESSIONNELLE", "en": "WORK HISTORY", "ko": "경력사항"}[L]]
    for j in p.b25_jobs:
        out.append(f"{per(s, j)}  {job_f(s, j, 'title')} – {job_f(s, j, 'employer')}, {job_f(s, j, 'town')}")
        out += tasks(s)
    out += ["", {"fr": "FORMATION", "en": "EDUCATION", "ko": "학력"}[L],
            f"{fx(s, str(p.b25_dip_year))} – {dip(s)} – {fx(s, p.b25_school)}", "",
            {"fr": "PERMIS ET CERTIFICATS", "en": "LICENCES", "ko": "자격증"}[L], f"{lic(s, 0)} · {lic(s, 1)}", "",
            {"fr": "COMPÉTENCES", "en": "SKILLS", "ko": "보유 기술"}[L], ", ".join(fx(s, x) for x in p.b25_skills),
            {"fr": "Langues : ", "en": "Languages: ", "ko": "외국어: "}[L] + ", ".join(
                f"{fx(s, n)} ({fx(s, lv)})" for n, lv in p.b25_langs)]
    return out


def letter_part(s: Sheet, signed: str = "first LAST") -> list[str]:
    """A cover letter in the candidate's voice: sender block, 'je vis à', the age, children, jobs said again."""
    p, L = s.p, s.lang
    j0, j1 = p.b25_jobs[0], p.b25_jobs[1]
    if L == "fr":
        kid = kids(s, "mine")
        return [nm(s, "plain"), res(s, "block"), phone(s), "",
                f"{res(s, 'town')}, le {today(s, 2)}", "", f"Objet : candidature – {job_f(s, j0, 'title')}", "",
                "Bonjour,", "",
                f"J'ai {age(s)} et je vis à {res(s, 'town')}" + (f" avec {kid}" if kid else "") + ". "
                f"Depuis {dur(s, j0, True)}, je travaille comme {job_f(s, j0, 'title')} chez "
                f"{job_f(s, j0, 'employer')} à {job_f(s, j0, 'town')}. Auparavant, j'ai été "
                f"{fem(s, 'employée', 'employé')} {dur(s, j1)} chez {job_f(s, j1, 'employer')} "
                f"({job_f(s, j1, 'town')}).",
                f"Je suis titulaire du {lic(s, 0)} et j'ai obtenu le {dip(s)} en {p.b25_dip_year}. "
                f"Je suis {fem(s, 'motivée', 'motivé')} et {fem(s, 'disponible', 'disponible')} rapidement.", "",
                "Dans mes postes, j'ai notamment assuré les tâches suivantes :", *tasks(s, 4), "",
                "Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.", "",
                nm(s, signed)]
    if L == "en":
        kid = kids(s, "mine")
        return [nm(s, "plain"), res(s, "block"), phone(s), "", today(s, 2), "",
                f"Re: {job_f(s, j0, 'title')} vacancy", "", "Dear Sir or Madam,", "",
                f"I am {age(s)} and live in {res(s, 'town')}" + (f" with {kid}" if kid else "") + ". "
                f"For {dur(s, j0, True)} I have worked as a {job_f(s, j0, 'title')} at {job_f(s, j0, 'employer')} in "
                f"{job_f(s, j0, 'town')}, and before that I spent {dur(s, j1)} at {job_f(s, j1, 'employer')} "
                f"({job_f(s, j1, 'town')}).",
                f"I hold a {lic(s, 0)} and a {dip(s)}. My day-to-day duties have included:", *tasks(s, 4), "",
                "I am flexible about shifts and can start at short notice.", "", "Yours faithfully,", "", nm(s, signed)]
    kid = kids(s, "mine")
    return ["자기소개서", "", f"저는 {res(s, 'town')}에 사는 {age(s, 'short')} {nm(s, 'full')}입니다." +
            (f" {kid}를 키우고 있습니다." if kid else ""),
            f"{job_f(s, j0, 'town')}의 {job_f(s, j0, 'employer')}에서 {dur(s, j0, True)}간 "
            f"{job_f(s, j0, 'title')} 업무를 했고, 그 전에는 {job_f(s, j1, 'employer')}에서 {dur(s, j1)} 근무했습니다.",
            f"{lic(s, 0)}를 취득했으며 성실하게 일하겠습니다.", "", "[직무 경험]", *tasks(s, 4), "",
            "[지원 동기]", "현장에서 쌓은 경험을 바탕으로 안전하고 정확하게 일하는 직원이 되고 싶습니다. 교대 근무와 "
            "주말 근무도 가능하며, 새로운 설비와 작업 방식도 빠르게 익히겠습니다. 채용해 주신다면 맡은 일에 책임을 "
            "다하겠습니다.", "", f"{today(s, 2)}", f"지원자 {nm(s, 'spaced')} (인)"]


def form_part(s: Sheet) -> list[str]:
    """The agency's registration form: labelled fields, the name in capitals, the civil state, the next of kin."""
    p, L = s.p, s.lang
    if L == "fr":
        out = ["FICHE DE RENSEIGNEMENTS CANDIDAT", f"Dossier : {p.b25_file}", f"NOM : {nm(s, 'LAST')}",
               f"Prénom : {nm(s, 'first')}", s.field("Sexe", "F" if s.female else "M", "sex", whole=True),
               f"Date de naissance : {born(s, 'num')}   Lieu : {birthplace(s)}",
               f"Nationalité : {nat(s, True)}", f"N° Sécurité sociale : {born(s, 'nir')}",
               f"Adresse : {res(s, 'line')}", f"Portable : {phone(s)}   Courriel : {email(s)}",
               f"Situation familiale : {marital(s)}   Enfants à charge : {p.children}",
               f"Personne à prévenir : {relative(s)} – {s.rng.randint(10, 99)} {s.rng.randint(10, 99)}",
               f"Permis : {lic(s, 0)}   Véhiculé : oui", f"Travailleur handicapé : oui ({health(s)})",
               f"Poste recherché : {job_f(s, p.b25_jobs[0], 'title')}",
               f"Dernier employeur : {job_f(s, p.b25_jobs[0], 'employer')} ({per(s, p.b25_jobs[0], 'years')})"]
    elif L == "en":
        out = ["CANDIDATE REGISTRATION FORM", f"Ref: {p.b25_file}", f"Surname: {nm(s, 'LAST')}",
               f"Forename(s): {nm(s, 'first')}", f"Title: {title(s)}", f"Gender: {sexv(s)}",
               f"Date of birth: {born(s, 'dots')}   Place of birth: {birthplace(s)}",
               f"Nationality: {nat(s, True)}", f"Home address: {res(s, 'line')}",
               f"Mobile: {phone(s)}   Email: {email(s)}", f"Marital status: {marital(s)}",
               f"Next of kin: {relative(s)} (partner)", f"Disability / health: {health(s)}",
               f"Licences: {lic(s, 0)}, {lic(s, 1)}",
               f"Last employer: {job_f(s, p.b25_jobs[0], 'employer')} ({per(s, p.b25_jobs[0], 'years')})"]
    else:
        out = ["구직 등록 신청서", f"접수번호: {p.b25_file}", f"성명: {nm(s, 'full')}", f"영문: {nm(s, 'roman')}",
               f"주민등록번호: {born(s, 'rrn')}", f"성별: {sexv(s)}", f"주소: {res(s, 'line')}",
               f"휴대폰: {phone(s)} / 이메일: {email(s)}", f"결혼여부: {marital(s)}",
               f"비상연락처: {relative(s)} (배우자)", f"장애여부: {health(s)}", f"종교: {rel(s)}",
               f"보유 자격증: {lic(s, 0)}, {lic(s, 1)}",
               f"최근 근무처: {job_f(s, p.b25_jobs[0], 'employer')} ({per(s, p.b25_jobs[0], 'years')})"]
    return out


def certificate_part(s: Sheet) -> list[str]:
    """A certificat de travail / reference / 경력증명서 from a past employer: letterhead (the employer's name and town
    are facts, its street and the signatory are not), the candidate in the third person, the period in full."""
    p, L = s.p, s.lang
    j = p.b25_jobs[1]
    hr, role = other(s, 1), s.pick(OTHER_ROLES[L])
    n = s.rng.randint(2, 60)
    if L == "fr":
        return [job_f(s, j, "employer"),
                f"{n} zone artisanale des Prés – 39{s.rng.randint(100, 299)} {job_f(s, j, 'town')}",
                "", "CERTIFICAT DE TRAVAIL", "",
                f"Je soussigné, {hr}, {role}, certifie que {title(s)} {nm(s, 'LAST')} {nm(s, 'first')}, "
                f"{fem(s, 'née', 'né')} le {born(s, 'words')}, {fem(s, 'domiciliée', 'domicilié')} {res(s, 'line')}, "
                f"a été {fem(s, 'employée', 'employé')} dans notre entreprise {per(s, j, 'long')} en qualité de "
                f"{job_f(s, j, 'title')}.", "Missions confiées :", *tasks(s, 3),
                f"{title(s)} {nm(s, 'last')} nous quitte libre de tout engagement.", *boiler(s, "cert"), "",
                f"Fait à {job_f(s, j, 'town')}, le {today(s, 30)}", hr]
    if L == "en":
        return [job_f(s, j, "employer"), f"{n} Mill Yard, {job_f(s, j, 'town')}", "", "REFERENCE", "",
                "To whom it may concern,", "",
                f"I confirm that {title(s)} {nm(s, 'plain')} (date of birth {born(s, 'words')}) worked for "
                f"{job_f(s, j, 'employer')} {per(s, j, 'long')} as a {job_f(s, j, 'title')}. "
                f"{nm(s, 'first')} was reliable and well liked; in {dur(s, j)} with us there were no disciplinary "
                f"issues.", "Main duties:", *tasks(s, 3), *boiler(s, "cert"), "", f"{hr}", f"{role}, {job_f(s, j, 'employer')}"]
    return ["경 력 증 명 서", "", f"성      명: {nm(s, 'full')}", f"생년월일: {born(s, 'words')}",
            f"주      소: {res(s, 'line')}", f"회 사 명: {job_f(s, j, 'employer')}",
            f"근무지: {job_f(s, j, 'town')}", f"근무기간: {per(s, j, 'long')} ({dur(s, j)})",
            f"담당업무: {job_f(s, j, 'title')}", *tasks(s, 3), "", "위 사람은 당사에 재직하였음을 증명합니다.", *boiler(s, "cert"), "", today(s, 30),
            f"{job_f(s, j, 'employer')} 대표 {other(s, 1)} (직인)"]


def id_part(s: Sheet) -> list[str]:
    """An identity or residence-permit page read by OCR, with its machine-readable name line."""
    L = s.lang
    if L == "fr":
        return ["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
                f"Nom / Surname : {nm(s, 'LAST')}", f"Prénoms / Given names : {nm(s, 'first')}",
                s.field("Sexe / Sex", "F" if s.female else "M", "sex", whole=True),
                f"Nationalité : {s.plant('nationality', 'FRA') if s.p.b25_nat[0] == 'française' else nat(s, True)}",
                f"Date de naiss. / Date of birth : {born(s, 'dots')}", f"Lieu de naissance : {birthplace(s)}",
                f"Adresse : {res(s, 'line')}", f"{nm(s, 'mrz')}<<<<<<<<<<<<<<<"]
    if L == "en":
        return ["RIGHT TO WORK CHECK – document seen", f"Document: {'Passport' if s.chance(0.5) else 'BRP'}",
                f"Surname: {nm(s, 'LAST')}", f"Given names: {nm(s, 'first')}", f"Nationality: {nat(s, True)}",
                f"Date of birth: {born(s, 'dots')}", f"Sex: {sexv(s)}", f"{nm(s, 'mrz')}<<<<<<<<<<<<<<<<<<",
                f"Checked by: {other(s, 0)}, {today(s, 1)}"]
    return ["주민등록증 (OCR)", f"{nm(s, 'full')}", f"{born(s, 'rrn')}", f"{res(s, 'block')}", f"발급일 {today(s, 900)} 주민센터"]


def calendar_part(s: Sheet) -> list[str]:
    """The candidate's availability calendar: days ticked, the slots kept for faith and children."""
    L = s.lang
    kid = kids(s, "num")
    if L == "fr":
        return ["DISPONIBILITÉS (semaine type)", "lun ✔  mar ✔  mer ½  jeu ✔  ven ✔  sam ✘  dim ✘",
                f"Indisponible : {rel_slot(s)}",
                f"Mercredi après-midi : garde ({kid})" if kid else "Mercredi après-midi : libre",
                f"Disponible à partir du {today(s, -14)} – {lic(s, 1)} à jour"]
    if L == "en":
        return ["AVAILABILITY (typical week)", "Mon ✓  Tue ✓  Wed ✓  Thu ✓  Fri ½  Sat ✗  Sun ✗",
                f"Not available: {rel_slot(s)}", f"School run ({kid}) 8-9am" if kid else "No restrictions",
                f"Can start {today(s, -14)}"]
    return ["근무 가능 일정", "월 ○  화 ○  수 ○  목 ○  금 ○  토 △  일 ×", f"불가: {rel_slot(s)}",
            f"육아: {kid}, 오후 6시 이후 불가" if kid else "야간 근무 가능", f"근무 시작 가능일: {today(s, -14)}"]


def recruiter_mail(s: Sheet) -> list[str]:
    """The recruiter's summary e-mail to a client: the first name, the age, the town, the family, the health, said
    in a recruiter's shorthand, the facts said again."""
    p, L = s.p, s.lang
    j0 = p.b25_jobs[0]
    rec, client = other(s, 0), other(s, 2)
    if L == "fr":
        kid = kids(s, "parent")
        return [f"De : {rec} <{ascii_fold(rec).lower().replace(' ', '.')}@durance-interim.fr>",
                f"À : {client}", f"Objet : profil {nm(s, 'first')} – {job_f(s, j0, 'title')}", "",
                "Bonjour,", f"Je vous propose {nm(s, 'first')}, {age(s)}, {fem(s, 'basée', 'basé')} à {res(s, 'town')}",
                f"– {dur(s, j0, True)} chez {job_f(s, j0, 'employer')} ({job_f(s, j0, 'town')})",
                f"– {lic(s, 0)}, {lic(s, 1)}", f"– {kid}, horaires de journée" if kid else "– horaires en 2x8 OK",
                f"– {health(s)} : poste sans port de charges lourdes", "", rec, f"{AGENCY['fr'][0]} – {AGENCY['fr'][1]}", "",
                *boiler(s, "mail")]
    if L == "en":
        kid = kids(s, "parent")
        return [f"From: {rec} <{ascii_fold(rec).lower().replace(' ', '.')}@marcherstaffing.co.uk>",
                f"To: {client}", f"Subject: {nm(s, 'first')} – {job_f(s, j0, 'title')} shortlist", "",
                f"Hi, {nm(s, 'first')} ({age(s, 'paren')}) lives in {res(s, 'town')} and is keen.",
                f"- {dur(s, j0, True)} at {job_f(s, j0, 'employer')}, {job_f(s, j0, 'town')}",
                f"- {lic(s, 0)}; {lic(s, 1)}", f"- {kid}, days only" if kid else "- happy with nights",
                f"- {health(s)}, no issue for the role", "", rec, f"{AGENCY['en'][0]}, {AGENCY['en'][1]}", "",
                *boiler(s, "mail")]
    kid = kids(s, "num")
    return [f"보낸 사람: {rec} <hr@gbjobs.kr>", f"받는 사람: {client}",
            f"제목: [추천] {nm(s, 'full')} {age(s, 'short')} / {job_f(s, j0, 'title')}", "",
            f"{nm(s, 'first')}님은 {res(s, 'town')} 거주, {job_f(s, j0, 'employer')} {dur(s, j0, True)} 경력입니다.",
            f"{lic(s, 0)} 보유, {kid} 있음." if kid else f"{lic(s, 0)} 보유.", f"건강: {health(s)}", "",
            rec, f"{AGENCY['ko'][0]} {AGENCY['ko'][1]}", "", *boiler(s, "mail")]


def notes_part(s: Sheet) -> list[str]:
    """An interviewer's notes: initials (unscored), the age in shorthand, the birth year, the faith, the family."""
    p, L = s.p, s.lang
    ini = f"{p.b25_first[0]}.{p.b25_last[0]}." if s.b25_pool != "ko" else p.b25_last[0] + "○○"
    if L == "fr":
        return [f"Entretien {today(s, 3)} – cand. {ini} – vu par {other(s, 0)}",
                f"- {age(s, 'short')} ({fem(s, 'née', 'né')} en {born(s, 'year')})",
                f"- {marital(s)}" + (f", {kids(s, 'num')}" if p.children else ""), f"- {rel(s)} pratiquant(e)",
                f"- exp. {job_f(s, p.b25_jobs[2], 'employer')} ({per(s, p.b25_jobs[2], 'years')}) puis "
                f"{job_f(s, p.b25_jobs[1], 'employer')}", f"- test sécurité : {fx(s, str(s.rng.randint(14, 19)) + '/20')}",
                f"- présentation soignée, {fem(s, 'ponctuelle', 'ponctuel')}, avis : FAVORABLE"]
    if L == "en":
        return [f"Interview notes {today(s, 3)} – cand. {ini} – {other(s, 0)}",
                f"- {age(s, 'short')}, b. {born(s, 'year')}", f"- {marital(s)}" + (
                    f", {kids(s, 'num')}" if p.children else ""), f"- {rel(s)}, asked about Friday/Saturday shifts",
                f"- {job_f(s, p.b25_jobs[2], 'employer')} ({per(s, p.b25_jobs[2], 'years')}), then "
                f"{job_f(s, p.b25_jobs[1], 'employer')}", f"- numeracy test {fx(s, str(s.rng.randint(14, 19)) + '/20')}",
                "- outcome: suitable"]
    return [f"면접 메모 {today(s, 3)} – 지원자 {ini} – 면접관 {other(s, 0)}", f"- {born(s, 'year')}, {age(s, 'short')}",
            f"- {marital(s)}" + (f", {kids(s, 'num')}" if p.children else ""), f"- 종교 {rel(s)}",
            f"- {job_f(s, p.b25_jobs[2], 'employer')} ({per(s, p.b25_jobs[2], 'years')}) 근무",
            f"- 적성검사 {fx(s, str(s.rng.randint(60, 95)) + '점')}", "- 결과: 합격"]


def charter_part(s: Sheet) -> list[str]:
    """A signed consent or charter page: 'Je soussigné(e) …, demeurant …', the signature line."""
    L = s.lang
    if L == "fr":
        return ["CHARTE DE L'INTÉRIMAIRE – ACCUSÉ DE RÉCEPTION", "",
                f"Je {fem(s, 'soussignée', 'soussigné')} {nm(s, 'first LAST')}, demeurant {res(s, 'line')}, reconnais "
                "avoir reçu la charte sécurité et le livret d'accueil.", "", *boiler(s, "charter"), "",
                *boiler(s, "rgpd"), "",
                f"Fait à {res(s, 'town')}, le {today(s)}", f"Signature : {nm(s, 'header')}"]
    if L == "en":
        return ["DATA CONSENT AND WORKER DECLARATION", "",
                f"I, {nm(s, 'allcaps')}, of {res(s, 'line')}, consent to {AGENCY['en'][0]} keeping my details.",
                "", *boiler(s, "charter"), "", *boiler(s, "rgpd"), "", f"Signed: {nm(s, 'plain')}   Date: {today(s)}"]
    return ["개인정보 수집·이용 동의서", "", f"본인 {nm(s, 'full')}은(는) 개인정보 수집에 동의합니다.", "",
            *boiler(s, "rgpd"), "", *boiler(s, "charter"), "", today(s), f"동의자: {nm(s, 'spaced')} (서명)"]


def payslip_part(s: Sheet) -> list[str]:
    """A payslip's header: employer (facts), the employee's name, address, social security number, entry date."""
    p, L = s.p, s.lang
    j = p.b25_jobs[0]
    if L == "fr":
        return ["BULLETIN DE PAIE", f"Période du 01/01/{REF.year} au 31/01/{REF.year}",
                f"Employeur : {job_f(s, j, 'employer')} – {job_f(s, j, 'town')}",
                f"Salarié : {title(s)} {nm(s, 'caps')}", f"Adresse : {res(s, 'line')}", f"N° SS : {born(s, 'nir')}",
                f"Emploi : {job_f(s, j, 'title')}   Date d'entrée : {per(s, j, 'entry')}",
                f"Ancienneté : {dur(s, j)}", *boiler(s, "pay")]
    if L == "en":
        return ["PAYSLIP", f"Pay period: January {REF.year}", f"Employer: {job_f(s, j, 'employer')}, {job_f(s, j, 'town')}",
                f"Employee: {title(s)} {nm(s, 'plain')}", f"Address: {res(s, 'line')}",
                f"Job title: {job_f(s, j, 'title')}   Start date: {per(s, j, 'entry')}", *boiler(s, "pay")]
    return ["급여명세서", f"{REF.year}년 1월분", f"회사명: {job_f(s, j, 'employer')} ({job_f(s, j, 'town')})",
            f"성명: {nm(s, 'full')}", f"주민번호: {born(s, 'rrn')}", f"입사일: {per(s, j, 'entry')}",
            f"직무: {job_f(s, j, 'title')}", *boiler(s, "pay")]


def test_part(s: Sheet) -> list[str]:
    """A skills test's result sheet: the candidate's name and score, the skills tested (facts)."""
    p, L = s.p, s.lang
    sk = p.b25_skills
    if L == "fr":
        return ["RÉSULTATS – ÉVALUATION DES COMPÉTENCES", f"Candidat : {nm(s, 'caps')}   Dossier {p.b25_file}",
                f"{fx(s, sk[0])} : {fx(s, str(s.rng.randint(12, 20)) + '/20')}",
                f"{fx(s, sk[1])} : {fx(s, str(s.rng.randint(12, 20)) + '/20')}", f"Évaluateur : {other(s, 1)}"]
    if L == "en":
        return ["SKILLS ASSESSMENT RESULT", f"Candidate: {nm(s, 'plain')}   Ref {p.b25_file}",
                f"{fx(s, sk[0])}: {fx(s, str(s.rng.randint(60, 99)) + '%')}",
                f"{fx(s, sk[1])}: {fx(s, str(s.rng.randint(60, 99)) + '%')}", f"Assessor: {other(s, 1)}"]
    return ["직무 능력 평가 결과", f"응시자: {nm(s, 'full')}   접수번호 {p.b25_file}",
            f"{fx(s, sk[0])}: {fx(s, str(s.rng.randint(60, 99)) + '점')}",
            f"{fx(s, sk[1])}: {fx(s, str(s.rng.randint(60, 99)) + '점')}", f"평가자: {other(s, 1)}"]


# --- how exports join the parts ---------------------------------------------------------------------------------------
def attach(s: Sheet, kind: str) -> str:
    """An attachment banner; the CV's and the letter's file names hold the candidate's name (planted)."""
    L = s.lang
    y = REF.year
    if kind in ("cv", "letter"):
        file = nm(s, "file")
        name = {"cv": {"fr": f"CV_{file}_{y}.pdf", "en": f"CV_{file}_{y}.pdf", "ko": f"이력서_{file}.pdf"},
                "letter": {"fr": f"LM_{file}.docx", "en": f"Cover_letter_{file}.docx", "ko": f"자기소개서_{file}.hwp"}}[
            kind][L]
    else:
        name = {"cert": {"fr": "certificat_travail.pdf", "en": "reference.pdf", "ko": "경력증명서.pdf"},
                "id": {"fr": "scan_CNI_recto.jpg", "en": "rtw_check.pdf", "ko": "신분증_사본.jpg"},
                "pay": {"fr": "bulletin_janvier.pdf", "en": "payslip_jan.pdf", "ko": "급여명세서.pdf"}}[kind][L]
    word = {"fr": "Pièce jointe", "en": "Attachment", "ko": "첨부파일"}[L]
    return f"=== {word} : {name} ===" if L == "fr" else f"=== {word}: {name} ==="


def pages(s: Sheet, parts: list[list[str]], style: str, running: bool = True) -> str:
    """Parts as pages: 'ff' (form feeds), 'marks' ('--- Page n ---'), with a running header / footer holding the
    name and the file number on each page when running is set."""
    out = []
    total = len(parts)
    for i, part in enumerate(parts, 1):
        page = list(part)
        if running:
            head = {"fr": f"Dossier {s.p.b25_file} – {nm(s, 'header')}", "en": f"{s.p.b25_file} | {nm(s, 'header')}",
                    "ko": f"{s.p.b25_file} | 지원자 {nm(s, 'header')}"}[s.lang]
            foot = f"{AGENCY[s.lang][0]} – {AGENCY[s.lang][1]} – " + {"fr": "document confidentiel",
                                                                         "en": "confidential", "ko": "대외비"}[s.lang]
            page = [head, ""] + page + ["", foot, f"{i}/{total}" if s.lang != "en" else f"Page {i} of {total}"]
        out.append("\n".join(page))
        if i < total:
            out.append("\f" if style == "ff" else f"--- Page {i + 1} ---")
    return "\n".join(out)


def mail_head(s: Sheet, to: str, subject: str, from_candidate: bool = True) -> list[str]:
    L = s.lang
    who = f"{nm(s, 'plain')} <{email(s)}>" if from_candidate else to
    lab = {"fr": ("De", "À", "Date", "Objet"), "en": ("From", "To", "Date", "Subject"),
           "ko": ("보낸 사람", "받는 사람", "날짜", "제목")}[L]
    return [f"{lab[0]}: {who}", f"{lab[1]}: {to}", f"{lab[2]}: {today(s, 4)}", f"{lab[3]}: {subject}"]


# --- layouts -----------------------------------------------------------------------------------------------------------
@blind25(("fr", "en", "ko"))
def ats_profil_complet(s: Sheet) -> str:
    """An ATS 'profil complet' export: the profile's fields (name in capitals, file number, contact, the candidate's
    answers on birth, nationality and the home), the parsed CV pasted under '[CV – texte extrait]', the cover letter
    under '[Lettre]', the recruiter's notes, an activity log with dates and other people's names, the availability,
    then every document of the file under '[Pièce : …]': the certificate, the test, the mail to the client, the
    signed charter, the job advert, the agency's form, a payslip and an older version of the CV."""
    L = s.lang
    lab = {"fr": ("PROFIL COMPLET – EXPORT ATS", "Candidat", "Source : Indeed", "[CV – texte extrait]", "[Lettre]",
                  "[Notes]", "[Historique]", "Statut changé en « Entretien » par"),
           "en": ("FULL PROFILE – ATS EXPORT", "Candidate", "Source: Indeed", "[CV – extracted text]",
                  "[Cover letter]", "[Notes]", "[Activity]", "Status set to 'Interview' by"),
           "ko": ("지원자 상세 프로필 – ATS 내보내기", "지원자", "경로: 사람인", "[이력서 – 추출 텍스트]", "[자기소개서]",
                  "[메모]", "[처리 이력]", "상태 변경 '면접' 처리자")}[L]
    head = [lab[0], f"{lab[1]}: {nm(s, 'caps') if L != 'ko' else nm(s, 'full')}", f"ID: {s.p.b25_file}", lab[2],
            f"E-mail: {email(s)} | Tel: {phone(s)}",
            {"fr": lambda: f"Nationalité (déclarée) : {nat(s)}", "en": lambda: f"Nationality (declared): {nat(s, True)}",
             "ko": lambda: f"국적: {nat(s)}"}[L](), ""]
    parts = head + [lab[3]] + cv_part(s, s.pick(["plain", "allcaps", "first LAST"])) + ["", lab[4]] + letter_part(
        s, "first LAST") + ["", lab[5]] + notes_part(s) + ["", lab[6]]
    parts += [f"{today(s, 5)} {lab[7]} {other(s, 0)}", f"{today(s, 3)} {s.p.b25_others[1]}: test",
              f"{today(s, 1)} {other(s, 2)}: {'e-mail envoyé' if L == 'fr' else 'email sent' if L == 'en' else '메일 발송'}",
              ""] + calendar_part(s)
    docs = {"fr": "[Pièce : {}]", "en": "[Document: {}]", "ko": "[첨부: {}]"}[L]
    for label, part in ((("certificat", "reference", "경력증명서"), certificate_part), (("test", "assessment", "평가"),
                        test_part), (("mail client", "client email", "고객사 메일"), recruiter_mail),
                        (("charte", "declaration", "동의서"), charter_part)):
        parts += ["", docs.format(label[("fr", "en", "ko").index(L)])] + part(s)
    more = {"fr": ("[Offre]", "[Fiche agence]", "[Bulletin]", "[CV – version 2025]"),
            "en": ("[Job advert]", "[Agency form]", "[Payslip]", "[CV – 2025 version]"),
            "ko": ("[채용 공고]", "[등록 신청서]", "[급여명세서]", "[이력서 – 2025년 버전]")}[L]
    parts += ["", more[0], JOB_AD[L], "", more[1]] + form_part(s) + ["", more[2]] + payslip_part(s)
    parts += ["", more[3]] + cv_part(s, s.pick(["LAST first", "caps"]))
    return "\n".join(parts)


@blind25(("fr", "en"))
def pdf_fusionne_certificat(s: Sheet) -> str:
    """A merged PDF of CV + cover letter + certificat de travail (or reference) + ID page, read page by page with form
    feeds, each page under a running header 'Dossier … – NOM P.' and a page number."""
    return pages(s, [cv_part(s, "LAST first"), letter_part(s, s.pick(["first LAST", "plain"])), certificate_part(s),
                     id_part(s)], "ff")


@blind25(("fr", "en", "ko"))
def mail_transfere_pieces_jointes(s: Sheet) -> str:
    """A recruiter's forwarded e-mail: her own header and two lines, the candidate's original e-mail (From: the
    candidate's name and address, signed with a nickname), then three attachments pasted in under '=== Pièce jointe :
    CV_NOM_Prenom_2027.pdf ===' banners: the CV, the letter, the certificate."""
    L = s.lang
    rec = other(s, 0)
    fw = {"fr": ("---------- Message transféré ----------", "Pour info, candidature reçue ce matin."),
          "en": ("---------- Forwarded message ----------", "FYI, application received this morning."),
          "ko": ("---------- 전달된 메일 ----------", "오늘 아침 접수된 지원서 전달드립니다.")}[L]
    subj = {"fr": "Candidature spontanée", "en": "Job application", "ko": "입사 지원합니다"}[L]
    body = {"fr": lambda: ["Bonjour,", "Veuillez trouver ci-joint mon CV, ma lettre et un certificat.", "Bonne journée,",
                   nm(s, "nick")],
            "en": lambda: ["Hello,", "Please find attached my CV, cover letter and a reference.", "Thanks,", nm(s, "nick")],
            "ko": lambda: ["안녕하세요.", "이력서와 자기소개서, 경력증명서를 첨부합니다.", "감사합니다.", f"{nm(s, 'first')} 드림"]}[L]()
    out = [f"{'De' if L == 'fr' else 'From' if L == 'en' else '보낸 사람'}: {rec}",
           f"{'Objet' if L == 'fr' else 'Subject' if L == 'en' else '제목'}: TR: {subj} – {nm(s, 'allcaps') if L != 'ko' else nm(s, 'full')}",
           "", fw[1], rec, "", fw[0]] + mail_head(s, "recrutement@durance-interim.fr" if L == "fr" else
                                                 "jobs@marcherstaffing.co.uk" if L == "en" else "hr@gbjobs.kr",
                                                 subj) + [""] + body
    out += ["", attach(s, "cv")] + cv_part(s, s.pick(["plain", "LAST first"]))
    out += ["", attach(s, "letter")] + letter_part(s, "plain" if L != "ko" else "full")
    out += ["", attach(s, "cert")] + certificate_part(s)
    return "\n".join(out)


@blind25(("fr",))
def dossier_vendanges_msa(s: Sheet) -> str:
    """A grape-harvest dossier from a Hautes-Alpes domaine: the seasonal worker's fiche d'embauche (name in capitals,
    birth, NIR, nationality, address), the CNI scan read by OCR, the MSA declaration's header, the contrat vendanges'
    parties and dates, the harvest calendar with the days kept for faith, the signed charter; joined by '--- Page n
    ---'."""
    j = s.p.b25_jobs[0]
    fiche = ["DOMAINE DU VIEUX PRESSOIR – FICHE D'EMBAUCHE VENDANGES " + str(REF.year),
             f"NOM : {nm(s, 'LAST')}   Prénom : {nm(s, 'first')}", f"{fem(s, 'Née', 'Né')} le : {born(s, 'num')} à "
             f"{birthplace(s)}", f"N° SS : {born(s, 'nir')}", f"Nationalité : {nat(s)}", f"Adresse : {res(s, 'line')}",
             f"Tél : {phone(s)}", f"Situation : {marital(s)}", f"Santé / allergies : {health(s)}",
             f"Expérience : {job_f(s, j, 'title')} chez {job_f(s, j, 'employer')} ({per(s, j, 'years')})",
             f"{lic(s, 0)} – {fx(s, 'Taille de la vigne')} : oui", *prior(s)]
    msa = ["MSA ALPES DU NORD – DÉCLARATION PRÉALABLE À L'EMBAUCHE", f"Salarié : {nm(s, 'caps')}",
           f"Date de naissance : {born(s, 'dots')}", "Contrat : CDD vendanges, 1 mois", f"Chef de chai référent : {other(s, 2)}", *prior(s),
           f"Employeur : {fx(s, 'Domaine du Vieux Pressoir')}, {fx(s, 'Théus')}", "",
           *boiler(s, "contract")]
    return pages(s, [fiche, id_part(s), msa, calendar_part(s), charter_part(s)], "marks", running=False)


@blind25(("en",))
def uk_agency_registration_pack(s: Sheet) -> str:
    """A UK agency's registration pack: the application form (surname in capitals, title, gender, DOB, nationality,
    next of kin), the right-to-work check with its MRZ name line, two references with the referees' names and
    addresses, the worker declaration; pages marked '--- Page n ---' under a running header 'ref | SURNAME F.'."""
    j2 = s.p.b25_jobs[2]
    ref2 = ["SECOND REFERENCE (by phone)", f"Referee: {other(s, 2)}, {s.pick(OTHER_ROLES['en'])}, "
            f"{job_f(s, j2, 'employer')}",
            f"Confirmed {nm(s, 'first')} worked {per(s, j2, 'long')} as {job_f(s, j2, 'title')} in {job_f(s, j2, 'town')}.",
            f"Would re-employ: yes. Notes: {age(s, 'short')} at the time of call."]
    return pages(s, [form_part(s) + prior(s), id_part(s), certificate_part(s), ref2, charter_part(s)], "marks")


@blind25(("en",))
def care_dbs_reference_bundle(s: Sheet) -> str:
    """A care agency's compliance bundle: the DBS certificate summary (name, DOB, address), the health declaration,
    a care home manager's reference, the recruiter's shortlist e-mail with the first name and the age, the Care
    Certificate test result, the availability, the signed worker declaration; joined by form feeds."""
    dbs = ["DBS ENHANCED CERTIFICATE – SUMMARY", f"Certificate number: 00{s.rng.randint(10 ** 9, 10 ** 10 - 1)}",
           f"Applicant: {nm(s, 'LAST')}, {nm(s, 'first')}", f"Date of birth: {born(s, 'num')}",
           f"Place of birth: {birthplace(s)}", f"Address: {res(s, 'line')}", "Police records: NONE RECORDED",
           f"Position applied for: {job_f(s, s.p.b25_jobs[0], 'title')}"]
    decl = ["OCCUPATIONAL HEALTH DECLARATION", f"Name: {nm(s, 'plain')}", f"Condition declared: {health(s)}",
            f"Religion (equal opportunities): {rel(s)}", f"Marital status: {marital(s)}", f"Nationality: {nat(s, True)}",
            "Employment history declared:", *prior(s)]
    return pages(s, [dbs, decl, certificate_part(s), recruiter_mail(s), test_part(s), calendar_part(s),
                     charter_part(s)], "ff", running=False)


@blind25(("ko",))
def ko_ipsa_jiwon_bundle(s: Sheet) -> str:
    """A Korean 입사지원서 bundle: the 입사지원서 form (성명, 영문, 주민등록번호, 주소, 가족관계 with a relative's name, 병역),
    the 자기소개서 in the candidate's voice, the 경력증명서 from a past employer ('위 사람은 …'), the skills test; pages
    marked with form feeds and a running header with the file number and the name."""
    p = s.p
    form = ["입 사 지 원 서", f"성명: {nm(s, 'full')}  (영문: {nm(s, 'roman')})", f"주민등록번호: {born(s, 'rrn')}",
            f"생년월일: {born(s, 'words')} ({age(s)})", f"주소: {res(s, 'line')}", f"연락처: {phone(s)} / {email(s)}",
            f"가족관계: {relative(s)} (배우자)" if p.b25_marital[0] == "기혼" else f"가족관계: 모 {relative(s)}",
            f"결혼여부: {marital(s)}", f"병역: {s.plant('sex', '군필 (육군 병장 만기전역)' if not s.female else '비대상')}",
            f"종교: {rel(s)}", f"장애: {health(s)}", "경력"]
    for j in p.b25_jobs:
        form.append(f"{per(s, j)} | {job_f(s, j, 'employer')} | {job_f(s, j, 'title')} | {job_f(s, j, 'town')}")
    form += [f"학력: {fx(s, p.b25_school)} {dip(s)}", f"자격증: {lic(s, 0)}, {lic(s, 1)}"]
    return pages(s, [form, letter_part(s), certificate_part(s), test_part(s)], "ff")


@blind25(("ko",), pool="eps")
def ko_oegugin_geunro_file(s: Sheet) -> str:
    """A 외국인 근로자 file at a Gyeongbuk staffing office: the 외국인등록증 read by OCR (the name in Latin capitals, the
    외국인등록번호, 국가/지역, 체류자격), the 표준근로계약서's parties and dates, the worker's 이력서 with the name in
    Hangul, the counsellor's notes (religion, family, health), a KakaoTalk message signed with a nickname; joined by
    '--- Page n ---'."""
    p = s.p
    j0 = p.b25_jobs[0]
    card = ["외국인등록증 ALIEN REGISTRATION CARD", f"외국인등록번호 {born(s, 'rrn')}",
            f"성명 Name {nm(s, 'LAST')} {s.plant('name', s.p.b25_first.upper())}",
            f"국가/지역 Country {nat(s)}", "체류자격 Status 비전문취업(E-9)", f"발급일자 {today(s, 700)} 대구출입국·외국인사무소장"]
    contract = ["표준근로계약서", f"사업주: {job_f(s, j0, 'employer')} (대표 {other(s, 1)})",
                f"근로자: {nm(s, 'hangul')} ({nm(s, 'plain')})", f"근로계약기간: {per(s, j0, 'long')}",
                f"근무장소: {job_f(s, j0, 'town')}", f"업무내용: {job_f(s, j0, 'title')}", "근로시간: 08:00~17:00",
                f"숙소: 사업장 제공 (근로자 주소 {res(s, 'line')})", "", *boiler(s, "contract"), "",
                *boiler(s, "charter")]
    cv = ["이 력 서", f"성명: {nm(s, 'hangul')}", f"생년월일: {born(s, 'num')} ({age(s, 'short')})",
          f"출생지: {birthplace(s)}", f"성별: {sexv(s)}", f"연락처: {phone(s)}", f"이메일: {email(s)}", "경력"]
    cv += [f"{per(s, j)} {job_f(s, j, 'employer')} {job_f(s, j, 'title')} ({job_f(s, j, 'town')})" for j in p.b25_jobs]
    cv += [f"한국어: {fx(s, p.b25_langs[0][1]) if p.b25_langs[0][0] == '한국어' else fx(s, 'TOPIK 2급')}",
           f"자격증: {lic(s, 1)}"]
    notes = [f"상담 메모 ({other(s, 0)})", f"- 종교 {rel(s)}, {rel_slot(s)}", f"- {marital(s)}" +
             (f", 본국에 {kids(s, 'num')}" if p.children else ""), f"- 건강: {health(s)}",
             f"- 본국 가족 연락처: {relative(s)}", *prior(s)]
    notes += ["", *boiler(s, "rgpd")]
    chat = ["[카카오톡] 오늘 오후 3:12", f"{nm(s, 'nick')}: 사장님 내일 출근 가능해요", f"{other(s, 0)}: 네 8시까지 오세요"]
    return pages(s, [card, contract, cv, notes, chat], "marks", running=False)


@blind25(("fr", "en", "ko"))
def pack_onboarding_interim(s: Sheet) -> str:
    """An interim onboarding pack: the contrat de mission's parties (the agency's branch address, the client's name and
    town as facts, the worker's name and address), signed for the agency by a consultant, the fiche de renseignements,
    the signed safety charter, the availability calendar; joined by form feeds under a running header with the file
    number and 'NOM P.'."""
    L = s.lang
    j0 = s.p.b25_jobs[0]
    ag, addr = AGENCY[L]
    contract = {"fr": lambda: ["CONTRAT DE MISSION N° " + s.p.b25_file, f"Entreprise de travail temporaire : {ag}, {addr}",
                       f"Entreprise utilisatrice : {job_f(s, j0, 'employer')} – {job_f(s, j0, 'town')}",
                       f"Salarié temporaire : {title(s)} {nm(s, 'caps')}, {res(s, 'line')}",
                       f"Qualification : {job_f(s, j0, 'title')}", "Motif : accroissement temporaire d'activité",
                       f"Habilitations requises : {lic(s, 1)}", *prior(s), "", *boiler(s, "contract")],
                "en": lambda: ["ASSIGNMENT SCHEDULE " + s.p.b25_file, f"Agency: {ag}, {addr}",
                       f"Hirer: {job_f(s, j0, 'employer')}, {job_f(s, j0, 'town')}",
                       f"Agency worker: {title(s)} {nm(s, 'plain')}, {res(s, 'line')}",
                       f"Role: {job_f(s, j0, 'title')}", f"Required: {lic(s, 1)}", *prior(s), "", *boiler(s, "contract")],
                "ko": lambda: ["근로자파견계약서 " + s.p.b25_file, f"파견사업주: {ag}, {addr}",
                       f"사용사업주: {job_f(s, j0, 'employer')} ({job_f(s, j0, 'town')})",
                       f"파견근로자: {nm(s, 'full')} / {res(s, 'line')}", f"업무: {job_f(s, j0, 'title')}",
                       f"필요 자격: {lic(s, 1)}", *prior(s), "", *boiler(s, "contract")]}[L]()
    sign = {"fr": f"Pour l'agence : {other(s, 0)}, {OTHER_ROLES['fr'][0]}", "en": f"For the agency: {other(s, 0)}, "
            f"{OTHER_ROLES['en'][0]}", "ko": f"파견사업주 담당: {other(s, 0)} {OTHER_ROLES['ko'][1]}"}[L]
    return pages(s, [contract + ["", sign], form_part(s) + prior(s), charter_part(s), calendar_part(s)], "ff")


def prior(s: Sheet) -> list[str]:
    """Earlier jobs and skills as a form asks for them (facts)."""
    lab = {"fr": ("Expérience antérieure", "Compétences"), "en": ("Previous work", "Skills"),
           "ko": ("이전 경력", "보유 기술")}[s.lang]
    sep = " : " if s.lang == "fr" else ": "
    out = [f"{lab[0]}{sep}{job_f(s, j, 'title')}, {job_f(s, j, 'employer')} ({per(s, j, 'years')})"
           for j in s.p.b25_jobs[1:]]
    return out + [f"{lab[1]}{sep}{', '.join(fx(s, x) for x in s.p.b25_skills)}"]


@blind25(("fr", "en", "ko"))
def dossier_apprentissage_cerfa(s: Sheet) -> str:
    """An apprenticeship file: the CERFA / apprenticeship agreement's apprentice block (name, birth, sex, nationality,
    address, RQTH), the school report's header with the class and the teacher's comment in the third person, the
    motivation letter, the employer's tutor (another person), the offer, the availability and the signed charter; joined
    by '--- Page n ---' without running header."""
    L = s.lang
    p = s.p
    if L == "fr":
        cerfa = ["CERFA N°10103*10 – CONTRAT D'APPRENTISSAGE", "L'APPRENTI(E)", f"Nom de naissance : {nm(s, 'LAST')}",
                 f"Prénom : {nm(s, 'first')}", s.field("Sexe", "F" if s.female else "M", "sex", whole=True),
                 f"Date de naissance : {born(s, 'num')}", f"Commune de naissance : {birthplace(s)}",
                 f"Nationalité : {nat(s, True)}", f"Adresse : {res(s, 'line')}", f"Téléphone : {phone(s)}",
                 f"Courriel : {email(s)}", f"Reconnaissance travailleur handicapé : oui – {health(s)}",
                 f"Diplôme préparé : {dip(s)}", f"Maître d'apprentissage : {other(s, 1)}",
                 f"Employeur : {job_f(s, p.b25_jobs[0], 'employer')}, {job_f(s, p.b25_jobs[0], 'town')}",
                 *prior(s)]
        report = [f"{p.b25_school.upper()} – BULLETIN DU 1er SEMESTRE", f"Élève : {nm(s, 'caps')}",
                  f"Classe : 1re année {dip(s)}", f"Appréciation : {nm(s, 'first')} est une élève sérieuse." if s.female
                  else f"Appréciation : {nm(s, 'first')} est un élève sérieux.", f"Professeur principal : {other(s, 2)}"]
        if s.female:
            s.plant("sex", "une élève sérieuse")
    elif L == "en":
        cerfa = ["APPRENTICESHIP AGREEMENT", f"Apprentice: {nm(s, 'plain')}", f"Date of birth: {born(s, 'num')}",
                 f"Gender: {sexv(s)}", f"Nationality: {nat(s, True)}", f"Address: {res(s, 'line')}",
                 f"Learning difficulty or disability: {health(s)}", f"Standard: {dip(s)}",
                 f"Employer: {job_f(s, p.b25_jobs[0], 'employer')}, {job_f(s, p.b25_jobs[0], 'town')}",
                 f"Mentor: {other(s, 1)}", *prior(s)]
        report = [f"{p.b25_school} – progress review", f"Learner: {nm(s, 'allcaps')}", f"Programme: {dip(s)}",
                  f"Comment: {nm(s, 'first')} works hard and gets on well with {'her' if s.female else 'his'} team.",
                  f"Tutor: {other(s, 2)}"]
        s.plant("sex", "her" if s.female else "his")
    else:
        cerfa = ["일학습병행 학습근로계약서", f"학습근로자: {nm(s, 'full')}", f"생년월일: {born(s, 'num')}",
                 f"성별: {sexv(s)}", f"주소: {res(s, 'line')}", f"장애 여부: {health(s)}",
                 f"기업: {job_f(s, p.b25_jobs[0], 'employer')} ({job_f(s, p.b25_jobs[0], 'town')})",
                 f"기업현장교사: {other(s, 1)}", *prior(s)]
        report = [f"{fx(s, p.b25_school)} 학교생활기록부 (발췌)", f"성명: {nm(s, 'full')}", f"과정: {dip(s)}",
                  f"담임 의견: {nm(s, 'first')} 학생은 성실함.", f"담임: {other(s, 2)}"]
    return pages(s, [[*cerfa, "", JOB_AD[L]], report + prior(s), letter_part(s, "plain" if L != "ko" else "full"),
                     calendar_part(s), charter_part(s)], "marks", running=False)


@blind25(("fr", "en", "ko"))
def plateforme_export_avis_chat(s: Sheet) -> str:
    """A staffing platform's profile export: the profile card (first name and initial, the town, the age, badges), the
    clients' reviews naming the worker by first name or nickname, the missions done (facts) with their tasks, the
    availability, a chat with the platform's support in which the candidate says where they live and about the children,
    the attached CV."""
    L = s.lang
    p = s.p
    card = {"fr": lambda: [f"Profil : {nm(s, 'first')} {p.b25_last[0]}. – {age(s)} – {res(s, 'town')}",
                   f"Badges : {lic(s, 0)} ✔  {lic(s, 1)} ✔", "Note moyenne : 4,8 ★ (23 avis)"],
            "en": lambda: [f"Profile: {nm(s, 'first')} {p.b25_last[0]}. – {age(s, 'paren')} – {res(s, 'town')}",
                   f"Badges: {lic(s, 0)} ✔  {lic(s, 1)} ✔", "Rating: 4.8 ★ (23 reviews)"],
            "ko": lambda: [f"프로필: {nm(s, 'first')} – {age(s, 'short')} – {res(s, 'town')}",
                   f"인증: {lic(s, 0)} ✔  {lic(s, 1)} ✔", "평점 4.8 ★ (후기 23개)"]}[L]()
    reviews = {"fr": "[AVIS]", "en": "[REVIEWS]", "ko": "[후기]"}[L]
    rv = [reviews]
    for j in p.b25_jobs[:2]:
        who = job_f(s, j, "employer")
        text = {"fr": lambda: f"★★★★★ {who} ({job_f(s, j, 'town')}) : {nm(s, 'nick')} au top, à reprendre !",
                "en": lambda: f"★★★★★ {who} ({job_f(s, j, 'town')}): {nm(s, 'nick')} was brilliant, would book again",
                "ko": lambda: f"★★★★★ {who} ({job_f(s, j, 'town')}): {nm(s, 'nick')}님 최고예요"}[L]()
        rv.append(text)
    kid = kids(s, "mine")
    chat = {"fr": lambda: ["[CHAT SUPPORT]", f"[{today(s, 6)} 09:14] {nm(s, 'first')} : bonjour je n'arrive pas à changer mon "
                   f"adresse, j'habite maintenant {res(s, 'line')}",
                   f"[09:20] Support ({other(s, 0)}) : c'est fait !",
                   f"[09:22] {nm(s, 'first')} : merci, et pas de mission le mercredi je garde {kid}" if kid else
                   f"[09:22] {nm(s, 'first')} : merci, et pas de mission pendant le {rel_slot(s)}"],
            "en": lambda: ["[SUPPORT CHAT]", f"[{today(s, 6)} 09:14] {nm(s, 'first')}: hi, can't update my address, it's "
                   f"{res(s, 'line')} now", f"[09:20] Support ({other(s, 0)}): done!",
                   f"[09:22] {nm(s, 'first')}: thanks, no Wednesdays please, I have {kid}" if kid else
                   f"[09:22] {nm(s, 'first')}: thanks, and nothing during {rel_slot(s)}"],
            "ko": lambda: ["[고객센터 채팅]", f"[{today(s, 6)} 09:14] {nm(s, 'first')}: 주소 변경 부탁드려요 {res(s, 'line')}",
                   f"[09:20] 상담원({other(s, 0)}): 변경되었습니다", f"[09:22] {nm(s, 'first')}: 감사합니다 수요일은 "
                   f"{kid} 때문에 어려워요" if kid else f"[09:22] {nm(s, 'first')}: 감사합니다, {rel_slot(s)}"]}[L]()
    extra = {"fr": lambda: [f"Informations complémentaires : {nat(s)}, {health(s)}, {rel(s)}", email(s), phone(s)],
             "en": lambda: [f"Additional info: {nat(s, True)}, {health(s)}, {rel(s)}", email(s), phone(s)],
             "ko": lambda: [f"추가 정보: {nat(s)}, {health(s)}, 종교 {rel(s)}", email(s), phone(s)]}[L]()
    if not s.p.children:
        kids_line = []
    else:
        kids_line = [kids(s, "parent")]
    hist = [{"fr": "[HISTORIQUE DES MISSIONS]", "en": "[SHIFT HISTORY]", "ko": "[근무 이력]"}[L]]
    for j in p.b25_jobs:
        hist += [f"{per(s, j)} – {job_f(s, j, 'title')} – {job_f(s, j, 'employer')} ({job_f(s, j, 'town')})", *tasks(s, 2)]
    return "\n".join(card + [""] + hist + [""] + rv + [""] + chat + [""] + calendar_part(s) + [""] + boiler(s, "rgpd") + [""] + extra + kids_line + ["", attach(s, "cv")] +
                     cv_part(s, "plain" if L != "ko" else "full") + ["", born(s, "words")])


@blind25(("fr", "en", "ko"))
def notes_entretien_synthese(s: Sheet) -> str:
    """The agency's interview file: the interview notes (initials, the age in shorthand, the birth year, faith,
    family), the skills test result, the recruiter's summary e-mail to a client (first name, age, town, children,
    health), the candidate's availability calendar and the CV; parts separated by '--- Page n ---' with a running
    header."""
    return pages(s, [notes_part(s), test_part(s), recruiter_mail(s), calendar_part(s), cv_part(s, "first LAST")],
                 "marks")


@blind25(("fr", "en", "ko"))
def dossier_paie_attestations(s: Sheet) -> str:
    """A file of payslips and attestations sent as one scan: the last payslip's header (employer and town as facts,
    the employee's name, address and social security or resident number, entry date, seniority), the certificate from
    the previous employer, the ID page, the CV and the charter; attachment banners between the parts."""
    parts = [attach(s, "pay"), *payslip_part(s), "", attach(s, "cert"), *certificate_part(s), "", attach(s, "id"),
             *id_part(s), "", attach(s, "cv"), *cv_part(s, "LAST first" if s.lang != "ko" else "full"), "",
             *charter_part(s)]
    if s.lang == "en":
        parts += ["", f"Nationality: {nat(s, True)}; religion: {rel(s)}", f"Next of kin: {relative(s)}"]
    if s.lang == "ko":
        parts += ["", f"종교: {rel(s)}", f"비상연락처: {relative(s)}", f"국적: {nat(s)}"]
    if s.lang == "fr":
        parts += ["", f"Religion : {rel(s)} – Personne à prévenir : {relative(s)}", f"Santé : {health(s)}"]
    return "\n".join(parts)
