#!/usr/bin/env bash
# matchlens: one entry point that sets up what it needs, then runs.
#   ./run.sh app     install (if needed) and open the dashboard on the bundled sample data (127.0.0.1 only;
#                    ./run.sh app --network serves it to the local network, with a banner in the app)
#   ./run.sh test    install (if needed, incl. test tools and Debian's chromium), lint (ruff), run the test suite
#   ./run.sh bench   run the benchmarks in bench/ and print their ratios
#   ./run.sh cli ... run the matchlens command (e.g. ./run.sh cli models)
# Re-running is fast: dependencies are reinstalled only when requirements*.txt or pyproject.toml change.
set -euo pipefail
cd "$(dirname "$0")"
VENV="${MATCHLENS_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
PY="$VENV/bin/python"

say() { printf '[matchlens] %s\n' "$*" >&2; }

setup() {  # $1: requirements file to satisfy
  local req="$1" stamp hash
  if [ ! -x "$PY" ]; then
    say "creating virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  hash=$(cat requirements.txt "$req" pyproject.toml | sha256sum | cut -c1-16)
  stamp="$VENV/.setup-stamp-$(basename "$req" .txt)"
  if [ "$(cat "$stamp" 2>/dev/null || true)" != "$hash" ]; then
    say "installing dependencies from $req (first time: about 2 minutes)"
    "$PY" -m pip install -q --disable-pip-version-check -r "$req"
    "$PY" -m pip install -q --disable-pip-version-check --no-deps -e .
    echo "$hash" > "$stamp"
  fi
}

has_nanum() {  # no 'grep -q' under pipefail: it closes the pipe early and fc-list dies of SIGPIPE
  [ "$(fc-list 2>/dev/null | grep -ci nanum || true)" != "0" ]
}

browser_deps() {  # Debian's chromium + Korean fonts for the real-browser test (never 'playwright install')
  if [ -x /usr/bin/chromium ] && has_nanum; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    say "installing Debian's chromium and fonts-nanum for the browser test"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum) >/dev/null 2>&1 \
      || say "could not install chromium or fonts-nanum"
  fi
  if [ ! -x /usr/bin/chromium ]; then
    say "chromium not found: the browser tests will be skipped (apt-get install chromium fonts-nanum)"
  elif ! has_nanum; then
    say "fonts-nanum not found: Korean text will show as boxes in the browser screenshots"
  fi
}

cmd="${1:-app}"
shift || true
case "$cmd" in
  app)
    setup requirements.txt
    export MATCHLENS_AUTOLOAD_SAMPLE="${MATCHLENS_AUTOLOAD_SAMPLE:-1}"
    address=127.0.0.1  # this computer only, unless asked: resumes are personal data
    if [ "${1:-}" = "--network" ]; then
      shift; address=0.0.0.0
      say "serving to the local network: it opens with the access key printed below (or the password in"
      say "MATCHLENS_PASSWORD); anyone with the key reads every workspace. TLS: --server.sslCertFile/--server.sslKeyFile"
    fi
    exec "$PY" -m matchlens.ui.serve --server.address "$address" "$@"
    ;;
  test)
    setup requirements-dev.txt
    browser_deps
    say "lint: ruff check (rules in pyproject.toml)"
    "$VENV/bin/ruff" check src tests bench scripts app.py pages
    exec "$PY" -m pytest "$@"
    ;;
  bench)
    setup requirements-dev.txt
    for b in bench/bench_*.py; do say "running $b"; "$PY" "$b" "$@"; done
    ;;
  cli)
    setup requirements.txt
    exec "$VENV/bin/matchlens" "$@"
    ;;
  *)
    echo "usage: ./run.sh app|test|bench|cli [args]" >&2
    exit 2
    ;;
esac
