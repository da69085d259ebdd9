"""Placement benchmark of blind scoring: realistic CVs (French, English, Korean) in many layouts, with personal markers
of every protected family planted in them and job facts that must survive masking, and a scorer of a mask function.

Written without reading the masker's rules: the CVs put markers where people put them (header blocks, Europass
blocks, LinkedIn exports, cover letters, signatures, footers, flattened tables, Korean 이력서 forms, DOCX headers), not
where the masker expects them. ``Planted.value`` is the marker's exact text in the CV; ``PlacedCV.facts`` are job facts
written verbatim (durations, employers - some named after people -, places, diplomas, licences, skills, availability,
languages) that a masker must leave alone.

Scoring: a marker is masked when its value (and ``Planted.also``, the other gender's form of a feminine value such as
"Mariée" / "Marié") no longer occurs as a whole word, any case; for a name, when none of its words of 2+ letters
(particles such as "de", "van" left aside) occurs, not even inside an e-mail address. A fact is kept when it occurs
verbatim.

The layouts are split once. The "dev" layouts are in this module, for tuning; the "held" ones are in
``placement_held`` (registered into the same ``LAYOUTS``), not to be read while a masker is tuned, and report only.
Held-aside layouts: centred_caps, two_column_sequential, linkedin, signature, jobboard, markdown, docx_table.
Word pools (towns, employers, names) are shared by both parts: the held figure measures layouts not seen, not
vocabulary not seen. A third split, "fresh" (``placement_fresh``), was written after the masker's author had seen
both figures: new layouts, and names and towns of its own (none from Faker nor from the pools here); it too is for
reporting only. A fourth, "blind3" (``placement_blind3``), was written the same way after all three figures were seen
(new layouts, names and towns in neither the pools here nor fresh's). A fifth, "blind4" (``placement_blind4``), was
written the same way after all four figures were seen (new layouts, names and towns in none of the earlier pools).
A sixth, "blind5" (``placement_blind5``), was written the same way while the masker was being improved after the
blind4 figure, by someone who had not read the masker (new layouts, names and towns in none of the earlier pools).
A seventh, "blind6" (``placement_blind6``), was written the same way while the masker was improved after blind5.
An eighth, "blind7" (``placement_blind7``), was written the same way after blind6, by someone who read neither the
masker nor the list of its misses (new layouts: the systems a CV passes through; names and towns of its own).
A ninth, "blind8" (``placement_blind8``), was written the same way after blind7 (new layouts: the papers of job seekers
in France, the UK and Korea and of the offices they deal with; names and towns of its own).
A tenth, "blind9" (``placement_blind9``), was written the same way after blind8 (new layouts: what a gig-staffing
company receives besides a CV and what file readers make of it - badges, app exports, cards, payslips, translations;
names and towns of its own).
An eleventh, "blind10" (``placement_blind10``), was written the same way after blind9 (new layouts: CVs that reach a
staffing company through other people's tools - dictation, statuses, design exports, forwarded mail, office plans,
marketplace profiles, timesheets, a relative's letter, calendar, wiki and SQL files; names and towns of its own).
A twelfth, "blind11" (``placement_blind11``), was written the same way after blind10 (new layouts: the papers and
records that travel with a candidate through a staffing company's tools - ID and licence OCR with their machine-readable
zones, team-chat JSON, reviewed documents, tick-box forms, mail merges, TOML records, KakaoTalk exports, reference
calls, biodata, training certificates, care visit logs, ATS audit trails; names and towns of its own).
A thirteenth, "blind12" (``placement_blind12``), was written the same way after blind11 (new layouts: a candidate's
record reaching a staffing company in pieces and through the papers of daily life - numbered text messages out of
order, an unpunctuated voice-note transcript, an onboarding checklist, a prefecture / immigration appointment letter,
an old school report, a householder's attestation, a payroll export, a right-to-work check, a union attestation, a
recruiter's notebook OCR'd; names and towns of its own).
A fourteenth, "blind13" (``placement_blind13``), was written the same way after blind12 (new layouts: what file
extraction does to a CV and the CVs people send as prose - a two-column PDF read line by line, page headers and footers,
hyphenation, soft hyphens and ligatures, invisible and decomposed characters, full-width forms, mojibake, a flattened
Word table, a LinkedIn PDF, text boxes read twice, a cover letter, an e-mail thread with a recruiter, a UK resume, the
Korean 표준이력서; names and towns of its own).
A fifteenth, "blind14" (``placement_blind14``), was written the same way after blind13 (new layouts: CVs written in the
conventions of the candidates' countries and the papers of French hiring - identity numbers that carry the birth date
and sex (NIR, CNP, PESEL, codice fiscale, NIC, 외국인등록번호), personal blocks of foreign CV conventions, a CERFA form,
a contrat de mission, a bilingual CV, a job-board export with screening questions, a letter of recommendation from
abroad, an attestation de droits, a sworn translation, the Korean E-9 worker's papers; names and towns of its own).
A sixteenth, "blind15" (``placement_blind15``), was written the same way after blind14 (new layouts: the channels
through which a candidate reaches a seasonal staffing agency and what they add around the CV - a staffing app's
profile screenshot read by OCR, a recruiter presenting the candidate to a client, a conversation with an AI assistant,
a pandoc-converted Word CV with its images' alt texts, a short video's caption, hashtags and comments, a gig platform's
reviews, a posted application scanned, a résumé parser's output with confidence scores, a CV database's search hit,
attributes shared from a digital wallet (a UK driver number), a Korean 자기소개서, a US-style resume; names and towns
of its own).
A seventeenth, "blind16" (``placement_blind16``), was written the same way after blind15 (new layouts: markers said
indirectly and names in every script and order - a narrative 'parcours' with its gaps explained (a maternity or
parental leave, caring, a residence permit), a Korean 경력기술서 with 병역 and 가족사항, a UK CV with a career break, a
volunteer section (religious youth movements, community associations of an origin, women's teams), an employment
programme's participant sheet with its priority-group tick boxes, an Arabic / Latin bilingual header, a Chinese
bilingual CV, a Cyrillic CV with a patronymic, an employee's referral, a social worker's liaison sheet, a LinkedIn
'About', a portfolio site's about page; names and towns of its own).
An eighteenth, "blind17" (``placement_blind17``), was written the same way after blind16 (new layouts: CVs of workers
whose own language is neither French, English nor Korean, their personal blocks and sentences written in that
language - Portuguese, Spanish, Romanian, Polish, Turkish, Ukrainian, Lithuanian, Nepali, Vietnamese, Indonesian, Khmer,
Uzbek, Tagalog, Burmese, Thai - beside the CV's: a translated home CV, a Europass filled in at home, an agency sheet
translated by a relative, a home employer's letter, a sworn translation, a chat export, an ID card's OCR, a bilingual
form, an app profile, a cover letter that switches language, a Korean E-9 roster, a seasonal worker's application;
names and towns of its own).
A nineteenth, "blind18" (``placement_blind18``), was written the same way after blind17 (new layouts: personal
details typed in a hurry - misspelled or cut labels and values, SMS style, no accents or capitals, learner spellings,
odd date formats, mistyped e-mail addresses, emoji for words: an SMS to an agency, a form filled on a phone, a 'cherche
taf' group post, an auto-transcribed voice note, a paper form typed back by a volunteer, a classified-ad job request,
a teenager's first CV, a learner's CV, a Discord-style profile, a recruiter's notes, a Korean 알바 app profile, a UK
quick-apply; names and towns of its own).
A twentieth, "blind19" (``placement_blind19``), was written the same way after blind18 (new layouts: CVs of care,
childcare, cleaning, hospitality, security and community work whose job facts use the very words of the protected
grounds - 'personnes âgées', 'crèche 0-3 ans', 'personnes en situation de handicap', 'centre de dialyse', 'Secours
catholique', 'cuisine halal / casher', 'cuisine marocaine', 'maison des femmes', 'Jewish Care', 'women's refuge',
'노인요양원', '장애인 활동지원사', '성당 부설 어린이집' - beside the candidate's own age, faith, origin, family and health:
a care worker's CV, a home-help agency's form, a crèche / canteen application, a hospital staffing profile, a cleaning
company's onboarding sheet, a security guard's CV, a UK kitchen porter's CV, a UK care application with its equal
opportunities page, a Korean 요양보호사 and 보육교사 이력서, a volunteer-turned-worker's CV, a care home director's
reference, a hospitality gig app's profile; names and towns of its own).
A twenty-first, "blind20" (``placement_blind20``), was written the same way after blind19 (new layouts: candidates
whose names are ordinary words - virtues and wishes (Blessing, Patience, Godswill), days and months, colours and nature,
French names that are words (Prosper, Désiré, Fidèle), romanized and Korean given names, surnames that are trades
(Baker, Mason, Boulanger, Charpentier), ordinary words, romanized Korean syllables or towns and countries - beside the
same words used as job facts in the same CVs ('baker at Greggs', 'boulangerie Marchand', 'HGV driver', 'Taylor
Wimpey', 'Hope House (hospice)', 'Sunday shifts', 'Park Hyatt', '하늘요양원'), and the names written every way (surname
in capitals first, initials, a title and surname, a first name alone as a signature, a referee's name): a bakery
worker's CV, a UK driver's CV, a Nigerian-born care worker's UK CV, a builder's CV, a hotel porter's staffing-app
profile, a kitchen brigade's CV, a Korean student's part-time job profile, a French CV with its 'Références', an
agency's shortlist e-mail, a reference letter, a cover letter signed with a first name, a LinkedIn-style export;
names and towns of its own).
A twenty-second, "blind21" (``placement_blind21``), was written the same way after blind20 (new layouts: numbers and
time everywhere - CVs dense with job facts made of numbers (periods in every format, durations, years of experience,
diploma and licence dates, contracts and hours, pay, counts and loads, the ages of the people served or taught,
workplace postcodes, success rates) among which sit the few numbers that give the candidate's age: birth dates in every
format ('né le 3 mars 1984', 'DOB: 03.03.84', '°1984', '84년생'), ages ('âge : 40', '(40)', '40 y/o', '만 40세', in words),
a birth date in an ID line, the year of a round birthday; a chronological CV, a timeline export, a 'Période | Durée'
table, an older worker's CV, a first CV, a UK CV's personal details, a US resume, a Korean 이력서, a seasonal calendar,
an agency's mission history, a care worker's CV, a driver's CV, a certificate list; names and towns of its own).
A twenty-third, "blind22" (``placement_blind22``), was written the same way after blind21 (new layouts: paper CVs and
forms read by OCR - scanned or photographed CVs, agency forms with tick boxes, UK application forms, a Korean 이력서
form read row by row, faxes, two-page scans, cover and reference letters, ID photocopies - whose labels and values, the
job facts included, carry the scanner's damage: confused characters (l/1/I, O/0, rn/m, cl/d, é/c, look-alike Cyrillic and
Greek letters, Hangul misread), broken and joined words, dotted leaders, tick boxes read as characters, stray marks;
names and towns of its own).
A twenty-fourth, "blind23" (``placement_blind23``), was written the same way after blind22 (new layouts: places - where
the candidate lives among all the places a CV names: the home in every form (full addresses with bis/ter, flats,
buildings and residences, lieu-dit, care-of, BP/cedex, arrondissements, overseas and Corsican postcodes, UK flats and
postcodes, Korean road and lot addresses with 동/호, a town, a district, a département, 'habite / domicilié(e) / I live
in / 거주', a 'Fait à' line, a hostel or social housing, no fixed abode, previous addresses) beside the places that are
job facts (mission sites and employers with their own street addresses and postcodes, some in the home's town or on
the line below it, schools and training centres, the agency branch, where a licence was obtained, delivery rounds,
job titles and streets named after places and people): an agency registration sheet, a CV with its missions'
addresses, a gig worker's history, a delivery driver's CV, a cover letter, a UK CV, a UK application form with
previous addresses, a Korean 이력서 and 자기소개서, a student CV, a forwarded e-mail with two signatures, a relocation CV;
names and towns of its own).
A twenty-fifth, "blind24" (``placement_blind24``), was written the same way after blind23 (new layouts: CVs made with
online builders and templates and read back by a text extractor - icon fonts read as Private Use Area characters or as
their ligature names ('phone', 'mail', 'location_on', 'cake') before each contact item, sidebars read before, after or
interleaved with the main column, letter-spaced headings, skill and language bars read as dots, blocks, stars or
percentages, dates in their own column, template leftovers (placeholders, sample names, builders' footers, QR codes'
text, page numbers) and the builders' own fields ('Date de naissance', 'Permis', 'Situation familiale', 'Genre', '병역',
'가족관계'): a Canva two-column CV, a CVDesignR export, a Europass 2020+ export, an Indeed profile, a Word 'moderne'
template, a Google Docs template, a HelloWork CV, a student template with skill bars, a UK CV-Library template, a
잡코리아 이력서, a 사람인 표준이력서, an HWP 이력서 form; names and towns of its own).
A twenty-sixth, "blind25" (``placement_blind25``), was written the same way after blind24 (new layouts: whole
application dossiers - one long text made of several documents about one person, each in its own hand and format,
joined by page breaks, attachment banners, e-mail headers, file names and running headers and footers: a CV, a cover
letter or motivation e-mail, an agency's registration form or interview notes, a reference or certificat de travail
naming the candidate in the third person, an ID or residence-permit page read by OCR, a licence or CACES scan, a
payslip header, a skills test, a recruiter's summary, an availability calendar, a signed charter; the same markers said
differently in different parts (capitals, 'Mme' and a first name, initials, a nickname; a birth date, an age, a birth
year; an address, 'je vis à') and the same job facts repeated in several parts, beside other people's names and
business addresses (referees, recruiters, HR contacts, the agency's branch): an ATS full-profile export, a merged PDF
with a certificat de travail, a recruiter's forwarded e-mail with its attachments, a grape-harvest dossier, a UK
agency's registration pack, a care agency's DBS and reference bundle, a Korean 입사지원서 with 자기소개서 and
경력증명서, a 외국인 근로자 file, an interim onboarding pack, an apprenticeship file, a platform export with reviews and
a chat; names and towns of its own).
A twenty-seventh, "blind26" (``placement_blind26``), was written the same way after blind25 (new layouts: paper and
screens read back by machines - a CV photographed with a phone scanner app, a two-column CV read by Tesseract as one
block, a faxed registration form filled in by hand, a messaging-app screenshot and a job-board profile screenshot read
by OCR with their UI chrome, a PDF table read column by column, a scanned Korean 이력서 form with its cells out of
order, a CV dictated to speech-to-text, an ID photocopy with its machine-readable lines, a handwritten welcome sheet
read by a handwriting recognizer, a scanned certificat de travail with a fax cover sheet, a faxed Korean 구직신청서, a
scanned multipage PDF; the markers and the job facts carry the readers' damage - confused characters (rn/m, cl/d, li/h,
1/l/I, 0/O, 5/S, 8/B, accents, Cyrillic and Greek look-alikes, Hangul syllables misread), inserted and dropped spaces,
words split at line ends, tick boxes and dotted leaders read as characters, numbers and names as heard; names and
towns of its own).
A twenty-eighth, "blind27" (``placement_blind27``), was written the same way after blind26 (new layouts: everyday CVs
of gig workers by trade and by age, written by many hands and read back as text - a sixteen-year-old's first CV, a
builder's CV, a warehouse worker's two-column CV read main column first, a restaurant extra's CV typed on a phone, a
cleaner's CV ending in a signature, a care worker's CV, a cashier's CV whose photo column is read first, a security
guard's CV with a running footer, a seasonal farm worker's CV, a hostess's CV with a profile URL and a photo caption, a
driver's CV, a production operator's CV (a 입사지원서 with its 인적사항 read across), a youth leader's BAFA CV, an older
worker's CV going back to work; the personal details where each genre's writers put them - a header in capitals, an
opening sentence, an e-mail address with a birth year, a side column, an 'À propos' paragraph, a 'Divers' block, a
footer, a signature, a flattened 인적사항 table - beside job facts that look like markers: employers named after
people, the ages of the people cared for or taught, periods whose years look like birth years, years of trade; names
and towns of its own).
A twenty-ninth, "blind28" (``placement_blind28``), was written the same way after blind27 (new layouts: CVs written
by people for whom writing a CV is hard, and CVs written for them - a CV spelt by ear without accents, a phone CV in
capitals and SMS abbreviations, a mission locale adviser's presentation in the third person, a recruiter's notes of a
CV dictated by phone, an online CV builder's plain export with empty fields, a handwritten registration form typed
back by a receptionist, a relative writing for the candidate, a machine translation, a WhatsApp / KakaoTalk chat with
the CV pasted in, an application in an e-mail body, a CV mixing languages, a CV in a second language, a handwritten
letter retyped with its line breaks; markers in informal and misspelt forms ('jai 23ans', 'ne le 03/04/99',
'jabite vers …', 'marier 2 enfant', 'titre de sejour', '99년생') beside misspelt job facts, employers named after
people and periods whose years look like birth years; names and towns of its own).
``generate("both")`` is dev and held; ``generate("all")`` is every split.

    cvs = generate("dev", per_layout=10, seed=0)
    report = evaluate(lambda text: mask(text).text, cvs)   # report["primary"] == min(recall, fact_precision)
"""
from __future__ import annotations

import csv
import functools
import importlib
import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from matchlens import settings
from matchlens.evaluation import placement_data as D
from matchlens.preprocess.blind import accents, ocr, sources, spoken, typeset

FAMILIES = ("name", "sex", "age", "birth", "residence", "nationality", "religion", "family", "health", "contact")
PERSONAL = ("sex", "age", "birth", "nationality", "family", "health", "religion")
LANGS = ("fr", "en", "ko")
SPLITS = ("dev", "held", "fresh", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
          "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17",
          "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26",
          "blind27", "blind28")
HELD_MODULE = "matchlens.evaluation.placement_held"
FRESH_MODULE = "matchlens.evaluation.placement_fresh"
BLIND3_MODULE = "matchlens.evaluation.placement_blind3"
BLIND4_MODULE = "matchlens.evaluation.placement_blind4"
BLIND5_MODULE = "matchlens.evaluation.placement_blind5"
BLIND6_MODULE = "matchlens.evaluation.placement_blind6"
BLIND7_MODULE = "matchlens.evaluation.placement_blind7"
BLIND8_MODULE = "matchlens.evaluation.placement_blind8"
BLIND9_MODULE = "matchlens.evaluation.placement_blind9"
BLIND10_MODULE = "matchlens.evaluation.placement_blind10"
BLIND11_MODULE = "matchlens.evaluation.placement_blind11"
BLIND12_MODULE = "matchlens.evaluation.placement_blind12"
BLIND13_MODULE = "matchlens.evaluation.placement_blind13"
BLIND14_MODULE = "matchlens.evaluation.placement_blind14"
BLIND15_MODULE = "matchlens.evaluation.placement_blind15"
BLIND16_MODULE = "matchlens.evaluation.placement_blind16"
BLIND17_MODULE = "matchlens.evaluation.placement_blind17"
BLIND18_MODULE = "matchlens.evaluation.placement_blind18"
BLIND19_MODULE = "matchlens.evaluation.placement_blind19"
BLIND20_MODULE = "matchlens.evaluation.placement_blind20"
BLIND21_MODULE = "matchlens.evaluation.placement_blind21"
BLIND22_MODULE = "matchlens.evaluation.placement_blind22"
BLIND23_MODULE = "matchlens.evaluation.placement_blind23"
BLIND24_MODULE = "matchlens.evaluation.placement_blind24"
BLIND25_MODULE = "matchlens.evaluation.placement_blind25"
BLIND26_MODULE = "matchlens.evaluation.placement_blind26"
BLIND27_MODULE = "matchlens.evaluation.placement_blind27"
BLIND28_MODULE = "matchlens.evaluation.placement_blind28"
PARTICLES = frozenset("de du des la le van von der den da do dos das di del della y".split())
MAX_ATTEMPTS = 60


@dataclass(frozen=True)
class Planted:
    """A personal marker planted in a CV: its family, its exact text there, and other forms that leak the same
    (the masculine of a feminine form: "Mariée" also leaks as "Marié")."""

    family: str
    value: str
    also: tuple[str, ...] = ()


@dataclass
class PlacedCV:
    """A generated CV: its layout and language, its text, the markers planted in it, the facts that must survive."""

    layout: str
    lang: str
    text: str
    markers: list[Planted]
    facts: list[str]
    sex: str


@dataclass(frozen=True)
class Layout:
    """A way of writing a CV: a function of a Sheet returning the text, the languages it writes, its split."""

    name: str
    fn: Callable[["Sheet"], str]
    langs: tuple[str, ...]
    split: str


LAYOUTS: dict[str, Layout] = {}


def layout(langs: Iterable[str] = LANGS, split: str = "dev") -> Callable:
    """Register a layout function under its name."""
    def deco(fn: Callable[["Sheet"], str]) -> Callable[["Sheet"], str]:
        LAYOUTS[fn.__name__] = Layout(fn.__name__, fn, tuple(langs), split)
        return fn
    return deco


# --- ROME job titles: "Préparateur / Préparatrice de commandes" -> masculine, feminine, feminine words ----------
@dataclass(frozen=True)
class Title:
    """A French job title in both genders and the words of the feminine that differ from the masculine."""

    masc: str
    fem: str
    fem_words: tuple[str, ...]


def parse_rome(label: str) -> Title | None:
    """'Chauffeur-livreur / Chauffeuse-livreuse' -> Title; None for labels without two genders."""
    if label.count(" / ") != 1 or "(" in label or " - " in label or label.endswith("-") or len(label) > 60:
        return None
    left, right = (part.split() for part in label.split(" / "))
    if len(right) < len(left):
        return None
    tail = right[len(left):]
    pairs = [(m, f) for m, f in zip(left, right) if m != f]
    if not pairs or any(m[:3].lower() != f[:3].lower() for m, f in pairs):  # not a gender pair ("… / Business Developer")
        return None
    return Title(" ".join(left + tail), " ".join(right), tuple(f for _, f in pairs))


def shared_dir() -> Path:
    """../shared beside the repository, or MATCHLENS_SHARED."""
    return settings.shared_dir()


ROME_FILE = Path("data") / "rome_v4.60" / "unix_referentiel_appellation_v460_utf8.csv"


@functools.lru_cache(maxsize=2)
def rome_titles(path: str | None = None) -> dict[str, tuple[Title, ...]]:
    """Two-gender ROME titles by ROME code (empty if the file is not there)."""
    file = Path(path) if path else shared_dir() / ROME_FILE
    if not file.exists():
        return {}
    by_code: dict[str, list[Title]] = defaultdict(list)
    with open(file, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            title = parse_rome(row["libelle_appellation_long"])
            if title:
                by_code[row["code_rome"]].append(title)
    return {code: tuple(ts) for code, ts in by_code.items()}


def fallback_title(masc: str, fem: str) -> Title:
    """A Title from a (masculine, feminine) pair."""
    return Title(masc, fem, tuple(f for m, f in zip(masc.split(), fem.split()) if m != f))


def trade_titles(trade: D.Trade) -> list[Title]:
    """French titles of a trade: its ROME entries, else its built-in pairs."""
    rome = rome_titles()
    titles = [t for code in trade.rome for t in rome.get(code, ())]
    return titles or [fallback_title(m, f) for m, f in trade.fr_fallback]


def all_titles() -> list[Title]:
    """Every two-gender ROME title (for former jobs of any trade)."""
    rome = rome_titles()
    return [t for code in sorted(rome) for t in rome[code]] or [t for tr in D.TRADES for t in trade_titles(tr)]


# --- names -------------------------------------------------------------------------------------------------------
_FAKERS: dict[str, object] = {}


def faker(locale: str, rng: random.Random):
    """A Faker of a locale, reseeded from rng (deterministic)."""
    from faker import Faker

    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    f = _FAKERS[locale]
    f.seed_instance(rng.getrandbits(32))
    return f


_INI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
        "eu", "ui", "i"]
_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t"]


def romanize(hangul: str, sep: str = "") -> str:
    """Revised Romanization of Hangul syllables, syllables joined by sep ("민지" -> "minji" or "min-ji")."""
    out = []
    for ch in hangul:
        c = ord(ch) - 0xAC00
        out.append(_INI[c // 588] + _MED[c % 588 // 28] + _FIN[c % 28] if 0 <= c < 11172 else ch)
    return sep.join(out)


def ascii_fold(text: str) -> str:
    """Latin text without accents ("Nguyễn Đức" -> "Nguyen Duc")."""
    for a, b in (("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ı", "i"), ("ø", "o"), ("ß", "ss")):
        text = text.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(text).lower())


def draw_name(rng: random.Random, origin: str, sex: str, lang: str) -> tuple[str, str, str]:
    """(first, last, hangul full name or "") for someone of an origin writing a CV in lang."""
    pick = rng.choice
    female = sex == "F"
    if origin == "korea":
        f = faker("ko_KR", rng)
        last, first = f.last_name(), (f.first_name_female() if female else f.first_name_male())
        if lang == "ko":
            return first, last, last + first
        roman = romanize(first, "-" if rng.random() < 0.4 else "").capitalize()
        return roman, D.KO_SURNAME_ROMAN.get(last, romanize(last).capitalize()), ""
    if origin == "maghreb":
        f = faker("fr_DZ", rng)
        first = pick(D.MAGHREB_FIRST[sex]) if rng.random() < 0.6 else (
            f.first_name_female() if female else f.first_name_male())
        return first, pick(D.MAGHREB_LAST) if rng.random() < 0.6 else f.last_name(), ""
    if origin == "westafrica":
        return pick(D.WAFRICA_FIRST[sex]), pick(D.WAFRICA_LAST), ""
    if origin == "pakistan":
        return pick(D.PAKISTAN_FIRST[sex]), pick(D.PAKISTAN_LAST), ""
    if origin == "china":
        f = faker("zh_CN", rng)
        return f.first_romanized_name(), f.last_romanized_name(), ""
    if origin == "vietnam":
        f = faker("vi_VN", rng)
        first = f.first_name_female() if female else f.first_name_male()
        parts = (f.last_name(), pick(D.VI_MIDDLE[sex]), first)
        if lang != "fr" or rng.random() < 0.5:
            parts = tuple(ascii_fold(p) for p in parts)
        return f"{parts[1]} {parts[2]}", parts[0], ""
    f = faker(D.ORIGINS[origin][0], rng)
    first = f.first_name_female() if female else f.first_name_male()
    last = pick(D.FR_PARTICLE_LAST) if origin == "fr" and rng.random() < 0.15 else f.last_name()
    return first, last, ""


# --- the person --------------------------------------------------------------------------------------------------
@dataclass
class Job:
    """One past or current job."""

    start: tuple[int, int]
    end: tuple[int, int] | None
    title: Title
    en: str
    en_female: bool
    ko: str
    employer: str
    place: str


@dataclass
class Person:
    """Who writes the CV: identity, personal markers to plant, and the job facts of a coherent career."""

    lang: str
    sex: str
    origin: str
    first: str
    last: str
    hangul: str
    age: int
    born: date
    nat: tuple[str, ...]
    birth_place: str
    town: tuple
    street: str
    postcode: str
    email: str
    phone: str
    linkedin: str
    trade: D.Trade
    years: int
    jobs: list[Job]
    religion: str
    marital: str
    children: int
    health: str
    families: set[str]
    hanja: str = ""


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


FAMILY_ODDS = {"sex": 0.35, "age": 0.7, "birth": 0.5, "residence": 0.85, "nationality": 0.45, "religion": 0.25,
               "family": 0.55, "health": 0.25}


def choose_families(rng: random.Random) -> set[str]:
    """Families this CV reveals: name, usually contact, and at least three personal ones."""
    chosen = {f for f, p in FAMILY_ODDS.items() if rng.random() < p}
    while len(chosen) < 3:
        chosen.add(_weighted(rng, FAMILY_ODDS))
    return chosen | {"name"} | ({"contact"} if rng.random() < 0.92 else set())


RELIGIONS = {"maghreb": ["muslim"] * 4 + ["none"], "westafrica": ["muslim", "muslim", "catholic", "christian"],
             "pakistan": ["muslim"], "turkey": ["muslim", "none"], "india": ["hindu", "sikh", "muslim", "christian"],
             "poland": ["catholic"], "portugal": ["catholic"], "spain": ["catholic", "none"],
             "vietnam": ["buddhist", "catholic"], "korea": ["buddhist", "christian", "catholic", "none"],
             "china": ["buddhist", "none"], "nigeria": ["christian", "muslim"], "ghana": ["christian"],
             "britain": ["christian", "catholic", "jewish", "muslim", "none"],
             "fr": ["catholic", "christian", "jewish", "muslim", "buddhist", "none"]}
HEALTH = {"fr": ["rqth", "handicap", "diabetes", "hearing", "good", "mitemps", "boeth"],
          "en": ["disabled", "hearing", "diabetes", "dyslexia", "wheelchair", "good", "confident"],
          "ko": ["disability", "good", "disability"]}


def _birth(rng: random.Random, age: int) -> date:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    year = D.TODAY[0] - age - (1 if (month, day) > D.TODAY[1:] else 0)
    return date(year, month, day)


def _town(rng: random.Random, lang: str) -> tuple[tuple, str, str]:
    """(town tuple, street, postcode) of where the person lives."""
    if lang == "fr":
        town = rng.choice(D.FR_TOWNS)
        street = f"{rng.randint(1, 148)} {rng.choice(D.FR_STREETS)}{rng.choice(D.FR_STREET_EXTRA)}"
        return town, street, town[1]
    if lang == "en":
        town = rng.choice(D.EN_TOWNS)
        letters = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        postcode = f"{town[1]}{rng.randint(1, 19)} {rng.randint(1, 9)}{letters}"
        flat = rng.choice(["", "", "", "Flat 3, ", "Flat 12B, "])
        return town, f"{flat}{rng.randint(1, 240)} {rng.choice(D.EN_STREETS)}", postcode
    town = rng.choice(D.KO_TOWNS)
    apt = rng.choice(D.KO_APTS)
    return town, f"{rng.choice(D.KO_ROADS)} {rng.randint(1, 399)}" + (f", {apt}" if apt else ""), ""


def _town_name(town: tuple, lang: str) -> str:
    return town[1] if lang == "ko" else town[0]


def _job_places(rng: random.Random, lang: str, home: str, n: int) -> list[str]:
    pool = {"fr": [t[0] for t in D.FR_TOWNS], "en": D.EN_JOB_TOWNS + [t[0] for t in D.EN_TOWNS],
            "ko": D.KO_JOB_PLACES + [t[1] for t in D.KO_TOWNS]}[lang]
    pool = sorted({p for p in pool if p != home and home not in p and p not in home and p not in D.NOT_JOB_PLACES})
    return rng.sample(pool, n)


def _jobs(rng: random.Random, lang: str, trade: D.Trade, born: date, years: int, home: str) -> list[Job]:
    """The career, most recent first: 1-3 jobs of the trade covering `years` years (and maybe one older job)."""
    n = min(3, max(1, years // 3), rng.randint(1, 3))
    cuts = sorted(rng.sample(range(1, years), n - 1)) if years > n else list(range(1, n))
    titles, places = trade_titles(trade), _job_places(rng, lang, home, n + 1)
    end_year = D.TODAY[0] - (0 if rng.random() < 0.7 else rng.randint(0, 1))
    jobs, bounds = [], [0] + cuts + [years]
    for i in range(n):
        start = (end_year - bounds[i + 1], rng.randint(1, 12))
        end = None if i == 0 and end_year == D.TODAY[0] and rng.random() < 0.6 else \
            (end_year - bounds[i], rng.randint(1, 9 if end_year - bounds[i] == D.TODAY[0] else 12))
        female_en = bool(trade.en_female) and rng.random() < 0.6
        jobs.append(Job(start, end, rng.choice(titles), rng.choice(trade.en_female if female_en else trade.en_titles),
                        female_en, rng.choice(trade.ko_titles), rng.choice(trade.employers[lang]), places[i]))
    oldest = jobs[-1].start[0]
    if lang == "fr" and rng.random() < 0.35 and oldest - 2 >= born.year + 17:
        jobs.append(Job((oldest - 2, rng.randint(1, 12)), (oldest - 1, rng.randint(1, 12)), rng.choice(all_titles()),
                        "", False, "", rng.choice(D.AGENCIES["fr"]), places[n]))
    return jobs


def _contact(rng: random.Random, lang: str, first: str, last: str, hangul_first: str) -> tuple[str, str, str]:
    """(email, phone, LinkedIn URL)."""
    f = _slug(romanize(hangul_first)) if hangul_first else _slug(first.split()[-1])
    l_ = _slug(D.KO_SURNAME_ROMAN.get(last, romanize(last))) if hangul_first else _slug(last)
    yy = rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(1, 99)
    local = rng.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{yy}", f"{l_}.{f}", f"{f}_{l_}{yy}", f"{f}.{l_}{yy}"])
    domain = rng.choice({"fr": ["gmail.com", "hotmail.fr", "yahoo.fr", "orange.fr", "outlook.fr", "laposte.net", "free.fr"],
                         "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com"],
                         "ko": ["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net"]}[lang])
    digits = [rng.randint(0, 9) for _ in range(8)]
    d = "".join(map(str, digits))
    phone = {"fr": rng.choice([f"0{rng.choice('67')} {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                               f"0{rng.choice('67')}.{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:8]}", f"06{d}",
                               f"+33 {rng.choice('67')} {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                               f"+33 (0)6 {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"]),
             "en": rng.choice([f"07{d[0:3]} {d[3:8]}{rng.randint(0, 9)}", f"+44 7{d[0:3]} {d[3:8]}{rng.randint(0, 9)}",
                               f"(0113) 4{d[0:2]} {d[2:6]}"]),
             "ko": rng.choice([f"010-{d[0:4]}-{d[4:8]}", f"010 {d[0:4]} {d[4:8]}", f"+82 10-{d[0:4]}-{d[4:8]}"])}[lang]
    slug = rng.choice([f"{f}-{l_}-{rng.getrandbits(28):07x}", f"{f}{l_}", f"{f}-{l_}"])
    linkedin = rng.choice([f"linkedin.com/in/{slug}", f"https://www.linkedin.com/in/{slug}", f"www.linkedin.com/in/{slug}"])
    return f"{local}@{domain}", phone, linkedin


def _hanja(hangul: str) -> str:
    return "".join(D.KO_HANJA[c] for c in hangul) if all(c in D.KO_HANJA for c in hangul) else ""


def _birth_place(rng: random.Random, lang: str, origin: str) -> str:
    country = D.ORIGIN_COUNTRY[origin]
    row = D.COUNTRIES[country]
    if lang == "fr":
        town = rng.choice(row[6])
        return town if country == "FR" else f"{town} ({row[2]})"
    if lang == "en":
        town = rng.choice(D.EN_BIRTH_TOWNS[country])
        return town if country == "GB" else f"{town}, {row[4]}"
    return rng.choice(D.KO_BIRTH_PLACES) if country == "KR" else row[5]


def make_person(rng: random.Random, lang: str) -> Person:
    """A random person writing a CV in lang."""
    sex = rng.choice("FM")
    origin = _weighted(rng, D.ORIGIN_WEIGHTS[lang])
    first, last, hangul = draw_name(rng, origin, sex, lang)
    nat_weights = D.ORIGINS[origin][1]
    if lang == "en" and origin != "fr":
        nat_weights = {("GB" if k == "FR" else k): w for k, w in nat_weights.items()}
    nat = (_weighted(rng, nat_weights),)
    if len(nat_weights) > 1 and rng.random() < 0.12:
        nat = tuple(sorted(nat_weights))[:2]
    age = rng.randint(19, 62)
    born = _birth(rng, age)
    town, street, postcode = _town(rng, lang)
    trade = rng.choice(D.TRADES)
    years = max(2, min(30, rng.randint(2, max(2, age - 19))))
    email, phone, linkedin = _contact(rng, lang, first, last, hangul[len(last):] if hangul else "")
    return Person(lang, sex, origin, first, last, hangul, age, born, nat, _birth_place(rng, lang, origin), town, street,
                  postcode, email, phone, linkedin, trade, years,
                  _jobs(rng, lang, trade, born, years, _town_name(town, lang)),
                  rng.choice(RELIGIONS.get(origin, ["none"])), rng.choice(["single", "married", "married", "pacs",
                                                                          "divorced", "widowed", "couple"]),
                  rng.choice([0, 0, 1, 2, 2, 3, 4]), rng.choice(HEALTH[lang]), choose_families(rng),
                  _hanja(hangul) if hangul else "")


# --- the sheet: a CV being written -------------------------------------------------------------------------------
class Sheet:
    """A CV being written: the person, the random source, the separator of fields, what was planted."""

    def __init__(self, rng: random.Random, lang: str, person: Person):
        self.rng, self.lang, self.p = rng, lang, person
        self.markers: list[Planted] = []
        self.facts: list[str] = []
        self.done: set[str] = set()
        self.sep = {"fr": " : ", "en": ": ", "ko": ": "}[lang]
        self.hcase = rng.choice(["upper", "title", "upper"])
        self.avail = ""  # when the author can start, once chosen

    @property
    def female(self) -> bool:
        return self.p.sex == "F"

    def pick(self, seq):
        """A random element."""
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        """True with probability p."""
        return self.rng.random() < p

    def plant(self, family: str, value: str, also: Iterable[str] = ()) -> str:
        """Record a marker; return its text."""
        self.markers.append(Planted(family, value, tuple(a for a in also if a != value)))
        return value

    def fact(self, text: str) -> str:
        """Record a job fact; return its text."""
        self.facts.append(text)
        return text

    def g(self, fem: str, masc: str) -> str:
        """The words in the author's gender; the feminine words that differ from the masculine planted as 'sex'."""
        if self.female and fem != masc:
            self.plant_fem(fem, masc)
            return fem
        return masc

    def plant_fem(self, fem: str, masc: str) -> None:
        """Plant as 'sex' the words of a feminine phrase that differ from its masculine ('Mère' of 'Mère au foyer')."""
        f_words, m_words = fem.split(), masc.split()
        diffs = [f for f, m in zip(f_words, m_words) if f != m] if len(f_words) == len(m_words) else [fem]
        for word in diffs:
            self.plant("sex", word)

    def gv(self, family: str, fem: str, masc: str, sex: bool = True) -> str:
        """A marker of a family written in the author's gender (the other form also counts as a leak)."""
        value, other = (fem, masc) if self.female else (masc, fem)
        self.plant(family, value, (other,))
        if sex and self.female and fem != masc:
            self.plant_fem(fem, masc)
        return value

    def field(self, label: str, body: str, family: str, whole: bool = False, also: Iterable[str] = ()) -> str:
        """'label<sep>body' with body (or the whole line, for a body too short to find alone) planted."""
        text = f"{label}{self.sep}{body}"
        self.plant(family, text if whole else body, [f"{label}{self.sep}{a}" if whole else a for a in also])
        return text

    def plant_words(self, text: str, family: str, words: Iterable[str]) -> str:
        """Plant each word as it occurs in text (any case)."""
        for w in words:
            m = pattern(w).search(text)
            if m:
                self.plant(family, m.group(0))
        return text

    def has(self, family: str) -> bool:
        """This CV reveals the family and has not written it yet."""
        return family in self.p.families and family not in self.done

    def bit(self, family: str, mode: str = "bare") -> str | None:
        """The family written once in a mode ('field', 'bare' or 'prose'); None if not revealed or written already."""
        if not self.has(family):
            return None
        self.done.add(family)
        return RENDER[family](self, mode)

    def bits(self, families: Iterable[str] = PERSONAL, mode: str = "bare") -> list[str]:
        """Every family of the list not written yet."""
        return [b for f in families if (b := self.bit(f, mode))]

    def h(self, key: str) -> str:
        """A section heading in this CV's style."""
        text = HEADINGS[self.lang][key]
        return text.upper() if self.hcase == "upper" and self.lang != "ko" else text


HEADINGS = {
    "fr": {"profile": "Profil", "exp": "Expérience professionnelle", "edu": "Formation", "skills": "Compétences",
           "langs": "Langues", "hobbies": "Centres d'intérêt", "lic": "Permis et habilitations",
           "personal": "Informations personnelles", "more": "Informations complémentaires", "contact": "Contact",
           "civil": "État civil"},
    "en": {"profile": "Profile", "exp": "Work Experience", "edu": "Education", "skills": "Skills", "langs": "Languages",
           "hobbies": "Interests", "lic": "Licences and Certificates", "personal": "Personal Details",
           "more": "Additional Information", "contact": "Contact", "civil": "Personal Details"},
    "ko": {"profile": "자기소개", "exp": "경력사항", "edu": "학력사항", "skills": "보유 기술", "langs": "어학",
           "hobbies": "취미", "lic": "자격증", "personal": "인적사항", "more": "기타사항", "contact": "연락처",
           "civil": "인적사항"},
}
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


# --- names and contact -------------------------------------------------------------------------------------------
def name(s: Sheet, form: str | None = None) -> str:
    """The author's name in one of the ways people write it; planted."""
    p = s.p
    if p.hangul:
        text = p.hangul if form != "spaced" and s.chance(0.85) else f"{p.last} {p.hangul[len(p.last):]}"
        return s.plant("name", text)
    first, last = p.first, p.last
    initials = "-".join(w[0] + "." for w in first.split("-")) if " " not in first else first.split()[0][0] + "."
    forms = {"plain": f"{first} {last}", "LAST first": f"{last.upper()} {first}", "first LAST": f"{first} {last.upper()}",
             "CAPS": f"{first} {last}".upper(), "last first": f"{last} {first}", "initial": f"{initials} {last}",
             "last, first": f"{last}, {first}"}
    form = form or s.pick(["plain", "plain", "LAST first", "first LAST", "CAPS", "last first", "initial", "plain"])
    if s.lang == "en" and form in ("LAST first", "last first"):
        form = "plain"
    return s.plant("name", forms.get(form, forms["plain"]))


def first_name(s: Sheet) -> str:
    """The first name alone (third-person summaries, letters); planted."""
    return s.plant("name", s.p.hangul[len(s.p.last):] if s.p.hangul else s.p.first)


def civil(s: Sheet) -> str:
    """A civil title (Mme, M., Mrs, Mr); planted as 'sex'."""
    opts = {"fr": (["Mme", "Madame", "Mlle"], ["M.", "Monsieur"]), "en": (["Mrs", "Ms", "Miss"], ["Mr", "Mr."]),
            "ko": (["여성"], ["남성"])}[s.lang]
    return s.plant("sex", s.pick(opts[0] if s.female else opts[1]))


def name_line(s: Sheet, form: str | None = None) -> str:
    """The name, sometimes after a civil title or followed by the age in brackets."""
    title = civil(s) + " " if s.lang != "ko" and s.chance(0.5 if "sex" in s.p.families else 0.12) else ""
    text = title + name(s, form)
    if s.has("age") and s.chance(0.25):
        s.done.add("age")
        text += " " + s.plant("age", f"({s.p.age})" if s.lang != "ko" else f"(만 {s.p.age}세)")
    return text


def email(s: Sheet) -> str | None:
    """The e-mail address, if the CV gives contact details; planted."""
    return s.plant("contact", s.p.email) if "contact" in s.p.families else None


def phone(s: Sheet) -> str | None:
    """The phone number; planted."""
    return s.plant("contact", s.p.phone) if "contact" in s.p.families else None


def linkedin(s: Sheet) -> str | None:
    """The LinkedIn address (on some CVs); planted."""
    return s.plant("contact", s.p.linkedin) if "contact" in s.p.families and s.chance(0.35) else None


def contact_items(s: Sheet, labelled: bool = False) -> list[str]:
    """Phone, e-mail and maybe LinkedIn, labelled or bare."""
    labels = {"fr": ("Tél.", "E-mail", "LinkedIn"), "en": ("Mobile", "Email", "LinkedIn"),
              "ko": ("휴대폰", "이메일", "링크드인")}[s.lang]
    items = [(labels[0], phone(s)), (labels[1], email(s)), (labels[2], linkedin(s))]
    return [f"{lab}{s.sep}{v}" if labelled else v for lab, v in items if v]


# --- the families --------------------------------------------------------------------------------------------------
def r_sex(s: Sheet, mode: str) -> str:
    """Sex said outright: a field, a word, pronouns."""
    f = s.female
    if s.lang == "fr":
        if mode == "field":
            body = s.pick(["F", "Féminin", "Femme"] if f else ["M", "Masculin", "Homme"])
            return s.field(s.pick(["Sexe", "Genre"]), body, "sex", whole=len(body) == 1)
        return s.plant("sex", s.pick(["Femme", "Sexe féminin"] if f else ["Homme", "Sexe masculin"]))
    if s.lang == "en":
        if mode == "field":
            body = s.pick(["Female", "F"] if f else ["Male", "M"])
            return s.field(s.pick(["Gender", "Sex"]), body, "sex", whole=len(body) == 1)
        if s.chance(0.5):
            return "Pronouns: " + s.plant("sex", "she/her" if f else "he/him")
        return s.plant("sex", "Female" if f else "Male")
    if mode == "field":
        body = s.pick(["여", "여성", "여자"] if f else ["남", "남성", "남자"])
        return s.field(s.pick(["성별", "성 별"]), body, "sex", whole=len(body) == 1)
    return s.plant("sex", "여성" if f else "남성")


def military(s: Sheet, label: str = "병역") -> str:
    """The Korean military-service line, which tells the sex; planted as 'sex'."""
    if s.female:
        return s.field(label, s.pick(["해당없음", "비대상", "해당 없음"]), "sex", whole=True)
    body = s.pick(["군필 (육군 병장 만기전역)", "육군 만기제대", "공군 병장 전역", "군필"])
    return s.field(label, body, "sex", whole=body == "군필")


def r_age(s: Sheet, mode: str) -> str:
    """The age in years."""
    a = s.p.age
    if s.lang == "fr":
        if mode == "field":
            body = s.pick([f"{a} ans", f"{a}"])
            return s.field(s.pick(["Âge", "Age"]), body, "age", whole=body.isdigit())
        if mode == "prose":
            return s.pick([lambda: f"j'ai {s.plant('age', f'{a} ans')}",
                           lambda: f"{s.g('âgée', 'âgé')} de {s.plant('age', f'{a} ans')}"])()
        return s.pick([lambda: s.plant("age", f"{a} ans"), lambda: f"{s.g('Âgée', 'Âgé')} de {s.plant('age', f'{a} ans')}",
                       lambda: s.plant("age", f"({a} ans)")])()
    if s.lang == "en":
        if mode == "field":
            body = s.pick([f"{a}", f"{a} years"])
            return s.field(s.pick(["Age", "AGE"]), body, "age", whole=body.isdigit())
        if mode == "prose":
            return s.pick([lambda: f"I am {s.plant('age', f'{a} years old')}", lambda: s.plant("age", f"I'm {a}")])()
        return s.plant("age", s.pick([f"{a} years old", f"Aged {a}", f"Age {a}"]))
    if mode == "field":
        return s.field(s.pick(["나이", "연령"]), s.pick([f"만 {a}세", f"{a}세"]), "age")
    return s.plant("age", s.pick([f"만 {a}세", f"{a}세", f"(만 {a}세)"]))


def fr_date(s: Sheet, d: date) -> str:
    """A date the French way: 12/03/1985, 12.03.1985, 12-03-1985, 1er mars 1985."""
    day = "1er" if d.day == 1 else str(d.day)
    return s.pick([f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}", f"{day} {FR_MONTHS[d.month - 1]} {d.year}"])


def en_date(s: Sheet, d: date) -> str:
    """A date the British way: 05/03/1990, 5 March 1990, 5th March 1990, March 5, 1990, 1990-03-05."""
    suffix = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    month = EN_MONTHS[d.month - 1]
    return s.pick([f"{d:%d/%m/%Y}", f"{d.day} {month} {d.year}", f"{d.day}{suffix} {month} {d.year}",
                   f"{month} {d.day}, {d.year}", f"{d:%Y-%m-%d}"])


def ko_date(s: Sheet, d: date) -> str:
    """A date the Korean way: 1990년 3월 5일, 1990.03.05, 1990-03-05, 1990. 03. 05."""
    return s.pick([f"{d.year}년 {d.month}월 {d.day}일", f"{d:%Y.%m.%d}", f"{d:%Y-%m-%d}", f"{d:%Y. %m. %d.}"])


def _place(s: Sheet) -> str:
    """' à Oran (Algérie)' / ' in Lagos, Nigeria' after a date of birth, sometimes; planted as 'birth'."""
    if not s.chance(0.35):
        return ""
    word = {"fr": " à ", "en": " in ", "ko": " "}[s.lang]
    return word + s.plant("birth", s.p.birth_place) + (" 출생" if s.lang == "ko" else "")


def r_birth(s: Sheet, mode: str) -> str:
    """The date (or year) of birth, sometimes with the place."""
    b = s.p.born
    if s.lang == "fr":
        if mode == "field":
            if s.chance(0.2):
                return s.field("Année de naissance", str(b.year), "birth", whole=True)
            label = s.pick(["Date de naissance", "Né(e) le", "DDN", "Naissance", "Date et lieu de naissance"])
            return s.field(label, fr_date(s, b), "birth") + _place(s)
        if s.chance(0.3):
            word = s.g("Née", "Né") if mode == "bare" else s.g("née", "né")
            return f"{word} {s.plant('birth', f'en {b.year}')}" + _place(s)
        word = s.g("Née", "Né") if mode == "bare" else "je suis " + s.g("née", "né")
        return f"{word} le {s.plant('birth', fr_date(s, b))}" + _place(s)
    if s.lang == "en":
        if mode == "field":
            return s.field(s.pick(["Date of birth", "DOB", "D.O.B.", "Date of Birth"]), en_date(s, b), "birth") + _place(s)
        if s.chance(0.3):
            return ("born " if mode == "prose" else "Born ") + s.plant("birth", f"in {b.year}") + _place(s)
        return s.pick(["DOB ", "Born "]) + s.plant("birth", en_date(s, b)) + _place(s)
    if mode == "field":
        return s.field(s.pick(["생년월일", "생 년 월 일"]), ko_date(s, b), "birth")
    return s.plant("birth", s.pick([f"{b.year}년 {b.month}월 {b.day}일생", f"{b.year % 100:02d}년생", f"{b.year}년생"]))


def r_residence(s: Sheet, mode: str) -> str:
    """Where the author lives: an address, a town, a sentence."""
    return {"fr": _fr_residence, "en": _en_residence, "ko": _ko_residence}[s.lang](s, mode)


def _fr_residence(s: Sheet, mode: str) -> str:
    town, pc = s.p.town
    def full(sep: str = ", ") -> str:
        return f"{s.plant('residence', s.p.street)}{sep}{s.plant('residence', pc)} {s.plant('residence', town)}"

    if mode == "field":
        label = s.pick(["Adresse", "Domicile", "Adresse postale"])
        return f"{label}{s.sep}" + (full() if s.chance(0.7) else s.plant("residence", town))
    if mode == "prose":
        return s.pick([lambda: f"j'habite à {s.plant('residence', town)}", lambda: f"je vis à {s.plant('residence', town)}",
                       lambda: f"{s.g('domiciliée', 'domicilié')} à {s.plant('residence', town)}",
                       lambda: f"j'habite au {full()}"])()
    return s.pick([full, lambda: full("\n"), lambda: s.plant("residence", f"{town} ({pc[:2]})"),
                   lambda: s.plant("residence", town),
                   lambda: f"{s.g('Domiciliée', 'Domicilié')} à {s.plant('residence', town)}",
                   lambda: f"Habite à {s.plant('residence', town)}", lambda: f"Vit à {s.plant('residence', town)}",
                   lambda: f"Secteur : {s.plant('residence', town)} et alentours"])()


def _en_residence(s: Sheet, mode: str) -> str:
    town, _, county = s.p.town
    def full(sep: str = ", ") -> str:
        street, place = s.plant("residence", s.p.street), s.plant("residence", town)
        return f"{street}{sep}{place} {s.plant('residence', s.p.postcode)}"

    if mode == "field":
        return f"{s.pick(['Address', 'Home address'])}{s.sep}" + full()
    if mode == "prose":
        return s.pick(["I live in ", "I am based in "]) + s.plant("residence", town)
    return s.pick([full, lambda: full("\n"), lambda: f"{s.plant('residence', town)}, {county}",
                   lambda: f"Lives in {s.plant('residence', town)}", lambda: f"Based in {s.plant('residence', town)}",
                   lambda: s.plant("residence", town)])()


def _ko_residence(s: Sheet, mode: str) -> str:
    full, short, district = s.p.town
    region = f"{full} {district}"
    whole = lambda: f"{s.plant('residence', region)} {s.plant('residence', s.p.street)}"  # noqa: E731
    if mode == "field":
        return f"{s.pick(['주소', '현 주소', '주 소'])}{s.sep}" + whole()
    if mode == "prose":
        return s.plant("residence", f"{short} {district}") + "에 살고 있는"
    return s.pick([whole, lambda: s.plant("residence", f"{short} 거주"),
                   lambda: "거주지" + s.sep + s.plant("residence", f"{short} {district}")])()


def r_nationality(s: Sheet, mode: str) -> str:
    """Nationality, or origin ('d'origine algérienne')."""
    return {"fr": _fr_nat, "en": _en_nat, "ko": _ko_nat}[s.lang](s, mode)


def _fr_adj(s: Sheet, key: str, cap: bool = False) -> str:
    masc, fem = D.COUNTRIES[key][:2]
    masc, fem = (masc.capitalize(), fem.capitalize()) if cap else (masc, fem)
    return s.plant("nationality", fem, (masc,))


def _fr_nat(s: Sheet, mode: str) -> str:
    nat, origin = s.p.nat, D.ORIGIN_COUNTRY[s.p.origin]
    if origin not in nat and s.chance(0.4):
        return s.pick(["d'origine ", "Origine "]) + _fr_adj(s, origin)
    adjs = lambda cap=False: " et ".join(_fr_adj(s, k, cap) for k in nat)  # noqa: E731
    if mode == "field":
        return f"Nationalité{s.sep}" + adjs(s.chance(0.4))
    if mode == "bare" and len(nat) == 1 and s.chance(0.3):
        masc, fem = D.COUNTRIES[nat[0]][:2]
        return s.gv("nationality", fem.capitalize(), masc.capitalize())
    return s.pick(["Nationalité ", "de nationalité "]) + adjs()


def _en_nat(s: Sheet, mode: str) -> str:
    nat, origin = s.p.nat, D.ORIGIN_COUNTRY[s.p.origin]
    adj = lambda k: s.plant("nationality", D.COUNTRIES[k][3])  # noqa: E731
    if origin not in nat and s.chance(0.35):
        return s.pick([lambda: f"of {adj(origin)} heritage", lambda: f"{adj(origin)}-born"])()
    if mode == "field":
        return f"{s.pick(['Nationality', 'Citizenship'])}{s.sep}" + "/".join(adj(k) for k in nat)
    if len(nat) > 1:
        return f"Dual {adj(nat[0])}/{adj(nat[1])} nationality"
    return s.pick([lambda: f"{adj(nat[0])} citizen", lambda: f"{adj(nat[0])} national",
                   lambda: f"Nationality: {adj(nat[0])}"])()


def _ko_nat(s: Sheet, mode: str) -> str:
    key = s.p.nat[0]
    country = D.COUNTRIES[key][5]
    if mode == "field" or key == "KR":
        return "국적" + s.sep + s.plant("nationality", country)
    return s.pick([lambda: s.plant("nationality", f"{country} 국적"),
                   lambda: s.plant("nationality", f"결혼이민자 ({country})")])()


REL_FR = {"muslim": ("musulmane", "musulman"), "catholic": ("catholique", "catholique"),
          "christian": ("chrétienne", "chrétien"), "jewish": ("juive", "juif"), "buddhist": ("bouddhiste", "bouddhiste"),
          "hindu": ("hindoue", "hindou"), "sikh": ("sikhe", "sikh"), "none": ("sans religion", "sans religion")}
REL_FR_HOBBY = {"muslim": ["Bénévole à la {mosquée}", "Cours d'arabe à la {mosquée}",
                           "{Ramadan} : horaires aménagés souhaités"],
                "catholic": ["{Catéchiste} à la {paroisse Saint-Joseph}", "Chorale de la {paroisse Saint-Joseph}"],
                "christian": ["Chorale de l'{église évangélique}", "Animation jeunesse à l'{église protestante}"],
                "jewish": ["Bénévole à la {synagogue}", "Bénévole aux {Éclaireurs israélites}"],
                "buddhist": ["Méditation au {temple bouddhiste}"], "hindu": ["Bénévole au {temple hindou}"],
                "sikh": ["Bénévole au {gurdwara}"], "none": []}
REL_EN = {"muslim": "Muslim", "catholic": "Catholic", "christian": "Christian", "jewish": "Jewish",
          "buddhist": "Buddhist", "hindu": "Hindu", "sikh": "Sikh", "none": "None"}
REL_EN_HOBBY = {"muslim": ["Volunteer at the local {mosque}", "Youth leader, {Islamic Centre}"],
                "catholic": ["Volunteer at {St Mary's Church}", "Reader at {St Anne's parish}"],
                "christian": ["{Church youth group} leader", "Worship team at {Hillsong Church}"],
                "jewish": ["{Shabbat} observant (not available Friday evening)", "Volunteer at the {synagogue}"],
                "buddhist": ["Meditation at the {Buddhist centre}"], "hindu": ["Volunteer at the {Hindu temple}"],
                "sikh": ["Seva volunteer at the {gurdwara}"], "none": []}
REL_KO = {"buddhist": "불교", "christian": "기독교", "catholic": "천주교", "none": "무교", "muslim": "이슬람교",
          "hindu": "힌두교", "jewish": "유대교", "sikh": "시크교"}
REL_KO_HOBBY = {"buddhist": ["{사찰} 봉사활동", "{불교} 청년회 활동"], "christian": ["{교회 청년부} 봉사", "{교회} 성가대"],
                "catholic": ["{성당 성가대} 활동", "{성당} 주일학교 교사"], "none": [], "muslim": ["{이슬람} 사원 봉사"],
                "hindu": [], "jewish": [], "sikh": []}


def _braced(s: Sheet, template: str, family: str) -> str:
    """'Bénévole à la {mosquée}' -> 'Bénévole à la mosquée' with each braced part planted."""
    return re.sub(r"\{([^}]*)\}", lambda m: s.plant(family, m.group(1)), template)


def r_religion(s: Sheet, mode: str) -> str:
    """Religion: a field, a self-description, or a volunteer activity that tells it."""
    key, hobby = s.p.religion, None
    hobbies = {"fr": REL_FR_HOBBY, "en": REL_EN_HOBBY, "ko": REL_KO_HOBBY}[s.lang][key]
    if mode in ("bare", "hobby") and hobbies and s.chance(0.6 if mode == "bare" else 0.9):
        hobby = s.pick(hobbies)
    if hobby:
        return _braced(s, hobby, "religion")
    if s.lang == "fr":
        fem, masc = REL_FR[key]
        if mode == "field":
            return f"{s.pick(['Religion', 'Confession'])}{s.sep}" + s.plant("religion", fem, (masc,))
        if key in ("catholic", "muslim", "jewish") and s.chance(0.5):
            return "de confession " + s.plant("religion", fem, (masc,))
        if key == "none":
            return s.plant("religion", "Sans religion")
        word = s.gv("religion", fem.capitalize(), masc.capitalize())
        return word + (" " + s.gv("religion", "pratiquante", "pratiquant") if s.chance(0.5) else "")
    if s.lang == "en":
        word = REL_EN[key]
        if mode == "field" or key == "none":
            return s.field("Religion", word, "religion", whole=key == "none")
        return s.pick(["Practising ", "Devout ", ""]) + s.plant("religion", word)
    return "종교" + s.sep + s.plant("religion", REL_KO[key])


FR_COUNT = {1: "un enfant", 2: "deux enfants", 3: "trois enfants", 4: "quatre enfants"}
EN_COUNT = {1: "one child", 2: "two children", 3: "three children", 4: "four children"}
EN_OF = {1: "one", 2: "two", 3: "three", 4: "four"}
KO_COUNT = {1: "한 아이", 2: "두 아이", 3: "세 아이", 4: "네 아이"}
FR_STATUS = {"single": ("Célibataire", "Célibataire"), "married": ("Mariée", "Marié"), "pacs": ("Pacsée", "Pacsé"),
             "divorced": ("Divorcée", "Divorcé"), "widowed": ("Veuve", "Veuf"), "couple": ("En couple", "En couple")}
EN_STATUS = {"single": "Single", "married": "Married", "pacs": "Civil partnership", "divorced": "Divorced",
             "widowed": "Widowed", "couple": "In a relationship"}
KO_STATUS = {"single": "미혼", "married": "기혼", "pacs": "기혼", "divorced": "이혼", "widowed": "사별", "couple": "미혼"}


def r_family(s: Sheet, mode: str) -> str:
    """Marital status and children."""
    return {"fr": _fr_family, "en": _en_family, "ko": _ko_family}[s.lang](s, mode)


def _fr_children(s: Sheet, c: int) -> str:
    return s.plant("family", s.pick([FR_COUNT[c], f"{c} enfant" + ("s" if c > 1 else "")]))


def _fr_family(s: Sheet, mode: str) -> str:
    p = s.p
    fem, masc = FR_STATUS[p.marital]
    if mode != "field" and p.children and s.chance(0.35):
        parent = s.pick([("mère", "père"), ("maman", "papa")])
        if mode == "bare":
            parent = tuple(w.capitalize() for w in parent)
        kids = s.pick([FR_COUNT[p.children], f"{p.children} enfants"]) if p.children > 1 else "un enfant"
        phrase = lambda w: f"{w} de {kids}" if p.children > 1 else f"{w} d'un enfant"  # noqa: E731
        return s.gv("family", phrase(parent[0]), phrase(parent[1]), sex=False)
    if mode == "prose":
        fem, masc = fem.lower(), masc.lower()
    status = s.gv("family", fem, masc)
    kids = (", " + _fr_children(s, p.children)) if p.children else (", " + s.plant("family", "sans enfant")
                                                                      if s.chance(0.3) else "")
    if mode == "field":
        return f"{s.pick(['Situation familiale', 'Situation de famille', 'État civil'])}{s.sep}{status}{kids}"
    return ("je suis " if mode == "prose" else "") + status + kids


def _en_family(s: Sheet, mode: str) -> str:
    p = s.p
    if mode != "field" and p.children and s.chance(0.35):
        mother, father = ("Mother", "Father") if mode == "bare" else ("mother", "father")
        return s.gv("family", f"{mother} of {EN_OF[p.children]}", f"{father} of {EN_OF[p.children]}", sex=False)
    status = s.plant("family", EN_STATUS[p.marital] if mode != "prose" else EN_STATUS[p.marital].lower())
    if mode == "field":
        kids = "; " + s.plant("family", f"Dependants: {p.children}") if p.children and s.chance(0.3) else ""
        return f"Marital status{s.sep}{status}" + kids
    kids = f" with {s.plant('family', EN_COUNT[p.children])}" if p.children else ""
    return ("I am " if mode == "prose" else "") + status + kids


def _ko_family(s: Sheet, mode: str) -> str:
    p = s.p
    if mode == "prose" and p.children:
        return s.gv("family", f"{KO_COUNT[p.children]}의 엄마", f"{KO_COUNT[p.children]}의 아빠", sex=False)
    status = s.plant("family", KO_STATUS[p.marital])
    kids = f" ({s.plant('family', f'자녀 {p.children}명')})" if p.children else ""
    if mode == "field":
        return f"{s.pick(['결혼 여부', '결혼여부', '혼인 여부'])}{s.sep}{status}{kids}"
    return status + kids


def r_health(s: Sheet, mode: str) -> str:
    """Disability or health status."""
    return {"fr": _fr_health, "en": _en_health, "ko": _ko_health}[s.lang](s, mode)


def _fr_health(s: Sheet, mode: str) -> str:
    key = s.p.health
    if mode == "field" and key in ("rqth", "boeth"):
        if s.chance(0.4):
            return s.field("RQTH", s.pick(["oui", "Oui (valide jusqu'en 2027)"]), "health", whole=True)
        return f"Statut{s.sep}" + s.plant("health", "RQTH")
    forms = {
        "rqth": lambda: s.pick(["", "Reconnaissance ", "Titulaire de la ", "Bénéficiaire de la "]) +
        s.plant("health", "RQTH"),
        "handicap": lambda: s.pick([lambda: s.gv("health", "Travailleuse handicapée", "Travailleur handicapé"),
                                    lambda: "En " + s.plant("health", "situation de handicap")])(),
        "diabetes": lambda: s.gv("health", "Diabétique de type 1", "Diabétique de type 1"),
        "hearing": lambda: s.gv("health", "Malentendante", "Malentendant"),
        "good": lambda: s.pick(["En ", "Très ", ""]) + s.plant("health", "bonne santé") if mode != "field" else
        s.field("Santé", "bonne", "health", whole=True),
        "mitemps": lambda: s.plant("health", "Mi-temps thérapeutique") + " en 2022",
        "boeth": lambda: "Bénéficiaire de l'" + s.plant("health", "obligation d'emploi") +
        f" ({s.plant('health', 'BOETH')})",
    }
    text = forms[key]()
    return text[0].lower() + text[1:] if mode == "prose" and not text.startswith(("RQTH", "BOETH")) else text


def _en_health(s: Sheet, mode: str) -> str:
    key = s.p.health
    if mode == "field" and key != "good":
        return s.field("Disability", s.pick(["Yes (hearing impairment)", "Yes", "Yes – dyslexia"]), "health", whole=True)
    forms = {"disabled": lambda: s.plant("health", "Registered disabled"),
             "hearing": lambda: s.plant("health", "Hearing impaired") + " (BSL user)",
             "diabetes": lambda: s.plant("health", "Type 1 diabetic"),
             "dyslexia": lambda: "I have " + s.plant("health", "dyslexia"),
             "wheelchair": lambda: s.plant("health", "Wheelchair user"),
             "good": lambda: s.plant("health", "Good health") if mode != "field" else
             s.field("Health", "Excellent", "health", whole=True),
             "confident": lambda: "Applying under the " + s.plant("health", "Disability Confident") + " scheme"}
    return forms[key]()


def _ko_health(s: Sheet, mode: str) -> str:
    if s.p.health == "good":
        return s.field(s.pick(["건강상태", "건강 상태"]), s.pick(["양호", "매우 양호"]), "health", whole=True)
    if mode == "field":
        return s.field(s.pick(["장애 여부", "장애여부"]), s.pick(["해당 (청각장애)", "해당 (지체장애, 심하지 않음)", "해당"]),
                       "health", whole=True)
    return s.plant("health", s.pick(["장애인 등록 (시각장애)", "장애인 등록 (지체장애)", "청각장애 (보청기 사용)"]))


RENDER: dict[str, Callable[[Sheet, str], str]] = {
    "sex": r_sex, "age": r_age, "birth": r_birth, "residence": r_residence, "nationality": r_nationality,
    "religion": r_religion, "family": r_family, "health": r_health}


# --- job sections ----------------------------------------------------------------------------------------------------
def title_text(s: Sheet, job: Job, case: str = "cap") -> str:
    """A job's title in the author's gender; feminine words planted as 'sex'."""
    if s.lang == "ko":
        return job.ko or job.en or job.title.masc
    if s.lang == "en" and job.en:
        text = job.en if case != "lower" else job.en.lower()
        text = text.upper() if case == "upper" else text
        return s.plant("sex", text) if job.en_female else text
    t = job.title.fem if s.female else job.title.masc
    t = {"upper": t.upper(), "lower": t[0].lower() + t[1:]}.get(case, t[0].upper() + t[1:])
    return s.plant_words(t, "sex", job.title.fem_words) if s.female else t


def headline(s: Sheet, case: str = "cap") -> str:
    """The title the CV opens with (the current job)."""
    return title_text(s, s.p.jobs[0], case)


def availability(s: Sheet, lower: bool = False) -> str:
    """When the author can start: a fact."""
    if s.avail:
        text = s.avail
        return s.fact(text[0].lower() + text[1:] if lower and s.lang != "ko" else text)
    month = s.rng.randrange(12)
    text = s.avail = s.pick({
        "fr": ["Disponible immédiatement", "Disponible de suite", "Disponible sous 15 jours",
               f"Disponible à partir du 1er {FR_MONTHS[month]}", "Préavis d'un mois"],
        "en": ["Available immediately", f"Available from {EN_MONTHS[month]}", "Notice period: one month",
               "Available to start in two weeks"],
        "ko": ["즉시 출근 가능", f"{month + 1}월부터 근무 가능", "협의 후 출근 가능"]}[s.lang])
    return s.fact(text[0].lower() + text[1:] if lower and s.lang != "ko" else text)


def duration(s: Sheet, lower: bool = False) -> str:
    """Years of experience, a fact ('12 ans d'expérience en logistique', '3년 경력')."""
    text = s.pick(s.p.trade.durations[s.lang]).format(n=s.p.years)
    return s.fact(text[0].lower() + text[1:] if lower else text)


def licence(s: Sheet) -> str:
    """A licence or certificate of the trade: a fact."""
    return s.fact(s.pick(s.p.trade.licences[s.lang]))


def skills(s: Sheet, n: int = 3) -> list[str]:
    """A few skills of the trade: facts."""
    pool = list(s.p.trade.skills[s.lang])
    return [s.fact(x) for x in s.rng.sample(pool, min(n, len(pool)))]


def profile(s: Sheet) -> str:
    """The opening summary in the first person or the CV's impersonal style."""
    if s.lang == "ko":
        return f"{duration(s)}의 {headline(s)}입니다. {licence(s)} 보유. {availability(s)}."
    if s.lang == "en":
        adj = s.pick(D.EN_ADJ)
        return f"{adj} {headline(s, 'lower')} with {duration(s, lower=True)}. {licence(s)}. {availability(s)}."
    masc, fem = s.pick(D.FR_ADJ)
    adj = s.g(fem, masc)
    trait = s.pick(D.FR_TRAITS)
    extra = f", {s.g(trait[1], trait[0])}" if s.chance(0.5) else ""
    return s.pick([lambda: f"{headline(s)} {adj}{extra}. {duration(s)}. {licence(s)}. {availability(s)}.",
                   lambda: f"{headline(s)} {adj} – {duration(s, lower=True)}{extra}. {licence(s)}. {availability(s)}."])()


def summary(s: Sheet) -> str:
    """A summary in the third person ('Marie est … Elle …', 'Sarah is … She …'), as LinkedIn or an agency writes
    it; Korean ones stay in the first person."""
    job = s.p.jobs[0]
    if s.lang == "ko":
        return f"안녕하세요. {duration(s)}의 {headline(s)}입니다. {', '.join(skills(s, 2))} 업무를 주로 해 왔습니다."
    me = first_name(s)
    if s.lang == "fr":
        she = s.g("Elle", "Il")
        return (f"{me} est {title_text(s, job, 'lower')} ({duration(s, lower=True)}). {she} est titulaire du {licence(s)}"
                f" et maîtrise : {', '.join(skills(s, 2))}. {availability(s)}.")
    she, her = ("She", "her") if s.female else ("He", "his")
    she, her = s.plant("sex", she), s.plant("sex", her)
    return (f"{me} is a {title_text(s, job, 'lower')} with {duration(s, lower=True)}. {she} holds a {licence(s)}, and "
            f"{her} strengths include {', '.join(skills(s, 2))}. {availability(s)}.")


def job_dates(s: Sheet, job: Job, fact: bool = False) -> str:
    """'2016 – 2024', '09/2016 - présent', '2018.03 ~ 2023.12'; sometimes recorded as a fact."""
    (y0, m0), end = job.start, job.end
    now = {"fr": "aujourd'hui", "en": "Present", "ko": "현재"}[s.lang]
    if s.lang == "ko":
        text = f"{y0}.{m0:02d} ~ " + (f"{end[0]}.{end[1]:02d}" if end else now)
    elif s.chance(0.5):
        text = f"{y0} – " + (str(end[0]) if end else now)
    else:
        text = f"{m0:02d}/{y0} - " + (f"{end[1]:02d}/{end[0]}" if end else now)
    return s.fact(text) if fact or s.chance(0.25) else text


def place_text(s: Sheet, job: Job) -> str:
    """Where a job was: a fact ('Villepinte', 'à Villepinte', 'in Manchester')."""
    if s.lang == "fr":
        dept = next((pc[:2] for t, pc in D.FR_TOWNS if t == job.place), "")
        return s.fact(s.pick([job.place, f"{job.place} ({dept})" if dept else job.place]))
    return s.fact(job.place)


def experience(s: Sheet, style: str = "line") -> list[str]:
    """The jobs, one line each ('line'), a small block each ('block') or table rows ('table')."""
    out = []
    for job in s.p.jobs:
        emp = s.fact(job.employer)
        if style == "table" or s.lang == "ko":
            out.append(" | ".join([job_dates(s, job), emp, title_text(s, job), place_text(s, job)]))
        elif style == "block":
            out += [title_text(s, job), f"{emp} – {place_text(s, job)}", job_dates(s, job)]
            out += [f"- {x}" for x in skills(s, 1)]
        else:
            at = {"fr": " à ", "en": " in "}[s.lang] if s.chance(0.3) else ", "
            place = place_text(s, job)
            if at != ", ":
                s.facts[-1] = at.strip() + " " + place
            out.append(f"{job_dates(s, job)} : {title_text(s, job)} – {emp}{at}{place}")
    return out + career_break(s)


def career_break(s: Sheet) -> list[str]:
    """A break to raise children, on some CVs of parents: a 'family' marker."""
    if "family" not in s.p.families or not s.p.children or not s.chance(0.3):
        return []
    y = s.p.jobs[-1].start[0] - 2
    if s.lang == "fr":
        what = s.pick([lambda: s.plant("family", "Congé parental"),
                       lambda: s.gv("family", "Mère au foyer", "Père au foyer")])()
        return [f"{y} – {y + 2} : {what}"]
    if s.lang == "en":
        what = s.pick([lambda: "Career break – " + s.plant("family", "raising my children"),
                       lambda: s.gv("family", "Maternity leave", "Paternity leave")])()
        return [f"{y} – {y + 1}: {what}"]
    return [f"{y}.03 ~ {y + 1}.02 | " + s.plant("family", s.pick(["육아휴직", "경력단절 (출산·육아)"]))]


def education(s: Sheet, style: str = "line") -> list[str]:
    """Diplomas (facts) with school and year."""
    t = s.p.trade
    picks = s.rng.sample(list(t.diplomas[s.lang]), min(len(t.diplomas[s.lang]), s.rng.randint(1, 2)))
    year = max(s.p.born.year + 17, s.p.jobs[-1].start[0] - 1)
    school = s.pick({"fr": D.FR_SCHOOLS, "en": D.EN_SCHOOLS, "ko": D.KO_SCHOOLS}[s.lang])
    out = []
    for i, dip in enumerate(picks):
        dip, y = s.fact(dip), year - i
        if s.lang == "ko":
            out.append(f"{y}.02 | {school} | {dip}" if style == "table" else f"{y}.02 {school} {dip}")
        elif style == "table":
            out.append(f"{y} | {dip} | {school}")
        else:
            out.append(s.pick([f"{y} : {dip} – {school}", f"{dip}, {school} ({y})", f"{y}  {dip}"]))
    return out


def languages(s: Sheet) -> list[str]:
    """Languages spoken (facts), none that names the author's nationality or origin."""
    if s.lang == "ko":
        pool = [x for x in D.KO_LANGS if not any(D.COUNTRIES[k][5] in x for k in s.p.nat)]
        return [s.fact(x) for x in s.rng.sample(pool, s.rng.randint(1, 2))]
    banned = {w.lower() for k in (*s.p.nat, D.ORIGIN_COUNTRY[s.p.origin]) for w in D.COUNTRIES[k][:2] + D.COUNTRIES[k][3:4]}
    pool = [x for x in (D.FR_LANGS if s.lang == "fr" else D.EN_LANGS) if x[0].lower() not in banned]
    mine = D.ORIGIN_LANGS[s.lang].get(s.p.origin, ())
    chosen = [x for x in pool if x[0] in mine][:1] if s.chance(0.6) else []
    common = [x for x in pool if x[0] in D.COMMON_LANGS and x not in chosen]
    if common and s.chance(0.7):
        chosen.append(s.pick(common))
    others = [x for x in pool if x not in chosen]
    while not chosen or (len(chosen) < 3 and s.chance(0.2)):
        chosen.append(others.pop(s.rng.randrange(len(others))))
    out = []
    for lang_name, levels in chosen:
        level = s.pick(levels)
        out.append(s.fact(s.pick([f"{lang_name} : {level}" if s.lang == "fr" else f"{lang_name}: {level}",
                                  f"{lang_name} ({level})", f"{lang_name} – {level}"])))
    return out


def hobbies(s: Sheet) -> str:
    """Interests, among which a religious activity on some CVs."""
    pool = {"fr": D.FR_HOBBIES, "en": D.EN_HOBBIES, "ko": D.KO_HOBBIES}[s.lang]
    items = s.rng.sample(pool, 2)
    if s.has("religion"):
        s.done.add("religion")
        items.insert(s.rng.randint(0, 2), r_religion(s, "hobby"))
    label = s.h("hobbies")
    return f"{label}{s.sep}{', '.join(items)}"


def licences_line(s: Sheet) -> str:
    """Licences (facts), and for French authors 'véhiculé(e)'."""
    lics = [licence(s)]
    if s.lang == "fr" and s.chance(0.4):
        lics.append(s.g("véhiculée", "véhiculé"))
    return f"{s.h('lic')}{s.sep}{', '.join(dict.fromkeys(lics))}"


def body(s: Sheet, exp_style: str = "line", with_profile: bool = True) -> list[str]:
    """Profile, experience, education, skills, languages, licences and interests, with headings."""
    out = ([s.h("profile"), profile(s), ""] if with_profile else [])
    out += [s.h("exp"), *experience(s, exp_style), "", s.h("edu"), *education(s), ""]
    out += [s.h("skills"), ", ".join(skills(s)) if s.chance(0.5) else "\n".join(f"• {x}" for x in skills(s)), ""]
    out += [s.h("langs"), *languages(s), "", licences_line(s), hobbies(s)]
    return out


def joined(items: Iterable[str | None], sep: str) -> str:
    """Items that exist, joined."""
    return sep.join(i for i in items if i)


# --- dev layouts -----------------------------------------------------------------------------------------------------
@layout()
def header_block(s: Sheet) -> str:
    """Name, title, address and contact lines, a line of personal details, then the CV."""
    top = [name_line(s), headline(s)]
    res = s.bit("residence", "bare")
    items = ([res] if res else []) + contact_items(s, labelled=s.chance(0.5))
    top += items if s.chance(0.5) else [joined(items, s.pick([" | ", " • ", " – "]))]
    top.append(joined(s.bits(), s.pick([" – ", " • ", ", ", " | "])))
    return "\n".join(top + [""] + body(s))


@layout()
def cv_title(s: Sheet) -> str:
    """A 'CURRICULUM VITAE' title line, the name on the next line, then labelled fields."""
    title = {"fr": ["CURRICULUM VITAE", "Curriculum Vitae", "CV"], "en": ["CURRICULUM VITAE", "Curriculum Vitae", "CV"],
             "ko": ["이 력 서", "이력서", "입사지원서"]}[s.lang]
    lines = [s.pick(title), name_line(s), ""]
    lines += [x for x in [s.bit("birth", "field"), s.bit("age", "field"), s.bit("residence", "field")] if x]
    lines += contact_items(s, labelled=True)
    lines += s.bits(mode="field")
    return "\n".join(lines + ["", headline(s, "upper") if s.lang != "ko" else headline(s), ""] + body(s))


def interleave(left: list[str], right: list[str], how: str, width: int = 34) -> list[str]:
    """Two columns as a PDF reader gives them: rows side by side ('rows') or lines alternating ('alternate')."""
    n = max(len(left), len(right))
    left, right = left + [""] * (n - len(left)), right + [""] * (n - len(right))
    if how == "rows":
        return [(lft.ljust(max(width, len(lft) + 3)) + rgt).rstrip() for lft, rgt in zip(left, right)]
    return [line for pair in zip(left, right) for line in pair if line]


def sidebar(s: Sheet) -> list[str]:
    """The narrow column of a two-column CV: contact, personal details, skills, languages."""
    side = [s.h("contact")]
    res = s.bit("residence", "bare")
    side += (res.split("\n") if res else []) + contact_items(s)
    side += ["", s.h("personal")] + s.bits(mode=s.pick(["bare", "field"]))
    side += ["", s.h("skills"), *skills(s), "", s.h("langs"), *languages(s)]
    return side


def main_column(s: Sheet) -> list[str]:
    """The wide column of a two-column CV: profile, experience, education."""
    out = [s.h("profile"), profile(s), "", s.h("exp"), *experience(s, "block"), "", s.h("edu"), *education(s)]
    return out + ["", licences_line(s), hobbies(s)]


@layout()
def two_column_interleaved(s: Sheet) -> str:
    """A two-column PDF read row by row: sidebar and main column lines mixed."""
    top = [name_line(s, s.pick(["CAPS", "plain", "first LAST"])), headline(s)]
    left, right = sidebar(s), main_column(s)
    if s.chance(0.3):
        left, right = right, left
    return "\n".join(top + [""] + interleave(left, right, s.pick(["rows", "alternate"])))


@layout(langs=("fr", "en"))
def europass(s: Sheet) -> str:
    """The Europass CV: a 'Personal information' block of label / value pairs, then the sections."""
    fr = s.lang == "fr"
    s.sep = s.pick(["\t", "   ", " "])
    lines = ["Europass", "Curriculum Vitae", "",
             "Informations personnelles" if fr else "Personal information",
             ("Nom(s) / Prénom(s)" if fr else "Surname(s) / First name(s)") + s.sep +
             name(s, s.pick(["last first", "LAST first", "last, first"]))]
    res = s.bit("residence", "bare")
    if res:
        lines.append(("Adresse(s)" if fr else "Address(es)") + s.sep + res.replace("\n", ", "))
    lines += [(lab + s.sep + v) for lab, v in zip(
        ["Téléphone(s)" if fr else "Telephone(s)", "Courrier électronique" if fr else "E-mail"], [phone(s), email(s)]) if v]
    lines += [x for x in (s.bit("nationality", "field"), s.bit("birth", "field")) if x]
    if "sex" in s.p.families:
        s.done.add("sex")
        word = ("Féminin" if s.female else "Masculin") if fr else ("Female" if s.female else "Male")
        lines.append(("Sexe" if fr else "Gender") + s.sep + s.plant("sex", word))
    lines += s.bits(mode="field")
    lines += ["", ("Emploi recherché" if fr else "Desired employment") + s.sep + headline(s), "",
              "Expérience professionnelle" if fr else "Work experience"]
    for job in s.p.jobs:
        lines += [("Dates" + s.sep + job_dates(s, job)),
                  ("Fonction ou poste occupé" if fr else "Occupation or position held") + s.sep + title_text(s, job),
                  ("Nom et adresse de l'employeur" if fr else "Name and address of employer") + s.sep +
                  f"{s.fact(job.employer)}, {place_text(s, job)}", ""]
    lines += ["Éducation et formation" if fr else "Education and training", *education(s), "",
              "Aptitudes et compétences personnelles" if fr else "Personal skills and competences",
              ("Autre(s) langue(s)" if fr else "Other language(s)") + s.sep + ", ".join(languages(s)),
              ("Permis de conduire" if fr else "Driving licence") + s.sep + licence(s),
              ("Compétences" if fr else "Job-related skills") + s.sep + ", ".join(skills(s)), availability(s)]
    return "\n".join(lines)


def _ko_letter(s: Sheet) -> list[str]:
    where = s.bit("residence", "prose")
    age = ""
    if s.has("age"):
        s.done.add("age")
        age = s.plant("age", f"{s.p.age}세") + " "
    fam = s.bit("family", "prose")
    intro = f"안녕하십니까. {where + ' ' if where else ''}{age}{name(s)}입니다."
    lines = [intro, f"저는 {duration(s)}을 쌓은 {headline(s)}로서 {s.fact(s.p.jobs[0].employer)}에서 근무하고 있습니다."]
    if fam:
        lines.append(f"{fam}로서 책임감을 가지고 일해 왔습니다.")
    lines += [f"{licence(s)}을 보유하고 있으며, {', '.join(skills(s, 2))}에 자신이 있습니다.", f"{availability(s)}합니다."]
    rest = s.bits(mode="field")
    return lines + rest


@layout()
def cover_letter(s: Sheet) -> str:
    """A cover letter in running text: 'Je m'appelle …, j'ai 34 ans, j'habite à …'."""
    if s.lang == "ko":
        return "\n\n".join(["자기소개서"] + _ko_letter(s) + [joined(contact_items(s), " / ")])
    fr = s.lang == "fr"
    me = name(s, "plain")
    extras = [x for x in (s.bit("age", "prose"), s.bit("residence", "prose"), s.bit("family", "prose")) if x]
    job = s.p.jobs[0]
    if fr:
        opening = s.pick(["Madame, Monsieur,", "Bonjour,"])
        p1 = f"Je m'appelle {me}" + (", " + ", ".join(extras) if extras else "") + "."
        p2 = (f"Actuellement {title_text(s, job, 'lower')} chez {s.fact(job.employer)} ({duration(s, lower=True)}), "
              f"je suis titulaire du {licence(s)} et je maîtrise : {', '.join(skills(s, 2))}.")
        p3 = f"{availability(s)}, je serais {s.g('heureuse', 'heureux')} de vous rencontrer."
        close = "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées."
    else:
        opening = "Dear Hiring Manager,"
        p1 = f"My name is {me}" + ("; " + ", ".join(extras) if extras else "") + "."
        p2 = (f"I currently work as a {title_text(s, job, 'lower')} at {s.fact(job.employer)} and bring "
              f"{duration(s, lower=True)}. I hold a {licence(s)} and I am confident with {', '.join(skills(s, 2))}.")
        p3 = f"{availability(s)}, and I would welcome the chance to meet you."
        close = "Kind regards,"
    more = s.bits(mode="bare")
    ps = [("P.S. : " if fr else "P.S. ") + "; ".join(more)] if more else []
    sign = [name(s, "plain")] if s.chance(0.5) else []
    return "\n\n".join([opening, p1, p2, p3, *ps, close, *sign, joined(contact_items(s), " – ")])


@layout()
def pitch(s: Sheet) -> str:
    """A short job-board pitch: 'Fatima El Amrani, 34 ans, disponible immédiatement.' then a few lines."""
    head = [name(s, s.pick(["plain", "first LAST"]))]
    head += [x for x in (s.bit("age", "bare"), s.bit("residence", "bare")) if x]
    avail = availability(s, lower=True)
    first = ", ".join(head) + ", " + avail + "."
    if s.lang == "ko":
        first = " ".join(head) + f" / {avail}"
    rest = [summary(s) if s.chance(0.3) else profile(s), joined(s.bits(), ". "), joined(contact_items(s), " / ")]
    return "\n".join([first, *[r for r in rest if r], "", *experience(s), "", *education(s), *languages(s)])


@layout()
def footer_line(s: Sheet) -> str:
    """No name at the top: the CV ends with a footer 'Marie Dupont – 06 … – Sarcelles' and a page number."""
    lines = [("CV – " if s.lang != "ko" else "이력서 – ") + headline(s), ""] + body(s)
    personal = s.bits()
    if personal:
        lines += ["", joined(personal, " · ")]
    town = s.bit("residence", "bare")
    foot = joined([name(s), *contact_items(s), town.replace("\n", " ") if town else None], s.pick([" – ", " | ", " · "]))
    page = {"fr": "Page 1/1", "en": "Page 1 of 1", "ko": "- 1 -"}[s.lang]
    return "\n".join(lines + ["", foot, page])


@layout()
def email_only(s: Sheet) -> str:
    """No name line: the name is only in the e-mail address."""
    s.p.families.add("contact")
    local = s.p.email.split("@")[0]
    if not re.search(r"[a-z]{2,}", local):
        local = s.p.email
    s.plant("name", local)
    lines = [headline(s, "upper" if s.lang != "ko" else "cap")]
    res = s.bit("residence", "bare")
    lines.append(joined([email(s), phone(s), res.replace("\n", ", ") if res else None], " | "))
    lines.append(joined(s.bits(), " – "))
    return "\n".join(lines + [""] + body(s))


@layout()
def details_at_end(s: Sheet) -> str:
    """Name at the top, personal details at the end under 'Informations complémentaires'."""
    lines = [name_line(s), headline(s), joined(contact_items(s), " | "), ""] + body(s)
    more = [s.bit("residence", "bare")] + s.bits(mode=s.pick(["bare", "field"]))
    lines += ["", s.h("more"), *[f"- {m}" for m in more if m]]
    return "\n".join(lines)


@layout()
def table_flat(s: Sheet) -> str:
    """A DOCX/ODT table as matchlens reads it: one row a line, cells joined by ' | '."""
    s.sep = " | "
    labels = {"fr": ("Nom", "Prénom", "Téléphone", "E-mail"), "en": ("Surname", "First name", "Phone", "Email"),
              "ko": ("성명", "영문", "연락처", "이메일")}[s.lang]
    if s.p.hangul:
        rows = [f"{labels[0]} | {name(s)}"] + ([f"한자 | {s.plant('name', s.p.hanja)}"] if s.p.hanja else [])
    else:
        last = s.p.last.upper() if s.chance(0.5) else s.p.last
        rows = [f"{labels[0]} | {s.plant('name', last)}", f"{labels[1]} | {s.plant('name', s.p.first)}"]
    rows += [x for x in (s.bit("birth", "field"), s.bit("age", "field"), s.bit("residence", "field")) if x]
    rows += [f"{lab} | {v}" for lab, v in zip(labels[2:], (phone(s), email(s))) if v]
    rows += s.bits(mode="field")
    rows += ["", s.h("exp"), *experience(s, "table"), "", s.h("edu"), *education(s, "table"), "",
             f"{s.h('skills')} | {', '.join(skills(s))}", f"{s.h('langs')} | {', '.join(languages(s))}",
             f"{s.h('lic')} | {licence(s)}"]
    return "\n".join(rows)


@layout(langs=("ko",))
def korean_form(s: Sheet) -> str:
    """The Korean 이력서 form: 성명 / 생년월일 / 주소 / 병역 / 가족관계 rows, then 학력 / 경력 / 자격증, signed."""
    s.sep = " | "
    hanja = f" | 한 자 | {s.plant('name', s.p.hanja)}" if s.p.hanja else ""
    rows = ["이 력 서" if s.chance(0.6) else "이력서", f"성 명 | {name(s)}" + hanja]
    birth = s.bit("birth", "field")
    age = s.bit("age", "bare")
    if birth:
        rows.append(birth + (f" ({age})" if age and not age.startswith("(") else (f" {age}" if age else "")))
    elif age:
        rows.append(f"나 이 | {age}")
    rows += [x for x in (s.bit("sex", "field"), s.bit("residence", "field")) if x]
    rows += [f"휴대폰 | {v}" for v in [phone(s)] if v] + [f"E-mail | {v}" for v in [email(s)] if v]
    rows.append(military(s, s.pick(["병역", "병 역", "병역사항"])))
    if s.has("family"):
        rows += _ko_family_table(s)
    rows += s.bits(mode="field")
    rows += ["", "학력사항", "기간 | 학교명 | 전공 | 졸업여부", *education(s, "table"), "", "경력사항",
             "기간 | 회사명 | 직위 | 근무지", *experience(s, "table"), "", "자격증", f"{licence(s)} | 취득", "", "어학",
             *languages(s), "",
             "위 기재 사항은 사실과 틀림없습니다.", "2024년 9월 15일"]
    rows.append(f"작성자 : {name(s)} (인)" if s.chance(0.7) else "(인)")
    return "\n".join(rows)


def _ko_family_table(s: Sheet) -> list[str]:
    """가족관계 rows: relation | name | age | occupation (relatives' names planted as 'family')."""
    s.done.add("family")
    f = faker("ko_KR", s.rng)
    rows = ["가족관계 | 관계 | 성명 | 연령 | 직업"]
    last = s.p.last if s.p.hangul else f.last_name()
    father = last + f.first_name_male()
    rows.append(f"부 | {s.plant('family', father)} | {s.p.age + 28} | {s.pick(['자영업', '회사원', '무직'])}")
    if s.p.marital == "married":
        rows.append(f"배우자 | {s.plant('family', f.name_male() if s.female else f.name_female())} | {s.p.age + 1} | 회사원")
    for i in range(min(s.p.children, 2)):
        rows.append(f"자녀 | {s.plant('family', last + f.first_name())} | {max(1, s.p.age - 28 - 2 * i)} | 학생")
    return rows


def docx_bytes(header: list[str], paragraphs: list, footer: list[str]) -> bytes:
    """A DOCX with header and footer paragraphs and a body of paragraphs and tables (rows of cells, a cell a text or
    a list of paragraphs)."""
    import io

    import docx

    doc = docx.Document()
    section = doc.sections[0]
    for part, lines in ((section.header, header), (section.footer, footer)):
        part.paragraphs[0].text = lines[0] if lines else ""
        for line in lines[1:]:
            part.add_paragraph(line)
    for item in paragraphs:
        if isinstance(item, str):
            doc.add_paragraph(item)
            continue
        table = doc.add_table(rows=len(item), cols=max(len(r) for r in item))
        for row, cells in zip(table.rows, item):
            for cell, content in zip(row.cells, cells):
                lines = content if isinstance(content, list) else [content]
                cell.paragraphs[0].text = lines[0] if lines else ""
                for line in lines[1:]:
                    cell.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def read_docx_text(data: bytes) -> str:
    """The text matchlens reads from a DOCX (its ingest reader)."""
    from matchlens.ingest import load_bytes

    result = load_bytes("cv.docx", data, "resume")
    if not result.documents:
        raise ValueError(f"matchlens could not read the generated DOCX: {result.problems}")
    return result.documents[0].text


@layout()
def docx_header_footer(s: Sheet) -> str:
    """A Word CV whose page header carries the name and contact and whose footer the address, read by matchlens."""
    header = [name_line(s), joined(contact_items(s), "  |  ")]
    res = s.bit("residence", "bare")
    footer = [joined([res.replace("\n", ", ") if res else None, *s.bits(families=("age", "nationality"))], " – ")]
    paragraphs: list[str | list[list[str]]] = [headline(s)] + [x for x in body(s) if x]
    personal = s.bits(mode="bare")
    if personal:
        paragraphs += [s.h("more"), *personal]
    return read_docx_text(docx_bytes(header, paragraphs, [f for f in footer if f]))


@layout()
def etat_civil(s: Sheet) -> str:
    """The classic 'ÉTAT CIVIL' / 'PERSONAL DETAILS' / '인적사항' block of labelled lines before the CV."""
    lines = [s.h("civil").upper() if s.lang != "ko" else s.h("civil")]
    s.sep = s.pick([" : ", ": ", "\t"]) if s.lang == "fr" else s.pick([": ", "\t"])
    labels = {"fr": ("Nom", "Prénom"), "en": ("Surname", "Forename"), "ko": ("성명", "")}[s.lang]
    if s.p.hangul:
        lines.append(f"{labels[0]}{s.sep}{name(s)}")
    else:
        lines += [f"{labels[0]}{s.sep}{s.plant('name', s.p.last.upper())}",
                  f"{labels[1]}{s.sep}{s.plant('name', s.p.first)}"]
    lines += [x for x in (s.bit("birth", "field"), s.bit("age", "field"), s.bit("nationality", "field"),
                          s.bit("family", "field"), s.bit("residence", "field")) if x]
    lines += contact_items(s, labelled=True) + s.bits(mode="field")
    if s.lang == "fr" and s.chance(0.5):
        lines.append(f"{licence(s)}, {s.g('véhiculée', 'véhiculé')}")
    return "\n".join(lines + ["", headline(s, "upper") if s.lang != "ko" else headline(s), ""] + body(s))


@layout()
def pipe_header(s: Sheet) -> str:
    """One header line of pipe-separated items: 'Marie Dupont | Préparatrice | Sarcelles (95) | 06 … | 34 ans'."""
    res = s.bit("residence", "bare")
    items = [name(s), headline(s), res.replace("\n", ", ") if res else None, *contact_items(s)]
    items += s.bits(families=("age", "sex", "nationality"))
    lines = [joined(items, s.pick([" | ", " · ", " ◆ "]))]
    rest = s.bits()
    lines += [joined(rest, " | ")] if rest else []
    return "\n".join(lines + [""] + body(s, exp_style=s.pick(["line", "block"])))


# --- generation and scoring ----------------------------------------------------------------------------------------
def _load_held() -> None:
    importlib.import_module(HELD_MODULE)
    importlib.import_module(FRESH_MODULE)
    importlib.import_module(BLIND3_MODULE)
    importlib.import_module(BLIND4_MODULE)
    importlib.import_module(BLIND5_MODULE)
    importlib.import_module(BLIND6_MODULE)
    importlib.import_module(BLIND7_MODULE)
    importlib.import_module(BLIND8_MODULE)
    importlib.import_module(BLIND9_MODULE)
    importlib.import_module(BLIND10_MODULE)
    importlib.import_module(BLIND11_MODULE)
    importlib.import_module(BLIND12_MODULE)
    importlib.import_module(BLIND13_MODULE)
    importlib.import_module(BLIND14_MODULE)
    importlib.import_module(BLIND15_MODULE)
    importlib.import_module(BLIND16_MODULE)
    importlib.import_module(BLIND17_MODULE)
    importlib.import_module(BLIND18_MODULE)
    importlib.import_module(BLIND19_MODULE)
    importlib.import_module(BLIND20_MODULE)
    importlib.import_module(BLIND21_MODULE)
    importlib.import_module(BLIND22_MODULE)
    importlib.import_module(BLIND23_MODULE)
    importlib.import_module(BLIND24_MODULE)
    importlib.import_module(BLIND25_MODULE)
    importlib.import_module(BLIND26_MODULE)
    importlib.import_module(BLIND27_MODULE)
    importlib.import_module(BLIND28_MODULE)


def layouts(split: str = "all", lang: str | None = None) -> list[Layout]:
    """Registered layouts of a split ('dev', 'held', 'fresh', 'blind3' to 'blind12', 'blind13', 'blind14', 'blind15',
    'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25',
    'blind26', 'blind27', 'blind28', 'both' for dev and held, or 'all'),
    for a language if given, by name."""
    _load_held()
    wanted = {"all": set(SPLITS), "both": {"dev", "held"}}.get(split, {split})
    return [LAYOUTS[n] for n in sorted(LAYOUTS)
            if LAYOUTS[n].split in wanted and (lang is None or lang in LAYOUTS[n].langs)]


def generate(split: str = "dev", langs: Iterable[str] = LANGS, per_layout: int = 10, seed: int = 0) -> list[PlacedCV]:
    """per_layout CVs for each layout of the split and each of its languages in langs; the same for the same seed."""
    if split not in (*SPLITS, "all", "both"):
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, both or all, not {split!r}")
    langs = tuple(langs)
    return [make_cv(lay, lang, seed, i) for lay in layouts(split) for lang in langs if lang in lay.langs
            for i in range(per_layout)]


def make_cv(lay: Layout, lang: str, seed: int, index: int) -> PlacedCV:
    """One CV of a layout; drafts that break the benchmark's rules are drawn again."""
    problem = ""
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(f"{seed}/{lay.name}/{lang}/{index}/{attempt}")
        sheet = Sheet(rng, lang, make_person(rng, lang))
        text = lay.fn(sheet)
        cv = PlacedCV(lay.name, lang, text, list(dict.fromkeys(sheet.markers)), list(dict.fromkeys(sheet.facts)),
                      sheet.p.sex)
        problem = check(cv)
        if not problem:
            return cv
    raise RuntimeError(f"{lay.name}/{lang}/{index}: no valid CV in {MAX_ATTEMPTS} draws (last: {problem})")


_LATIN = "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"  # with accents, Vietnamese


def _cjk(ch: str) -> bool:
    return "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f" or "\uac00" <= ch <= "\ud7a3" or \
        "\u3400" <= ch <= "\u9fff"


@functools.lru_cache(maxsize=65536)
def pattern(value: str, letters: bool = False) -> re.Pattern:
    """The value as a whole word, any case: no letter or digit (no letter, for a name's word: 'marie.dupont85') right
    before or after it; Hangul and Chinese ends need no edge (Korean particles stick to the word)."""
    edge = f"[{_LATIN}]" if letters else f"[0-9{_LATIN}]"  # a Latin letter (or digit) touching it
    left = f"(?<!{edge})" if value[:1].isalnum() and not _cjk(value[0]) else ""
    right = f"(?!{edge})" if value[-1:].isalnum() and not _cjk(value[-1]) else ""
    return re.compile(f"{left}(?i:{re.escape(value)}){right}")  # the edges case-blind: no case-folding of big ranges


_BRAHMIC = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"  # Devanagari to Sinhala, Thai, Lao, Burmese, Khmer
_NAME_WORD = re.compile(rf"(?:[^\W\d_]|[{_BRAHMIC}](?<![\d\u0964\u0965\u0e2f\u0e5a\u0e5b\u104a\u104b\u17d4-\u17da]))+")


def name_words(value: str) -> list[str]:
    """Words of a name that must be gone: letters only (with the vowel signs of Brahmic scripts, which are marks:
    'फूलमाया' is one word, not 'लम'), at least 2, particles (de, la, van…) left out."""
    return [w for w in _NAME_WORD.findall(value) if len(w) >= 2 and w.lower() not in PARTICLES]


def is_masked(marker: Planted, text: str) -> bool:
    """The marker no longer leaks: every word of a name is gone; otherwise the value and its other forms are gone, as
    written, as plain letters ('𝟮𝟬 ans' leaks as '20 ans' once styled letters are read as letters) and as typed
    ('seize mai deux-mille-quatre' leaks as '16 mai 2004' once a dictated text is read as typed)."""
    if marker.family == "name":
        words = name_words(marker.value) + [w for w in name_words(plain(marker.value)) if w not in marker.value]
        return not any(pattern(w, letters=True).search(text) for w in words)
    values = {marker.value, *marker.also}
    return not any(pattern(v).search(text) for v in values | {f for v in values for f in forms(v)})


def plain(text: str) -> str:
    """Styled letters and digits (mathematical bold, fullwidth…) as plain ones: what a reader that folds them shows."""
    return "".join(unicodedata.normalize("NFKC", c) if ord(c) >= 0xFF00 else c for c in text)


@functools.lru_cache(maxsize=65536)  # the splits' checks ask it for every marker against every fact
def forms(value: str) -> frozenset[str]:
    """The other forms a reader may give a value: as plain letters, as typed when it was said as words, as letters
    when written with RTF escapes, without its file's typesetting marks (soft hyphens, a line-end break, mojibake),
    and as printed when OCR misread it (a repaired fact is kept: 'Perrnis B' read back 'Permis B')."""
    return frozenset({plain(value), spoken.written(value, force=True), sources.unescaped(value), accents.restored(value, force=True),
                      typeset.typed(value), *(ocr.read_back(typeset.typed(value), force=True, proper=p) for p in (False, True))}
                     - {value})


def delete_values(text: str, values: Iterable[str]) -> str:
    """The text with every whole-word occurrence of the values (any case) replaced by a space, longest first."""
    for v in sorted(set(values), key=len, reverse=True):
        text = pattern(v).sub(" ", text)
    return text


def check(cv: PlacedCV) -> str:
    """Why a CV breaks the benchmark's rules ('' if it does not)."""
    text, markers = cv.text, cv.markers
    families = {m.family for m in markers}
    if "name" not in families or len(families) < 4 or not cv.facts:
        return f"too few families ({sorted(families)}) or no fact"
    for m in markers:
        if m.value not in text or is_masked(m, text) or (m.family == "name" and not name_words(m.value)):
            return f"marker not found: {m}"
    for f in cv.facts:
        if f not in text:
            return f"fact not in text: {f!r}"
        for m in markers:
            if pattern(f).search(m.value) or not is_masked(m, f):
                return f"fact {f!r} overlaps marker {m}"
    others = delete_values(text, [m.value for m in markers if m.family in ("name", "contact")])
    for m in markers:
        if m.family == "name" and not is_masked(m, others):
            return f"a word of the name {m.value!r} occurs outside name and contact markers"
    bare = delete_values(text, [m.value for m in markers])
    leaks = [m for m in markers if not is_masked(m, bare)]
    lost = [f for f in cv.facts if f not in bare]
    return f"deleting every value leaves {leaks[:2]} or loses {lost[:2]}" if leaks or lost else ""


def _ratio(hit: int, total: int) -> float:
    return hit / total if total else float("nan")


def evaluate(mask_fn: Callable[[str], str], cvs: list[PlacedCV]) -> dict:
    """Recall of planted markers (per family, layout, language) and precision on facts of mask_fn's output."""
    tot: dict[tuple, int] = defaultdict(int)
    hit: dict[tuple, int] = defaultdict(int)
    misses, lost, kept, n_facts = [], [], 0, 0
    for cv in cvs:
        out = mask_fn(cv.text)
        for m in cv.markers:
            key = (m.family, cv.layout, cv.lang)
            tot[key] += 1
            if is_masked(m, out):
                hit[key] += 1
            else:
                misses.append((cv.layout, cv.lang, m.family, m.value))
        for f in cv.facts:
            n_facts += 1
            if f in out or any(g in out for g in forms(f)):
                kept += 1
            else:
                lost.append((cv.layout, cv.lang, f))

    def by(*idx: int) -> dict:
        t: dict = defaultdict(int)
        h: dict = defaultdict(int)
        for key, n in tot.items():
            k = tuple(key[i] for i in idx)
            t[k] += n
            h[k] += hit[key]
        return {k: _ratio(h[k], t[k]) for k in sorted(t)}

    recall = _ratio(sum(hit.values()), sum(tot.values()))
    nested: dict[str, dict[str, float]] = defaultdict(dict)
    for (fam, lay), r in by(0, 1).items():
        nested[fam][lay] = r
    precision = _ratio(kept, n_facts)
    return {"recall": recall, "recall_by_family": {k[0]: v for k, v in by(0).items()},
            "recall_by_layout": {k[0]: v for k, v in by(1).items()},
            "recall_by_lang": {k[0]: v for k, v in by(2).items()},
            "recall_by_family_layout": dict(nested), "fact_precision": precision,
            "n_cvs": len(cvs), "n_markers": sum(tot.values()), "n_facts": n_facts,
            "misses": misses, "lost_facts": lost, "primary": min(recall, precision)}
