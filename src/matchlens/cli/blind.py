"""``matchlens blind``: what blind scoring hides in your resumes, and the text the models read instead."""
from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("blind", help="show what blind scoring masks in resumes and the text the models read")
    p.add_argument("resumes", nargs="+", help="resume files, folders or tables")
    p.add_argument("--text-col", help="text column of CSV/XLSX inputs (detected when omitted)")
    p.add_argument("--sections", action="store_true", help="show only the experience/education/skills the models read")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_blind)


def cmd_blind(args) -> int:
    from matchlens.cli.output import EXIT_FAIL, print_problems, print_table
    from matchlens.ingest.isolated import load_paths
    from matchlens.preprocess.masking import mask
    from matchlens.options import Options
    from matchlens.scoring.texts import model_text

    loaded = load_paths(args.resumes, "resume", text_col=args.text_col)
    print_problems(loaded.problems)
    options = Options(blind=True, preprocessing="sections" if args.sections else "full")
    out = []
    for doc in loaded.documents:
        m = mask(doc.text)
        out.append({"resume": doc.name, "masked": [{"what": c, "text": t} for c, t in m.found],
                    "read": model_text(doc, options)})
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0 if out else EXIT_FAIL
    for item in out:
        print(f"== {item['resume']}: {len(item['masked'])} masked")
        print_table(["what", "text hidden from the models"], [[f["what"], f["text"][:80]] for f in item["masked"]])
        print("-- the models read:")
        print(item["read"])
        print()
    return 0 if out else EXIT_FAIL
