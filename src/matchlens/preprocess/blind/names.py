"""Person names wherever a CV writes them: any line, running text, capitals, 'NOM Prénom', particles, initials,
Korean names, without relying on where the name sits.

A run of capitalised words (or of capitals) is a name when its words are known first names or surnames of 52
Faker locales and not common words of job text, or when the words around it say so ('Je m'appelle', 'Signé',
'Nom :', ', 34 ans', an e-mail address that spells it, a line of its own in a CV's contact block). A run in an
experience line that names an employer ('chez', 'at', 'Restaurant …') starts no name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from matchlens.preprocess.blind import prefilter
from matchlens.preprocess.blind.lexicon import fold, folded_words, nameness, names, person_nouns, places, word_names, words
from matchlens.preprocess.blind.regexcode import compile as rx
from matchlens.preprocess.sections import known_heading

PARTICLES = {"de", "du", "des", "van", "von", "da", "di", "del", "della", "el", "al", "ben", "bin", "bint", "le", "la",
             "les", "dos", "das", "der", "den", "ter", "ten", "mac", "mc", "ibn", "abu", "ould", "st", "saint", "y", "e",
             "binti", "binte", "bte"}
TOKEN = rx(r"[^\W\d_](?:[^\W\d_]|['’\-.](?=[^\W\d_]))*\.?")
# an e-mail's or a handle's '@', or a profile's place pin opening a line ('@ Freshwater'); never a job's
# 'Serveuse @ Chez Fatima' (contact lines, home cues and Korean personal details all read it so)
EMAIL_AT = r"\w@|@\w|(?m:^[ \t]*@[ \t])"
CONTACT = rx(EMAIL_AT + r"|\+?\d(?:[ \t.\-()]*\d){8,}|linkedin|https?://|\[(?:EMAIL|PHONE|PROFILE)\]", re.I)  # 9+ digits
TITLE_LINE = rx(r"(?i)^[ \t]*(?:(?:mon|my|내|나의)[ \t]+)?(?:curriculum vitae|curriculum|cv|c\.v\.|r[ée]sum[ée]|lebenslauf|이력서|"
                        r"informations personnelles|personal (?:information|details)|[ée]tat civil|contact)[ \t:!.]*$")  # 'MON CV !!', '내 이력서!!'
DATED = rx(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}/\d{2,4}\b")
PHONE_LIKE = rx(r"\+?\d[\d \t.\-()]{7,20}\d")


def dated(line: str) -> bool:
    """A year or a month/year in the line, phone numbers aside: an experience or education line."""
    return bool(DATED.search(PHONE_LIKE.sub(lambda m: m.group(0) if len(re.sub(r"\D", "", m.group(0))) < 9 else " ",
                                            line)))
# a job title, then its employer and place in brackets: 'Motor Mechanic (Arnold Clark, Sella Ness)', '경비원 (에스원, 아산 인주면)'
JOB_PARENS = rx(r"^[ \t]*[^\W\d_][^:()\n]{0,60}\([^()\n]*$")
CLOSES = rx(r"[^()\n]*\)[ \t]*(?:$|[.;,])")


def in_job_brackets(before: str, after: str) -> bool:
    """The span sits in the brackets after a job title, beside an employer or a place (a comma between them); not a
    speaker's name ('Q (Alhabib) : …') nor a label."""
    inside = before[before.rfind("(") + 1:] + "," + after[:after.find(")")] if "(" in before else ""
    return bool(JOB_PARENS.match(before) and CLOSES.match(after) and inside.count(",") >= 2)


# a place named after a person: 'Mary Seacole Court', 'Nelson Mandela House', 'Edith Cavell Close'
PLACE_AFTER = rx(r"[ \t]+(?-i:Court|Road|Street|Close|Way|House|Avenue|Lane|Drive|Place|Square|Gardens|"
                         r"Crescent|Terrace|Walk|Row|Hall|Building|Estate|Park|Mews|Grove)\b")
EMPLOYER_LABEL = rx(r"(?i)(?<!['’])(?:employeur|employer|entreprise|company|soci[ée]t[ée]|client)[^\n:|\t]{0,20}[:|\t ]+$")
EMPLOYER = rx(r"(?i)(?:\bchez|\bat|\bfor|\bpour|\bsociété|\bentreprise|\brestaurant|\bhôtel|\bhotel|\bcafé|"
                      r"\bboulangerie|\bbrasserie|\bpharmacie|\bcabinet|\bgroupe|\bgroup|\bclinique|\bécole|\bschool|"
                      r"\bcollège|\blycée|\buniversité|\buniversity|\binstitut|\bfondation|\bassociation|\bsarl|\bsas|"
                      r"\bétablissements?|\bmaison|\bagence|\bagency|\bstudio|\brue|\bavenue|\bboulevard|\bplace|\ball[ée]e?|"
                      r"\bimpasse|\bchemin|\bquai|\bcours|\bsquare|\bpassage|\bvilla|\besplanade|\bpromenade|\bparvis|"
                      r"\bsentier|\bmont[ée]e|\br[ée]sidence|"
                      r"\bprix|\bprize|\baward|\bbourse|\bcentre|\bcenter|\bhôpital|\bhospital|\bchu|\bville de|"
                      r"\bcollection|\bmarque|\bbrand|\bchef)[ \t]+$")
# a person one worked for or with, said with a possessive ('mon ancien chef X', 'ma cheffe X', 'my old boss X')
BOSS = (r"\b(?:mon|ma|my|notre|our)[ \t]+(?:(?:ancien(?:ne)?|ex|former|old|previous|last|actuel(?:le)?|current)[ \t\-]+)?"
        r"(?:chef(?:fe)?|patron(?:ne)?|responsable|manager|boss|supervis(?:or|eur|euse)|coll[èe]gue|colleague|tut(?:eur|rice)|"
        r"format(?:eur|rice)|r[ée]f[ée]rente?|ma[îi]tre[ \t]+d['’]apprentissage|employeur|employer)")
BOSS_END = rx(r"(?i)(?:" + BOSS + r")[ \t,:]*$")  # 'mon ancien chef X': a person, not an employer's 'chef'
KIN_BEFORE = rx(r"(?i)(?:\bmari[ée]e?[ \t]+(?:avec|à)|\bmariage[ \t]+(?:avec|de)|\bunion[ \t]+avec|\bwedding[ \t]+to|\bpacs[ée]e?[ \t]+avec|\bmarried(?:[ \t]+to)?|"
                        r"\b(?:mon|ma|my|our|notre)[ \t]+(?:fils|fille|épouse|époux|mari|femme|conjointe?|compagne|"
                        r"compagnon|partenaire|enfant|son|daughter|wife|husband|partner|child|frère|s(?:œ|oe)ur|brother|"
                        r"sister|cousine?|neveu|nièce|nephew|niece|mère|père|mother|father|mum|mom|dad|oncle|tante|uncle|aunt)|"
                        r"\bnaissance[ \t]+(?:de[ \t]+)?(?:mon|ma|notre)[ \t]+\w+|\bbirth[ \t]+of[ \t]+(?:my|our)[ \t]+\w+|"
                        r"\b(?:wife|husband|partner|épouse|époux|conjointe?)[ \t]*:?|" + BOSS + r"|"
                        r"(?-i:\b(?:n[ée]e|geb\.|born)))[ \t,:]*$")  # a maiden name: 'née CHUBAROVA'
# a field whose label names the person the document is about or a person in it ('Demandeur d'emploi :',
# 'Signature du demandeur :', 'Emergency contact:', 'De : …' in a mail header): its value is a name when it looks like one
ROLE_WORDS = (r"demandeu(?:r|se)s?(?:[ \t]+d['’]emploi)?|candidat(?:e)?s?|postulant(?:e)?s?|participant(?:e)?s?|b[ée]n[ée]ficiaire|"
              r"attendees?|pr[ée]sent(?:e)?s|invit[ée]e?s|jury|panel(?:ists?)?|interviewers|copie[ \t]+[àa]|"
              r"format(?:eur|rice)|enseignante?|teacher|tutor|instructor|solicitor|notaire|avocate?|traduct(?:eur|rice)|translator|"
              r"interpr[èe]te|interpreter|g[ée]rante?|directeur|directrice|director|"
              r"titulaire|signataire|sign[ée]e?[ \t]+par|signatures?|intervenante?|conseill(?:er|ère)|r[ée]f[ée]rente?|"
              r"tut(?:eur|rice)|trainer|parrain|marraine|responsable|manager|superviseu(?:r|se)|supervisor|recruteu(?:r|se)|"
              r"recruiter|worker|charg[ée]e?[ \t]+de[ \t]+(?:recrutement|mission|suivi)|interlocut(?:eur|rice)|contact|"
              r"personne[ \t]+(?:à|a)[ \t]+(?:contacter|pr[ée]venir)|contact[ \t]+d['’]urgence|emergency[ \t]+contact|"
              r"next[ \t]+of[ \t]+kin|(?:temp(?:orary)?|agency)[ \t]+worker|exp[ée]diteur|exp[ée]ditrice|destinataire|auteur|"
              r"autrice|r[ée]dacteur|r[ée]dactrice|[ée]tabli[ \t]+par|fait[ \t]+par|stagiaire|apprentie?|salari[ée]e?|"
              r"employ[ée]e?|agent|personne[ \t]+(?:orient[ée]e|accompagn[ée]e|suivie)|usag(?:er|[èe]re)|applicant|candidate|jobseeker|job[ \t]+seeker|claimant|signatory|signed(?:[ \t]+by)?|"
              r"interviewer|interviewee|advis[eo]r|work[ \t]+coach|coach|case[ \t]?worker|mentor|referee|t[ée]moins?|witness(?:es)?|"
              r"(?:emergency[ \t]+)?contact(?:[ \t]+person)?|next[ \t]+of[ \t]+kin|sender|author|"
              r"(?:prepared|completed|written|reviewed|checked|verified|approved|validated)[ \t]+by|(?:v[ée]rifi[ée]e?|contr[ôo]l[ée]e?|valid[ée]e?)[ \t]+par|ayants?[ \t]+droits?|employee|trainee|line[ \t]+manager|client[ \t]+name|"
              r"(?:last|meta:last)[ \t\-_]?author|meta:author|dc:creator|creator|cp:lastmodifiedby|"
              r"last[ \t\-_]?(?:modified|saved)[ \t\-_]?by|modified[ \t\-_]by|owner|managers")
ROLE_LABEL = (r"(?:^[^\w\n]{0,4}|[|;\t•·(—–])[ \t]*(?:(?:(?i:visa|signature|avis|nom)[ \t]+(?:du|de[ \t]+la|de|des|of[ \t]+the)[ \t]+)?"
              r"(?:[^\W\d_]{2,15}[ \t]+)?(?:" + ROLE_WORDS + r")(?:\((?:e|ne|se|[èe]re|rice|trice)\)|"
              r"[·.](?:e|ne|se|rice|trice)\b)?(?:[ \t]+(?:du|de|des|de[ \t]+la|d['’]|of[ \t]+the|of|the|"
              r"la|le|l['’]|près[ \t]+la|d['’])?[ \t]*[\w'’]+){0,5}|de|from|à|to|cc)(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*[:：]")
# (a qualification in brackets may stand before the colon: 'Translator (ITI member):')
# the heading of a record about a person, then a colon or a dash ('Fiche candidat — E. Rouquette', 'Candidate profile –
# …'), and who made a record ('Added by Bekzod A.', 'Saisi par …'): what follows is a name when it looks like one
SUBJECT = (r"candidat(?:e)?|postulant(?:e)?|demandeu(?:r|se)(?:[ \t]+d['’]emploi)?|b[ée]n[ée]ficiaire|participant(?:e)?|"
           r"salari[ée]e?|stagiaire|int[ée]rimaire|apprentie?|candidate|applicant|jobseeker|job[ \t]+seeker|employee|"
           r"trainee|[ée]l[èe]ve|pupil|student|learner|apprenant(?:e)?")
# who made, typed or referred a record, as written or typed in a hurry ('Added by Bekzod A.', 'Saisi par …', 'reco par
# maellys', "ref'd by deeco", 'Ressaisi par', 'Typed up by', 'got ur number off kaylea', 'de la part de …'): a name follows
BY_WHOM = (r"\b(?:added|created|entered|uploaded|submitted|registered|referred|sourced|posted|edited|updated|modified|"
           r"owned|recommended|endorsed|ajout[ée]e?|cr[ée][ée]e?|(?:re)?saisie?|ressaisie?|modifi[ée]e?|envoy[ée]e?|transmise?|"
           r"propos[ée]e?|recommand[ée]e?|reco|ref['’]?d|refer(?:r?ed)?|typed(?:[ \t]+(?:up|in))?|re-?typed|tap[ée]e?|"
           r"orient[ée]e?|adress[ée]e?)[ \t]+(?:by|par)[ \t]*:?"
           r"|\bvouched[ \t]+for[ \t]+by|\b(?:the[ \t]+)?family[ \t]+of"
           r"|\b(?:profil|profile|프로필)[ \t]*[·•|]"  # an app's header: 'ShiftBuddy · profile · X · ★ 4.5'
           r"|\bgot[ \t]+(?:ur|your|yr|ya)[ \t]+(?:number|num|no\.?|nbr|contact|details)[ \t]+(?:off|from|thru|through|via)"
           r"|\bde[ \t]+la[ \t]+part[ \t]+de")
DOC_LABEL = (r"(?:^|[|;\t•·(])[^\w\n]{0,4}(?:(?:fiche|profil|dossier|carte|compte|r[ée]sum[ée]|synth[èe]se)[ \t]+"
             r"(?:du[ \t]+|de[ \t]+la[ \t]+|de[ \t]+l['’]|d['’]|de[ \t]+)?(?:" + SUBJECT + r")|(?:" + SUBJECT + r")(?:[ \t]+"
             r"(?:profile|card|record|file|summary|details|overview|sheet))?)[ \t]*(?:[:：—–]|(?<=[ \t])-(?=[ \t]))"
             r"|" + BY_WHOM)
# a form's question that asks for a person, then its answer ('Q: Who referred you? A: …', 'Q : Nom ? R : …')
QA_CUE = (r"\bQ[ \t]*[:.)][^\n?]{0,60}\b(?:name|nom|pr[ée]nom|refer\w*|recommend\w*|recommand\w*|who|qui)\b[^\n?]{0,40}\?"
          r"[ \t]*(?:[AR][ \t]*[:.)])?")
# a greeting or cheer names the person it is said to ('Bonjour Sitti,', 'Courage Soilihi', 'hi its Dereje')
GREETING = (r"(?:^|[\s,.!?:;(])(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|dear|cher|ch[èe]re|courage|bravo|"
            r"f[ée]licitations|congrats|congratulations|thanks|thank you|merci|good luck|bonne chance|"
            r"(?:hi|hello|hey)[ \t,!]+(?:it['’]?s|i['’]?m|this is|c['’]est|moi c['’]est)|its)")
ADDRESSED = rx(r"(?i)madame|monsieur|mademoiselle|mesdames|messieurs|mme|mr|mrs|ms|miss|sir|madam|docteur|"
                       r"doctor|dr|ma[îi]tre|tous|toutes|all|everyone|everybody|team|[ée]quipe|chers?|ch[èe]res?")
# civil titles before a name, written once for the three places that read them
TITLES = r"M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Monsieur|Madame|Mademoiselle|Dr\.?|Docteur"
DOC_LEAD = rx(r"Candidature|Application|Profil|Profile|Dossier|Fiche|CV|Curriculum")  # a document 'of' someone
LEAD_CUE = rx(TITLES + r"|Met|Rencontr[ée]e?")
SAYS = rx(r"C['’]est|It['’]s|Voici|Here['’]s|FAO|Attn\.?")  # 'C'est Ekindi Eboa': the cue opens the run of a full name  # a title or a meeting opening a run of capitals is the cue, not the name
GREETING_WORD = rx(r"(?i)bonjour|bonsoir|salut|coucou|hello|hi|hey|dear|cher|ch[èe]re|courage|bravo|"
                           r"f[ée]licitations|congrats|congratulations|thanks|merci")
TITLE_CUE = (r"(?:^|(?<=[\s(,;:«\"“]))(?-i:" + TITLES + r")|\b(?:met|meeting[ \t]+with|spoke[ \t]+(?:to|with)|phoned|rencontr[ée]e?|entretien[ \t]+avec|"
             r"(?:declared|sworn|signed)[ \t]+before|fait[ \t]+devant|devant[ \t]+(?:Ma[îi]tre|Me)|"
             r"rdv[ \t]+avec|rendez-vous[ \t]+avec|[ée]chang[ée][ \t]+avec)"
             r"|\*\|[A-Z_]{2,20}\|\*|«[^»\n]{2,20}»|\{\{[^{}\n]{2,20}\}\}")  # a mail merge's field left unfilled: '*|TITLE|* X'

# a role said with a verb ('Your work coach is Bhim Limbu', 'Votre conseillère sera Mme …') announces like a colon
ROLE_IS = r"\b(?:" + ROLE_WORDS + r")[ \t]+(?:is|was|will[ \t]+be|est|[ée]tait|sera)"
# the person hired, recommended or introduced ('d'employer Arlindo DJASSI comme…', 'recommend Colloo QUAYLE')
HIRE = (r"\b(?:employer|embaucher|recruter|recommander|accueillir|recommend|recommending|employ|employed|hire|hired|"
        r"remplac[ée]e?s?[ \t]+par|replaced[ \t]+by|covered[ \t]+by|relay[ée]e?[ \t]+par|"
        r"introduce|introducing|vous[ \t]+pr[ée]senter|certifie[ \t]+que|(?:est|il[ \t]+est)[ \t]+certifi[ée][ \t]+que|certify[ \t]+that|atteste[ \t]+que|confirm[ \t]+that)")
# the same typed in a hurry or by a learner ('jm'apel', 'mon nom et', 'my name are', 'moi cest'), lower case or not
SELF_INTRO_TYPED = (r"j['’ ]?[ \t]*m['’ ][ \t]*ap+el+e?s?|je[ \t]+m['’ ]?[ \t]*ap+el+e?s?|mon[ \t]+(?:pr[ée])?nom[ \t]+(?:et|é|c['’]?est|cest|:)|"
                    r"my[ \t]+(?:first[ \t]+|full[ \t]+|sur)?name[ \t]+(?:are|iz|was|=)|my[ \t]+name[ \t]*[=:]|moi[ \t]+c['’]?est|"
                    r"moi[ \t]+cest|moi[ \t]+c(?=[ \t])|i[ \t]+am[ \t]+call(?:ed)?|im[ \t]+called")
# saying one's own name ('Je m'appelle Ikaika', 'My name is Ngaio', 'Mon prénom est …'): whatever the name
SELF_INTRO = (r"(?:^|(?<=[%#>*]))[ \t]*(?:cv|c\.v\.|curriculum[ \t]+vitae|lebenslauf)(?=[ \t]+$)|je[ \t]+m['’]appelle|je[ \t]+me[ \t]+nomme|on[ \t]+m['’]appelle|mon[ \t]+(?:pr[ée])?nom[ \t]+(?:est|c['’]est)|"
              r"my[ \t]+(?:first[ \t]+|last[ \t]+|full[ \t]+|sur)?name[ \t]+is|i[ \t]+am[ \t]+called|moi[ \t]+c['’]est|"
              + SELF_INTRO_TYPED)
# who a meeting is with ('SUMMARY:Entretien – Ninwa Bakous – …', 'Interview with …') and who said a quote or a review
# ('★★★★★ Great work. — Armah Quaye'): a name whatever the name
# a recruiter's note of a call at a time, then who ('appel 14h → X', 'call 2pm -> X')
CALL_AT = (r"\b(?:entretien|interview|rdv|appel|call|visio|t[ée]l|phone)[ \t]+(?:à[ \t]+|at[ \t]+)?\d{1,2}(?:[h:.]\d{0,2}|[ \t]?[ap]m)?"
           r"[ \t]*(?:→|->|=>|[–—:|-])")
# (never a job's complement: 'Agent d'entretien - Lidl', 'Conseiller centre d'appel - Free')
MEETING = r"(?<!d['’])(?<!\bd[ \t])(?<!\bde[ \t])(?<!\bdu[ \t])(?<!\bof[ \t])\b(?:entretien|interview|rdv|rendez-vous|meeting|appel|call|visio|réunion)"
ATTRIBUTED = (MEETING + r"(?:[ \t]+(?:avec|with))?[ \t]*[–—:|-]"
              r"|" + MEETING + r"[ \t]+(?:avec|with)"
              r"|[.!?…»\"”][ \t]*[—–]|(?:^|\n)[^\w\n]{0,4}(?:recommendation|recommandation|testimonial|t[ée]moignage|reference|r[ée]f[ée]rence)[ \t]*[—–]|" + CALL_AT)
CUE_BEFORE = rx(r"(?i)(?:name is|i am|i'm|je suis|moi,?|contact\s*:|"
                        r"candidat(?:e)?(?:[ \t]+pr[ée]sent[ée]e?)?\s*:|applicant\s*:|candidate\s*:|"
                        r"(?:discussion|conversation|chat|messages?)\b[^\n]{0,25}\b(?:avec|with)|c['’]est|this is|it['’]s|"
                        r"^[ \t]*\[[\d/:.,\- APMapm]{5,25}\][ \t]*|"
                        r"(?:recruteu(?:r|se)|recruiter|interviewer|consultante?|conseill(?:er|ère)|r[ée]f[ée]rente?|"
                        r"advis[eo]r|work coach|charg[ée]e? de recrutement|tut(?:eur|rice)|intervenante?|"
                        r"interlocut(?:eur|rice))\s*:|"
                        r"(?:^|\W)(?:cv|c\.v\.|curriculum vitae|r[ée]sum[ée]|lebenslauf|이력서)[ \t]*(?:de|of|[–—:\-|])[ \t]*$|"
                        r"pour[ \t]+(?:l['’]agence|l['’]employeur|l['’]entreprise|la[ \t]+soci[ée]t[ée])[ \t]*:|"
                        r"for[ \t]+the[ \t]+(?:agency|employer|company)[ \t]*:|"
                        r"signé,?|signed,?|cordialement,?|sincerely,?|regards,?|bien à vous,?|respectueusement,?|"
                        r"best,?|thank you,?|merci,?|fait à [^\n,]+,? le [^\n]+?|r[ée]f(?:[ée]rences?|s)?\.?\s*:|references?\s*:|referees?\s*:|^[ \t]*~|"
                        r"\b(?:bjr|bsr|slt|salut|coucou|cc|hiya|hey|hi|hello)[ \t,!]+(?:c|its)|moi[ \t]+c|"
                        r"par[ \t]+d[ée]l[ée]gation[ \t]*,|on[ \t]+behalf[ \t]+of[ \t]+[^\n,]{2,40},|"
                        r"(?:passport|passeport|carte[ \t]+(?:nationale[ \t]+)?d['’]identit[ée]|identity[ \t]+card|"
                        r"titre[ \t]+de[ \t]+s[ée]jour|residence[ \t]+(?:permit|card))[ \t]*[:—–-]|"
                        r"^[^\w\n]{0,4}(?:r[ée]f[ée]rences?|referees?|r[ée]f[ée]rents?)(?:[ \t]+(?:professionnelles|professional))?[ \t]*:?[^\w\n]{0,4}[ \t]+|"  # heading above
                        r"(?:r[ée]alis[ée]e?|fait|rempli|saisi|compl[ée]t[ée]e?|v[ée]rifi[ée]e?|valid[ée]e?|consult[ée]e?|vue?|"
                        r"filed|viewed|interview(?:ed)?|prepared|completed|checked|verified|approved|entered|submitted|"
                        r"reviewed|conducted|traduit(?:e|s)?|translated|interpr[ée]t[ée]e?|interpreted)[ \t]+(?:par|by)[ \t]*:?|"
                        # the same in the author's language: a translator, a certificate about the person ('Traduzido por',
                        # 'Цим підтверджуємо, що X', 'Pinapatunayan namin na si X', '대표 X', '번역: X')
                        r"(?:traduzid[oa]|traducid[oa]|tradott[oa]|t[łl]umaczy[łl](?:a)?|[çc]eviren|переклав|переклала|"
                        r"перевел(?:а)?|tradus[ăa]?)[ \t]+(?:por|da|de|przez|by)?[ \t]*:?|"
                        r"(?:підтверджуємо|підтверджую|подтверждаем|подтверждаю|confirm[ăa]m|potwierdzamy|certificamos|"
                        r"atestamos|declaramos|certifichiamo|dichiariamo)[ \t]*,?[ \t]*(?:що|что|c[ăa]|[żz]e|que|che)?[ \t]*(?:o[ \t]+sr\.?|a[ \t]+sra\.?|"
                        r"el[ \t]+sr\.?|la[ \t]+sra\.?|pan(?:i)?|dl\.|dna\.|il[ \t]+sig\.?|la[ \t]+sig\.ra)?|"
                        r"\bna[ \t]+si|(?:대표(?:이사)?|번역(?:인|자)?|통역(?:인|사)?|추천인)[ \t]*[:：]?|"
                        # a signer's role before the name ('Le gérant, X', 'The manager, X', 'O gerente, X')
                        r"(?:^|[.\n])[ \t]*(?:le|la|l['’]|the|o|a|el)[ \t]+(?:g[ée]rante?|directeur|directrice|director|"
                        r"directora|diretora?|gerente|manager|owner|propri[ée]taire|patron(?:ne)?|responsable|supervisor|"
                        r"encargad[oa]|dono|dona|due[ñn][oa])[ \t]*,|"
                        # who wrote a note or sent a message ('Note interne de X :', 'Internal note by X:')
                        r"(?:application|candidature|message|notes?|commentaire|comment|remarque|e-?mail|mail|compte[ \t]+rendu|"
                        r"report|rapport)(?:[ \t]+(?:interne|internal|priv[ée]e?|private))?[ \t]+(?:from|de|by|d['’])|"
                        r"(?:^|\n)[ \t]*(?-i:I)[ \t]*,|"  # 'I, Lềnh Thèn, manager of …' opens a letter
                        r"\bFAO[ \t]*:?|(?:for[ \t]+the[ \t]+)?attention[ \t]+of[ \t]*:?|à[ \t]+l['’]attention[ \t]+de|\bexp(?:[ée]diteur|\.)[ \t]*:|"
                        r"rédigé par|written by|par|" + ROLE_LABEL + r"|" + DOC_LABEL + r"|" + TITLE_CUE + r"|" + GREETING + r"|"
                        + ROLE_IS + r"|" + HIRE + r"|" + SELF_INTRO + r"|" + ATTRIBUTED + r"|" + QA_CUE + r")[ \t,]*$")
# the names after a role label that lists people ('Participants : Kolotilda Ulufonua, Nishtah Nundlall, …'): each
# item of the list is announced like the first
LIST_CUE = rx(r"(?i)(?:" + ROLE_LABEL + r")(?:[ \t]*[^\n,;:]{2,40}?(?:,|[ \t]+(?:et|and|&)[ \t]))+[ \t]*$")
STRONG_CUE = rx(r"(?i)(?:" + GREETING + "|" + ROLE_LABEL + "|" + DOC_LABEL + "|" + TITLE_CUE + "|" + ROLE_IS
                        + "|" + HIRE + r"|" + ATTRIBUTED + r"|\b(?:" + SELF_INTRO + r"))[ \t,:]*$")
# a signature gives the signer's function after the name ('Kopila Gurung, Manager', '…, pour la direction')
SIGNED_AS = (r"[ \t]*,[ \t]*(?:pour[ \t]+(?:la[ \t]+direction|le[ \t]+directeur|la[ \t]+directrice|l['’]entreprise|le[ \t]+g[ée]rant)|"
             r"p/o|pp|on[ \t]+behalf[ \t]+of|(?:the[ \t]+)?(?:manager|director|directeur|directrice|g[ée]rante?|drh|owner|"
             r"head[ \t]+of|supervisor|superviseu(?:r|se)|pr[ée]sidente?|president|ceo|founder|fondat(?:eur|rice)|proprietor|"
             r"propri[ée]taire|team[ \t]+leader|chef[ \t]+d['’][ée]quipe|store[ \t]+manager|responsable[ \t]+(?:rh|des[ \t]+ressources|"
             r"du[ \t]+personnel|d['’]agence|de[ \t]+secteur)))(?![\w])[^\n]{0,40}$")
# a person looking for work, whoever writes about them ('pour Aghali Akeratane, qui cherche un poste'): 'pour' does not
# make them an employer
SEEKS_WORK = rx(r"(?i)^[ \t]*,[ \t]*(?:qui[ \t]+(?:re)?cherche[ \t]+(?:un|du|le)[ \t]+(?:poste|emploi|travail|job|boulot)|"
                        r"who[ \t]+is[ \t]+(?:looking|seeking|searching)[ \t]+for[ \t]+(?:work|a[ \t]+job|employment))")
# a marketplace profile's name, then its badge ('Shamiram · Prestataire vérifié', 'Adoley · Verified tradesperson')
BADGE = (r"[ \t]*[·•|–—][ \t]*(?:prestataire|verified|v[ée]rifi[ée]e?|certifi[ée]e?|tradesperson|auto-?entrepreneu(?:r|se)|"
         r"freelance|ind[ée]pendante?|top[ \t]+pro|pro[ \t]+v[ée]rifi[ée]e?|super[ \t]?host)")
BADGE_AFTER = rx(r"(?i)" + BADGE)
# a name that signs and dates a note ('# Tchuente Nguimfack — 15/09', 'Aled Llywelyn – 12 mars'): the date ends the line
DATED_SIGNATURE = (r"[ \t]*[—–][ \t]*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:er)?[ \t]+[^\W\d_]{3,9}\.?(?:[ \t]+\d{4})?)"
                   r"[ \t]*$")
CUE_AFTER = rx(r"(?i)^(?:[ \t]*:[ \t]*[«“\"‘](?=[^\n]{2,80}[»”\"’])|" + BADGE + r"|" + DATED_SIGNATURE + r"|[ \t]*,?[ \t]*\((?:1[6-9]|[2-7]\d)\)[ \t]*(?:$|[,;–—|·])|[ \t]*,[ \t]*\(?(?:\d\d[ \t]*(?:ans|years?)|née?|born|âgée?|aged|célibataire|mariée?|"
                       r"married|single|habite|vit|domicili|demeurant|résid|disponible|available|lives|living|based|"
                       r"qui[ \t]+(?:re)?cherche[ \t]+(?:un|du|le)[ \t]+(?:poste|emploi|travail|job|boulot)|"
                       r"who[ \t]+is[ \t]+(?:looking|seeking|searching)[ \t]+for[ \t]+(?:work|a[ \t]+job|employment))"
                       r"|[ \t]*\(+[^)\n]{0,40}?(?:\d\d[ \t]*(?:ans|years?)|aged?|âgée?|mariée?|veuve?|veuf|"
                       r"célibataire|divorcée?|married|single|widowed|male|female|femme|homme|née?|born|sexe)|"
                       r"[ \t]*\((?:elle|il|iel|she|he|they)(?:[ \t]*/[ \t]*\w+){0,2}\)|"
                       r"[ \t]+(?-i:n[ée]e|born|geb\.)[ \t]+(?-i:[A-ZÀ-Þ])|" + SIGNED_AS + r"|[ \t]*\(\d\d\)|[ \t]*[,–—\-|·•][ \t]*(?:\+?\d[\d .]{7,}|[\w.+-]+@)|[ \t]*<[\w.+'\-]+@|[ \t]*[•·][ \t]*(?:1st|2nd|3rd\+?|[123]e\+?|1er)(?!\w))")
HANGUL = rx(r"(?<![가-힣])([가-힣]{2,4})(?:입니다|이며|이고|이다|님|씨|은|는|이|가|의|을|를|와|과|\s*\()?(?![가-힣])")
KO_SURNAMES = set("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추"
                  "도소석선설마길위표명기반왕금옥육인맹제모탁국어은편용예경봉나라류변여추탁아감계순흥")
# the rarer surnames of Statistics Korea's census (2015): read as a surname only where a name is expected (alone on a
# line near the top or the contact block, or announced), since many are also the first syllable of common words
KO_RARE = set("견경계곡교국군궁궉근낭내뇌누단담당대독돈동두등란랑려로뢰리림만망매묘무묵미범보복부비빈빙사삼상섭수승"
              "시애야어엽영옹요운음자저점종좌준즙증창초총춘탄태판팽평포풍피필학해혁형호화환후") - KO_SURNAMES
KO_DOUBLE = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방")
KO_NOT_NAMES = {"지원자", "신청자", "구직자", "근로자", "담당자", "응시자", "희망자", "작성자", "연락처", "메모", "내부", "자격증", "소개서", "이메일", "사진첨부", "포트폴리오", "인적사항", "학력사항", "경력사항",
                "자격사항", "자기소개", "병역사항", "어학능력", "기타사항", "활동내역", "수상경력", "보유기술", "희망직무",
                "지원동기", "성장과정", "입사후포부", "장단점", "생활신조", "이력서", "경력", "학력", "자격증", "성명", "주소", "연락처", "기술", "자기소개", "소개서", "경력사항", "학력사항",
                "병역", "가족", "국적", "이름", "사진", "전화", "휴대폰", "이메일", "생년월일", "지원", "분야", "기간",
                "근무", "회사", "담당", "업무", "정보", "관리", "간호사", "요양", "병원", "고객", "서비스", "운전", "지게차",
                "조리", "주방", "물류", "창고", "판매", "매장", "영업", "개발", "디자인", "사무", "교육", "수료", "졸업",
                "대학교", "고등학교", "전공", "자격", "면허", "취득", "보유", "가능", "희망", "급여", "연봉", "신입",
                "경험", "성실", "책임감", "최선", "노력", "장점", "단점", "성격", "취미", "특기", "자기", "이상", "이하",
                "한국", "대한민국", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "전국",
                "정규직", "계약직", "주간", "야간", "교대", "유지", "보수", "점검", "안전", "품질", "생산", "제조",
                # teachers and their subjects: '국어 선생님' is a job ('선생님' had read as a name after '국어')
                "선생님", "선생", "쌤", "교사", "강사", "담임", "국어", "수학", "영어", "과학", "사회", "음악", "미술", "체육",
                "원장님", "사장님", "실장님", "팀장님", "부장님", "과장님", "기사님", "어르신", "아버지", "어머니",
                # common words a list item or a sentence opens with ('나이는 45세이고', '• 편의점 근무', '• 설거지')
                "나이는", "나이", "저는", "제가", "편의점", "설거지", "서빙", "배달", "청소", "포장", "검수", "상하차",
                "택배", "계산", "진열", "세척", "보조", "알바", "아르바이트", "현재", "주말", "평일", "오전", "오후"}


PROFILE_SLUG = rx(r"(?i)(?:https?://|www\.)[^\s/<>\"']{1,80}/(?:[^\s/<>\"']{1,40}/){0,3}?(?:candidats?|candidates?|"
                          r"profils?|profiles?|cv|people|talents?|users?|u|membres?|members?|pub|in)/(?P<slug>[\w.\-%]{2,80})")
EMAIL_ADDRESS = rx(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")  # from a word's start only: linear


KO_SPACED_LABEL = rx(r"(?<![가-힣])([가-힣])[ \t]{2,}([가-힣])(?=[ \t]*[:：])")  # a letter-spaced form label


def name_words(text: str) -> set[str]:
    """Words of the names the text gives (the candidate's, a referee's), as written, for masking everywhere."""
    emails = {fold(p) for e in EMAIL_ADDRESS.findall(text)
              for p in re.split(r"[._\-+0-9]+", e.split("@")[0]) if len(p) > 1}
    emails |= {fold(p) for m in PROFILE_SLUG.finditer(text) for p in re.split(r"[._\-+0-9%]+", m.group("slug"))
               if len(p) > 1 and not re.fullmatch(r"[0-9a-f]{4,}", p)}  # '…/candidat/ravind-nundlall-1613b8' spells it
    lines = text.split("\n")
    contact = {i for i, ln in enumerate(lines) if CONTACT.search(ln)}
    first_line = next((i for i, ln in enumerate(lines) if ln.strip()), -1)
    headed = {i for i, ln in enumerate(lines) if TITLE_LINE.match(ln)}
    found: set[str] = set()
    found |= _file_name_words(text) | _markup_names(text)
    last = max((i for i, ln in enumerate(lines) if ln.strip()), default=-1)
    signed = re.sub(r"^[^\w]*", "", lines[last]).strip() if last >= 0 else ""
    if re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ'’\-]{2,}", signed) and nameness(signed) > 0.5 \
            and folded_words().get(fold(signed), 0) < 3:
        found.add(signed)  # a first name signing the CV or its letter ('— Ifrah')
    found |= {w for line in lines if "\u0600" <= max(line, default=" ") for w in _arabic_name(line)}
    top = [ln for ln in lines if ln.strip()][:3]  # in those scripts a short line may be a skill: only a header's
    found |= {w for line in top if "\u0900" <= max(line, default=" ") for w in _script_name(line)}
    if first_line >= 0 and "가" <= max(lines[first_line]) <= "힣":
        found |= _ko_header_name(lines[first_line])
    turns = _speaker_turns(lines)
    found |= _speakers(lines)
    found |= _korean_life_events(text)
    found |= _ko_glossed(text) if "가" <= max(text, default=" ") else set()
    if "감사" in text or "고맙" in text or "고수" in text or "수고" in text:
        found |= _korean_signed(text)
    cued = prefilter.may_match(LOWER_CUE, prefilter.lowered(text))  # (speed: a line holds a cue only if the text does)
    # lines by a contact line or under a heading, once: a test per line over every such line was quadratic (a
    # two-column page read column by column makes every 'CONTACT' a heading of its own)
    top = {i for i, ln in enumerate(lines) if ln.strip()}
    top = set(sorted(top)[:4])  # a header's lines: where a name alone is expected
    near = {first_line} | {k for j in contact for k in range(j - 2, j + 3)} | {k for j in headed for k in (j + 1, j + 2)}
    near |= {i - 1 for i, ln in enumerate(lines) if " @ " in ln and HEADLINE.match(ln)}  # a profile's name, then its
    # headline ('Cariste @ Stef', '병동 간호사 @ 세브란스병원')
    prev = ""  # the last line with text before this one (one pass: many empty lines stay linear)
    for i, full in enumerate(lines):
        full = KO_SPACED_LABEL.sub(r"\1\2", full) if "  " in full else full  # '성    명 :' is one label, not two columns
        on_contact = bool(CONTACT.search(full))  # once a line: per column it was quadratic on a line of many columns
        for line in re.split(r"[ \t]{3,}", full):  # columns side by side, as PDF readers give them
            if len(line) < 40 and i != first_line and known_heading(line):
                continue  # 'À PROPOS', 'CENTRES D'INTÉRÊT': a section's heading, never a name
            found |= _names_in(line, prev, emails, i in near, on_contact, i in turns, i == first_line)
            if i in top and i not in near and "가" <= max(line, default=" ") <= "힣" and ":" not in line \
                    and "：" not in line and len(line.split()) <= 3:  # '👋 피다운' on a post's second line
                found |= _korean(HANDLE.sub("", DECOR.sub("", line)), i in turns, True)
        if i in near or i in top or full.lstrip()[:1] in "@>[" or DECOR.match(full):  # a header's, a post's line
            found |= _lower_line(full)
        found |= (_lower_names(full) if cued else set()) | (_greeted(full) if "c'est" in full or "it's" in full or "this is" in full
                                        or "ici" in full or "c’est" in full else set())
        if full.strip():
            prev = full
    found |= _companions(lines, found)
    if any("가" <= c <= "힣" for w in found for c in w[:1]):
        found |= {w for line in lines if "가" <= max(line, default=" ") for w in _ko_companions(line, found)}
    return {w for w in found if len(w) > 1}


# phone-typed notes lose capitals ('cv sabitra limbu "baz"'): after a cue that opens a line or introduces oneself,
# lower-case words no job text uses are the name
LOWER_CUE = rx(r"(?i)(?:^[^\w\n]{0,4}(?:cv|c\.v\.?|resume|r[ée]sum[ée]|profil)[ \t:,\-–]+|"
                       r"(?:je[ \t]+m['’]appelle|my[ \t]+name[ \t]+is|moi[ \t]+c['’]est|name[ \t]*:|" + SELF_INTRO_TYPED + r")[ \t]*|"
                       r"\b(?:bonjour|bonsoir|allô|allo|hello|hi|hiya|hey|bjr|bsr|slt|salut|coucou|cc)[ \t,!]+"
                       r"(?:c['’]est|c|this[ \t]+is|it['’]?s|ici)[ \t]+|"
                       r"(?:^|(?<=[|/·•;>]))[ \t]*(?:r[ée]f(?:[ée]rences?|s)?\.?|referees?|references?|nom(?:[ \t]+et[ \t]+pr[ée]nom)?|"
                       r"pr[ée]nom(?:[ \t]+et[ \t]+nom)?|nom[ \t]*/[ \t]*pr[ée]nom|full[ \t]+name)[ \t]*[:：][ \t]*|"
                       r"(?:" + QA_CUE + r"|" + CALL_AT + r"|" + BOSS + r")[ \t]*|"
                       r"\b(?:applicant|candidate|candidat|candidate)[ \t]+(?:for|pour)\b[^:\n]{0,60}:[ \t]*|"
                       r"(?:" + BY_WHOM + r")[ \t]+|"
                       # 'c nolhan boubaker qui ma donné le num': who sent the candidate, typed as said
                       r"(?:^|(?<=[\s>]))c[ \t]+(?=[a-zß-ÿ][\w'’\-]*(?:[ \t]+[a-zß-ÿ][\w'’\-]*)?[ \t]+qui\b))"
                       r"(?=[a-zß-ÿ])")


LOWER_STOP = {"dit", "dite", "alias", "aka", "et", "and", "ou", "or", "avec", "with", "pour", "for", "sur", "on", "je", "i",
              "moi", "me", "mon", "ma", "my", "est", "is", "a", "the", "le", "la", "les", "un", "une", "mis", "maj", "jour",
              "update", "updated", "new", "nouveau", "nouvelle", "final", "complet", "version", "ok", "stp", "svp", "pls",
              # a speaker's fillers, as a transcript writes them ('alors moi c brayann bouzerdoum euh …')
              "euh", "heu", "hein", "bah", "ben", "bref", "voila", "voilà", "quoi", "genre", "erm", "um", "umm", "uh", "uhm",
              "er", "hmm", "like", "yeah", "so", "okay", "well",
              "votre", "vos", "notre", "nos", "leur", "leurs", "ton", "ta", "tes", "son", "sa", "ses", "ce", "cette", "ces",
              "du", "des", "de", "your", "our", "their", "his", "her", "its", "this", "that",
              *"janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre "
               "january february march april may june july august september october november december lundi mardi "
               "mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday".split()}


# a call transcribed in lower case: 'bonjour ilango c'est zalihata bacari', 'hi eachann it's gammachuu tufa': the person
# greeted and the caller
GREET_CALL = rx(r"\b(?:bonjour|bonsoir|salut|allô|allo|hi|hello|hey)[ \t,]+(?P<to>[a-zà-ÿ][a-zà-ÿ'\-]{1,20})[ \t,]+"
                        r"(?:c['’]est|it['’]s|this[ \t]+is|ici)[ \t]+(?P<me>[a-zà-ÿ][a-zà-ÿ'\-]{1,20}(?:[ \t]+[a-zà-ÿ][a-zà-ÿ'\-]{1,20})?)")


def _greeted(line: str) -> set[str]:
    """The names of a greeting in a lower-case call transcript (see GREET_CALL); never a common word."""
    out: set[str] = set()
    for m in GREET_CALL.finditer(line):
        for w in [m.group("to"), *m.group("me").split()]:
            if w in LOWER_STOP or folded_words().get(fold(w), 0) >= (3 if fold(w) in names() else 1) or places(fold(w)):
                break  # 'bonjour madame c'est …', '… c'est moi', 'it's about'
            out.add(w)
    return out


def _lower_names(line: str) -> set[str]:
    """A name written in lower case after a cue ('cv fallou n'gom', 'je m'appelle sosso'), and its nickname."""
    m = LOWER_CUE.search(line)
    out: list[str] = []
    pos = m.end() if m else 0
    for t in TOKEN.finditer(line, pos) if m else ():
        word = t.group(0).rstrip(".")
        key = fold(word)
        if line[pos:t.start()].strip() or len(out) == 4:
            break
        if not word.islower():  # a transcript's surname keeps its capital ('je m'appelle amalberg Druen')
            if out and word.istitle() and not folded_words().get(key, 0) and not places(key) and key not in LOWER_STOP:
                out.append(word)
            break
        if key in PARTICLES and out:
            out.append(word)
        elif len(key) < 2 or folded_words().get(key, 0) >= (3 if key in names() else 1) or places(key) and key not in names() \
                or key in LOWER_STOP or FILE_WORDS.match(key):
            break
        else:
            out.append(word)
        pos = t.end()
    while out and out[-1] in PARTICLES:
        out.pop()
    return set(out) - PARTICLES | (_nickname(line[pos:pos + 60]) if out else set())


# a line that is only a name typed in lower case, under its decoration or after a handle: 'kevynn tahiri',
# '👋 kilyan boubaker', '@enzzo_65x · enzzo ferroukh', 'zbych (zbyszek)'
LOWER_LINE = rx(r"^(?:[^\w\n]{0,6}|[^\w\n]{0,3}@[\w.\-]{2,30}[ \t]*[·•|–—:\-][ \t]*|\[[A-Z]{4,8}\][ \t]*[·•|–—:\-][ \t]*)"
                        r"(?P<run>[a-zß-ÿ][a-zß-ÿ'’\-]+(?:[ \t]+[a-zß-ÿ][a-zß-ÿ'’\-]+){0,2})"
                        r"(?:[ \t]*\((?P<nick>[a-zß-ÿ][a-zß-ÿ'’\-]+)\))?[^\w\n]{0,4}$")


def _lower_line(line: str) -> set[str]:
    """The words of a line that is only a lower-case name (see LOWER_LINE): two or three words (one with a nickname
    in brackets) that no job text uses, no place; one a known name, or, under an icon or a handle, name-like ones
    (lexicon.nameness)."""
    m = LOWER_LINE.match(line)
    if not m:
        return set()
    words = m.group("run").split() + ([m.group("nick")] if m.group("nick") else [])
    keys = [fold(w) for w in words if fold(w) not in PARTICLES]
    lex, common = names(), folded_words()
    if len(keys) < 2 or any(len(k) < 2 or k in LOWER_STOP or places(k) and k not in lex or FILE_WORDS.match(k)
                            or common.get(k, 0) >= (3 if k in lex else 1) for k in keys):
        return set()
    decorated = not line[:1].isalpha()  # under an icon or after a handle: a profile's header
    if any(k in lex for k in keys) or decorated and all(nameness(k) > -0.6 for k in keys) \
            and any(nameness(k) > NAMENESS for k in keys):
        return set(words) - PARTICLES
    return set()  # 'python django api' heading a CV: a known name word is needed on a plain line


# a nickname after a name ('N'DOYE Mactar dit « Zouzou »', 'Sushila LIMBU "Bubba"', 'known as Taz')
NICK = rx(r"^[ \t]*,?[ \t]*(?:(?i:dite?|alias|aka|a\.k\.a\.?|known[ \t]+as|surnomm[ée]e?|nicknamed|called)[ \t]+)?"
                  r"[«\"“‘'][ \t]*(?P<nick>[^\W\d_][\w'’\-]{1,20})[ \t]*[»\"”’']"
                  r"|^[ \t]*\((?P<paren>[a-zß-ÿ][a-zß-ÿ'’\-]{1,20})\)"  # typed in lower case: 'wiwi (wiesia)'
                  r"|^[ \t]*,?[ \t]*(?i:dite?|alias|aka|known[ \t]+as|surnomm[ée]e?|nicknamed)[ \t]+(?P<bare>[A-ZÀ-Þ][\w'’\-]{1,20})")


def _nickname(after: str) -> set[str]:
    """The nickname that follows a name, unless it is a word of job text ('"Responsable"')."""
    m = NICK.match(after)
    word = m and (m.group("nick") or m.group("bare") or m.group("paren"))
    if m and m.group("paren") and (places(fold(word)) or folded_words().get(fold(word))):
        return set()  # 'x (leeds)', 'x (cariste)': a place or a job in brackets
    return {word} if word and folded_words().get(fold(word), 0) < 3 else set()


def _companions(lines: list[str], found: set[str]) -> set[str]:
    """The other words of a run of capitalised words that holds a name word found elsewhere ('Rokhaya N'DOYE' once
    'Rokhaya' is known): a name is written whole. Not in experience lines, after an employer cue, nor with a word
    of job text in the run ('Leroy Merlin' stays an employer when 'Leroy' is the candidate's name)."""
    keys = {fold(w) for w in found if len(w) > 1}
    out: set[str] = set()
    if not keys:
        return out  # no name to complete (speed: most texts; every line below needs one of them)
    for line in lines:
        if not keys & {fold(t) for t in TOKEN.findall(line)} or dated(line) and len(line) < 120:  # prose is no job line
            continue
        for start, _end, tokens in _runs(line):
            words = [t.strip(",.;:") for t in tokens if t.lower() not in PARTICLES and not re.fullmatch(TITLES, t)]
            if _cue_words(tokens):
                words = words[1:]  # 'Candidature de X', 'C'est X Y': the document or the cue is no part of the name
            if not 2 <= len(words) <= 4 or not any(fold(w) in keys for w in words) \
                    or EMPLOYER.search(line[max(0, start - 80):start] + " ") or EMPLOYER.search(words[0] + " "):
                continue
            if not any(folded_words().get(fold(w), 0) >= 3 and "F" not in names().get(fold(w), "") for w in words):
                out |= set(words)
    return out


STAMP = (r"(?:\[[\d:.,/\- APMapm]{4,25}\]|[\d./\-, ]{0,16}(?:오전|오후)?[ \t]{0,3}\d{1,2}:\d{2}(?::\d{2})?[ \t]{0,3}(?:[AaPp][Mm])?)"
         r"[ \t]*[,\-–]?[ \t]*")  # '[00:01:02]', '2024. 9. 16. 오전 8:09,', '16/09/2024 08:09 -'
SPEAKER = rx(r"^[ \t]*+(?P<stamp>" + STAMP + r")?(?P<who>[^\W\d][^:：\n]{0,29}?)[ \t]*[:：]")


# a speaker shown by a speech mark rather than a time: '💬 Ahmeyede : Courage !', 'Q (Alhabib) : Vous intervenez… ?'
# a message signed by its sender and their organisation: '점순 (한길 인력): 잘 받았습니다.', 'Lyes (Agence Sud): ok'
SENDER_ORG = rx(r"^[ \t]*(?P<who>[^\W\d][^:()\n]{0,20}?)[ \t]*\([^()\n]{2,30}\)[ \t]*[:：][ \t]*\S")
# a KakaoTalk export: '[방장 춘삼] [오후 3:10] 구인합니다.', '[Hiroshi] [PM 3:10] …'
KAKAO = rx(r"^[ \t]*\[(?P<who>[^\W\d][^\[\]\n:]{0,20})\][ \t]*\[(?:오전|오후|AM|PM)?[ \t]*\d{1,2}:\d{2}(?:[ \t]*(?:AM|PM))?\]")
SPEECH = rx(r"^[ \t]*+(?:(?:\U0001f4ac|\U0001f5e8|\U0001f5e3|\[[a-z]{1,2}\])\ufe0f?[ \t]*(?P<who>[^\W\d][^:：()\n]{0,29}?)"
                    r"|(?i:q|a|r|question|r[ée]ponse|answer|reply|comment(?:aire)?|avis|review|질문|답변|댓글|후기)[ \t]*"
                    r"\((?P<asker>[^\W\d][^:：()\n]{0,29}?)\))[ \t]*[:：]")


def _speaker_turns(lines: list[str]) -> set[int]:
    """Lines of a transcript or chat: a label that opens three lines or more is a speaker ('Candidat :',
    '지원자:'), and what follows it is what they said, not a field's value."""
    heads = [m.group("who") if (m := SPEAKER.match(ln)) else None for ln in lines]
    counts = {h: heads.count(h) for h in set(heads) if h}
    return {i for i, h in enumerate(heads) if h and counts[h] >= 3}


def _speakers(lines: list[str]) -> set[str]:
    """People talking in a chat export or a timed transcript ('2024. 9. 16. 오전 8:09, 로이레 :', '[08:09] Marie Dupont:'):
    a speaker label after a time stamp is a name unless it is a role ('면접관', 'Recruteur', 'Candidat')."""
    out: set[str] = set()
    for ln in lines:
        m = SPEAKER.match(ln)
        who = m.group("who").strip() if m and m.group("stamp") and re.search(r"\d:\d\d", m.group("stamp")) else ""
        if not who and (m := SPEECH.match(ln)):
            who = (m.group("who") or m.group("asker")).strip()
        if not who and (m := SENDER_ORG.match(ln)):
            who = m.group("who").strip()
        if not who and (m := KAKAO.match(ln)):
            who = " ".join(w for w in m.group("who").split() if w not in KO_TITLES and not w.endswith(("장", "자", "관")))
        if not who or re.fullmatch(r"(?i)(?:" + ROLE_WORDS + r"|moi|me|q|a|question|r[ée]ponse|answer|nous|vous|you)", who):
            continue
        if re.fullmatch(r"[가-힣]{2,8}(?:[ \t][가-힣]{2,8})?", who):  # a Korean or a foreign name in Hangul
            if not any(w in KO_NOT_NAMES or w in KO_TITLES or w.endswith(("자", "관", "사", "원", "장")) for w in who.split()):
                out.update(who.split())
        elif re.fullmatch(r"[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-Þ][\w'’\-]+){0,3}", who) and not any(
                folded_words().get(fold(w), 0) >= 3 and "F" not in names().get(fold(w), "") for w in who.split()):
            out |= set(who.split())
    return out


def korean_given_names(found: set[str]) -> set[str]:
    """The given name of each Korean name found ('운큰솔' -> '큰솔', '남궁민지' -> '민지'): letters and headings use it
    alone ('# 큰솔', '큰솔 드림')."""
    out = set()
    for w in found:
        if re.fullmatch(r"[가-힣]{3,4}", w):
            out.add(w[2:] if w[:2] in KO_DOUBLE or len(w) == 4 else w[1:])
            if len(w) == 4 and w[:2] not in KO_DOUBLE:
                out.add(w[1:])  # or a one-syllable surname and a three-syllable given name ('빈가야미' -> '가야미')
    return out


FILE_NAME = rx(r"(?<![^\s/\\:*?\"<>|])[^\s/\\:*?\"<>|]{1,200}\.(?:pdf|docx?|odt|rtf|hwpx?|txt|pages|jpe?g|png|heic|vcf|vcard)\b",
                       re.I)  # from a token's start only: linear on long runs
CV_TITLE = rx(r"(?i)(?<![\w-])(?:cv|resume|curriculum)(?:[-_][^\W\d_]{2,30}){1,4}(?:[-_]\d{2,4})?(?![\w-])")
FILE_WORDS = rx(r"(?i)^(?:cv|c\.v|resume|résumé|curriculum|vitae|anonyme|anonymised|anonymized|blind|final|"
                        r"v\d+|new|copy|copie|lettre|letter|motivation|cover|scan|draft|version|\d+)$")


# markup that names the author ('\\name{Mpiana}{Nzeza}', '\\author{…}', '\\firstname{…}'): every argument is a name
MARKUP_NAME = rx(r"\\(?:name|firstname|familyname|lastname|surname|author|signature|fullname)[ \t]*"
                         r"((?:\{[^{}\n]{1,60}\}[ \t]*){1,3})")


def _markup_names(text: str) -> set[str]:
    """Words of the arguments of LaTeX commands that name the person (moderncv, letters)."""
    return {w for m in MARKUP_NAME.finditer(text) for arg in re.findall(r"\{([^{}]*)\}", m.group(1))
            for w in TOKEN.findall(arg) if len(w) > 1 and w.lower() not in PARTICLES}


def _file_name_words(text: str) -> set[str]:
    """Words of an attachment's file name ('CV_anonyme_Sisouphanh_Vilayvanh_v2.pdf', '이력서_옥벼리_블라인드.hwp'):
    what is not 'CV', a version or a language word there is the person's name."""
    out: set[str] = set()
    stems = [m.group(0).rsplit(".", 1)[0] for m in FILE_NAME.finditer(text)] + CV_TITLE.findall(text)
    for stem in stems:
        for part in re.split(r"[_\-\s.()]+", stem):
            lower = part.islower() and folded_words().get(fold(part), 0) < 3 and (
                fold(part) in names() or nameness(part) > NAMENESS)  # 'tehaamoana', 'mbuyi'
            if len(part) > 1 and not FILE_WORDS.match(part) and part not in KO_NOT_NAMES and part not in (
                    "블라인드", "자기소개서", "경력기술서", "최종") and (part[0].isupper() or lower
                                                             or re.fullmatch(r"[가-힣]{2,6}", part)):
                out.add(part)
    return out


# symbols around a line ('✦ 빈뫼찬 ✦', '▸ …'): arrows, stars, shapes, dingbats, pictographs; never brackets or quotes
# a Korean name and its romanization in brackets, or the other way ('박나라 (Nara PARK)', 'Hanbyeol JANG' after '장한별 (')
LATIN_NAME = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t]+[A-Z][A-Za-z]+(?:-[A-Za-z][a-z]+)?){1,2}"  # 'Seul-ki Ko', 'Minji PARK'
KO_ROMANIZED = rx(r"(?<![가-힣])([가-힣]{2,4})[ \t]*\([ \t]*(" + LATIN_NAME + r")[ \t]*\)")  # '고슬기 (Seul-ki Ko)'
KO_GLOSSED = rx(r"(?<!\w)(" + LATIN_NAME + r")[ \t]*[/(][ \t]*([가-힣]{2,4})(?![가-힣])")  # 'Minji Moon / 문민지'
KO_ROMAN_SURNAMES = frozenset(  # the usual romanizations of Korean surnames: one of them is in a romanized name
    "kim gim lee yi rhee park pak bak choi choe jung jeong chung kang gang cho jo yoon yun jang chang lim im han oh "
    "seo suh shin sin kwon gwon hwang ahn an song yoo yu ryu hong jeon jun chun ko go moon mun yang son sohn bae "
    "baek paek heo hur nam noh roh no ha kwak gwak sung seong cha joo ju woo wu koo ku gu min jin ji um eom chae won "
    "bang pang gong kong hyun hyeon ham byun byeon yeom yum yeo choo chu do seok sun seon seol ma gil yeon wi pyo "
    "myung myeong ki gi ban ra na wang geum keum ok yook yuk in maeng je mo tak guk kook".split())
ROMAN_SYLLABLE = r"(?:[bcdghjklmnprstwy]{0,2}(?:yae|wae|ae|ya|yeo|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|rk|k|n|t|l|m|p)?)"
ROMANIZED = rx(r"(?i)" + ROMAN_SYLLABLE + r"+(?:-" + ROMAN_SYLLABLE + r"+)?")  # Revised Romanization's syllables


def _ko_glossed(text: str) -> set[str]:
    """A Korean name beside its romanization, either order ('고슬기 (Seul-ki Ko)', 'Minji Moon / 문민지'): the Hangul word
    starts with a surname and the Latin words are Korean syllables ('Hyatt', 'University' are not), or it reads as a name."""
    pairs = [(m.group(1), m.group(2), True) for m in KO_ROMANIZED.finditer(text)] \
        + [(m.group(2), m.group(1), False) for m in KO_GLOSSED.finditer(text)]
    found: set[str] = set()
    for hangul, latin, bracketed in pairs:
        words = latin.split()
        romanized = all(ROMANIZED.fullmatch(w) for w in words) and any(w.lower() in KO_ROMAN_SURNAMES for w in words) \
            and len(re.findall(r"[aeiou]+", latin.lower())) == len(hangul)  # a syllable each: not 'Bahasa Jawa (모국어)'
        common = hangul in KO_NOT_COMPANION | KO_TITLES | KO_NOT_NAMES | KO_NOT_INTRO or _ko_job(hangul)
        if hangul[0] in KO_SURNAMES | KO_RARE and not common \
                and (romanized or bracketed and _ko_name_like(hangul) and not _ko_word(hangul)):  # '윤다은' ends in '은'
            found |= {hangul, *re.split(r"[ \t\-]+", latin)}
    return found
HANDLE = rx(r"^[^\w\n]{0,3}(?:@[\w.\-]{2,30}|\[[A-Z]{4,8}\])[ \t]*[·•|–—:\-][ \t]*")  # '@kaylea_38x · ', '[PROFILE] · '
DECOR = rx(r"^[ \t\u2190-\u2bff\U0001f300-\U0001faff\ufe0f]+(?=\S)|(?<=\S)[ \t\u2190-\u2bff\U0001f300-\U0001faff\ufe0f]+$")


LEAD = rx(r"[^\w\n]*(?:\d{1,2}[.)][ \t]+)?")  # what may open a name's line: bullets, a list's number ('2) ')
HEADLINE = rx(r"[^\n@]{2,60}[ \t]@[ \t]+[^\s@][^\n@]{0,60}$")  # a profile's headline: 'Job title @ Employer'

# what may follow a name on a CV's first line: its birth year or age in brackets, or the job sought after a separator
HEADER_TAIL = rx(r"[ \t]*(?:[(\[][ \t]*(?:(?:19|20)\d\d|\d\d[ \t]*(?:ans|years?(?:[ \t]+old)?|y/?o|yrs?))[ \t]*[)\]]"
                 r"[ \t]*(?:$|[–—|•·/,]|[ \t]-[ \t])|(?:[–—|•·/,]|[ \t]-[ \t])[ \t]*(?P<role>(?:[^\W\d_][\w'’\-]*[ \t]+){0,3}"
                 r"[^\W\d_][\w'’\-]*)[ \t]*(?:$|[–—|•·/,(]|[ \t]-[ \t]))")


def _header_tail(rest: str) -> bool:
    """A CV's first line goes on after the name with what a header says of it: a year or an age in brackets, or the
    job sought ('– Labourer', '| Aide-soignante')."""
    m = HEADER_TAIL.match(rest)
    if not m or not m.group("role"):
        return bool(m)
    words = fold(m.group("role")).replace("'", " ").replace("’", " ").split()
    return words[0] in person_nouns() or words[-1] in person_nouns() or words[0] in SIGNER_ROLES


def _names_in(line: str, prev: str, emails: set[str], near: bool, contact: bool, turn: bool = False,
              header: bool = False) -> set[str]:
    """Names in one line (or one column of it); ``header``: the text's first line."""
    found: set[str] = set()
    is_dated = dated(line)
    for start, end, tokens in _runs(line):
        if len(tokens) > 1 and (GREETING_WORD.fullmatch(tokens[0]) or LEAD_CUE.fullmatch(tokens[0])) \
                and not ADDRESSED.fullmatch(tokens[1]):
            start, tokens = line.find(tokens[1], start + len(tokens[0])), tokens[1:]
        elif cut := _cue_words(tokens):
            start, tokens = line.find(tokens[cut], start + len(" ".join(tokens[:cut]))), tokens[cut:]
        head = SPEAKER.match(line) if turn else None
        if head and start <= head.end() + 3 and len(tokens) == 1:  # 'Candidate: So, I'm…': a speaker's first word
            continue
        before = line[max(0, start - 80):start] if line[:start].strip() else prev[-80:] + " "  # cues sit close
        rest = line[end:end + 80]
        tail = " ".join(w for w in rest.split() if w.lower() not in PARTICLES) if len(line) - end < 80 else "…"
        lead = start < 12 and bool(LEAD.fullmatch(line[:start]))  # bullets, emoji, '#', '2)' before it
        alone = lead and (not tail.strip(" \t,.;|–—-*_~`")  # markdown's emphasis around a name line ('**X Y**')
                          or header and _header_tail(rest))  # 'Jean ETCHEGOYEN (1968)', 'DODIE INKSTER – Labourer'

        # 'Binta Traoré / Infirmière / 06… / e-mail': the first field of a contact line is announced as a name
        opens = lead and contact and bool(re.match(r"[ \t]*(?:[|·•◆–—,]|[ \t][-/][ \t])", rest)) \
            and not (len(tokens) == 1 and places(fold(tokens[0])))  # 'Paris - emma@…': a town opens it
        job = (is_dated or in_job_brackets(line[:start], line[end:])) and not (header and alone and HEADER_TAIL.match(rest))
        context = {"alone": alone and len(tokens) <= 5, "near": near, "dated": job, "announced": not opens,
                   "lead": lead}
        if _is_name(tokens, "Contact: " if opens else before, rest, emails, **context):
            found |= {t.strip(",.;:") for t in tokens if t.lower() not in PARTICLES and len(t.strip(".")) > 1}
            found |= _nickname(rest)
    return found | _korean(HANDLE.sub("", DECOR.sub("", line)), turn, near)


ARABIC_LINE = rx(r"^[^\w\n]{0,4}((?:[\u0621-\u064a\u0671-\u06d3]+[ \t]+){1,3}[\u0621-\u064a\u0671-\u06d3]+)[^\w\n]{0,4}$")
ARABIC_NOT_NAMES = frozenset("السيرة الذاتية سيرة ذاتية الخبرة الخبرات المهنية التعليم المهارات اللغات معلومات شخصية "
                             "الاسم العنوان الهاتف البريد الإلكتروني الجنسية تاريخ الميلاد".split())


def _arabic_name(line: str) -> set[str]:
    """A line of two to four words in Arabic script alone (a header's name beside its Latin spelling: 'امنينة منت بوي'):
    a French, English or Korean CV writes no other line so; never a heading ('السيرة الذاتية')."""
    m = ARABIC_LINE.match(line)
    words = m.group(1).split() if m else []
    return set(words) if words and not any(w in ARABIC_NOT_NAMES for w in words) else set()


# the same in the other scripts a name is written in beside its Latin spelling (Devanagari, Bengali, Sinhala, Thai,
# Lao, Myanmar, Khmer, Georgian, Armenian, Ethiopic): two to four words of one script alone on one of a CV's first lines
SCRIPT_LINE = rx("|".join(
    rf"^[^\w\n]{{0,4}}((?:[{block}]+[ \t]+){{1,3}}[{block}]+)[^\w\n]{{0,4}}$" for block in (
        "\u0900-\u097f", "\u0980-\u09ff", "\u0d80-\u0dff", "\u0e00-\u0e7f", "\u0e80-\u0eff", "\u1000-\u109f",
        "\u1780-\u17ff", "\u10a0-\u10ff", "\u0530-\u058f", "\u1200-\u137f")))


def _script_name(line: str) -> set[str]:
    """:func:`_arabic_name` for the other scripts: never a line holding a field label of those languages (a heading
    such as 'ข้อมูล ส่วนตัว' or 'व्यक्तिगत विवरण' says what follows: blind.labels and a few headings)."""
    m = SCRIPT_LINE.match(line)
    words = next((g for g in m.groups() if g), "").split() if m else []
    return set(words) if words and not any(w in _script_not_names() for w in words) else set()


@lru_cache(maxsize=1)
def _script_not_names() -> frozenset[str]:
    """Words of the other languages' field labels, and headings a CV in those scripts opens its parts with."""
    from matchlens.preprocess.blind.labels import table

    headings = ("व्यक्तिगत विवरण बायोडाटा परिचय अनुभव शिक्षा सीप ข้อมูล ส่วนตัว ประวัติ ประสบการณ์ การศึกษา ทักษะ "
                "ប្រវត្តិរូប ព័ត៌មាន ផ្ទាល់ខ្លួន បទពិសោធន៍ ការអប់រំ ကိုယ်ရေးအချက်အလက် အတွေ့အကြုံ ပညာရေး").split()
    return frozenset(w for labels in table().values() for label in labels for w in label.split()) | frozenset(headings)


def _cue_words(tokens: list[str]) -> int:
    """How many capitalised words open a run as its cue, not as the name after it: 'C'est' / 'FAO' (1), 'Candidature
    de' (2); 0 when the run is the name itself or too short to hold one after its cue."""
    if len(tokens) > 2 and SAYS.fullmatch(tokens[0]):
        return 1
    return 2 if len(tokens) > 2 and DOC_LEAD.fullmatch(tokens[0]) and tokens[1].lower() in ("de", "of", "du") else 0


def _runs(line: str):
    """(start, end, tokens) of each run of capitalised words, name particles allowed inside ('Jean de la Tour')."""
    run: list[re.Match] = []
    for m in list(TOKEN.finditer(line)) + [None]:
        gap_ok = m is not None and run and line[run[-1].end():m.start()].strip(" \t") == "" \
            and not (run[-1].group(0).endswith(".") and len(run[-1].group(0)) > 3)  # 'Safran. Safran': a full stop
        cap = m is not None and (m.group(0)[0].isupper() or m.group(0).lower() in PARTICLES and bool(run))
        if cap and (not run or gap_ok):
            run.append(m)
            continue
        while run and run[-1].group(0).lower() in PARTICLES:
            run.pop()
        if run:
            yield run[0].start(), run[-1].end(), [r.group(0) for r in run]
        run = [m] if cap else []


# who did something in a record's history ('— Nisrîn M. a créé la fiche', 'Thandekile T. created the candidate')
ACTOR = rx(r"(?i)^[ \t]+(?:a[ \t]+(?:cr[ée]{2}|modifi[ée]|ajout[ée]|supprim[ée]|d[ée]plac[ée]|chang[ée]|consult[ée]|"
                   r"mis[ \t]+à[ \t]+jour|envoy[ée]|import[ée])|created|updated|changed|added|deleted|removed|moved|edited|"
                   r"viewed|uploaded|imported|sent)\b")


def _is_name(tokens: list[str], before: str, after: str, emails: set[str], alone: bool, near: bool,
             dated: bool, announced: bool = True, lead: bool = False) -> bool:
    """The evidence for one run of capitalised words (see the module doc)."""
    articled = tokens[0].lower() in ("le", "la", "the")  # 'Monsieur le Directeur', 'Madame la Présidente'
    tokens = [t for t in tokens if t.lower() not in PARTICLES]
    parts = [fold(p).strip(".'’") for t in tokens for p in re.split(r"[-'’]", t) if p.strip(".")]
    untitled = TITLE_TAIL.sub("", before)  # 'at Mrs Patel's …': the title does not hide the 'at'
    if SEEKS_WORK.match(after) and parts and len(tokens) <= 4 and not any(p in person_nouns() for p in parts):
        return True
    if EMPLOYER.search(before) and not BOSS_END.search(before) or untitled != before and EMPLOYER.search(untitled) \
            or EMPLOYER_LABEL.search(before) \
            or not parts or len(tokens) > 5 or EMPLOYER.search(tokens[0] + " ") \
            or BUSINESS.search(" ".join(tokens) + re.split(r"[,;(|–—]", after[:40], maxsplit=1)[0]) or FAMILY_FIRM.match(after) \
            or PLACE_AFTER.match(after):
        return False  # 'Contact : Boulangerie Martin' names a shop, "Mrs Patel's Corner Shop" too
        return False
    lex, common = names(), folded_words()
    first = [p for p in parts if "F" in lex.get(p, "")] or _word_given(tokens, parts, lex, before, after)
    known = [p for p in parts if p in lex or p in first]
    initials = [t for t in tokens if re.fullmatch(r"[^\W\d_]\.", t)]
    plain = [p for p in parts if p not in lex and len(p) > 1]
    accented = {fold(p).strip(".'’") for t in tokens for p in re.split(r"[-'’]", t)
                if not p.isascii() and p.lower().strip(".'’") not in words()}  # 'Thèn' is no 'then'
    is_common = [p for p in parts if len(p) > 1 and common.get(p, 0) >= 3 and p not in first and p not in accented]
    spelled = any(p in emails or p.replace("-", "") in emails or len(p) > 3 and any(
        e.startswith(p) or e.endswith(p) for e in emails if len(e) > len(p) + 2) for p in parts if len(p) > 2)
    if len(tokens) <= 2 and not places(parts[-1]) and (BRACKET_TITLE.match(after) or REVERSED.match(after)):
        return True  # 'Driver, Mercy (Ms)', 'King, River (Mr)': the surname first, the title after the given name
    if len(tokens) == 1:  # one word: only when announced or spelled ("Cordialement, Fatima"), never a common word
        if TITLE_TAIL.search(before) and parts[0] not in TITLE_BRANDS and len(parts[0]) > 1 and (not lead or parts[0] in lex) \
                and not articled:  # 'Monsieur le Directeur' is a role
            return True  # 'M. Marchand', 'Mrs Walker', 'Madame Fontaine': a surname after a title, though a word or a town
        if is_common:
            return False  # (before the cues: each is a long pattern)
        kin = bool(KIN_BEFORE.search(before))  # 'ma fille Maïder': a capitalised word after a relative is a name
        if spelled or kin:
            return True  # (before the cue: the longest pattern, 40 µs a line)
        cue = bool(prefilter.has_match(CUE_BEFORE, before))  # a word no lexicon holds counts after a greeting or a role only
        looks = cue and not first and bool(STRONG_CUE.search(before)) and len(parts[0]) > 2 and (  # (read when it decides)
            nameness(parts[0]) > NAMENESS or announced and not common.get(parts[0]) and not places(parts[0]) and not FILE_WORDS.match(parts[0]))
        badge = bool(BADGE_AFTER.match(after)) and len(parts[0]) > 2 and not places(parts[0])
        if re.search(r"[—–][ \t]*$", before) and (m := SIGNED_ROLE.match(after)) \
                and (m.group(1).lower() in person_nouns() or m.group(1).lower() in SIGNER_ROLES) \
                and len(parts[0]) > 2 and not places(parts[0]) and not common.get(parts[0]):
            return True  # a review or a quote signed '— Affoué, gérante · février 2024'

        return bool(cue and (first or looks) or badge)  # 'Tutor: Voirrey', 'Adoley · Verified …'
    if spelled or (first or len(is_common) < len(parts) / 2) and bool(
            prefilter.has_match(CUE_BEFORE, before) or CUE_AFTER.match(after) or KIN_BEFORE.search(before) or LIST_CUE.search(before)):
        return True  # (the cues read only when they decide)
    if 2 <= len(tokens) <= 4 and not is_common and COLLEAGUE.search(before) \
            and not any(places(p) or p in person_nouns() for p in parts):
        return True
    if len(tokens) == 2 and re.fullmatch(r"[A-ZÀ-Þ]\.", tokens[0]) and len(parts[-1]) > 2 and not places(parts[-1]) \
            and not dated and _role_of(after):
        return True  # 'B. Smith, shift supervisor', 'P. Petit, chef d'équipe': an initial, a surname, a role
    if len(tokens) == 2 and re.fullmatch(r"[A-ZÀ-Þ]\.", tokens[0]) and lead and len(parts[-1]) > 2 and not is_common \
            and not places(parts[-1]) and not dated and re.match(r"[ \t]*(?:$|[·•|–—,(])", after):
        return True  # an initial and a surname opening a line or a search hit ('T. Curdoglo · Gardien …')
    if len(tokens) == 2 and re.fullmatch(r"[A-ZÀ-Þ]\.", tokens[1]) and len(parts[0]) > 2 and not is_common \
            and not places(parts[0]) and not re.fullmatch(TITLES, tokens[0]) and (lead or not dated or ACTOR.match(after)):
        return True  # a first name signed with an initial ('Mareva R. – mars 2024'), first on a line or undated
    if any(t.isupper() and len(t) > 2 and not re.search(r"[aeiouy]", fold(t)) for t in tokens):
        return False  # 'NMC PIN', 'BTS MUC': an acronym (no vowel) is no name, unless a cue or an e-mail says so
    if first and not dated and (m := re.match(r"[ \t]*,[ \t]*(?:[^\W\d_]+[ \t]+){0,2}([^\W\d_]+)[ \t]*(?:$|[,.(])", after)) \
            and m.group(1).lower() in SIGNER_ROLES and len(parts) == 2:
        return True  # 'Gift Porter, site manager'
    if not dated and not is_common and (m := re.match(r"[ \t]*,[ \t]*(?:l['’]|le[ \t]+|la[ \t]+|the[ \t]+)?([^\W\d_]+)", after)) \
            and m.group(1).lower() in person_nouns() and not any(places(p) or p in person_nouns() for p in parts):
        return True  # a name then the person's job ('Djanffar Attoumani, conseiller en insertion')
    if first and alone and len(parts) == 2 and (len(known) == 2 or tokens[-1].isupper() and len(parts[1]) > 2) \
            and not dated and not places(parts[0]) \
            and not any(p in person_nouns() for p in parts[:1]):
        return True  # 'Precious White', 'Gift PORTER', 'Dieumerci TISSERAND' alone on their line: a given name first
    if first and alone and len(is_common) <= 1 and len(parts) > len(is_common) + 1 and not dated:
        return True  # "Pierre BOULANGER", "JEAN-LUC DE LA TOUR": a surname that is also a word
    if is_common:
        return False
    if dated:  # an experience line ("2015-2020 Leroy Merlin, Villepinte") names employers, not the candidate
        return False
    if first and len(known) + len(initials) >= 2 or initials and (known or plain) and alone:
        return True  # "Marie Dupont", "FATIMA EL AMRANI", "J. Dupont"
    if first and (alone or len(tokens) <= 3 and near and not COMPANY_AFTER.match(after)):
        return True  # "Fatima Zerrouki" (surname unknown), not "Leroy Merlin est une enseigne"
    # names no lexicon holds ('Gwawr Eifion', 'Peigi McGonigle'): every word looks like a name, and the line says so
    namey = len(parts) >= 2 and all(p in lex or nameness(p) > NAMENESS for p in parts if len(p) > 1)
    if namey and (alone or THIRD_PERSON.match(after) and not before.strip()):
        return True
    return bool(alone and (near and (known or plain) or len(known) >= 2) and len(tokens) <= 4)


def _word_given(tokens: list[str], parts: list[str], lex: dict[str, str], before: str = "", after: str = "") -> list[str]:
    """A given name that is a word ('Precious', 'Fidèle', 'Sunday') counts as one before a surname-like word: a known
    surname, a word in capitals or one that looks like a name ('Fidèle BOUCHER'), or before any capitalised word when
    the line announces a person ('Ref: Precious Driver, home manager', 'Recommendation — Favour Driver')."""
    if len(parts) == 2 and tokens[0].isupper() and len(parts[0]) > 2 and parts[1] in word_names() \
            and not tokens[1].isupper():
        return parts[1:]  # 'BROWN Justice': the surname in capitals first
    if len(parts) < 2 or parts[0] not in word_names() or not tokens[0][:1].isupper() or tokens[0].isupper():
        return []
    later = [t for t in tokens[1:] if t.lower() not in PARTICLES]
    surnamed = any("L" in lex.get(p, "") or nameness(p) > NAMENESS for p in parts[1:]) \
        or any(t.isupper() and len(t) > 1 and re.search(r"[aeiouy]", fold(t)) for t in later)
    announced = len(parts) == 2 and (_role_of(after) or bool(re.search(r"[:—–][ \t]*$", before))
                                     and bool(prefilter.has_match(CUE_BEFORE, before)))
    return parts[:1] if surnamed or announced else []


# a colleague named in running text ('Did you work with Okot Oloya?', 'formée par Ana Pereira'): a cue for a run of two
# words or more that each look like a name, never for one word ('worked with Salesforce')
COLLEAGUE = rx(r"(?i)\b(?:work(?:ed|ing)?[ \t]+(?:with|alongside|under)|travaill[ée]e?s?[ \t]+(?:avec|aux[ \t]+c[ôo]t[ée]s[ \t]+de|sous)|"
                       r"collabor[ée]e?s?[ \t]+avec|sous[ \t]+la[ \t]+(?:direction|responsabilit[ée]|supervision)[ \t]+de|"
                       r"(?:supervised|managed|trained|mentored|coached|tutored)[ \t]+by|reported[ \t]+to|reporting[ \t]+to|"
                       r"(?:encadr[ée]e?s?|form[ée]e?s?|supervis[ée]e?s?|dirig[ée]e?s?|tutor[ée]e?s?)[ \t]+par)[ \t]*$")
SIGNER_ROLES = frozenset("supervisor manager owner director head lead coordinator boss foreman forewoman matron administrator "
                         "nurse teacher colleague trainer mentor tutor".split())  # who signs a review, besides person nouns
BRACKET_TITLE = rx(r"[ \t]*\((?:Ms|Mr|Mrs|Miss|Mx|Mme|Mlle|M|Dr)\.?\)")
REVERSED = rx(r"[ \t]*,[ \t]*[A-ZÀ-Þ][\w'’\-]+[ \t]*\((?:Ms|Mr|Mrs|Miss|Mx|Mme|Mlle|M|Dr)\.?\)")


def _role_of(after: str) -> bool:
    """', gérant', ', shift supervisor', ', chef d'équipe': a role of one to three words after a name."""
    m = re.match(r"[ \t]*,[ \t]*(?:l['’]|le[ \t]+|la[ \t]+|the[ \t]+)?((?:[^\W\d_]+['’ \t]+){0,2}[^\W\d_]+)[ \t]*(?:$|[,.(])", after)
    words = m.group(1).lower().replace("’", "'").replace("'", " ").split() if m else []
    return bool(words) and (words[-1] in SIGNER_ROLES or words[-1] in person_nouns() or words[0] in SIGNER_ROLES
                            or words[0] in person_nouns())



SIGNED_ROLE = rx(r"[ \t]*,[ \t]*(?:l['’]|le[ \t]+|la[ \t]+|the[ \t]+)?([^\W\d_]+)")  # ', gérant', ', the manager'
NAMENESS = 0.3  # mean n-gram log-odds above which an unknown word reads as a name (lexicon.nameness)
TITLE_BRANDS = frozenset({"bricolage", "propre", "clean", "muscle", "bean", "cuisine", "meuble", "jardinage"})  # 'Mr Bricolage'
TITLE_TAIL = rx(r"(?<![\w.])(?:" + TITLES + r")[ \t]*$")  # a title of its own ('CNAM. ' ends in no 'M.')
# a possessive before a trade names a business after its owner ("Patel's Corner Shop", "Dave's Tyres", "Mado's Café")
BUSINESS = rx(r"(?:['’]s|(?<=s)['’])[ \t]+(?:[A-Z][\w&\-]*[ \t]+){0,2}(?i:shop|store|stores|caf[ée]|bakery|garage|restaurant|kitchen|"
                      r"salon|market|tyres|pub|bar|takeaway|deli|hotel|nursery|farm|butchers?|barbers?|bistro|diner|grill|"
                      r"cars|motors|transport|removals|cleaning|care|plumbing|builders?|laundrette|launderette|pressing|fish[ \t]+bar|"
                      r"chippy|diner|salon|boutique|pharmacy|chemist|tea[ \t]?rooms?|inn|bakehouse|dairy|nurseries|stores)\b")
# a family firm, right after the name: 'J. Curtis & Sons', 'Martin et Fils', 'Dos Santos Frères', 'Rouxel & Cie'
FAMILY_FIRM = rx(r"[ \t]*(?:(?:&|and|et)[ \t]+(?i:sons?|fils|co\.?|cie|daughters?|partners|associates|fr[èe]res|brothers|"
                 r"s[oœ]eurs)|(?i:fr[èe]res|brothers|bros\.?))(?![\w])")
COMPANY_AFTER = rx(r"(?i)^[ \t]+(?:est|is|was|a|était)?[ \t]*(?:une?|an?|the|le|la|l['’])?[ \t]*(?:entreprise|"
                           r"soci[ée]t[ée]|enseigne|groupe|company|firm|chain|brand|leader|r[ée]seau|marque|magasin|"
                           r"store|shop|restaurant|hôtel|hotel)\b")
THIRD_PERSON = rx(r"(?i)^[ \t]+(?:is|was|has|holds|works|worked|est|a|était|travaille|possède|dispose)\b"
                          r"(?![ \t]+(?:une?[ \t]+)?(?:entreprise|soci[ée]t[ée]|enseigne|groupe|company|firm|chain|brand|"
                          r"leader|r[ée]seau|marque))")
KO_CUE = rx(r"^(?:[ \t]*\((?:인|서명|印|직인)\)|[ \t]*,[ \t]*(?:만[ \t]?)?(?:\d{2}[ \t]?(?:세|살)|스물|서른|마흔|쉰|예순|일흔|여든)|[ \t]?(?:반장|팀장|과장|부장|차장|대리|주임|실장|센터장|점장|조장|소장|매니저|사장|주무관)님|[ \t]+선생님[ \t]*(?:$|,[ \t]*(?:만[ \t]?\d|\d+세|남성|여성))|[ \t]*\(만|[ \t]*\((?:여|남|여성|남성)[,)]|[ \t]*(?:드림|올림|배상)(?![가-힣])|[ \t]*(?:소개로|소개[ \t]?받|추천(?:으로|받|함|해|[ \t]*$))|[ \t]*:[ \t]*[“\"«‘]"
                    r"|[ \t]*[—–][ \t]*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?[ \t]*$)")  # signed and dated: '# 지넨 기쿠에 — 15/09'
KO_CUE_BEFORE = rx(r"(?:(?:프로필|profile|profil)[ \t]*[·•|]|(?:남성|여성|남자|여자)(?=[ \t]+$)|(?i:recommendation|reference)[ \t]*[—–]|(?<![가-힣])추천(?=[ \t]+$)|인력(?=[ \t]*[:：])|(?:통화|면접|전화|연락)[ \t]*\d{1,2}시(?:[ \t]*\d{1,2}분)?[ \t]*(?:→|->)|입력(?:자)?(?=[ \t]*[:：])|지원자|작성자|성[ \t]*명|이[ \t]*름|신청인|본인|서명|등록자|보호자|추천인|내담자|대표(?:이사)?|(?:비상|긴급)[ \t]?연락처|"
                           r"공증인|번역인|번역자|통역인|통역사|통역|열람(?=[ \t]*[:：])|내부[ \t]?메모(?=[ \t]+$)|확인자|작성인|추천(?=[ \t]*[:：])|(?:자기소개서|경력기술서|이력서|프로필)[ \t]*[—–:|-]|"
                           r"(?i:\b(?:r[ée]f[ée]rences?|referees?|witness(?:es)?|t[ée]moins?|signed[ \t]+by)[ \t]*[:：])|"  # a Latin label
                           r"#[^\w\n]{0,6}안녕하세요[ \t]*,[ \t]*|"  # a profile README's heading: '# 👋 안녕하세요, 환다감'
                           r"^[ \t]*~[ \t]*|\((?:담임|담당|강사|교사)[ \t]+|담당[ \t]+[가-힣]{1,4}[ \t]*[:：][ \t]*|"  # '~ 에이에이' signs a message; '(담임 원두칠)'
                           r"^[ \t]*(?:남|여)|[.!?…»\"”][ \t]*[—–-]|(?:면접|인터뷰|상담|미팅|상태|프로필)[ \t]*[–—:|-]|"
                           r"(?<![가-힣])이력서[ \t]*[ㄱ-ㅎㅏ-ㅣ~!.^]*)[ \t:：—–]*$")
# a form or transcript field that names a person, whatever the name ('지원자: 카리모바세보라', '담당 상담사: 평늘봄'):
# role nouns, and any noun in -자 (者, 'one who')
KO_ROLE = rx(r"(?:지원자|참여자|면접관|면접자|상담사|상담원|담당자|담당|담임|연락|작성자|신청인|신청자|추천인|보증인|보호자|확인|선생님|강사|멘토|코치|"
                     r"서명|본인|구직자|대상자|교육생|훈련생|수강생|보낸[ \t]?사람|받는[ \t]?사람|수신|발신|성[ \t]?명|이[ \t]?름|"
                     r"팀장|과장|부장|차장|대리|주임|실장|원장|센터장|점장|반장|조장|소장|매니저|사수|상사|"
                     r"[가-힣]{1,4}자)(?:[ \t]*(?:카드|프로필|정보|명))?(?:[ \t]*\([^)\n]{1,12}\))?[ \t]*(?:[:：]|[—–]|(?<=[ \t])-(?=[ \t]))[ \t]*"
                     r"(?P<value>[가-힣]{2,8}(?:[ \t][가-힣]{1,8})?)(?<![다요죠까음함임어])(?=[ \t]*(?:$|[/|·(（)）<\t]|[ \t]{2}))")
KO_ROLE_LIST = rx(r"(?:참석자|참석|참여자|면접관|면접자|지원자|대상자|[가-힣]{1,4}자)[ \t]*[:：][ \t]*(?P<list>[가-힣]{2,8}"
                          r"(?:[ \t]*[,、][ \t]*[가-힣]{2,8}(?:[ \t][가-힣]{1,8})?)+)[ \t]*(?=$|[/|·(（<\t.])")
# '… · 등록자 환세찬': a role noun then a name, the segment ending with it
KO_ROLE_SPACED = rx(r"(?:^|[|·•;\t])[ \t]*(?:등록자|작성자|지원자|담당자|신청자|신청인|추천인|보호자|구직자|면접자|"
                            r"내담자|대표(?:이사)?|원장|센터장)[ \t]+"
                            r"(?P<value>[가-힣]{2,8}(?:[ \t][가-힣]{1,8})?)[ \t]*(?:\((?:인|서명|印)\))?[ \t]*(?=$|[|·•;\t])")
# a self-introduction: '안녕하십니까. 7년 경력의 객실 청소원 야빛나리입니다', '저는 노디라 투르수노프입니다'
# (also a relative's, as one writing for them says it: '엄마 이름은 탁길녀이에요', '아빠 이름은 미를란 사디르바예프이에요')
KO_NAMED = rx(r"(?:제|내|저의|나의|우리[ \t]?(?:엄마|아빠)|엄마|아빠|어머니|아버지|남편|아내|딸|아들|언니|누나|오빠|형|동생)[ \t]?"
              r"이름은[ \t]*([가-힣]{2,5}(?:[ \t][가-힣]{2,6}?)?)"
              r"(?=(?:이에요|예요|입니다|이고|이며|임|이다|이야)?[ \t]*(?:$|[.,!~ㅎㅋ^]|[ \t]+[가-힣]))")
KO_INTRO = rx(r"(?:안녕하십니까|안녕하세요|저는|제[ \t]?이름은)(?P<seg>[^\n]{0,80}?)(?:입니다|입니당|임다|이라고[ \t]?합니다|라고[ \t]?합니다|이에요|이에용|예요|예용)")
# a name said and left there: '저는 보늬 음 …' in a voice note, '안녕하세요 탁우람' ending a message's line
KO_SAID = rx(r"(?:저는|제[ \t]?이름은|안녕하세요|안녕하십니까)[,.!~]*[ \t]+([가-힣]{2,5})"
                     r"(?=[ \t]*(?:$|[.,!~ㅎㅋ^]|[ \t]+(?:음+|어+|으+|그+|아+)(?:[ \t]|$)))")
KO_NOT_INTRO = {"사람", "인재", "지원자", "사원", "직원", "신입", "경력자", "학생", "졸업생", "준비생", "주부", "엄마", "아빠",
                "가장", "일꾼", "전문가", "초보", "베테랑", "막내", "맏이", "외국인", "한국인", "교포", "동포"}
KO_SIGNED_TWO = rx(r"(?<![가-힣])([가-힣]{2,8}[ \t][가-힣]{2,8})[ \t]*(?:드림|올림|배상)(?![가-힣])")
KO_SIGNED = rx(r"(?<![가-힣])([가-힣]{2,5})[ \t]*(?:드림|올림|배상)(?![가-힣])")  # '샛별 드림' signs a letter
# '세보라 님', '미리내 씨는', '누를라누리 님': a name (a foreign one may be longer) before an honorific, unless the word is a role or title ('고객님', '선생님', '팀장님')
KO_HONORIFIC = rx(r"(?<![가-힣])([가-힣]{2,6})[ \t]?(?:님|씨)(?:께서|께|은|는|이|가|의|을|를|에게|도|과|와)?(?![가-힣])")
KO_TITLES = {"고객", "선생", "어르신", "부모", "손", "환자", "여러분", "하느", "하나", "부처", "스승", "교수", "회원", "이용자",
             "어머", "아버", "아드", "따", "사모", "대표", "주임", "대리", "의사", "기사", "교사", "선배", "후배", "동료",
             "원장", "사장", "회장", "부장", "팀장", "과장", "차장", "실장", "반장", "조장", "점장", "소장", "국장", "총무",
             "간호사", "상담사", "면접관", "아가", "솜", "맵"}
KO_DATED = rx(r"(?<!\d)(?:19|20)\d\d[./\-]\d{1,2}|(?<!\d)(?:19|20)\d\d[ \t]*[~–\-][ \t]*(?:(?:19|20)\d\d|현재)")
KO_PERSONAL = rx(r"(?:특별시|광역시|(?<![가-힣])[가-힣]+[시구군][ \t]|거주|\(만|\d+세|010[ \-]?\d|" + EMAIL_AT + ")")
KO_SEPARATED = rx(r"^[ \t]*[,·|–—◆/-]")
KO_JOB_ENDINGS = ("사", "공", "관", "가", "의", "직", "업", "장", "원")  # occupations: 변호사, 용접공, 조경원
KO_COPULA = ("입니다", "입니당", "임다", "이며", "이고", "이다", "님", "씨")  # (typed: '…입니당')
KO_PARTICLES = ("은", "는", "이", "가", "의", "을", "를", "와", "과", "도")
KO_DISTRICT_AHEAD = rx(r"[ \t]+[가-힣]{1,5}(?:시|군|구)(?![가-힣])")
KO_TOKEN = rx(r"(?<![가-힣])(?:([가-힣]{1,2})[ \t])?([가-힣]{2,8})(?![가-힣])")


# life events name relatives ('2011년 아들 든솔 출생', '2010년 솔찬과 결혼')
KO_KIN = rx(r"(?<![가-힣])(?:아들|딸|남편|아내|배우자|자녀|손자|손녀|동생|형|누나|언니|오빠|가족|조카|사촌|형제|자매)[ \t]+([가-힣]{2,8})(?=[ \t]|$)"
                    r"|(?<![가-힣])([가-힣]{2,8})(?:과|와)[ \t]*(?:결혼|혼인|약혼|재혼)"
                    r"|(?<![가-힣])(?:아버지|어머니|아버님|어머님|부친|모친)[ \t]+([가-힣]{1,8})(?:[ \t]([가-힣]{1,8}))?(?=께서|님)")


KO_PARTICLE = rx(r"(?<=[가-힣]{2})(?:에게|께서|의|은|는|이|가|을|를|와|과|도)$")


def _ko_bare(word: str | None) -> str | None:
    """A Korean name without the particle written onto it ('승별아의' -> '승별아'), so its given name is found too."""
    return KO_PARTICLE.sub("", word) if word else word


# a name alone on the line after a letter's closing ('감사합니다.\n돈굳뫼'), and a marketplace's pro ('편한돌 고수')
KO_SIGNATURE = rx(r"(?:감사합니다|고맙습니다|감사드립니다|수고하세요)[.!~]*[ \t]*\n(?:[ \t>]*\n)?[ \t>]*"
                          r"([가-힣]{2,6}(?:[ \t][가-힣]{2,6})?)[ \t]*$", re.MULTILINE)
KO_PRO = rx(r"^[ \t]*([가-힣]{2,6}(?:[ \t][가-힣]{2,6})?)[ \t]+고수[ \t]*$", re.MULTILINE)


def _korean_signed(text: str) -> set[str]:
    """Names that sign a Korean letter or head a pro's profile, whatever the name; never a job or a common word."""
    out = set()
    for m in (*KO_SIGNATURE.finditer(text), *KO_PRO.finditer(text)):
        words = m.group(1).split()
        if not any(w in KO_NOT_NAMES or _ko_job(w) or _ko_word(w) for w in words):
            out.update(words)
    return out


def _korean_life_events(text: str) -> set[str]:
    if not re.search(r"[가-힣]", text):
        return set()  # every branch of KO_KIN reads Hangul syllables (speed: most texts hold none)
    return {w for m in KO_KIN.finditer(text) for w in map(_ko_bare, m.groups()) if w and w not in KO_NOT_NAMES
            and w not in ("출생", "입학", "졸업", "결혼", "함께", "같이", "대신") and not _ko_job(w)
            and not w.endswith(("에서", "에게", "한테")) and not w.startswith(("집", "댁"))}  # '언니 집에서' is a place


def _ko_intro(line: str) -> set[str]:
    """The name a self-introduction ends on ('…경비원 환누리별입니다', '저는 김민지입니다'); the word before it too when a job
    noun precedes both ('간호사 노디라 투르수노프입니다'); not a job word ('홀 서빙입니다', '지원자입니다')."""
    out: set[str] = set()
    if (m := KO_NAMED.search(line)) and not _ko_word(m.group(1)):
        out.add(m.group(1))  # '제 이름은 옥찬솔' typed without its ending
    out |= {m.group(1) for m in KO_SAID.finditer(line) if not _ko_word(m.group(1)) and m.group(1) not in KO_TITLES
            and not m.group(1).endswith(("다", "요", "죠", "까", "네", "음", "함", "임", "게", "고", "서"))}  # '반갑습니다'
    for m in KO_INTRO.finditer(line):
        words = re.split(r"[.!?]", m.group("seg"))[-1].split()
        if not words or not re.fullmatch(r"[가-힣]{2,8}", words[-1]) or _ko_word(words[-1]):
            continue
        b, prev1, prev2 = words[-1], *(["", ""] + words[:-1])[-2:][::-1]
        if not prev1 or _ko_job(prev1) or len(b) >= 3 and b[0] in KO_SURNAMES | KO_RARE:
            out.add(b)
        elif prev2 in ("", "저는", "제", "나는", "이름은") and not _ko_word(prev1):
            out |= {prev1, b}  # a foreign name in two words ('저는 암비카 바스네트입니다')
        elif _ko_job(prev2) and re.fullmatch(r"[가-힣]{2,8}", prev1) and not _ko_word(prev1):
            out |= {prev1, b}
    return out


def _ko_job(w: str) -> bool:
    """A job or role noun ('간호사', '청소원', '간병인', '담당')."""
    return bool(w) and (w in KO_NOT_NAMES or w.endswith(KO_JOB_ENDINGS + ("인", "원")))


def _ko_word(w: str) -> bool:
    """A word that is no name in a self-introduction: a job, a role, a common noun, an adjective's form."""
    return w in KO_NOT_NAMES or w in KO_NOT_INTRO or w.endswith(KO_JOB_ENDINGS + ("자", "인", "생", "한", "는", "은",
                                                                                     "적", "된", "운", "의", "로"))


def _korean(line: str, turn: bool = False, near: bool = False) -> set[str]:
    """A Korean name: a surname syllable (or two: 남궁) and a given name, spaced or not ('김민지', '박 민지'), when
    the given name is a known one, or the name stands alone on its line or is announced ('…입니다', '(인)').
    ``near``: the line is the first of the text or by its contact lines, where a name alone on its line is expected."""
    if not re.search(r"[가-힣]", line):
        return set()  # every rule below reads Hangul syllables (speed: most lines hold none)
    roles = [] if turn else [*KO_ROLE.finditer(line), *KO_ROLE_SPACED.finditer(line)]
    out = {w for m in roles for w in (m.group("value"), *m.group("value").split())
           if w.replace(" ", "") not in KO_NOT_NAMES and m.group("value").split()[0] not in KO_NOT_NAMES}
    out |= set() if turn else _ko_intro(line)
    out |= {w.strip() for m in ([] if turn else KO_ROLE_LIST.finditer(line)) for w in re.split(r"[,、]", m.group("list"))
            if w.strip().replace(" ", "") not in KO_NOT_NAMES and not _ko_word(w.strip())}
    out |= {m.group(1) for m in KO_SIGNED.finditer(line) if m.group(1) not in KO_NOT_NAMES | {"감사", "인사", "부탁"}}
    out |= {w for m in KO_SIGNED_TWO.finditer(line) if not any(_ko_not_name(w) for w in m.group(1).split())
            for w in m.group(1).split()}  # a foreign name in two words signs too: '카를리벡 세이트니야조프 드림'
    out |= {m.group(1) for m in KO_HONORIFIC.finditer(line)
            if m.group(1) not in KO_TITLES and m.group(1) not in KO_NOT_NAMES and not m.group(1).endswith(("자", "장", "사", "관", "원", "생"))}
    body = re.sub(r"^[^\w]*(?:[가-힣 ]{1,6}(?:\([^)\n]{1,12}\))?[ \t]*[:：|][ \t]*)?", "", line).strip()
    header = near and bool(re.match(r"[^\w]*[가-힣]{2,4}[ \t]*\((?:19|20)\d\d", line))  # '좌비솔 (1964.03.02, 62세)'
    if KO_DATED.search(line) and not any(c in line for c in KO_COPULA) and not KO_PAGE_HEADER.search(line) and not header:
        return out | _ko_announced(line)  # an experience line names employers ('2002.09 ~ 2020.06 | 현대건설 | 도장공'),
        # and a name only after a cue ('열람: 파그니람 쿠스미 2024.09.15')
    head = re.match(r"^[^\w]*([가-힣]{1,6}(?:[ \t][가-힣]{1,4})?)[ \t]*[|·–—◆,/]", line)
    if head and CONTACT.search(line) and head.group(1).replace(" ", "") not in KO_NOT_NAMES \
            and 2 <= len(head.group(1).replace(" ", "")) <= 6:
        out |= {head.group(1), head.group(1).replace(" ", "")} | set(head.group(1).split())  # '두솔찬 | 010…'
    short = len(line.split()) <= 3
    for m in KO_TOKEN.finditer(line):  # windows around each token, never the whole line: linear on long lines
        if m.group(2).endswith(("면", "읍")) or m.group(2).endswith(("도", "시")) and KO_DISTRICT_AHEAD.match(line, m.end()):
            continue  # a town ('석포면'), or a province or a city before its county ('경상남도 합천군'): no name
        readings = (_splits(m.group(1), m.group(2)) if m.group(1) else []) + _splits(None, m.group(2))
        for sur, given, cue, spaced, rare in readings:
            word = sur + given
            if word in KO_NOT_NAMES or re.match(r"[ \t]*[:：](?![ \t]*[“\"«‘])", line[m.end():]):
                continue  # a field's label ('지원자:') is no name
            written = f"{sur} {given}" if spaced else word
            alone = body.startswith(written) and not body[len(written):].strip(" \t()만세0123456789|:.,/-")  # '(1964.03.02, 62세)'
            first = m.start() < 12 and not line[:m.start()].strip(" \t•*-")  # 'name | phone | e-mail'
            rest = line[m.end():m.end() + 160]
            begin = m.start() if spaced else m.start(2)  # '남 즙듬직': the sex before the name is its cue
            strong = cue or bool(KO_CUE.match(rest) or KO_CUE_BEFORE.search(line[max(0, begin - 20):begin]))
            bulleted = bool(line[:m.start()].strip(" \t"))  # a list's item ('• 편의점 근무 @ …', '• 설거지, 주방 보조'): a
            cued = strong or first and bool(KO_PERSONAL.search(rest) or KO_SEPARATED.match(rest) and (  # job or a skill
                not bulleted or given in names()))
            usual = len(given) == 2 or spaced and len(given) in (1, 2) or len(sur) == 2  # '김민지', '박 솔', '남궁민'
            if rare and given not in names():  # '견예솔' alone at the top or introducing itself ('…견예솔입니다')
                if not (strong and len(given) == 2 or alone and near and len(given) in (2, 3)) \
                        or word.endswith(KO_JOB_ENDINGS):
                    continue
                usual = True
            elif len(given) == 3 and not spaced and alone and near and not word.endswith(KO_JOB_ENDINGS):
                usual = True  # '김보라매' alone at the top
            if not (cued or given in names()) and word.endswith(KO_JOB_ENDINGS):
                continue  # '한의사', '변호사', '조리사' alone on a line are occupations, not names
            if given in names() and (alone or cued or short) or (alone or cued) and usual:
                out |= {written, word} | ({given} if spaced else set())
                break
    return out if turn else out | _ko_announced(line)


KO_HEADING_WORDS = ("사항", "기술서", "지원서", "소개서", "이력서", "경력", "학력", "자격", "인적", "기본", "정보", "개인", "신상",
                    "프로필", "양식", "작성", "요약", "목표", "희망", "연락처")


def _ko_header_name(body: str) -> set[str]:
    """Two Hangul words alone on the text's first line, one of three syllables or more: a foreign name in Hangul
    ('라마이티 당가우라', '자보크 마립'), never a heading ('인적 사항', '입사 지원서') nor a phrase ('팀장님과 협력')."""
    m = re.fullmatch(r"[^\w]*([가-힣]{2,8})[ \t]+([가-힣]{2,8})[^\w]*", body)
    if not m or max(len(m.group(1)), len(m.group(2))) < 3:
        return set()
    words = {m.group(1), m.group(2)}
    return set() if any(not _ko_name_like(w) or w.endswith(KO_HEADING_WORDS + ("과", "와", "님", "의", "는", "은", "으로", "로"))
                        or w.startswith(KO_HEADING_WORDS) for w in words) else words


KO_PAIR = rx(r"(?<![가-힣])(?!(?:담임|담당|강사|교사|본인|통역|번역|열람|메모|작성자|확인자|추천인|신청인|지원자|보호자|서명)(?![가-힣]))[가-힣]{1,8}(?:[ \t][가-힣](?=[ \t][가-힣]{2}))?"  # '응오 반 쯔엉'
                     r"(?:[ \t](?!(?:선생님|어르신|원장님|기사님)(?![가-힣]))[가-힣]{2,8})?(?![가-힣])")
# the commonest Vietnamese surnames as Korean writes them (Vietnamese are Korea's largest group of marriage migrants)
VI_SURNAMES = frozenset("응우옌 응웬 쩐 레 팜 후인 호앙 황 판 부 보 당 부이 도 호 응오 즈엉 리 도안 찐 마이 또 딘 하 람 브엉".split())
KO_SIGNED_ROLE = rx(r"[ \t]*,[ \t]*(?:사장|대표|팀장|실장|반장|조장|과장|부장|차장|주임|점장|원장|센터장|소장|매니저|담당자?|"
                            r"관리자|선생님|간호사|사원|직원)(?![가-힣])")
KO_PAGE_HEADER = rx(r"[ \t]+(?:이력서|자기소개서)(?:[ \t]*\(\d{1,2}/\d{1,2}\))?[ \t]*$")  # a name's page header
KO_LABEL_JA = rx(r"(?<![가-힣])[가-힣]{1,4}자[ \t]*[:：][ \t]*$")  # any '-자' noun as a label: '수급자:'


KO_COPULA_END = rx(r"(?<=[가-힣]{2})(?:입니다|이에요|예요|이고요|이고|이며|이다)$")


def _ko_announced(line: str) -> set[str]:
    """One or two Hangul words right after a strong cue ('자기소개서 — 지넨 후미에', '프로필: 량필녀', '수급자: 히가 세이토쿠'):
    a name whatever its surname, a foreign name in Hangul included; never a job, a role or a common word."""
    out = set()
    for m in KO_PAIR.finditer(line):
        before = line[max(0, m.start() - 24):m.start()]
        after = line[m.end():]
        if not (KO_CUE_BEFORE.search(before) and re.match(r"[ \t]*(?:$|[(),|·/—–:：]|\d{4}[./-]|어르신|님|씨|선생님)", after)
                or re.search(r"[—–][ \t]*$", before) and KO_SIGNED_ROLE.match(after)  # a review: '— 레크람, 사장 · 2024년 5월'
                or KO_LABEL_JA.search(before) and re.match(r"[ \t]*(?:$|어르신|님|씨|선생님)", after)
                or re.match(r"[ \t]*\((?:인|서명|印|직인)\)|[ \t]+선생님[ \t]*(?:$|,[ \t]*(?:만[ \t]?\d|\d+세|남성|여성))", after)
                or KO_PAGE_HEADER.match(after) and not before.strip(" \t#*-•") or _vietnamese(m.group(0))):  # '응오 반 쯔엉 이력서 (1/3)' 
            # sealed ('… 학교장 나칸다카리 요시노리 (직인)') or a carer's card ('랑조은 선생님, 만 23세')
            continue  # the name ends its field: '이력서 — 물류센터 입출고 담당' is a title
        words = [KO_PARTICLE.sub("", KO_COPULA_END.sub("", w)) if len(w) > 2 else w for w in m.group(0).split()]
        if len(words) == 2 and (_ko_job(words[0]) or words[0] in KO_TITLES):
            words = words[1:]  # a role before the name: '인사팀장 차이야니파폰 (인)'
        middle = words[1:2] if len(words) == 3 and len(words[1]) == 1 else []  # Vietnamese '반', '티' (Văn, Thị)
        vietnamese = bool(middle) and words[0] in VI_SURNAMES  # '후인 반 쯔엉': '후인' is also a word (後人)
        if words and (vietnamese or not any(_ko_not_name(w) for w in words if w not in middle)):
            out |= set(words) - set(middle) | ({m.group(0)} if middle else set())  # the middle goes with the whole name
            if not after.strip():  # nothing follows: a last '이' or '가' is the name's own syllable ('~ 에이에이')
                out |= {w for w in m.group(0).split() if not _ko_not_name(w)}
    return out


def _vietnamese(pair: str) -> bool:
    """A Vietnamese name in Hangul ('응오 반 뚜안', '즈엉 티 프엉'): a Vietnamese surname, the middle name 반 or 티 (Văn,
    Thị) and a given name that is no Korean word says who it is anywhere, with no cue."""
    words = pair.split()
    return len(words) == 3 and words[0] in VI_SURNAMES and words[1] in ("반", "티") and not _ko_not_name(words[2])


def _ko_not_name(w: str) -> bool:
    return w in KO_NOT_NAMES or w in KO_TITLES or _ko_word(w) or _ko_job(w) or len(w) < 2


KO_NOT_COMPANION = {"저희", "우리", "저", "제", "그", "이", "본", "귀사", "당사", "안녕하세요", "안녕하십니까", "감사합니다"}


def _ko_companions(line: str, found: set[str]) -> set[str]:
    """The word before a Korean name found in the line when it is the given name of a foreign name written in two
    words ('아이굴 누를라누리 님', '저는 암비카 바스네트입니다'), or the word after one ('예를란 오스파노프' once '예를란'
    is known): a word that is no job, role, title or sentence. One pass over the line's Hangul words: linear."""
    keys = {w for w in found if re.fullmatch(r"[가-힣]{2,8}", w) and not _ko_job(w)}
    words = list(HANGUL_RUN.finditer(line))
    out: set[str] = set()
    for a, b in zip(words, words[1:]):
        if line[a.end():b.start()].strip(" \t"):
            continue
        after = b.group()[:-1] if len(b.group()) > 2 and b.group()[-1] in "님씨" else b.group()
        if b.group() in keys and 2 <= len(a.group()) <= 5:
            out.add(a.group())
        elif a.group() in keys and 2 <= len(after) <= 6 and (after != b.group() or re.match(r"[ \t]*(?:$|[,.(/|]|님|씨)",
                                                                                               line[b.end():])):
            out.add(after)
    return {w for w in out if w not in found and _ko_name_like(w)}


HANGUL_RUN = rx(r"[가-힣]+")


def _ko_name_like(word: str) -> bool:
    """A Hangul word that may be part of a name: no job, role, title, common word, sentence or particle ending."""
    return word not in KO_NOT_COMPANION | KO_TITLES and not _ko_word(word) and not _ko_job(word) \
        and not word.endswith(("요", "다", "까", "고", "서", "에", "도", "를", "을", "가", "이")) \
        and not KO_CUE_BEFORE.search(word) and not KO_ROLE.match(word + ": 가나")


def _splits(spaced: str | None, token: str) -> list[tuple[str, str, bool, bool, bool]]:
    """(surname, given name, announced, spaced, rare surname) readings of a Hangul token, as is or with a copula or
    particle cut."""
    cue = token.endswith(KO_COPULA)
    forms = [token] + [token[: -len(x)] for x in KO_COPULA + KO_PARTICLES
                       if token.endswith(x) and len(token) - len(x) >= (1 if spaced else 2)][:1]
    out = []
    for form in forms:
        if spaced:
            if (spaced in KO_DOUBLE or len(spaced) == 1 and spaced in KO_SURNAMES | KO_RARE) and len(form) <= 2:
                out.append((spaced, form, cue, True, spaced in KO_RARE))
            continue
        if form[:2] in KO_DOUBLE and len(form) in (3, 4):
            out.append((form[:2], form[2:], cue, False, False))
        if form[0] in KO_SURNAMES | KO_RARE and len(form) in (2, 3, 4):
            out.append((form[0], form[1:], cue, False, form[0] in KO_RARE))
    return out
