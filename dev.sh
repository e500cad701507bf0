#!/usr/bin/env bash
# One entry point for contributors and CI. Each command creates what it needs (a .venv, and the
# Debian packages the tests use), so a fresh machine with Python, pip, git and apt is enough.
#   ./dev.sh kit    set up, then build the whole kit (site, decks, guides) into dist/
#   ./dev.sh test   set up, then run lint, formatting, type checks and the test suite
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv

setup_python() {
  local spec="."
  [ -n "${1:-}" ] && spec=".[$1]"
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e "$spec"
}

apt_install() {
  # Installs the Debian packages that are missing; needs root or sudo.
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

case "${1:-}" in
  kit)
    setup_python ""
    "$VENV/bin/kitgen" build -o dist
    ;;
  test)
    apt_install chromium poppler-utils
    command -v npm >/dev/null 2>&1 || apt_install nodejs npm
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error  # axe-core for a11y tests
    setup_python "test"
    "$VENV/bin/ruff" check src tests benchmarks
    "$VENV/bin/ruff" format --check src tests benchmarks
    "$VENV/bin/mypy"
    "$VENV/bin/python" -m pytest -n 2 "${@:2}"
    ;;
  *)
    echo "usage: ./dev.sh kit | ./dev.sh test [pytest args]" >&2
    exit 2
    ;;
esac
