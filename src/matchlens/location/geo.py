"""Fixed tables of places: French départements and regions, postcodes, towns (from job ads), Korean provinces."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path


DEPARTMENTS = {
    "01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence", "05": "Hautes-Alpes",
    "06": "Alpes-Maritimes", "07": "Ardèche", "08": "Ardennes", "09": "Ariège", "10": "Aube", "11": "Aude",
    "12": "Aveyron", "13": "Bouches-du-Rhône", "14": "Calvados", "15": "Cantal", "16": "Charente",
    "17": "Charente-Maritime", "18": "Cher", "19": "Corrèze", "2A": "Corse-du-Sud", "2B": "Haute-Corse",
    "21": "Côte-d'Or", "22": "Côtes-d'Armor", "23": "Creuse", "24": "Dordogne", "25": "Doubs", "26": "Drôme",
    "27": "Eure", "28": "Eure-et-Loir", "29": "Finistère", "30": "Gard", "31": "Haute-Garonne", "32": "Gers",
    "33": "Gironde", "34": "Hérault", "35": "Ille-et-Vilaine", "36": "Indre", "37": "Indre-et-Loire", "38": "Isère",
    "39": "Jura", "40": "Landes", "41": "Loir-et-Cher", "42": "Loire", "43": "Haute-Loire", "44": "Loire-Atlantique",
    "45": "Loiret", "46": "Lot", "47": "Lot-et-Garonne", "48": "Lozère", "49": "Maine-et-Loire", "50": "Manche",
    "51": "Marne", "52": "Haute-Marne", "53": "Mayenne", "54": "Meurthe-et-Moselle", "55": "Meuse",
    "56": "Morbihan", "57": "Moselle", "58": "Nièvre", "59": "Nord", "60": "Oise", "61": "Orne",
    "62": "Pas-de-Calais", "63": "Puy-de-Dôme", "64": "Pyrénées-Atlantiques", "65": "Hautes-Pyrénées",
    "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin", "69": "Rhône", "70": "Haute-Saône",
    "71": "Saône-et-Loire", "72": "Sarthe", "73": "Savoie", "74": "Haute-Savoie", "75": "Paris",
    "76": "Seine-Maritime", "77": "Seine-et-Marne", "78": "Yvelines", "79": "Deux-Sèvres", "80": "Somme",
    "81": "Tarn", "82": "Tarn-et-Garonne", "83": "Var", "84": "Vaucluse", "85": "Vendée", "86": "Vienne",
    "87": "Haute-Vienne", "88": "Vosges", "89": "Yonne", "90": "Territoire de Belfort", "91": "Essonne",
    "92": "Hauts-de-Seine", "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d'Oise",
    "971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion", "975": "Saint-Pierre-et-Miquelon",
    "976": "Mayotte",
}
REGIONS = {  # the 13 metropolitan regions (2016) and the overseas ones, each its own
    "Auvergne-Rhône-Alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "Bourgogne-Franche-Comté": "21 25 39 58 70 71 89 90",
    "Bretagne": "22 29 35 56",
    "Centre-Val de Loire": "18 28 36 37 41 45",
    "Corse": "2A 2B",
    "Grand Est": "08 10 51 52 54 55 57 67 68 88",
    "Hauts-de-France": "02 59 60 62 80",
    "Île-de-France": "75 77 78 91 92 93 94 95",
    "Normandie": "14 27 50 61 76",
    "Nouvelle-Aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "Occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "Pays de la Loire": "44 49 53 72 85",
    "Provence-Alpes-Côte d'Azur": "04 05 06 13 83 84",
    "Guadeloupe": "971", "Martinique": "972", "Guyane": "973", "La Réunion": "974",
    "Saint-Pierre-et-Miquelon": "975", "Mayotte": "976",
}
REGION_OF = {d: r for r, ds in REGIONS.items() for d in ds.split()}
KOREA = {  # province or metropolitan city -> the names a text writes it with
    "서울": "서울특별시 서울시", "부산": "부산광역시 부산시", "대구": "대구광역시 대구시", "인천": "인천광역시 인천시",
    "광주": "광주광역시", "대전": "대전광역시 대전시", "울산": "울산광역시 울산시", "세종": "세종특별자치시 세종시",
    "경기": "경기도", "강원": "강원도 강원특별자치도", "충북": "충청북도", "충남": "충청남도",
    "전북": "전라북도 전북특별자치도", "전남": "전라남도", "경북": "경상북도", "경남": "경상남도",
    "제주": "제주도 제주특별자치도",
}
NOT_PLACES = {"france", "uk", "united kingdom", "england", "royaume uni", "korea", "south korea", "coree",
              "대한민국", "한국", "remote", "teletravail", "hybride", "hybrid", "europe", "n/a", "na"}


def fold(text: str) -> str:
    """Lower case without accents ('Île' -> 'ile'); Hangul kept whole."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def town_key(name: str) -> str:
    """'ST HERBLAIN', 'Saint-Herblain' -> 'saint herblain'; 'Lyon 3e', 'PARIS 15', 'Lyon Cedex 03' -> the city."""
    key = re.sub(r"[\s\-'’.]+", " ", fold(name)).strip()
    key = re.sub(r"\s+cedex(?:\s+\d+)?$", "", key)
    key = re.sub(r"\s+\d{1,2}\s*(?:e|er|eme|ieme)?(?:\s+arrondissement)?$", "", key)
    return re.sub(r"\b(st|ste)\b", lambda m: "saint" if m.group(1) == "st" else "sainte", key)


def department_of_postcode(code: str) -> str | None:
    """A French postcode's département: '93200' -> '93', '20090' -> '2A', '20200' -> '2B', '97411' -> '974'."""
    if not re.fullmatch(r"\d{5}", code):
        return None
    if code.startswith("20"):
        return "2A" if int(code) < 20200 else "2B"
    dept = code[:3] if code.startswith("97") else code[:2]
    return dept if dept in DEPARTMENTS else None


# France's largest towns and their départements (public facts, written here): a fresh install, with no local town
# table yet, still places 'Lyon' or 'Lille'. The local table, when built, is read first.
BIG_CITIES = {"Lyon": "69", "Marseille": "13", "Toulouse": "31", "Nice": "06", "Nantes": "44", "Montpellier": "34",
              "Strasbourg": "67", "Bordeaux": "33", "Lille": "59", "Rennes": "35", "Reims": "51", "Toulon": "83",
              "Saint-Étienne": "42", "Le Havre": "76", "Grenoble": "38", "Dijon": "21", "Angers": "49", "Nîmes": "30",
              "Villeurbanne": "69", "Clermont-Ferrand": "63", "Le Mans": "72", "Aix-en-Provence": "13", "Brest": "29",
              "Tours": "37", "Amiens": "80", "Limoges": "87", "Annecy": "74", "Perpignan": "66", "Metz": "57",
              "Besançon": "25", "Orléans": "45", "Rouen": "76", "Mulhouse": "68", "Caen": "14", "Nancy": "54",
              "Argenteuil": "95", "Montreuil": "93", "Roubaix": "59", "Tourcoing": "59", "Avignon": "84",
              "Poitiers": "86", "Pau": "64", "La Rochelle": "17", "Versailles": "78", "Créteil": "94", "Nanterre": "92",
              "Boulogne-Billancourt": "92", "Saint-Denis": "93", "Colombes": "92", "Vitry-sur-Seine": "94",
              "Aubervilliers": "93", "Sarcelles": "95", "Cergy": "95", "Évry-Courcouronnes": "91", "Ajaccio": "2A",
              "Bastia": "2B"}


def town_table() -> Path:
    """Where the town -> département table is: built locally into the matchlens folder by
    scripts/build_town_table.py from place columns the user has (the real job ads it reads are not ours to ship)."""
    from matchlens.settings import home

    return home() / "towns_fr.tsv"


@lru_cache(maxsize=1)
def towns() -> dict[str, tuple[tuple[str, ...], str]]:
    """Folded town name -> (départements, name): the local table if built, then the départements' own names and
    the largest towns. Read once per process (it was read again at every lookup)."""
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    table = town_table()
    for line in (table.read_text(encoding="utf-8") if table.exists() else "").splitlines():
        if line and not line.startswith("#"):
            key, depts, name = line.split("\t")
            out[key] = (tuple(depts.split(",")), name)
    for code, name in DEPARTMENTS.items():
        out.setdefault(town_key(name), ((code,), name))
    for name, code in BIG_CITIES.items():
        out.setdefault(town_key(name), ((code,), name))
    return out


@lru_cache(maxsize=1)
def regions_by_key() -> dict[str, str]:
    """Folded region name -> region ('ile de france' -> 'Île-de-France')."""
    return {town_key(r): r for r in REGIONS}


@lru_cache(maxsize=1)
def korean_names() -> dict[str, str]:
    """Every way of writing a Korean province or metropolitan city -> its short name."""
    out = {short: short for short in KOREA}
    out.update({name: short for short, names in KOREA.items() for name in names.split()})
    return out
