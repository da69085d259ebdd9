"""Sex-neutral text by morphology: a CV's feminine self-descriptions read in the masculine (the generic form of
French job ads), English gendered words in their neutral form, so the grammar of a CV never changes a score.

French: the feminine -> masculine pairs of 1,300 'Masculin / Féminin' job titles (ROME, ESCO), then suffix rules
for every other word ('-euse' -> '-eur', '-ée' -> '-é', '-ive' -> '-if'…). A rule applies only when its
masculine form is a real word, and (for the weak rules) clearly more frequent than the feminine one in real
job ads, which are written in the generic masculine, so nouns that merely end
like a feminine ('vente', 'année', 'conduite') or verbs ('appelle') stay as they are; '-elle' and '-ette' are left
to the pairs (verbs: 'appelle', 'jette').
"""
from __future__ import annotations

import re
from functools import lru_cache

from matchlens.preprocess.blind import prefilter
from matchlens.preprocess.blind.lexicon import fold, gender_pairs, person_nouns, places, words
from matchlens.preprocess.blind.regexcode import compile as rx

EXTRA = {"ponctuelle": "ponctuel", "gentille": "gentil", "naturelle": "naturel", "elle": "il", "elles": "ils", "candidate": "candidat", "postulante": "postulant", "demandeuse": "demandeur", "née": "né", "cheffe": "chef", "commise": "commis", "mère": "parent", "père": "parent", "maîtresse": "maître", "chanteuse": "chanteur", "copine": "copain",
         "docteure": "docteur", "auteure": "auteur", "autrice": "auteur", "professeure": "professeur"}
# (feminine ending, masculine ending, how sure), the first rule giving a known word wins, else the first strong one
# ('-ieuse' before '-euse': 'minutieuse' -> 'minutieux', 'brodeuse' -> 'brodeur'): "strong" endings are feminine nouns of people and apply unless
# the text of job ads knows the feminine but not the masculine ('friteuse'); "adj" endings apply when the masculine
# is a known word; "weak" ones also need the masculine at least half as frequent as the feminine in real job ads.
RULES = (("ieuse", "ieux", "strong"), ("oureuse", "oureux", "strong"), ("éreuse", "éreux", "strong"),
         ("uleuse", "uleux", "strong"), ("gneuse", "gneux", "strong"), ("geuse", "geux", "strong"),
         ("yeuse", "yeux", "strong"), ("euse", "eur", "strong"), ("trice", "teur", "strong"), ("ière", "ier", "strong"), ("ienne", "ien", "strong"),
         ("eure", "eur", "strong"), ("uelle", "uel", "adj"), ("nnelle", "nnel", "adj"), ("ielle", "iel", "adj"),
         ("ive", "if", "adj"), ("euse", "eux", "adj"), ("ée", "é", "weak"), ("ante", "ant", "weak"),
         ("ente", "ent", "weak"), ("ale", "al", "weak"), ("ue", "u", "weak"), ("ie", "i", "weak"), ("ise", "is", "weak"),
         ("ite", "it", "weak"), ("ète", "et", "weak"), ("ête", "êt", "weak"), ("ère", "er", "weak"), ("onne", "on", "weak"),
         ("ine", "in", "weak"), ("ote", "ot", "weak"), ("aise", "ais", "weak"), ("oise", "ois", "weak"),
         ("ane", "an", "weak"), ("esse", "e", "weak"))
GUESSED = ("uelle", "nnelle", "ielle", "ive", "ue", "ante")  # endings read as adjectives even when no text knows them
SCHOOL_YEAR = rx(r"(?i)[ \t]+(?:g[ée]n[ée]rale|pro(?:fessionnelle)?\b|technologique|bac|gt\b|[àa][ \t]+(?:la|le)\b)")
NOT_FEMININE = {"femme", "même", "comme", "homme", "personne", "équipe", "entreprise", "vente", "cuisine",
                "machine", "ligne", "chaîne", "zone", "semaine", "marine", "mine", "usine", "origine", "discipline",
                "médecine", "routine", "racine", "rue", "vue", "revue", "partie", "sortie", "vie", "série",
                "catégorie", "énergie", "mise", "crise", "base", "analyse", "chose", "caisse", "presse",
                "adresse", "vitesse", "jeunesse", "promesse", "mère", "père", "frère", "sœur", "fille", "tante",
                "nièce", "épouse", "veuve", "reine", "dame", "fée", "bise", "suite", "visite", "limite", "faite",
                "salle", "elle", "celle", "telle", "quelle", "laquelle", "nouvelle", "belle", "ville", "année",
                "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante",  # numbers
                "mutuelle"}  # a health insurance, not a person
# machines and tools named like a feminine person noun ('tronçonneuse', 'chargeuse', 'autolaveuse'): a skill or a
# licence (CACES) after a preposition or an article ('une tronçonneuse', 'conduite de niveleuse'); a person only where
# a clause starts with it and a complement follows, or it describes the candidate ('Trieuse de textiles', 'je suis
# trieuse'). 'Chargeuse' is left out: as often a person (a loader) as the machine, and a sex marker weighs more.
MACHINES = {"autolaveuse", "balayeuse", "laveuse", "tronçonneuse", "débroussailleuse", "ponceuse", "perceuse", "visseuse",
            "meuleuse", "raboteuse", "fraiseuse", "rectifieuse", "cintreuse", "plieuse", "poinçonneuse",
            "niveleuse", "pelleteuse", "moissonneuse", "batteuse", "ensileuse", "faucheuse", "botteleuse", "décolleteuse",
            "agrafeuse", "tondeuse", "broyeuse", "cribleuse", "trancheuse", "éplucheuse", "sertisseuse", "découpeuse",
            "dérouleuse", "encolleuse", "étiqueteuse", "emballeuse", "filmeuse", "cercleuse", "photocopieuse", "calculatrice",
            "excavatrice", "perforatrice", "bétonnière", "chaudière", "friteuse", "trieuse", "dégauchisseuse", "mortaiseuse",
            "scarificatrice", "mini-pelleteuse", "gerbeuse", "nacelle", "foreuse", "aspiratrice",
            "shampouineuse", "lustreuse", "monobrosse", "injecteuse", "extrudeuse", "thermoformeuse", "soudeuse-robot"}
ENGLISH = {"barmaid": "bartender", "barman": "bartender", "chambermaid": "room attendant",
           "dinner lady": "lunchtime supervisor", "cleaning lady": "cleaner", "tea lady": "tea server",
           "dinnerlady": "lunchtime supervisor", "shop girl": "shop assistant", "shop boy": "shop assistant",
           "cleaning man": "cleaner", "salesgirl": "salesperson", "waitress": "waiter", "actress": "actor", "hostess": "host", "stewardess": "steward",
           "chairwoman": "chairperson", "chairman": "chairperson", "saleswoman": "salesperson",
           "salesman": "salesperson", "businesswoman": "businessperson", "businessman": "businessperson",
           "policewoman": "police officer", "policeman": "police officer", "headmistress": "head teacher",
           "headmaster": "head teacher", "seamstress": "sewer", "she": "they", "he": "they", "her": "their",
           "his": "their", "him": "them", "hers": "theirs", "herself": "themself", "himself": "themself",
           "mrs": "", "ms": "", "miss": "", "mr": ""}
TOKEN = rx(r"(?<![\w\[])[^\W\d_]{2,}(?:-[^\W\d_]{3,})*(?![\w\]])")
EN_TOKEN = rx(r"\b(?:" + "|".join(sorted((w for w in ENGLISH if w not in ("mrs", "ms", "miss", "mr")), key=len,
                                                   reverse=True)) + r")\b", re.I)
FRENCH_HINT = rx(r"(?i)\b(?:et|le|la|les|des|du|en|dans|avec|pour|une|sur|au|aux|je|mon|ma)\b")
ENGLISH_HINT = rx(r"(?i)\b(?:and|the|of|with|for|in|to|my|at|as|on|from|is|was)\b")


SELF = {"comme", "tant", "suis", "serais", "serai", "sois", "étais", "était", "devenir", "rester", "être", "etre", "été", "ete", "je", "devenue", "devenu", "reste", "restée", "très", "tres", "plutôt",
        "plutot", "particulièrement", "vraiment", "toujours", "aussi", "également", "egalement", "bien"}
ELIDED = rx(r"(?:^|(?<![\w]))[LlDd]['’]$")  # an article or 'de' elided before a name: 'L'Argentière', 'd'Ambérieu'
NAME_GOES_ON = rx(r"[ \t]+(?-i:[A-ZÀ-Þ])")
CLAUSE = rx(r"[,;:.•()\n|/–—!?]|[ \t]-[ \t]")  # (a spaced hyphen parts a line's items too)


def neutral(text: str) -> str:
    """The text with its French feminine self-descriptions in the masculine, or its English gendered words neutral."""
    return neutral_changes(text)[0]


# 'elle' after a preposition is the stressed pronoun, whose masculine is 'lui' ('elles': 'eux')
STRESSED = rx(r"(?i)\b(chez|avec|pour|sans|vers|sur|sous|selon|comme|contre|entre|derrière|devant|après|avant|"
                      r"près[ \t]+d['’]|à|de|d['’]après|qu['’])([ \t]*)(elles?)\b(?![ \t]*-?même)")


def _stressed(m: re.Match, changes: list) -> str:
    word = m.group(3)
    masc = _same_case(word, "eux" if word.lower() == "elles" else "lui")
    changes.append((word, masc))
    return m.group(1) + m.group(2) + masc


# feminine words that name a street before its name ('allée Gisèle Halimi', 'Montée du Gourguillon'), not after 'je
# suis' ('je suis allée à Lyon': the person)
STREET_WORDS = frozenset({"allée", "montée", "chaussée", "levée", "descente", "traverse"})
AUXILIARIES = frozenset({"suis", "es", "est", "été", "être", "étais", "était", "sommes", "êtes", "sont", "je", "j"})
STREET_NAME_AFTER = rx(r"[ \t]+(?:(?-i:[A-ZÀ-Þ])|d[eu]s?[ \t]|de[ \t]+la[ \t]|de[ \t]+l['’])")


# an adjective agrees with the noun its noun phrase is made of, not with the person: after a determiner and a noun
# ('votre expérience professionnelle', 'les activités suivantes', 'une formation commerciale') or before a noun when it
# is one of the adjectives French puts first ('une première expérience', 'de grande dimension', 'vos principales
# missions'). On 500 real French ads such agreements were 'made masculine' ~600 times, corrupting what models read.
NAMED_SUBJECT = rx(r"(?:\[NAME\]|(?<![\w])(?i:elle|il))[ \t]+$")
DETERMINERS = frozenset("la une les des votre vos sa ses ma mes ta tes cette ces leur leurs notre nos".split())
HEADING_GAP = rx(r"\n[^\w\n]{0,4}$")  # a word that opens its line (a heading, a list's item)
ELIDED_ARTICLE = rx(r"(?i)(?:^|[^\w])l['’]$")  # ('d'' is 'de': 'Programmeuse d'études passionnée' is the person)
ADJECTIVE_END = ("elle", "elles", "ale", "ales", "ive", "ives")  # a person noun's word that is an adjective here
EPICENE = frozenset("élève collègue stagiaire camarade enfant adulte bénévole partenaire jeune membre "
                    "interlocuteur titulaire aide".split())  # nouns of persons of either sex, beside job titles
BEFORE_NOUN = frozenset("premier dernier grand petit bon meilleur nouveau seul long beau vrai principal gros haut "
                        "prochain futur ancien jeune excellent parfait fort".split())  # masculine singular forms
WORD_AFTER = rx(r"[ \t]+([^\W\d_]{2,})")


# a noun phrase that complements another ('Agente administrative de l'Etat déterminée'): its adjective may be the person's
COMPLEMENT = rx(r"(?i)(?:^|[^\w])(?:de[ \t]+(?:la[ \t]+|l['’]|les[ \t]+)|des[ \t]+|du[ \t]+|aux?[ \t]+)$")


def _noun_phrase(prev2: str, prev_gap: str, prev: str, prev_kept: bool, gap: str, nouns: frozenset[str]) -> bool:
    """The word before this one, one space before it, is a noun after its determiner ('votre expérience', 'une
    nouvelle aventure', 'l'expérience') that names no person: its adjective agrees with it, whoever wrote it. A noun
    of either sex ('une élève sérieuse') or a person's ('agente') lets the adjective tell the writer's sex: changed."""
    return gap == " " and bool(prev) and prev_kept and prev not in nouns and prev.rstrip("s") not in EPICENE \
        and prev not in SELF and (prev2 in DETERMINERS or _first_adjective(prev2) or bool(ELIDED_ARTICLE.search(prev_gap))
                                  or _opens_line(prev2, prev_gap) and _sexless(prev))


def _opens_line(prev2: str, prev_gap: str) -> bool:
    """The word after ``prev_gap`` opens its line (a heading, a list's item): a line break, or the text's start."""
    return bool(HEADING_GAP.search(prev_gap)) or not prev2 and len(prev_gap) <= 4 and not any(c.isalnum() for c in prev_gap)


def _sexless(noun: str) -> bool:
    """A noun with no other-sex form, as a heading opens with one ('Expérience professionnelle', 'Veille
    commerciale'; never 'Candidate motivée', 'Vendeuse polyvalente')."""
    return _masculine(noun)[1] == "" and lexicon_masculine(noun) is None and noun.isalpha() and len(noun) > 3 \
        and not (noun.endswith("e") and noun[:-1] in words())  # 'candidate' (candidat): a person's form


def _first_adjective(word: str) -> bool:
    """One of the adjectives French puts before a noun, in any form ('nouvelle', 'principales')."""
    singular = word[:-1] if _plural_word(word) else word
    return singular in ("nouvelle", "belle", "vieille") or _masculine(singular)[0] in BEFORE_NOUN


def _before_noun(token: str, text: str, end: int, nouns: frozenset[str]) -> bool:
    """An adjective French puts before its noun, followed by a noun that names no person ('première expérience')."""
    if not _first_adjective(token.lower()):
        return False
    m = WORD_AFTER.match(text, end)
    if not m or not m.group(1)[:1].islower():
        return False
    after = m.group(1).lower()
    return after not in nouns and _masculine(after)[1] == "" and after not in SELF and lexicon_masculine(after) is None \
        and after not in ("et", "ou", "de", "des", "du", "à", "en")


def _plural_word(word: str) -> bool:
    return len(word) > 3 and word[-1:].lower() in ("s", "x")


def _agrees_with_noun(text: str, m: re.Match, noun: bool, person: bool, before: tuple, gap: str,
                      nouns: frozenset[str]) -> bool:
    """The word (``m``) is an adjective agreeing with its own noun, not with the person: after a determiner and a
    noun (a person noun's word only in an adjective's form: 'l'annonce serveuse' is the person; a complement after a
    person noun may be the person's: 'Agente … de l'Etat déterminée'), before its noun, or plural after a plural noun
    (a candidate describes one person). ``before``: the two words before it, the gap before the first, whether it
    was kept, where it starts."""
    token = m.group(0)
    prev2, prev_gap, prev, prev_kept, prev_start = before
    heading = token.isupper() and text[prev_start:prev_start + len(prev)].isupper()  # 'EXPÉRIENCE PROFESSIONNELLE'
    if _noun_phrase(prev2, prev_gap, prev, prev_kept, gap, nouns) and (token[:1].islower() or heading) \
            and (not noun or heading or token.lower().endswith(ADJECTIVE_END)) \
            and not (person and COMPLEMENT.search(text, max(0, prev_start - 12), prev_start)):
        return True
    return _before_noun(token, text, m.end(), nouns) or _plural_word(token) and _plural_word(prev) and prev_kept \
        and prev not in nouns and gap == " " and prev.rstrip("s") not in EPICENE


def neutral_changes(text: str) -> tuple[str, list[tuple[str, str]]]:
    """:func:`neutral` and the words it changed, (as written, as models read it), for the Inspector."""
    french = len(FRENCH_HINT.findall(text)) >= len(ENGLISH_HINT.findall(text))
    changes: list[tuple[str, str]] = []
    if not french:
        def english(m: re.Match) -> str:
            changes.append((m.group(0), _same_case(m.group(0), ENGLISH[m.group(0).lower()])))
            return changes[-1][1]

        text = EN_TOKEN.sub(english, text)  # and French job titles in an English CV ('Nurse / Infirmière'):
    if prefilter.may_match(STRESSED, prefilter.lowered(text)):  # (speed: most texts hold no 'elle')
        text = STRESSED.sub(lambda m: _stressed(m, changes), text)  # 'chez elle' -> 'chez lui', not 'chez il'
    nouns = person_nouns()
    out, last, prev, person, was_free = [], 0, "", False, False
    prev2, prev_gap, prev_kept, person_plural, prev_start = "", "", True, False, 0
    for m in TOKEN.finditer(text):
        token, gap = m.group(0), text[last:m.start()]
        clause = last == 0 or gap != " " and bool(CLAUSE.search(gap))
        if clause and last and not re.search(r"[,;:.•()\n|/–—!?]", gap) and (NAME_GOES_ON.match(text, m.end()) or
                                                                            token[:1].isupper() and token.lower() not in nouns):
            clause = False  # after a spaced hyphen, a name: 'Ma Maison - Petites Sœurs des Pauvres', '… - Dunières'
        if clause:
            person = False  # a new clause: what follows agrees with its own subject
        # a plural adjective after a singular person noun describes something else ('Vendeuse … les tâches suivantes')
        by_person = person and _plural_word(token) == person_plural
        free = clause or prev in SELF or by_person or prev in ("et", "ou", "mais", "and") and was_free \
            or prev == "est" and NAMED_SUBJECT.search(text, max(0, prev_start - 12), prev_start)  # 'motivée et rigoureuse'
        #   ('[NAME] est motivée', 'elle est motivée': what a note or an adviser says of the candidate)
        word, noun, maybe_machine = _token(token, clause, free, french)
        if word != token and french and prev not in SELF and "-" not in token and _agrees_with_noun(
                text, m, noun, person, (prev2, prev_gap, prev, prev_kept, prev_start), gap, nouns):
            word, noun = token, False  # 'votre expérience professionnelle', 'une première expérience'

        if ELIDED.search(text, max(0, m.start() - 3), m.start()) and token[:1].isupper() and token.lower() not in nouns:
            word, noun, maybe_machine = token, False, False  # a place's name after its article: 'L'Argentière-la-Bessée'
        if text[m.start() - 1:m.start()] == "-" and m.start() > 0:
            word, noun, maybe_machine = token, False, False  # the tail of a place's name: 'Cappelle-la-Grande'
        if word != token and token.lower() in STREET_WORDS and prev not in AUXILIARIES \
                and STREET_NAME_AFTER.match(text, m.end()):
            word, noun, maybe_machine = token, False, False  # '178 allée Gisèle Halimi': a street, no person
        if word != token and token.lower() == "seconde" and (prev == "en" or SCHOOL_YEAR.match(text, m.end())) \
                or prev == "seconde" and prev_kept and SCHOOL_YEAR.match(gap + token):
            word, noun, maybe_machine = token, False, False  # 'Seconde générale', 'en seconde': a school year
        if maybe_machine and not (prev in SELF or free and _titled(text, m.end(), nouns)):
            word, noun = token, False  # 'conduite de chargeuse' vs 'Chargeuse manutentionnaire': the machine stays
        if word != token:
            changes.append((token, word))
        # after a person noun of either gender, its clause's adjectives describe the person: 'Agente de cuisine
        # rigoureuse' and 'Agent de cuisine rigoureux' read alike ('CAP Petite enfance' has no person noun)
        if noun and not person:
            person_plural = _plural_word(token)
        person = person or noun
        out += [gap, word]
        low = token.lower()
        if low not in ("et", "ou", "mais", "and"):
            was_free = free
        prev2, prev_gap, prev_kept, prev_start = prev, gap, word == token, m.start()
        prev, last = low, m.end()
    return "".join(out) + text[last:], changes


@lru_cache(maxsize=100_000)
def _token(token: str, clause: bool, free: bool, french: bool) -> tuple[str, bool, bool]:
    """One word as models read it, whether it names a person (a person noun, a gendered pair), and whether it may be
    a machine ('chargeuse': the caller decides from the words around it): cached, since words repeat across resumes.
    ``clause``: it opens a clause; ``free``: it may describe the person."""
    sure_enough = ("pair", "strong", "adj", "weak", "guess", "machine") if french else ("pair", "strong", "machine")
    parts = token.split("-")
    forms = [_masculine(p.lower()) for p in parts]
    if _proper(parts, clause_start=clause):
        forms = [(masc, sure) if sure == "pair" else (p, "") for p, (masc, sure) in zip(parts, forms)]
    new = [_same_case(p, masc) if sure in ("pair", "strong") or free and sure in sure_enough
           and not (sure == "guess" and p[:1].isupper()) else p  # an unknown capitalised word: a proper noun
           for p, (masc, sure) in zip(parts, forms)]
    nouns = person_nouns()
    person = any(p.lower() in nouns or sure in ("pair", "strong") for p, (_, sure) in zip(parts, forms))
    machine = any(sure == "machine" for _, sure in forms) and not any(sure in ("pair", "strong") for _, sure in forms)
    return "-".join(new), person, machine


@lru_cache(maxsize=50_000)
def masculine(word: str) -> str:
    """The masculine of a lower-case French word ('mécanicienne' -> 'mécanicien'); the word itself otherwise."""
    return _masculine(word)[0]


@lru_cache(maxsize=50_000)
def _masculine(word: str) -> tuple[str, str]:
    """(masculine form, how sure: 'pair', 'strong', 'adj', 'weak' or '' when the word stays)."""
    pairs = gender_pairs()
    plural = word.endswith("s") and len(word) > 4 and word not in pairs
    stem = word[:-1] if plural else word
    if stem in MACHINES:
        return _plural(pairs.get(stem) or masculine_by_rule(stem), plural), "machine"
    if stem in pairs and _own_word(stem, pairs[stem]):
        return word, ""  # 'carrière' (a career far more than a quarrywoman), 'industrie papetière'
    if stem in EXTRA or stem in pairs:  # person nouns always; adjectives of titles ('tournante') as adjectives
        noun = stem in EXTRA or stem in person_nouns()
        return _plural(EXTRA.get(stem) or pairs[stem], plural), "pair" if noun else "adj"
    if len(stem) < 4 or stem in NOT_FEMININE or places(fold(stem)):
        return word, ""  # a town typed in lower case ('j'habite villetaneuse') is no feminine
    counts = words()
    fem = counts.get(word, (0, 0))[0]
    unknown = None  # a strong rule whose masculine no text knows: used only when no rule gives a known word
    for suffix, repl, sure in RULES:
        if suffix == "ue" and stem.endswith(("que", "gue")):
            continue  # '-ique', '-logue' are both genders ('diabétiques', 'psychologue'); the feminine of '-gu' is '-guë'
        if stem.endswith(suffix) and len(stem) > len(suffix) + 1:
            masc = _plural(stem[: -len(suffix)] + repl, plural)
            known = counts.get(masc, (0, 0))[0] + (counts.get(masc[:-1], (0, 0))[0] if plural else 0)
            if known and (sure in ("strong", "adj") or known * 2 >= max(fem, 1)):
                return masc, sure  # 'rigoureuse' -> 'rigoureux' (known), not 'rigoureur'
            if unknown is None and not known and not fem and (sure == "strong" or suffix == "ée"):
                unknown = (masc, sure)  # an unknown participle or person noun: 'brodeuse' -> 'brodeur'
            elif unknown is None and not known and not fem and suffix in GUESSED and len(stem) > 6:
                unknown = (masc, "guess")  # 'ponctuelle', 'attentive': changed only where it describes the person
    confirmed = None if fem else lexicon_masculine(stem)  # job text writing the feminine alone keeps it ('âgées')
    if confirmed:  # a rule's guess no text knows, settled by a lexicon: 'heureuse' -> 'heureux', not 'heureur'
        masc = _plural(confirmed, plural)
        if unknown and unknown[0] == masc:
            return unknown  # the rule's own guess, as sure as the rule
        return masc, "strong" if confirmed.endswith(("eur", "teur", "ier", "ien")) else "adj"
    if unknown and _lemma(stem) == stem and _known(stem) and (unknown[1] == "weak" or not _known(unknown[0].rstrip("s"))):
        return word, ""  # a feminine noun of its own ('journée', 'frontière', 'poussière'): no masculine to read
    return unknown or (word, "")


AL_PLURAL_S = frozenset("banal fatal final natal naval bancal chacal festival récital carnaval bal régal idéal".split())


def _plural(masculine: str, plural: bool) -> str:
    """The masculine in the number of the word it replaces: 'principales' -> 'principaux', not 'principals'."""
    if not plural:
        return masculine
    return masculine[:-2] + "aux" if masculine.endswith("al") and masculine not in AL_PLURAL_S else masculine + "s"


def _own_word(feminine: str, masculine: str) -> bool:
    """Job text writes the feminine of a pair five times as often as its masculine, at least 20 times: a word of its
    own there ('carrière' 40 / 'carrier' 5), not the feminine of a person noun ('vendeuse' 149 / 'vendeur' 150)."""
    counts = words()
    fem, masc = counts.get(feminine, (0, 0))[0], counts.get(masculine, (0, 0))[0]
    return fem >= 20 and fem > 5 * max(masc, 1)


# how a French feminine ends, given its masculine lemma: the pairs a lexicon's lemma must fit to be the masculine
FEMININE_OF = (("euse", "eux"), ("euse", "eur"), ("trice", "teur"), ("ive", "if"), ("elle", "el"), ("enne", "en"),
               ("onne", "on"), ("ette", "et"), ("ère", "er"), ("ète", "et"), ("e", ""))


def lexicon_masculine(word: str) -> str | None:
    """The masculine of a French feminine adjective, participle or person noun, from simplemma's French lexicon
    (its lemma), when the lemma is the word's masculine by one of :data:`FEMININE_OF` (not a verb: 'née' -> 'naître')."""
    lemma = _lemma(word)
    if lemma == word:
        return None
    for fem, masc in FEMININE_OF:
        if word.endswith(fem) and lemma == word[: len(word) - len(fem)] + masc:
            return lemma
    return None


@lru_cache(maxsize=50_000)
def _lemma(word: str) -> str:
    """simplemma's French lemma of a lower-case word (the word itself when unknown)."""
    import simplemma  # deferred: 82 ms and its French data, for words no rule settles

    return simplemma.lemmatize(word, lang="fr")


@lru_cache(maxsize=50_000)
def _known(word: str) -> bool:
    """simplemma's French lexicon holds the word (an OCR slip such as 'hobituée' it does not)."""
    import simplemma

    return simplemma.is_known(word, lang="fr")


def _titled(text: str, end: int, nouns: frozenset[str]) -> bool:
    """A machine's name opening a clause is a job title when a complement or another person noun follows it
    ('Trieuse de textiles', 'CHARGEUSE MANUTENTIONNAIRE'); alone ('Autolaveuse', 'CACES : chargeuse, …') it is the machine."""
    m = re.match(r"[ \t]+([^\W\d_]+)", text[end:end + 40])
    return bool(m) and (m.group(1).lower() in ("de", "d", "en", "polyvalente", "polyvalent") or m.group(1).lower() in nouns)


def masculine_by_rule(word: str) -> str:
    """The masculine a person noun's ending gives ('trieuse' -> 'trieur', 'calculatrice' -> 'calculateur')."""
    for suffix, repl in (("euse", "eur"), ("trice", "teur"), ("ière", "ier")):
        if word.endswith(suffix):
            return word[: -len(suffix)] + repl
    return word


def _proper(parts: list[str], clause_start: bool) -> bool:
    """A place or a person's name ('Saint-Étienne', 'Neuilly-sur-Seine', 'Vienne' mid-sentence): only the person
    nouns of job titles change there ('Aide-Soignante' does)."""
    caps = [p for p in parts if p[:1].isupper() and not p.isupper()]
    return len(caps) >= 2 or bool(caps) and not clause_start


def _same_case(src: str, dst: str) -> str:
    if not dst:
        return dst
    return dst.upper() if src.isupper() and len(src) > 1 else dst[:1].upper() + dst[1:] if src[:1].isupper() else dst
