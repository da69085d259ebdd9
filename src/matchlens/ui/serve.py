"""Start the dashboard as ``./run.sh app`` does: ``streamlit run app.py`` in this process, after starting, in
background threads, to import what the first page needs and to score the default workspace.

Streamlit runs app.py only when the first browser connects; by then scikit-learn, SciPy's clustering and plotly
(~1.7 s together on a 2-core machine, measured) are imported and the workspace's scores are there or on their way,
so the first heatmap waits for neither. Before Streamlit starts, the gate of ui.guard is put in front of its web
server: requests naming another host (DNS rebinding) are refused, and a server shared beyond this computer asks
for its access key. Usage: ``python -m matchlens.ui.serve [--allow-host NAME]... [streamlit run options]``.
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path

from matchlens.ui.preload import PRELOAD, in_background, preload  # noqa: F401 (PRELOAD: re-exported)

APP = Path(__file__).resolve().parents[3] / "app.py"  # the checkout this package is installed from (pip -e)


def prestart(masker=None) -> threading.Thread | None:
    """Start scoring the default workspace at once (ui.state.prestart), in a daemon thread: by the time the browser
    has loaded the page shell, cached scores are there and new ones are on their way. Nothing of it in this thread:
    the server answers sooner (importing the masker here delayed it by ~0.8 s, measured). Its resumes are masked
    meanwhile by ``masker`` (:func:`start_masking`). Off with MATCHLENS_NO_WARMUP=1."""
    from matchlens import settings

    if settings.current().no_warmup:
        return None

    def work() -> None:
        from matchlens.ui import state

        state.prestart(masker=masker)

    return in_background("matchlens-prestart", work)


def start_masking():
    """Mask the default workspace's resumes in a process of its own (ui.premask), started before this process
    imports Streamlit: on the core this one leaves idle meanwhile. None when warm-ups are off or nothing is to mask."""
    from matchlens import settings
    from matchlens.ui import premask
    from matchlens.workspace import DEFAULT

    return None if settings.current().no_warmup else premask.start(DEFAULT)


def split_hosts(argv: list[str]) -> tuple[list[str], list[str]]:
    """(names given with ``--allow-host NAME`` or ``--allow-host=NAME``, the other arguments for Streamlit)."""
    hosts, rest, args = [], [], iter(argv)
    for arg in args:
        if arg == "--allow-host":
            hosts.append(next(args, "(nothing)"))
        elif arg.startswith("--allow-host="):
            hosts.append(arg.split("=", 1)[1])
        else:
            rest.append(arg)
    return hosts, rest


def main(argv: list[str] | None = None) -> None:
    hosts, argv = split_hosts(sys.argv[1:] if argv is None else argv)
    masker = start_masking()  # first: it reads and masks while this process imports Streamlit (~1.2 s)

    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.web import cli

    from matchlens.ui import guard

    guard.install_or_exit(hosts)  # before anything starts: no server without the gate
    preload()
    prestart(masker)
    # app.py routes every page with st.navigation: tell Streamlit now, not on the first run (ui.router), which
    # saved a whole extra run of a deep-linked first page (the v1 page-folder run, then the rerun through app.py)
    PagesManager.uses_pages_directory = False
    app = APP if APP.exists() else Path.cwd() / "app.py"
    sys.argv = ["streamlit", "run", str(app), *argv]
    sys.exit(cli.main())


if __name__ == "__main__":
    main()
