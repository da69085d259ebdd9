"""Where each page spends its time at analyst scale (default 2,000 resumes x 300 gigs): runs every page with
Streamlit's AppTest on one workspace, twice (first visit computes, second shows what reruns cost), and prints the
seconds and the top functions of cProfile for any page slower than --slow seconds.

Run: .venv/bin/python bench/profile_pages.py [--resumes 2000] [--gigs 300] [-m tfidf -m static-multilingual] (default: the models of bench_app.py)
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import tempfile
import time
from pathlib import Path

from common import ROOT, SIZE_MODELS, machine, size_workspace

PAGES = ["app.py", "pages/1_Data.py", "pages/2_Heatmaps.py", "pages/3_Map.py", "pages/4_Compare.py",
         "pages/5_Inspector.py", "pages/6_Evaluation.py", "pages/8_Scorecard.py", "pages/9_Label_queue.py"]


PROFILE: dict[str, cProfile.Profile] = {}


def _profile_script_thread() -> None:
    """AppTest runs the page in its own thread, and cProfile sees only the thread that enables it: enable it there."""
    from streamlit.testing.v1 import local_script_runner as lsr

    run = lsr.LocalScriptRunner._run_script_thread

    def profiled(self):
        prof = PROFILE.get("page")
        prof and prof.enable()
        try:
            run(self)
        finally:
            prof and prof.disable()

    lsr.LocalScriptRunner._run_script_thread = profiled


def visit(page: str, ws_name: str, slow: float, top: int) -> float:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / page), default_timeout=900)
    at.query_params["ws"] = ws_name
    prof = PROFILE["page"] = cProfile.Profile()
    t0 = time.perf_counter()
    at.run()
    secs = time.perf_counter() - t0
    errors = [e.value for e in at.exception]
    print(f"{page:28s} {secs:7.2f} s" + (f"  EXCEPTION {errors[0][:200]}" if errors else ""), flush=True)
    if secs > slow:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(top)
        lines = [ln for ln in out.getvalue().splitlines() if "matchlens" in ln and "{" not in ln]
        print("\n".join("    " + ln.strip() for ln in lines[:top]))
    return secs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--resumes", type=int, default=2000)
    ap.add_argument("--gigs", type=int, default=300)
    ap.add_argument("-m", "--model", action="append")
    ap.add_argument("--slow", type=float, default=3.0)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--page", action="append", help="only these pages (after app.py), e.g. pages/3_Map.py")
    args = ap.parse_args()
    os.environ.setdefault("MATCHLENS_HOME", tempfile.mkdtemp(prefix="matchlens-profile-"))
    os.environ["MATCHLENS_SCORING_WAIT"] = "all"  # pages once every model is scored (the first visit scores)
    models = args.model or SIZE_MODELS
    _profile_script_thread()
    print(f"machine: {machine()}; {args.resumes} resumes x {args.gigs} gigs; models {models}; 60 labels")
    size_workspace(Path(os.environ["MATCHLENS_HOME"]), "profile", args.resumes, args.gigs, models)
    for rnd in ("first visit", "second visit"):
        print(f"-- {rnd}")
        for page in ["app.py", *args.page] if args.page else PAGES:
            visit(page, "profile", args.slow, args.top)


if __name__ == "__main__":
    main()
