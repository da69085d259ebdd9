"""``matchlens workspaces``: every workspace on this computer, who may see it when the dashboard is shared, and
making one private or shared again (this computer's user sees them all: issue #29)."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("workspaces", help="list the dashboard's workspaces (private ones included) and who sees them",
                       description="Shared on the network (./run.sh app --network), a workspace made in a browser "
                                   "can be private to that browser; here, on the computer that serves it, you see "
                                   "them all, and can share one again (its maker lost their cookie) or make one "
                                   "private to nobody but you.")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--share", metavar="NAME", help="make this workspace shared with everyone who has the key")
    which.add_argument("--private", metavar="NAME", help="make this workspace private: no browser of a shared "
                                                         "dashboard sees it but the one that made it, if any")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_workspaces)


def cmd_workspaces(args) -> int:
    from matchlens.cli.output import EXIT_FAIL, EXIT_OK, print_table
    from matchlens.workspace import Workspace, WorkspaceError, list_workspaces

    name = args.share or args.private
    if name is not None:
        ws = Workspace.named(name)
        if not ws.exists():
            print(f"[matchlens] error: there is no workspace named {name!r} ({ws.folder})", file=sys.stderr)
            return EXIT_FAIL
        try:
            ws.set_private(args.private is not None)
        except WorkspaceError as exc:
            print(f"[matchlens] error: {exc}", file=sys.stderr)
            return EXIT_FAIL
        print(f"[matchlens] {ws.name} is now {'private' if args.private else 'shared'}", file=sys.stderr)
    rows = [_row(Workspace(p)) for p in list_workspaces()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        print_table(["workspace", "documents", "when shared", "made"],
                    [[r["name"], str(r["documents"]), r["seen_by"], r["made"]] for r in rows])
    return EXIT_OK


def _row(ws) -> dict:
    """One workspace: its name, documents, who sees it when the dashboard is shared, where it was made."""
    sharing = ws.sharing()
    if not sharing.private:
        seen = "everyone with the key"
    else:
        seen = "its maker's browser only" if sharing.owner else "no browser (this computer only)"
    try:
        with open(ws.folder / "documents.jsonl", "rb") as fh:
            documents = sum(1 for line in fh if line.strip())
    except OSError:
        documents = 0
    return {"name": ws.name, "documents": documents, "private": sharing.private, "seen_by": seen,
            "made": "in a browser of the shared dashboard" if sharing.owner else "on this computer"}
