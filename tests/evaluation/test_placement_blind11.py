"""The blind11 split of the placement benchmark: its generator only (never a masker). Deterministic CVs, every layout
planting every family in each of its languages, facts and markers found verbatim where the text says they are (an
identity mask finds nothing, deleting the planted values finds everything and keeps every fact), a vocabulary no
earlier split nor Faker carries, and layouts that write what their docstrings say."""
from __future__ import annotations

import importlib
import json
import re
import sys
import time
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

from matchlens.evaluation import placement as P
from matchlens.evaluation import placement_blind11 as B11
from matchlens.evaluation import placement_data as D

sys.path.insert(0, str(Path(__file__).parent))
from test_placement_blind7 import faker_name_words, name_words, towns  # noqa: E402

PER_LAYOUT = 10


@pytest.fixture(scope="module")
def cvs() -> list[P.PlacedCV]:
    return P.generate("blind11", per_layout=PER_LAYOUT, seed=11)


def make(name: str, lang: str, i: int = 0) -> P.PlacedCV:
    return P.make_cv(P.LAYOUTS[name], lang, seed=2, index=i)


def test_split_is_registered_new_and_listed():
    blind11 = P.layouts("blind11")
    older = {lay.name for split in P.SPLITS[:P.SPLITS.index("blind11")] for lay in P.layouts(split)}
    assert "blind11" in P.SPLITS and len(blind11) >= 11 and not {lay.name for lay in blind11} & older
    assert all(lay.fn.__module__ == B11.__name__ and lay.split == "blind11" for lay in blind11)
    for lang in P.LANGS:
        assert len(P.layouts("blind11", lang)) >= 10, lang
    listed = B11.__doc__.split("Layouts:")[1].split(".")[0]
    assert sorted(x.strip() for x in listed.split(",")) == sorted(lay.name for lay in blind11)
    assert 330 <= 10 * sum(len(lay.langs) for lay in blind11) <= 400  # CVs at the bench's default of 10 a layout
    assert set(blind11) <= set(P.layouts("all"))
    for bench in ("bench_blind.py", "bench_blind_effect.py"):  # selectable with --split blind11
        assert "blind11" in (Path(__file__).parents[2] / "bench" / bench).read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="blind11"):  # the message names every split
        P.generate("blind99")


def test_generation_is_deterministic_for_a_seed_and_quick():
    a, b = (P.generate("blind11", per_layout=1, seed=3) for _ in range(2))
    c = P.generate("blind11", per_layout=1, seed=4)
    assert [(x.text, x.markers, x.facts) for x in a] == [(x.text, x.markers, x.facts) for x in b]
    assert [x.text for x in a] != [x.text for x in c]
    start = time.perf_counter()
    P.generate("blind11", per_layout=3, seed=5)
    assert time.perf_counter() - start < 5  # per_layout=10 takes about three times as long


def test_every_layout_plants_every_family_in_each_language(cvs):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cv in cvs:
        seen[cv.layout, cv.lang] |= {m.family for m in cv.markers}
    expected = {(lay.name, lang) for lay in P.layouts("blind11") for lang in lay.langs}
    assert set(seen) == expected
    missing = {key: set(P.FAMILIES) - fams for key, fams in seen.items() if set(P.FAMILIES) - fams}
    assert not missing, missing


def test_markers_and_facts_are_verbatim_and_apart(cvs):
    for cv in cvs:
        assert cv.facts and "name" in {m.family for m in cv.markers}, cv.layout
        for m in cv.markers:
            assert m.family in P.FAMILIES and m.value in cv.text and not P.is_masked(m, cv.text), (cv.layout, m)
        for f in cv.facts:
            assert f in cv.text, (cv.layout, cv.lang, f)
            assert all(P.is_masked(m, f) for m in cv.markers), (cv.layout, f)  # no marker, no name word in a fact
        assert P.check(cv) == ""
        bare = P.delete_values(cv.text, [m.value for m in cv.markers])  # deleting the markers keeps every fact
        assert all(f in bare for f in cv.facts) and all(P.is_masked(m, bare) for m in cv.markers), cv.layout


def test_identity_finds_nothing_and_an_oracle_everything(cvs):
    kept = P.evaluate(lambda text: text, cvs)
    assert kept["recall"] == 0 and kept["fact_precision"] == 1 and kept["lost_facts"] == []
    by_text = {id(cv.text): cv for cv in cvs}
    oracle = P.evaluate(lambda text: P.delete_values(text, [m.value for m in by_text[id(text)].markers]), cvs)
    assert oracle["recall"] == 1 and oracle["fact_precision"] == 1 and oracle["primary"] == 1
    assert set(oracle["recall_by_layout"]) == {lay.name for lay in P.layouts("blind11")}


def test_other_people_are_named_too(cvs):
    """Spouses, parents, recruiters, reviewers, referees, trainers, clients: names besides the author's, planted."""
    for name in ("chat_json", "doc_comments", "mail_merge", "toml_record", "kakao_openchat", "reference_call",
                 "biodata", "training_certificate", "care_visit_log", "ats_audit_trail"):
        for cv in (c for c in cvs if c.layout == name):
            names = [set(P.name_words(m.value)) for m in cv.markers if m.family == "name"]
            assert any(not a & b for a in names for b in names), (name, cv.lang, names)  # two people at least


def test_job_facts_of_every_kind_are_recorded(cvs):
    for lang in P.LANGS:
        facts = {f for cv in cvs if cv.lang == lang for f in cv.facts}
        places = set({"fr": B11.FR_JOB_PLACES, "en": B11.EN_JOB_PLACES, "ko": B11.KO_JOB_PLACES}[lang])
        durations = [f for f in facts if re.search(r"\d+ ?(ans|years|년)|\d+년", f)]
        assert facts & set(B11.SIDE_EMPLOYERS[lang]) and len(facts & places) >= 8, lang
        assert len(durations) >= 10, lang
        trade_bits = {x for t in D.TRADES for k in ("diplomas", "licences", "skills") for x in getattr(t, k)[lang]}
        assert len(facts & trade_bits) >= 20, lang
        assert any(a in facts for a in ("Disponible immédiatement", "Available immediately", "즉시 출근 가능")), lang
    fr = {f for cv in cvs if cv.lang == "fr" for f in cv.facts}
    assert any(re.fullmatch(r"\d+ ans en EHPAD", f) for f in fr)  # a duration next to a workplace word, kept
    assert {"Chez Fatima", "Boucherie Chez Kader", "Traiteur Maison Rosine"} & fr  # named after people, kept


def test_names_and_places_are_unseen(cvs):
    earlier = [importlib.import_module(m) for m in (P.FRESH_MODULE, P.BLIND3_MODULE, P.BLIND4_MODULE,
                                                     P.BLIND5_MODULE, P.BLIND6_MODULE, P.BLIND7_MODULE,
                                                     P.BLIND8_MODULE, P.BLIND9_MODULE, P.BLIND10_MODULE)]
    data = {P.ascii_fold(w).lower() for w in re.findall(r"[^\W\d_]+", Path(D.__file__).read_text(encoding="utf-8"))}
    pool = name_words(B11.NAMES) | {w.lower() for w in B11.ROMAN.values()}
    assert not pool & faker_name_words(), sorted(pool & faker_name_words())
    assert not pool & data, sorted(pool & data)
    old_names = set().union(*(name_words(m.NAMES) for m in earlier))
    old_names |= {w.lower() for m in earlier for w in getattr(m, "ROMAN", {}).values()}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for v in getattr(m, "NICKS", {}).values() for w in v}
    old_names |= {P.ascii_fold(w).lower() for m in earlier for w in getattr(m, "KO_LATIN", {}).values()}
    assert not pool & old_names, sorted(pool & old_names)
    surnames = set(B11.NAMES["korean"]["L"])  # one syllable: not a 'name word', so compared whole
    old_korean = {n for m in earlier for o, d in m.NAMES.items() if "korean" in o for n in d.get("L", ())}
    assert not surnames & (old_korean | set(D.KO_SURNAME_ROMAN)), surnames & old_korean
    old = {t[0] for t in D.FR_TOWNS + D.EN_TOWNS} | set(D.EN_JOB_TOWNS) | set(D.KO_JOB_PLACES) | {t[1] for t in D.KO_TOWNS}
    old |= {t for c in D.COUNTRIES.values() for t in c[6]} | {t for ts in D.EN_BIRTH_TOWNS.values() for t in ts}
    old |= set().union(*(towns(m) for m in earlier))
    old |= {h.split(",")[0] for m in earlier for homes, _ in getattr(m, "EPS_HOMES", {}).values() for h in homes}
    old |= {place for m in earlier for pairs in getattr(m, "ABROAD", {}).values() for _, place in pairs}
    mine = towns(B11)
    assert {"Yerres", "Chapeltown", "대곶", "Compans", "Kegworth", "Bafoussam", "Makeni"} <= mine  # the pools are read
    assert not mine & old, sorted(mine & old)
    homes = {m.value for cv in cvs for m in cv.markers if m.family == "residence"}
    assert homes and not homes & old
    written = {w for cv in cvs for m in cv.markers if m.family == "name" for w in P.name_words(m.value)}
    assert {"Reşo", "Kiçe", "Ñancupil", "Êzdîn", "Silêman", "Bapîr"} & written  # letters with cedillas, tildes, hats
    assert any(w.isupper() and w.lower() in {x.lower() for x in B11.ROMAN.values()} for w in written)
    assert any(w.islower() and len(w) > 2 for w in written)  # names in lower case (slugs, chat, handles)


def visual_birth(cv: P.PlacedCV) -> str:
    """The birth date the visual zone shows ('15 07 1979', '15.07.1979', '790715-1******'), as the MRZ writes it."""
    for m in cv.markers:
        if m.family == "birth" and (d := re.fullmatch(r"(\d\d)[ .](\d\d)[ .]\d\d(\d\d)", m.value)):
            return d.group(3) + d.group(2) + d.group(1)
        if m.family == "birth" and re.fullmatch(r"\d{6}-\d\*{6}", m.value):
            return m.value[:6]
    return ""


def test_identity_documents_carry_a_valid_machine_readable_zone():
    cards = 0
    for lang in P.LANGS:
        for i in range(6):
            cv = make("id_mrz", lang, i)
            zone = [x for x in cv.text.splitlines() if re.fullmatch(r"[A-Z0-9<]{30}|[A-Z0-9<]{44}", x)]
            if "주민등록증" in cv.text:  # a Korean card: the resident number's 7th digit tells the sex
                number = next(m.value for m in cv.markers if m.family == "birth" and "*" in m.value)
                assert not zone and (number[7] in "24") == (cv.sex == "F")
                continue
            assert len(zone) in (2, 3) and len({len(x) for x in zone}) == 1, zone
            data = zone[1]
            born, sex = (data[0:6], data[7]) if len(zone) == 3 else (data[13:19], data[20])
            assert born == visual_birth(cv) and sex == cv.sex
            assert data[6 if len(zone) == 3 else 19] == B11.mrz_check(born)
            names = [m.value for m in cv.markers if m.family == "name"]
            assert any("<<" in n and n in zone[-1 if len(zone) == 3 else 0] for n in names)
            assert data in {m.value for m in cv.markers if m.family == "birth"}
            cards += 1
    assert cards >= 12
    assert B11.mrz_check("L898902C3") == "6" and B11.mrz_check("740812") == "2"  # ICAO 9303's worked example


def test_a_british_licence_number_spells_surname_and_birth():
    seen = 0
    for i in range(8):
        cv = make("licence_fields", "en", i)
        line = next(x for x in cv.text.splitlines() if x.startswith("5. "))
        number = line[3:]
        assert re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z]{2}9[A-Z]{2}", number), number
        assert any(m.family == "name" and m.value == number for m in cv.markers)
        month = int(number[6:8])
        assert (month > 50) == (cv.sex == "F")
        seen += 1
    assert seen == 8
    codes = [m.value for lang in ("fr", "en", "ko") for i in range(40) for cv in [make("licence_fields", lang, i)]
             for m in cv.markers if m.family == "health"]
    assert {"02.01", "D (보청기)"} & set(codes)  # a hearing aid as a restriction code


def test_team_chat_is_json_with_escaped_strings():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("chat_json", lang, i)
            messages = json.loads(cv.text)
            assert all(m["type"] == "message" and "user_profile" in m for m in messages)
            names = {m.value for m in cv.markers if m.family == "name"}
            assert {m["user_profile"]["real_name"] for m in messages} <= names
            files = [f["name"] for m in messages for f in m.get("files", [])]
            assert files and any(n in files[0] for n in names)
            if lang != "ko":
                assert any(n.islower() and " " in n for n in names)  # the name in lower case


def test_tick_boxes_leak_until_both_labels_go():
    cv = next(cv for i in range(30) for cv in [make("tick_form", "fr", i)]
              if any(m.value.startswith(("☑ Madame", "☐ Madame", "☑ Monsieur", "☐ Monsieur")) for m in cv.markers))
    group = next(m for m in cv.markers if "Madame" in m.value and "Monsieur" in m.value)
    checked = "Madame" if "☑ Madame" in group.value else "Monsieur"
    other = "Monsieur" if checked == "Madame" else "Madame"
    assert not P.is_masked(group, cv.text.replace(checked, "[SEX]"))  # '☐ Monsieur' alone still tells
    assert P.is_masked(group, cv.text.replace(checked, "[SEX]").replace(other, "[SEX]"))
    nirs = [m.value for i in range(20) for cv in [make("tick_form", "fr", i)] for m in cv.markers
            if m.family == "birth" and re.fullmatch(r"[12] \d\d \d\d \d\d \d{3} \d{3} \d\d", m.value)]
    assert nirs and all(97 - int(n.replace(" ", "")[:13]) % 97 == int(n[-2:]) for n in nirs)
    en = [make("tick_form", "en", i) for i in range(8)]
    assert any(m.value.startswith("[x] ") for cv in en for m in cv.markers)


def test_mail_merge_leaves_fields_unfilled_and_prints_its_record():
    for lang, (o, c) in B11.MERGE.items():
        cv = make("mail_merge", lang)
        assert re.search(re.escape(o) + r"\w+" + re.escape(c), cv.text)
        record = cv.text.splitlines()[-1]
        assert record.count("=") >= 3 and any(m.family == "name" and m.value in record for m in cv.markers)


def test_toml_record_parses_and_keeps_its_values():
    for lang in P.LANGS:
        for i in range(4):
            cv = make("toml_record", lang, i)
            doc = tomllib.loads(cv.text)
            table = doc["candidate" if lang != "fr" else "candidat"]
            assert str(table.get("sex", "F")) in ("F", "M")
            if "birth_date" in table:
                assert f"{table['birth_date']:%Y-%m-%d}" in {m.value for m in cv.markers}
            if lang != "ko":
                assert table["slug"] in {m.value for m in cv.markers if m.family == "name"}


def test_kakao_export_lines_and_nicknames():
    for i in range(4):
        cv = make("kakao_openchat", "ko", i)
        lines = cv.text.splitlines()
        assert lines[0].endswith("님과 카카오톡 대화") and lines[1].startswith("저장한 날짜 : ")
        said = [x for x in lines if re.match(r"\[[^\]]+\] \[(오전|오후) \d+:\d\d\] ", x)]
        assert len(said) >= 10
        counts = [sum(f" {m.value}] " in x for x in said) for m in cv.markers if m.family == "name"]
        assert max(counts) >= 6  # the author's nickname ('대곶 요양보호사 덕례') ends with the given name


def test_audit_trail_keeps_old_and_new_values_in_order():
    for lang in P.LANGS:
        cv = make("ats_audit_trail", lang)
        stamps = re.findall(r"^(\d\d/\d\d/\d{4} \d\d:\d\d|\d{4}-\d\d-\d\d \d\d:\d\d) — ", cv.text, re.M)
        assert len(stamps) >= 10
        when = [s if lang == "ko" else f"{s[6:10]}-{s[3:5]}-{s[0:2]} {s[11:]}" for s in stamps]
        assert when == sorted(when)
        assert any("→" in x for x in cv.text.splitlines())


def test_biodata_names_the_parents():
    for lang in P.LANGS:
        for i in range(3):
            cv = make("biodata", lang, i)
            names = [m.value for m in cv.markers if m.family == "name"]
            assert len(names) >= 3
            families = [m.value for m in cv.markers if m.family == "family"]
            assert families
    ko = [m.value for i in range(10) for cv in [make("biodata", "ko", i)] for m in cv.markers]
    assert any(re.fullmatch(r"\d남 \d녀 중 장[녀남]", v) for v in ko)


def test_care_log_is_a_care_workers_and_signed_each_day():
    for lang in P.LANGS:
        for i in range(3):
            cv = make("care_visit_log", lang, i)
            signed = [m.value for m in cv.markers if m.family == "name" and " " not in m.value and
                      len(re.findall(rf"— {re.escape(m.value)}$", cv.text, re.M)) >= 3]
            assert signed, cv.text  # the worker signs the day's entries with the given name
            assert set(cv.facts) & set(B11.CARE.employers[lang])  # the worker's trade is care, whatever was drawn
