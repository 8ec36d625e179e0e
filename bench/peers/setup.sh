#!/usr/bin/env bash
# Creates bench/.venv with the Python peers that bench/peers/peers.py times beside our engine
# (python-igraph and networkx, versions pinned in bench/peers/requirements.txt). Idempotent: an
# existing venv is reused and pip only installs what is missing or at another version.
# Usage: bash bench/peers/setup.sh   (PYTHON=python3.12 to pick another interpreter)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$root/bench/.venv"
python="${PYTHON:-python3}"

# networkx 3.6 needs Python 3.11 or later; say so before pip fails with a resolver message.
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "bench/peers/setup.sh: $("$python" --version 2>&1) is too old; networkx 3.6 needs Python >= 3.11 (set PYTHON=...)" >&2
  exit 1
fi

if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
# The repository's .gitignore does not list the venv: a nested one keeps it out of git.
[ -f "$venv/.gitignore" ] || printf '*\n' >"$venv/.gitignore"

"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$root/bench/peers/requirements.txt"
"$venv/bin/python" -c 'import igraph, networkx, sys; print(f"bench/.venv ready: Python {sys.version.split()[0]}, igraph {igraph.__version__}, networkx {networkx.__version__}")'
