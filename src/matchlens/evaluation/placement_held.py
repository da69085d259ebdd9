"""Held-aside layouts of the placement benchmark (see evaluation.placement): registered into the same LAYOUTS with
split "held". Do not read this file while tuning a masker: its figures are the ones that say how the masker does on
layouts it was not tuned on."""
from __future__ import annotations

from matchlens.evaluation import placement_data as D
from matchlens.evaluation.placement import (
    EN_MONTHS, FR_MONTHS, Sheet, availability, body, contact_items, docx_bytes, duration, education, email,
    experience, headline, interleave, job_dates, joined, languages, layout, licence, licences_line,
    main_column, name, name_line, phone, place_text, profile, read_docx_text, sidebar, skills, summary, title_text,
    hobbies,
)


def caps(s: Sheet, text: str, m0: int, f0: int) -> str:
    """The text in capitals, with the markers and facts recorded since (m0, f0) put in capitals too."""
    from dataclasses import replace

    s.markers[m0:] = [replace(m, value=m.value.upper(), also=tuple(a.upper() for a in m.also)) for m in s.markers[m0:]]
    s.facts[f0:] = [f.upper() for f in s.facts[f0:]]
    return text.upper()


@layout(split="held")
def centred_caps(s: Sheet) -> str:
    """A designer CV's top: every line centred with spaces, name, title and details in capitals."""
    width = s.pick([72, 80, 90])
    top = [name(s, "CAPS"), headline(s, "upper")]
    m0, f0 = len(s.markers), len(s.facts)
    res = s.bit("residence", "bare")
    top.append(caps(s, res.replace("\n", " – "), m0, f0) if res else "")
    top.append(joined(contact_items(s), "  •  "))
    m0, f0 = len(s.markers), len(s.facts)
    personal = joined(s.bits(families=("age", "nationality", "family")), "  •  ")
    top.append(caps(s, personal, m0, f0) if s.lang != "ko" and s.chance(0.6) else personal)
    lines = [t.center(width).rstrip() for t in top if t]
    rest = body(s)
    more = s.bits()
    return "\n".join(lines + [""] + [(r.center(width).rstrip() if r.isupper() else r) for r in rest] +
                     ([""] + more if more else []))


@layout(split="held")
def two_column_sequential(s: Sheet) -> str:
    """A two-column PDF read column by column: all of one column, then all of the other."""
    side, main = sidebar(s), main_column(s)
    head = [name_line(s, s.pick(["CAPS", "plain", "LAST first"])), headline(s)]
    if s.chance(0.5):
        side = head + [""] + side
        parts = [side, main] if s.chance(0.5) else [main, side]
    else:
        parts = [head + [""] + main, side]
    if s.chance(0.3):  # a reader that still pairs a few rows at the seam
        return "\n".join(interleave(parts[0][:3], parts[1][:3], "rows") + parts[0][3:] + parts[1][3:])
    return "\n".join(parts[0] + [""] + parts[1])


LI = {"fr": ("Coordonnées", "Principales compétences", "Langues", "Résumé", "Expérience", "Formation",
             "Page 1 sur 2", " chez ", "aujourd'hui"),
      "en": ("Contact", "Top Skills", "Languages", "Summary", "Experience", "Education", "Page 1 of 2", " at ",
             "Present"),
      "ko": ("연락처", "주요 기술", "언어", "요약", "경력", "학력", "1 / 2 페이지", " · ", "현재")}


def li_duration(s: Sheet, job) -> str:
    """LinkedIn's '(8 ans 3 mois)' after a job's dates: a fact."""
    (y0, m0), end = job.start, job.end or (D.TODAY[0], D.TODAY[1])
    months = (end[0] - y0) * 12 + end[1] - m0 + 1
    y, m = divmod(max(months, 1), 12)
    words = {"fr": (f"{y} an{'s' if y > 1 else ''}", f"{m} mois"), "en": (f"{y} year{'s' if y > 1 else ''}",
                                                                           f"{m} month{'s' if m > 1 else ''}"),
             "ko": (f"{y}년", f"{m}개월")}[s.lang]
    return s.fact("(" + " ".join(w for w, n in zip(words, (y, m)) if n) + ")")


def li_date(s: Sheet, ym: tuple[int, int] | None) -> str:
    """'juillet 2021', 'July 2021', '2021년 7월', or the word for 'now'."""
    if ym is None:
        return LI[s.lang][8]
    return {"fr": f"{FR_MONTHS[ym[1] - 1]} {ym[0]}", "en": f"{EN_MONTHS[ym[1] - 1]} {ym[0]}",
            "ko": f"{ym[0]}년 {ym[1]}월"}[s.lang]


def li_location(s: Sheet) -> str | None:
    """'Sarcelles, Île-de-France, France' under the headline (the town planted)."""
    if not s.has("residence"):
        return None
    s.done.add("residence")
    town = s.plant("residence", s.p.town[1] if s.lang == "ko" else s.p.town[0])
    if s.lang == "fr":
        idf = s.p.town[1][:2] in ("75", "77", "78", "91", "92", "93", "94", "95")
        return f"{town}, Île-de-France, France" if idf else f"{town}, France"
    return f"{town}, {s.p.town[2]}, United Kingdom" if s.lang == "en" else f"{town} {s.p.town[2]}"


@layout(split="held")
def linkedin(s: Sheet) -> str:
    """A LinkedIn 'Save to PDF' export: contact and skills first, then name, headline, location, summary, jobs."""
    lab = LI[s.lang]
    s.p.families.add("contact")
    lines = [lab[0], email(s) or "", s.plant("contact", s.p.linkedin) + " (LinkedIn)", lab[1], *skills(s, 3),
             lab[2], *languages(s), name(s, s.pick(["plain", "plain", "CAPS"])),
             f"{headline(s)}{lab[7]}{s.fact(s.p.jobs[0].employer)}"]
    loc = li_location(s)
    lines += ([loc] if loc else []) + [lab[3], summary(s)]
    more = s.bits()
    if more:
        lines.append(" · ".join(more))
    lines.append(lab[4])
    for job in s.p.jobs:
        lines += [s.fact(job.employer), title_text(s, job), f"{li_date(s, job.start)} - {li_date(s, job.end)} "
                  f"{li_duration(s, job)}", place_text(s, job)]
    lines += [lab[5], *education(s), lab[6]]
    return "\n".join(x for x in lines if x)


def signoff(s: Sheet) -> list[str]:
    """The letter's closing, then the signature: the only place the name appears."""
    close = {"fr": s.pick(["Cordialement,", "Bien cordialement,", "Je vous prie d'agréer mes salutations distinguées."]),
             "en": s.pick(["Kind regards,", "Yours sincerely,", "Best wishes,"]), "ko": "감사합니다."}[s.lang]
    sign = [close, ""]
    if s.lang == "fr" and s.has("residence") and s.chance(0.5):
        s.done.add("residence")
        sign.append(f"Fait à {s.plant('residence', s.p.town[0])}, le 15/09/2024")
    if s.lang == "ko":
        return sign + ["2024년 9월 15일", f"지원자 {name(s)} 드림"] + contact_items(s)
    title = s.pick(["", "", "Mme " if s.female else "M. "]) if s.lang == "fr" else ""
    if title:
        s.plant("sex", title.strip())
    return sign + [title + name(s, s.pick(["plain", "plain", "first LAST"]))] + contact_items(s)


@layout(split="held")
def signature(s: Sheet) -> str:
    """A letter with the CV in it: markers in the text, the name only in the signature at the end."""
    subject = {"fr": "Objet : candidature au poste de ", "en": "Re: application for the post of ",
               "ko": "제목: 입사 지원 - "}[s.lang] + headline(s, "lower" if s.lang == "en" else "cap")
    who = [x for x in (s.bit("age", "prose"), s.bit("family", "prose"), s.bit("residence", "prose")) if x]
    opening = {"fr": "Madame, Monsieur,", "en": "Dear Sir or Madam,", "ko": "안녕하십니까."}[s.lang]
    intro = {"fr": "Je vous adresse ma candidature." + (" En quelques mots : " + ", ".join(who) + "." if who else ""),
             "en": ("As someone " + ", ".join(who) + ", I" if who else "I") + " am writing to apply.",
             "ko": (" ".join(who) + " 지원자입니다." if who else "귀사에 지원합니다.")}[s.lang]
    lines = [subject, "", opening, "", intro, profile(s), ""] + experience(s) + [""] + education(s)
    more = s.bits()
    lines += ([joined(more, " ; " if s.lang == "fr" else "; ")] if more else []) + [""]
    return "\n".join(lines + signoff(s))


def fr_jobboard(s: Sheet) -> list[str]:
    """A France Travail profile: 'Métier recherché', 'Mobilité : 30 km autour de …', 'Savoir-être professionnels'."""
    out = ["Mon profil", s.pick([lambda: name(s), lambda: s.plant("name", s.p.first) + f" {s.p.last[0]}."])(),
           f"Métier recherché : {headline(s)}"]
    if s.has("residence"):
        s.done.add("residence")
        out.append(f"Mobilité : {s.pick([10, 20, 30, 50])} km autour de {s.plant('residence', s.p.town[0])}"
                   + (f" ({s.plant('residence', s.p.postcode)})" if s.chance(0.5) else ""))
    out += [f"Disponibilité : {availability(s)}", "Type de contrat : CDI, CDD, Intérim", "", "Expériences"]
    out += experience(s, "table") + ["", "Formations", *education(s), "", "Savoir-faire", *skills(s),
                                     "Savoir-être professionnels : Autonomie, Sens de l'organisation, Travail en équipe",
                                     "", "Langues", *languages(s), "Permis", licence(s)]
    return out


def en_jobboard(s: Sheet) -> list[str]:
    """An Indeed CV: name, location, contact, 'Willing to relocate', jobs with 'Employer - Town'."""
    out = [name(s)]
    if s.has("residence"):
        s.done.add("residence")
        out.append(f"{s.plant('residence', s.p.town[0])}, {s.p.town[2]}")
    out += contact_items(s) + ["Willing to relocate: No", "", "Work Experience"]
    for job in s.p.jobs:
        out += [title_text(s, job), f"{s.fact(job.employer)} - {place_text(s, job)}", job_dates(s, job),
                f"- {skills(s, 1)[0]}"]
    out += ["", "Education", *education(s), "", "Skills", *[f"• {x}" for x in skills(s)], "", "Languages", *languages(s),
            "", "Certifications and Licences", licence(s), "", f"Availability: {availability(s)}"]
    return out


def ko_jobboard(s: Sheet) -> list[str]:
    """A 사람인 / 잡코리아 profile: 'name | 여성 | 1990년생 | 만 34세', 희망 직무, 거주지."""
    head = [name(s)]
    if s.has("sex"):
        s.done.add("sex")
        head.append(s.plant("sex", "여성" if s.female else "남성"))
    if s.has("birth"):
        s.done.add("birth")
        head.append(s.plant("birth", f"{s.p.born.year}년생"))
    if s.has("age"):
        s.done.add("age")
        head.append(s.plant("age", f"만 {s.p.age}세"))
    out = [" | ".join(head), f"희망 직무: {headline(s)}", "희망 근무지: 서울 전체, 경기 전체"]
    if s.has("residence"):
        s.done.add("residence")
        out.append("거주지: " + s.plant("residence", f"{s.p.town[1]} {s.p.town[2]}"))
    out += contact_items(s, labelled=True) + [f"총 경력: {duration(s)}", "", "경력사항", *experience(s), "", "학력사항",
                                              *education(s), "", "자격증", licence(s), "", "희망 근무 조건", availability(s)]
    return out


@layout(split="held")
def jobboard(s: Sheet) -> str:
    """A job-board profile export (France Travail, Indeed, 사람인): fields of the site, mobility around home."""
    lines = {"fr": fr_jobboard, "en": en_jobboard, "ko": ko_jobboard}[s.lang](s)
    more = s.bits(mode="field")
    label = {"fr": "Informations personnelles", "en": "Additional Information", "ko": "기타"}[s.lang]
    if more:
        lines += ["", label, *more]
    if s.lang == "fr":
        lines += ["", "Contact", *contact_items(s, labelled=True)]
    return "\n".join(lines)


@layout(split="held")
def markdown(s: Sheet) -> str:
    """A Markdown CV (a README, a Notion page export): '# Name', bold title, mailto link, bullet sections."""
    lines = [f"# {name(s)}", ""]
    mail = email(s)
    res = s.bit("residence", "bare")
    top = [f"**{headline(s)}**", res.replace("\n", ", ") if res else None,
           f"[{mail}](mailto:{mail})" if mail else None, phone(s)]
    lines += [joined(top, " · "), ""]
    lines += [f"## {s.h('profile')}", profile(s), "", f"## {s.h('exp')}"]
    lines += [f"- {x}" for x in experience(s)]
    lines += ["", f"## {s.h('edu')}", *[f"- {x}" for x in education(s)], "", f"## {s.h('skills')}",
              " ".join(f"`{x}`" for x in skills(s)), "", f"## {s.h('langs')}", *[f"- {x}" for x in languages(s)]]
    more = s.bits(mode=s.pick(["bare", "field"]))
    if more:
        lines += ["", f"## {s.h('more')}", *[f"- {x}" for x in more]]
    return "\n".join(lines + ["", f"_{licences_line(s)}_", hobbies(s)])


@layout(split="held")
def docx_table(s: Sheet) -> str:
    """A Word CV laid out as a two-column table (left: identity and details, right: the career), read by matchlens."""
    res = s.bit("residence", "bare")
    left = [name_line(s), headline(s), *(res.split("\n") if res else []), *contact_items(s),
            *s.bits(mode=s.pick(["bare", "field"])), *skills(s), *languages(s)]
    right = [profile(s), *experience(s), *education(s), licences_line(s)]
    return read_docx_text(docx_bytes([], [[[left, right]], hobbies(s)], []))
