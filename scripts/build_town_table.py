"""Build the town -> département table that location criteria read (towns_fr.tsv in the matchlens folder).

It is built on the machine that uses it, not shipped: the job ads it reads may be used for development and
evaluation but not redistributed in the package.

Read offline from the `place` field ("DD - TOWN") of the 2,634 real French job ads in the shared data folder
(France Travail "Offres d'emploi" API). Only town names and their département codes are kept, no ad text.
Keys are folded like `matchlens.location.geo.town_key` ("ST HERBLAIN" and "Saint-Herblain" are one key,
"PARIS 15" is Paris); a name found in several départements keeps them all (the place is then ambiguous).

Run: python scripts/build_town_table.py [../shared/data]
It then measures `gig_place` on the ads' text alone against their `place` field (found; same département; same
region; wrong; a town of no table), so a change of the rules shows what it costs.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from matchlens.location.geo import DEPARTMENTS, town_key

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from matchlens.settings import home  # noqa: E402

OUT = home() / "towns_fr.tsv"
PLACE = re.compile(r"^\s*(\d{2}|2[AB]|97\d)\s+-\s+(.+?)\s*$")
HEADER = ("# Towns of France and their départements, read off the `place` field of 2,634 job ads.\n"
          "# Source : France Travail, offres d'emploi (API Offres d'emploi; collected in github.com/DlDI/"
          "Data_Pole_Emploi and github.com/chuck-gcc/FranceTravailDb). Built by scripts/build_town_table.py.\n"
          "# key\tdépartements\tname\n")


def read_places(ads: Path) -> list[tuple[str, str]]:
    """(département, town as written) of every ad whose place is 'DD - TOWN'."""
    with ads.open(newline="", encoding="utf-8") as f:
        rows = [PLACE.match(r["place"] or "") for r in csv.DictReader(f)]
    return [(m.group(1), m.group(2)) for m in rows if m and m.group(1) in DEPARTMENTS and "(" not in m.group(2)]


def table(places: list[tuple[str, str]]) -> dict[str, tuple[list[str], str]]:
    """key -> (départements, the most written mixed-case spelling, else the most written one)."""
    depts, names = defaultdict(set), defaultdict(Counter)
    for dept, town in places:
        key = town_key(town)
        if key:
            depts[key].add(dept)
            names[key][re.sub(r"\s+\d{1,2}(?:e|er|ème|eme)?$", "", town.strip())] += 1
    out = {}
    for key in sorted(depts):
        spellings = names[key].most_common()
        mixed = [n for n, _ in spellings if not n.isupper()]
        out[key] = (sorted(depts[key]), mixed[0] if mixed else spellings[0][0].title())
    return out


def measure(ads: Path) -> Counter:
    """How the place read from each ad's text compares with its `place` field."""
    from matchlens.location import gig_place

    out = Counter()
    with ads.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            truth, read = gig_place("", {"place": row["place"]}), gig_place(row["description"] or "")
            out["ads"] += 1
            if read is None or truth is None:
                continue
            out["found"] += 1
            out["no table" if not read.country else "same département" if read.area and read.area == truth.area
                else "same region" if read.region == truth.region else "wrong"] += 1
    return out


def main(data: Path) -> None:
    ads = data if data.is_file() else data / "job_ads_fr" / "ads.csv"  # a CSV with a 'place' column, or shared/data
    rows = table(read_places(ads))
    lines = [f"{k}\t{','.join(d)}\t{n}" for k, (d, n) in rows.items()]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} towns to {OUT}")
    print("gig place read from the ad text vs its place field:", dict(measure(ads)))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"))
