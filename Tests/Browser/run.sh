#!/usr/bin/env bash
# The explorer's browser suite: Tests/Browser/check_explorer.py drives Debian's headless Chromium
# through Selenium over pages that `stakegraph explore` writes, opened from disk.
#
#   Tests/Browser/run.sh [STAKEGRAPH-BINARY] [CHECKER-OPTIONS...]
#
# STAKEGRAPH-BINARY defaults to .build/debug/stakegraph. CHECKER-OPTIONS go to check_explorer.py
# (see `Tests/Browser/run.sh BIN --help`), e.g. --screenshots DIR to keep pictures of the main
# states, --keep to keep the work folder.
#
# What it sets up, only when missing, so that it runs on a fresh Debian machine:
# - chromium and chromium-driver, through apt-get (no browser is ever downloaded from elsewhere);
# - python3 and python3-venv, through apt-get;
# - the venv Tests/Browser/.venv with the pinned requirements.txt (selenium, PyYAML), made anew
#   when requirements.txt or the Python version changed.
# Exits with the checker's status: 0 when every check passed, 1 when one failed, 2 when it could
# not run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."

bin=.build/debug/stakegraph
case "${1:-}" in
  -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
  ""|-*) ;;
  *) bin="$1"; shift ;;
esac
venv=Tests/Browser/.venv
requirements=Tests/Browser/requirements.txt
stamp=$venv/requirements.sha256

die() { printf 'run.sh: %s\n' "$*" >&2; exit 2; }

apt_updated=0
apt_install() {
  echo "run.sh: installing $* through apt-get" >&2
  command -v apt-get >/dev/null 2>&1 || die "there is no apt-get here: install $* by hand"
  local SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  if [ "$apt_updated" -eq 0 ]; then
    $SUDO apt-get update -qq || die "apt-get update failed; install $* by hand and run again"
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null \
    || die "apt-get could not install $*; install them and run again"
}

[ -x "$bin" ] || die "no stakegraph binary at '$bin' (build it with 'swift build --product stakegraph', or pass its path)"

# 1. The browser and its driver, Debian's.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi

# 2. The venv, made anew when the requirements or the Python version changed.
command -v python3 >/dev/null 2>&1 || apt_install python3
want="$( { sha256sum "$requirements" | cut -d' ' -f1; python3 -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "run.sh: creating $venv (selenium, PyYAML from PyPI)" >&2
  rm -rf "$venv"
  if ! python3 -m venv "$venv" 2>/dev/null; then
    rm -rf "$venv"
    apt_install python3-venv
    python3 -m venv "$venv" || die "python3 -m venv $venv failed (see above)"
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" \
    || die "pip could not install $requirements into $venv; check the access to PyPI and the messages above"
  echo "$want" > "$stamp"
fi

# 3. The checks.
status=0
"$venv/bin/python" Tests/Browser/check_explorer.py --stakegraph "$bin" "$@" || status=$?
exit "$status"
