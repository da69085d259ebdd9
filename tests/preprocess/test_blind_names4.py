"""Markers announced by what surrounds them, whatever the name (blind10's classes): a speaker shown by a speech mark, a
meeting's or a review's person, a relative writing for the candidate, an emergency contact, an age said as a birthday,
a birth date as a wiki template; and the job facts that look like them (an employer named after a person in the
brackets after a job title, a Korean job place there) kept."""
import pytest

from matchlens.preprocess.masking import mask


@pytest.mark.parametrize("text, name", [
    ("Q (Tafadimt) : Vous avez votre propre matériel ?", "Tafadimt"),
    ("Q (Bawbie): Do you bring your own tools?", "Bawbie"),
    ("💬 Hnadrune : Envoie-moi ton CV en privé", "Hnadrune"),
    ("💬 Amoïda Asaiti : Mon patron cherche quelqu'un", "Asaiti"),
    ("SUMMARY:Entretien – Ninwa Bakous – Comptable", "Bakous"),
    ("SUMMARY:Interview – Ehdoh Wah – Painter and Decorator", "Ehdoh"),
    ("SUMMARY:면접 – 돈한돌 – 보안 요원", "돈한돌"),
    ("★★★★★ Great job, tidy and quick. — Armah Quaye", "Quaye"),
    ("★★★★★ 꼼꼼하게 잘 해주셨어요. — 빈나슬", "빈나슬"),
    ("Je vous écris pour mon frère Alhabib Alhousseini, qui cherche un poste.", "Alhousseini"),
    ("Je vous écris pour Aghali Akeratane, qui cherche un poste de cariste.", "Akeratane"),
    ("I am writing for my sister Mimose Bancoult, who is looking for work.", "Bancoult"),
    ("Emergency contact: Dedei Ankrah (sister)", "Ankrah"),
    ("비상연락처: 승한돌 (남편)", "승한돌"),
])
def test_a_name_announced_by_its_surroundings_is_masked(text, name):
    assert name not in mask(text).text


def test_a_korean_name_with_its_particle_gives_its_given_name_too():
    out = mask("제 딸 승별아의 구직을 부탁드립니다. 별아는 휴대폰으로 글 쓰는 게 서툴러요.").text
    assert "승별아" not in out and "별아" not in out


@pytest.mark.parametrize("text, gone", [
    ("🎂 오늘 62번째 생일 ❤️", "62"),
    ("Today is my 45th birthday!", "45"),
    ("Pour mon 45e anniversaire, merci", "45"),
    ("🎂 39 ans aujourd'hui, merci pour vos messages", "39"),
    ("| date de naissance = {{date de naissance|5|1|1962}}", "1962"),
    ("| 출생일 = {{출생일|2001|8|15}}", "2001"),
    ("born on the 27 of June 1963.", "1963"),
])
def test_an_age_or_birth_date_said_otherwise_is_masked(text, gone):
    assert gone not in mask(text).text


@pytest.mark.parametrize("text, kept", [
    ("Motor Mechanic (Arnold Clark, Sella Ness)", "Arnold Clark, Sella Ness"),
    ("Forklift Driver (John Lewis, Orgreave)", "John Lewis"),
    ("경비원 (에스원, 아산 인주면)", "아산 인주면"),
    ("Entretien – Cariste – CDI", "Cariste"),
    ("le 10e anniversaire de l'entreprise", "10e anniversaire"),
    ("Q (client) : le devis est-il gratuit ?", "client"),
])
def test_job_facts_that_look_like_them_stay(text, kept):
    assert kept in mask(text).text


@pytest.mark.parametrize("text, name", [
    ("Shamiram · Prestataire vérifié\nMenuisier", "Shamiram"),
    ("Thawbwe Wah · Verified tradesperson", "Thawbwe"),
    ("Visa du responsable de site : Wéjième Boéhé", "Boéhé"),
    ("내 상태 — 풍꽃샘\n[상태 1/7]", "풍꽃샘"),
    ("면접 연락 부탁드립니다.\n\n감사합니다.\n돈굳뫼", "돈굳뫼"),
    ("편한돌 고수\n미화원\n고용 147회", "편한돌"),
    ("💬 조아니코 마우베레 : 식당에서 사람 구해요", "마우베레"),
    ("✦ 빈뫼찬 ✦\n화물차 운전원", "빈뫼찬"),
])
def test_a_name_in_a_profile_a_signature_or_a_banner_is_masked(text, name):
    assert name not in mask(text).text


def test_a_korean_relative_gives_the_given_name_of_a_four_syllable_name():
    out = mask("제 가족 빈가야미의 구직을 부탁드립니다. 가야미는 서툴러서 제가 씁니다.").text
    assert "빈가야미" not in out and "가야미" not in out


@pytest.mark.parametrize("text, gone, kept", [
    ("#jecherchedutravail #emploi #SaintFons #69", ["SaintFons", "69"], ["#emploi"]),
    ("#lookingforwork #jobs #ThreeBridges #RH10", ["ThreeBridges", "RH10"], ["#jobs"]),
    ("#구직중 #일자리 #인동", ["인동"], ["#일자리"]),
    ("#jecherchedutravail #Cariste #CACES #Lyon #Logistique", ["Lyon"], ["#Cariste", "#CACES", "#Logistique"]),
    ("Zone d'intervention : Saint-Fons +20 km", ["Saint-Fons"], []),
    ("활동 지역: 봉동 +20 km", ["봉동"], []),
    ("Je vous écris pour ma fille Adinda Apensa, qui cherche un poste.", ["fille", "Adinda"], ["qui cherche un poste"]),
    ("I am writing on behalf of my daughter Adoley Adjetey, who is looking for work.", ["daughter"], []),
])
def test_a_place_tag_or_a_relatives_word_is_masked_and_the_job_tags_stay(text, gone, kept):
    out = mask(text).text
    assert not [g for g in gone if g in out] and all(k in out for k in kept), out


def test_a_parent_before_a_workplace_is_no_relative_before_a_name():
    assert "요양원 근무 6년" in mask("저는 두 아이의 아빠 요양원 생활지원사입니다.\n요양원 근무 6년의 생활지원사입니다.").text


def test_rtf_source_pasted_as_text_is_read_as_its_text():
    rtf = ("{\\rtf1\\ansi\\ansicpg1252 {\\fonttbl{\\f0 Arial;}}\\f0 CV\\par\n"
           "Mme Fen\\'e9lia TAUFA\\par\nn\\'e9e le 16/08/1980 \\'e0 Hinche (Ha\\'efti)\\par\n"
           "ha\\'eftienne\\par\nCariste \\'e0 Lyon, 10 ans d\\'92exp\\'e9rience\\par\n}")
    out = mask(rtf).text
    assert "\\par" not in out and "TAUFA" not in out and "1980" not in out and "Hinche" not in out
    assert "Cariste à Lyon, 10 ans d’expérience" in out


def test_a_link_whose_query_holds_a_space_is_masked_whole():
    out = mask("https://jobsfair.example/badge?id=6&surname=Qiolevu&forename=Pauliasi&postcode=SP4 3ZF&town=Bulford&nat=FJI\n"
               "Forklift driver").text
    assert "Bulford" not in out and "3ZF" not in out and "Qiolevu" not in out and "Forklift driver" in out


def test_a_notary_signing_a_translation_is_named():
    assert "환알찬" not in mask("위 번역문은 원문과 상위 없음을 확인합니다. 공증인 환알찬").text


def test_name_fields_of_exports_and_lower_case_forms_of_a_found_name():
    text = ('{"user_profile": {"real_name": "Djomo Nguetsa", "display_name": "djomo.n"}}\n'
            'middle_names = ["Nyandeng"]\nNom : Nganou WAFO\nslug = "nganou-wafo"\n'
            "nouveau candidat pour le poste de péager : nganou wafo (2 ans de terrain)\n")
    out = mask(text).text
    assert not [w for w in ("Djomo", "djomo", "Nyandeng", "nganou", "wafo", "WAFO") if w in out], out
    assert "2 ans de terrain" in out


def test_a_name_that_is_also_a_word_stays_a_word_in_lower_case():
    out = mask("Nom : Pierre ROSE\nTaille de pierre, rose des vents, cariste").text
    assert "Taille de pierre, rose des vents" in out and "ROSE" not in out


def test_a_postcode_does_not_take_the_next_lines_key_for_a_town():
    out = mask('[candidat]\nid = 92720\nnom = "WAFO"\nposte = "Cariste"').text
    assert 'poste = "Cariste"' in out and "WAFO" not in out


@pytest.mark.parametrize("text, gone", [
    ("P<GBRAROK<<MALUAL<AKECH<<<<<<<<<<<<<<<<<<<<<\nDoor Supervisor", ["AROK", "MALUAL"]),
    ("IDFRAZC27579270<<<<<<<<<<<<<<<\n7202250M3005187FRA<<<<<<<<<<<2\nSINO<<EZDIN<<<<<<<<<<<<<<<<<", ["SINO", "7202250"]),
    ("*|TITLE|* Jeneba KARGBO\nCariste", ["KARGBO"]),
    ("# Tchuente Nguimfack — 15/09", ["Nguimfack"]),
    ("# 지넨 기쿠에 — 15/09", ["기쿠에"]),
    ("[b]필녀: 「대한민국」 빼는 게 좋겠어요.", ["필녀"]),
    ("자기소개서 — 지넨 후미에", ["후미에"]),
    ("에이전시 전달 — 프로필: 량필녀", ["량필녀"]),
    ("아버지 지넨 데쓰오께서는 농사를 지으셨고", ["데쓰오"]),
    ('"text": "new applicant for vehicle technician: thandekile moyo (13 years of shift work)"', ["thandekile"]),
    ("Nom : SILÊMAN Sino\nslug = \"sileman-sino\"", ["sileman"]),
])
def test_blind11_classes_are_masked(text, gone):
    out = mask(text).text
    assert not [g for g in gone if g in out], out


@pytest.mark.parametrize("text", ["이력서 — 물류센터 입출고 담당", "식사 보조, 치매 어르신 돌봄, 이동 보조", "Cariste – 12 mars",
                                  "Taux <<horaire>> : 12 €"])
def test_what_looks_like_them_stays(text):
    assert mask(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("Sexe : Féminin[b]", ["Féminin"]),
    ("port de charges limité à 10 kg", ["limité"]),
    ("no lifting over 10 kg", ["lifting"]),
    ("중량물 취급 제한 (10kg)", ["중량물"]),
    ("라텍스 알레르기", ["알레르기"]),
    ("widowed, 3 dependants", ["dependants"]),
    ('marital = "Single, 4 dependants"', ["Single"]),
    ("dispo sauf culte le dimanche", ["culte"]),
    ("pas de mission le dimanche matin (messe)", ["messe"]),
    ("time off for Jumu'ah on Fridays", ["Jumu"]),
    ("Apostolic Faith Mission choir", ["Apostolic"]),
    ("가정연합 교회 봉사", ["교회"]),
    ("congé en avril pour le Nouvel An yézidi", ["yézidi"]),
    ("Nguemo est camerounaise et française", ["camerounaise"]),
])
def test_health_family_faith_and_origin_said_otherwise_are_masked(text, gone):
    out = mask(text).text
    assert not [g for g in gone if g in out], out


@pytest.mark.parametrize("text", ["Langues : anglais et français", "voir le tableau ci-dessous", "Port de charges lourdes",
                                  "Responsable Messe de Francfort"])
def test_their_look_alikes_stay(text):
    assert mask(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("[방장 춘삼] [오후 3:10] 구인합니다.\n[히가 데쓰오] [오후 3:20] 연락줘요", ["춘삼", "데쓰오"]),
    ("새길 직업전문학교장 나칸다카리 요시노리 (직인)", ["요시노리"]),
    ("성    명 : 지넨 데쓰오\n주    소 : 서울 강남구", ["데쓰오", "강남구"]),
    ("12/09/2024 09:00 — Nisrîn M. a créé la fiche (source : Indeed)", ["Nisrîn"]),
    ("mer. 11/09 — Remplacée par Nganou (arrêt maladie)", ["Nganou"]),
])
def test_chat_exports_seals_spaced_labels_and_record_histories_name_people(text, gone):
    out = mask(text).text
    assert not [g for g in gone if g in out], out


def test_an_xml_export_is_read_by_its_elements_and_jobs_stay():
    xml = ('<Identification><PersonName><FirstName>Oomesh</FirstName><Surname>Nundlall</Surname></PersonName>'
           '<ContactInfo><Address><Contact><PostalCode>71500</PostalCode><Municipality>Louhans</Municipality></Contact>'
           '</Address></ContactInfo><Demographics><Birthdate year="1990" month="--03" day="---12"/><Nationality>'
           '<Code>MU</Code><Label>Mauritian</Label></Nationality></Demographics></Identification><WorkExperience>'
           '<Position><Label>Cariste</Label></Position><Employer><Name>Leroy Merlin</Name><ContactInfo><Address>'
           '<Contact><Municipality>Lyon</Municipality></Contact></Address></ContactInfo></Employer></WorkExperience>')
    out = mask(xml).text
    assert not [g for g in ("Oomesh", "Nundlall", "71500", "Louhans", "1990", "Mauritian") if g in out], out
    assert "Leroy Merlin" in out and "Lyon" in out and "Cariste" in out


@pytest.mark.parametrize("text, gone, kept", [
    ('[삭제된 문장]{.deletion author="길갑순" date="2024-03-04"}', "길갑순", "deletion"),
    ("oui bonjour c'est xhevdet morina euh je vous appelle pour l'annonce", "xhevdet", "l'annonce"),
    ("[구직] 50대 도장공 일자리 구해요", "50대", "도장공"),
    ("트럭 10대 운행 경험", "", "10대"),
])
def test_authors_callers_and_decades_of_life(text, gone, kept):
    out = mask(text).text
    assert (not gone or gone not in out) and kept in out, out


@pytest.mark.parametrize("text, gone, kept", [
    ("Prénom=Xatûn ; NOM=Kurê ; Date_naissance=1971-01-14 à Bashiqa (Irak) ; Poste=Cariste", "1971", "Poste=Cariste"),
    ("Adresse permanente\t: Nueva Imperial (Chili)\nPermis B", "Nueva", "Permis B"),
    ("Nom du père\t: Tchinda Wandji\nCariste", "Wandji", "Cariste"),
    ("Nom : Besna KARA\nNote : Besna est irakienne\nCariste", "irakienne", "Cariste"),
    ("Nom : Sorie Kamara\nNote: Sorie is Temne.\nForklift driver", "Temne", "Forklift driver"),
    ("Nom : Evdal Temo\nEvdal est une femme\nCariste", "femme", "Cariste"),
    ("Nom : Evdal Temo\nEvdal is Available from May", "Evdal", "Available"),
])
def test_records_relatives_and_notes_about_a_named_person(text, gone, kept):
    out = mask(text).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text, gone, kept", [
    ("스타벅스 코리아 인사팀장 차이야니파폰 (인)", "차이야니파폰", "인사팀장"),
    ("랑조은 선생님, 만 23세", "랑조은", "선생님"),
    ("디사나야케아산카 선생님, 만 48세 · 남성", "디사나야케아산카", "선생님"),
    ("학다한 선생님\n요양보호사", "학다한", "요양보호사"),
    ("국어 선생님, 경력 5년", "", "국어 선생님, 경력 5년"),
    ("담임 선생님", "", "담임 선생님"),
])
def test_a_korean_name_before_a_title_and_a_teachers_job(text, gone, kept):
    out = mask(text).text
    assert (not gone or gone not in out) and kept in out, out


def test_a_vcard_address_and_a_qualified_korean_name_label():
    out = mask("BEGIN:VCARD\nFN:Armine Boyadjian\nADR;TYPE=HOME:;;17 lieu-dit Kervoalic;Loudéac;;22600;France\n"
               "TITLE:Cariste\nEND:VCARD\n성명(한글) 체첵 다와\n경력 5년").text
    assert not [g for g in ("Kervoalic", "Loudéac", "22600", "체첵", "다와") if g in out], out
    assert "TITLE:Cariste" in out and "경력 5년" in out


@pytest.mark.parametrize("text, gone, kept", [
    ("# 👋 안녕하세요, 환다감\n경력 5년", "환다감", "경력 5년"),
    ("# 안녕하세요, 환다감입니다", "환다감", "안녕하세요"),
    ("# 안녕하세요, 저는 간호사입니다", "", "저는 간호사입니다"),
    ("# 안녕하세요, 간호사입니다", "", "간호사입니다"),
    ("안녕하세요! 반갑습니다", "", "반갑습니다"),
])
def test_a_readme_greeting_names_its_author_not_their_job(text, gone, kept):
    out = mask(text).text
    assert (not gone or gone not in out) and kept in out, out


@pytest.mark.parametrize("text, masked", [
    ("français et sri-lankais\nCariste", True),
    ("camerounaise et française\nCariste", True),
    ("Langues : anglais et français", False),
    ("anglais et espagnol", False),
    ("Je parle camerounais et français", False),
    ("Déclaration en douane française et suisse des importations", False),
])
def test_two_demonyms_are_a_dual_nationality_unless_they_are_languages(text, masked):
    assert ("[NATIONALITY]" in mask(text).shown) is masked


@pytest.mark.parametrize("text, gone, kept", [
    ("merci beaucoup\n~ Zalihata", "Zalihata", "merci"),
    ("고맙습니다\n~ 에이에이", "에이에이", "고맙습니다"),
    ("☑ Personne à prévenir : Tacko Djiguiba (sœur)\nCariste", "Djiguiba", "Cariste"),
    ("Élève : PAQUIRISWAMY Thenmozhi\nCAP Petite enfance", "Thenmozhi", "CAP Petite enfance"),
    ("성실하고 책임감이 강한 학생임. (담임 원두칠)", "원두칠", "책임감"),
    ("점순 (한길 인력): 잘 받았습니다. 내일 연락드릴게요.", "점순", "잘 받았습니다"),
    ("slipped disc (2021)\nForklift driver", "slipped", "Forklift driver"),
    ("무릎 수술 (사다리 작업 불가)\n경비원", "무릎", "경비원"),
    ("2019.01 ~ 2021.03 경비원", "", "2019.01 ~ 2021.03 경비원"),
    ("Cariste (CDI): 5 ans", "", "Cariste (CDI): 5 ans"),
])
def test_signatures_pupils_carers_senders_and_operations(text, gone, kept):
    out = mask(text).text
    assert (not gone or gone not in out) and kept in out, out


@pytest.mark.parametrize("text, gone, kept", [
    ("bonjour ilango c'est zalihata bacari voilà je vous appelle pour le travail", "zalihata", "je vous appelle"),
    ("hi eachann it's gammachuu tufa i'm calling about the work", "gammachuu", "calling about the work"),
    ("j'habite à dzaoudzi euh j'ai 30 ans sur le terrain", "dzaoudzi", "30 ans sur le terrain"),
    ("안녕하세요 지점순예요 일자리 때문에 연락드려요", "지점순", "일자리"),
    ("bonjour madame c'est moi", "", "c'est moi"),
    ("안녕하세요 간호사예요", "", "간호사예요"),
    ("j'habite à la campagne", "", "la campagne"),
])
def test_a_call_transcribed_in_lower_case(text, gone, kept):
    out = mask(text).text
    assert (not gone or gone not in out) and kept in out, out


@pytest.mark.parametrize("text, gone, kept", [
    ("성실하고 책임감이 강한 학생임. (담임 초조아웅 뚠뚠)", "초조아웅", "책임감"),
    ("☑ Mutuelle — ayants droit : Ibouroi Soidri (conjoint)", "Soidri", "Mutuelle"),
    ("■ 비상연락처 — 지삼룡 (사촌)", "지삼룡", "비상연락처"),
    ("담당 행정사: 민뚜 뚜라", "민뚜", "행정사"),
    ("Pour le préfet et par délégation, Vasuki Paquiriswamy", "Paquiriswamy", "délégation"),
    ("Carte nationale d'identité : MOUROUGANE Kathiravan", "Kathiravan", "identité"),
    ("Checked by: Kahsay Weldemichael on 14 November 2024", "Weldemichael", "Checked by"),
    ("- 2015 Cariste\n→ Harehills, West Yorkshire\n- Permis B", "Harehills", "Permis B"),
])
def test_admin_papers_name_their_people_and_places(text, gone, kept):
    out = mask(text).text
    assert gone not in out and kept in out, out
