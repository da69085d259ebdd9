"""Personal blocks in the author's own language (#27): a CV's labels in Portuguese, Polish, Turkish, Vietnamese, Thai,
Nepali… (preprocess/blind/data/labels.tsv) mask their values as the French, English and Korean labels do, in every
layout a labelled field takes, and leave the job lines around them alone."""
import pytest

from matchlens.preprocess.blind import labels
from matchlens.preprocess.masking import mask

JOB = "Cariste 5 ans chez Geodis, CACES 3"
ROWS = [(family, label) for family, all_labels in labels.table().items() for label in all_labels]


def test_the_table_covers_every_family_in_many_languages():
    langs = {line.split("\t")[1] for line in labels.DATA.read_text("utf-8").splitlines()
             if line and not line.startswith("#")}
    assert len(langs) >= 30
    assert set(labels.table()) >= {"name", "birth", "age", "address", "nationality", "religion", "family", "health",
                                   "sex"}


@pytest.mark.parametrize("family,label", ROWS, ids=[f"{f}-{i}" for i, (f, _) in enumerate(ROWS)])
def test_every_label_masks_its_value_and_keeps_the_job_line(family, label):
    value = "Zorblat Quenvix"
    for text in (f"{label}: {value}\n{JOB}", f"{JOB}\n{label} : {value}", f"• {label}\t{value}\n{JOB}"):
        out = mask(text).text
        assert "Zorblat" not in out and "Quenvix" not in out, (label, text, out)
        assert JOB in out, (label, out)


def test_labels_after_a_korean_or_english_label_and_inside_a_line():
    for text, gone in (("국적 / สัญชาติ: ไทย", "ไทย"), ("Date of birth / Data urodzenia: 24/03/2002", "2002"),
                       ("Estado civil: casada — Nacionalidade: Portuguesa", "casada"),
                       ("Estado civil: casada — Nacionalidade: Portuguesa", "Portuguesa"),
                       ("Doğum tarihi: 14.10.1988 — Doğum yeri: Kulu", "Kulu"),
                       ("Quốc tịch: Việt Nam; Dân tộc: Kinh", "Kinh")):
        assert gone not in mask(f"{text}\n{JOB}").text, text


def test_words_of_those_labels_in_job_text_are_kept():
    for text in ("Nome de l'entreprise inconnu", "Préparation de commandes, adresse et rigueur",
                 "Manutention (charges lourdes), poids des colis jusqu'à 25 kg", "Tri des colis par code postal",
                 "Adres firmy: ul. Długa 5, Kraków"):
        out = mask(text).text
        assert out.split()[:1] == text.split()[:1], (text, out)


def test_ages_and_family_said_in_other_languages_are_masked_and_durations_kept():
    cases = {"Tenho vinte e quatro anos.": "quatro", "Tengo veintiuno años.": "veintiuno", "Mam 56 lat.": "56",
             "Мені 46 років.": "46", "20 yaşında ve çalışmaya hazırım.": "20", "Am 31 de ani.": "31",
             "Tôi 25 tuổi.": "25", "Ako ay 24 taong gulang.": "24", "Saya berumur 33 tahun.": "33",
             "Sou divorciada.": "divorciada", "Jestem żonaty.": "żonaty", "Sunt necăsătorită.": "necăsătorită",
             "Esu vedęs.": "vedęs", "Tenho 2 filhos.": "filhos", "Mam 1 dziecko.": "dziecko", "Am 4 copii.": "copii",
             "2 çocuğum var.": "çocuğum", "म विवाहित हुँ।": "विवाहित", "Jestem panna.": "panna"}
    for text, gone in cases.items():
        assert gone not in mask(f"{text}\n{JOB}").text, text
    for fact in ("Tenho 12 anos de experiência como cozinheira.", "Mam 10 lat doświadczenia w magazynie.",
                 "Tengo 8 años de experiencia en almacén.", "Panna cotta et desserts maison",
                 "Chef au restaurant Casa do Casado (Porto)", "Am 5 ani experiență în construcții."):
        assert fact in mask(f"{fact}\n{JOB}").text, fact


def test_a_run_on_line_of_fields_masks_each_value_and_keeps_what_follows_a_sentence_end():
    out = mask("Sexe : F  Nationalité : française Religion : catholique\n" + JOB).text
    assert "française" not in out and "catholique" not in out and "Religion" in out and "Nationalité" in out
    out = mask("लिङ्ग: महिला। नागरिकता: नेपाली। मेरो छोराछोरी: 2 छन्। 4 वर्षको अनुभव सवारी चालक").text
    assert "नेपाली" not in out and "महिला" not in out and "छन्" not in out
    assert "4 वर्षको अनुभव सवारी चालक" in out  # the job fact after the sentence end (।) stays


def test_a_faith_and_a_birthplace_said_in_other_languages_are_masked_with_their_frame_kept():
    cases = {"Sou Católica e ajudo na paróquia.": ("Católica", "Sou "), "Sunt de religie ortodoxă.": ("ortodoxă", "Sunt"),
             "Dinim İslam.": ("İslam", "Dinim"), "Agama saya Islam.": ("Islam", "Agama"),
             "मेरो धर्म बौद्ध हो।": ("बौद्ध", "धर्म"), "ဗုဒ္ဓ ဘာသာ ကိုးကွယ်ပါသည်။": ("ဗုဒ္ဓ", "ဘာသာ"),
             "Sou natural de Caratinga, MG.": ("Caratinga", "natural"), "Nací en Almendralejo (Badajoz).": ("Almendralejo", "Nací"),
             "M-am născut în Pașcani.": ("Pașcani", "născut"), "Родом з: м. Коломия.": ("Коломия", "Родом"),
             "Yozgat doğumluyum.": ("Yozgat", "doğumluyum"), "मेरो जन्म Syangja मा भएको हो।": ("Syangja", "जन्म"),
             "ខ្ញុំកើតនៅ Prey Veng។": ("Prey Veng", "ខ្ញុំកើតនៅ"), "Ipinanganak ako sa Laoag.": ("Laoag", "Ipinanganak")}
    for text, (gone, kept) in cases.items():
        masked = mask(f"{JOB}\n{text}")  # not the first line, which a name opens
        out, shown = masked.text, masked.shown  # a line left with nothing but its frame is dropped from the text
        assert gone not in out and gone not in shown and kept in shown and JOB in out, (text, shown)
    for fact in ("Licenciatura, Universidade Católica Portuguesa (2012)", "Colégio Evangélico de Lisboa, auxiliar"):
        assert fact in mask(f"{fact}\n{JOB}").text, fact


def test_translators_signers_and_certified_people_are_named_in_any_language():
    cases = {"Le gérant, Kemalettin Demirtaş": "Demirtaş", "Traduit par : Adenilson Bezerra (lien : sa fille)": "Bezerra",
             "Traduzido por: Ilídio Carrilho": "Carrilho", "대표 Gulnoza Xolmatov": "Xolmatov",
             "번역: Wilaiwan Thongdee 님은 1993년부터 근무하였음을 증명합니다.": "Thongdee",
             "Цим підтверджуємо, що Гривнак Зеновія працював(ла) на нашому підприємстві.": "Зеновія",
             "Pinapatunayan namin na si Jhonalyn Sicat Lumbao ay nagtrabaho sa aming kumpanya.": "Lumbao",
             "Translated by: Kanchhimaya Bhujel": "Bhujel"}
    for text, gone in cases.items():
        assert gone not in mask(f"{JOB}\n{text}").text, text
    for kept in ("Le gérant, responsable du magasin, valide les plannings", "Traduit par DeepL puis relu"):
        assert kept in mask(f"{JOB}\n{kept}").text, kept


def test_an_identity_documents_header_names_the_holders_country():
    for text, gone in (("REPÚBLICA PORTUGUESA · CARTÃO DE CIDADÃO", "PORTUGUESA"),
                       ("ROMÂNIA · CARTE DE IDENTITATE", "ROMÂNIA"), ("УКРАЇНА · ID-КАРТКА", "УКРАЇНА"),
                       ("Passport · Republic of Kenya", "Kenya")):
        assert gone not in mask(f"{JOB}\n{text}\n{JOB}").shown, text
    for kept in ("Carte d'identité · recto", "Permis de conduire · Catégorie C"):
        assert kept in mask(f"{JOB}\n{kept}\n{JOB}").shown, kept


def test_holders_and_bracketed_roles_are_named_and_a_forms_answer_is_no_name():
    for text, gone in (("Holder: GRYBAUSKAITĖ DANUTĖ", "DANUTĖ"), ("소지자: THIRI KHAING", "KHAING"),
                       ("구직자: PECH Ratanak", "Ratanak"), ("Translator (ITI member): Žydrūnas Grybauskas", "Grybauskas")):
        assert gone not in mask(f"{JOB}\n{text}\n{JOB}").shown, text
    assert "Licence holder: yes" in mask(f"{JOB}\nLicence holder: yes\n{JOB}").shown


def test_a_name_in_another_script_heading_a_cv_is_masked_but_short_skill_lines_stay():
    for name in ("ផាន់ សុវណ្ណារី", "बेलमाया थकाली", "ราตรี แสงทอง"):
        assert name.split()[-1] not in mask(f"{name}\nBELMAYA Phann\n{JOB}").text, name
    for heading in ("ข้อมูล ส่วนตัว", "व्यक्तिगत विवरण"):
        assert heading in mask(f"{heading}\n{JOB}").text
    body = "\n".join([JOB] * 4 + ["निर्माण कार्य", "होटल सेवा"])  # skills in Nepali, far from the header
    assert "निर्माण कार्य" in mask(body).text and "होटल सेवा" in mask(body).text


def test_job_lengths_typed_in_a_hurry_are_kept_with_their_employer_and_place():
    for fact in ("12 years exp cleaning (dhl in Sedgley)", "3 yrs kitchen (asda in Bloxwich)",
                 "물류센터 경력 1년 (한진택배 김포 대곶면)", "용접 6년 (CJ대한통운 청북읍)", "지게차 2년 (쿠팡 김포 대곶면)"):
        assert fact in mask(f"Cariste\n{fact}\nSkills").shown, fact
    for text, gone in (("Age: 34 years", "34"), ("89년생 (김포 대곶면 거주)", "대곶면")):
        assert gone not in mask(f"Cariste\n{text}\nSkills").shown, text


def test_personal_details_typed_in_a_hurry_are_masked():
    cases = {"mon nom et kilyan sissokho": "sissokho", "my name are stasiek threlfall": "threlfall",
             "제 이름은 옥찬솔": "옥찬솔", "jsuis né le 5/7/63 a Berkane.": "Berkane", "born 78 in radom.": "radom",
             "jsuis née en 98 a mila.": "98", "born 77 in stalowa wola.": "wola", "celibatere g 2 enfants.": "celibatere",
             "je sui célib avc 2 gosses.": "gosses", "jsuis maryée.": "maryée", "im marrried 1 kid.": "marrried",
             "im singel w/ 2 kids.": "singel", "미혼임 애 둘 엄마.": "애 둘", "돌싱 애 넷.": "돌싱"}
    for text, gone in cases.items():
        assert gone not in mask(f"{JOB}\n{text}\n{JOB}").shown, text
    for kept in ("garde de 2 gamins le mercredi", "Maryland office, kids menu", "Marie Curie hospital ward"):
        assert kept.split()[0] in mask(f"{JOB}\n{kept}\n{JOB}").shown, kept


def test_labels_typed_a_letter_or_two_wrong_are_read_as_the_labels_they_mean():
    cases = {"nationnalité: marocain": "marocain", "citizenshp: romanian": "romanian",
             "date de naisance: 3.3.89": "3.3.89", "relegion: pentecostal": "pentecostal", "addres: 4 park rd": "park",
             "sxe: H": ": H", "성벌: 여자": "여자", "국젹: 한국": "한국", "생년월릴: 1989.3.3": "1989"}
    for text, gone in cases.items():
        assert gone not in mask(f"{JOB}\n{text}\n{JOB}").shown, text
    for kept in ("NOTE: bien", "Missions: cariste", "Permis: B", "Langues: arabe", "주요: 지게차", "Family: Logistics"):
        assert kept in mask(f"{JOB}\n{kept}\n{JOB}").shown, kept


def test_a_line_of_hundreds_of_fields_is_masked_field_by_field_without_recursing():
    line = "Sexe : F Nationalité : française Religion : catholique " * 400
    out = mask(f"{JOB}\n{line}\n{JOB}").shown  # recursed once per field before: RecursionError at ~330 fields
    assert "française" not in out and "catholique" not in out and out.count("[RELIGION]") == 400
    aside = mask(f"{JOB}\nNom : Jean Roux (cariste, CACES 3) Nationalité : française\n{JOB}").shown
    assert "(cariste, CACES 3)" in aside and "française" not in aside  # the aside and the next field both kept right
