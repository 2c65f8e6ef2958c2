#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test newsgraph:
# libclang (RocksDB's bindings are generated with bindgen), Graphviz (renders DOT
# exports in the tests), Virtuoso Open Source (a SPARQL store the push tests start on
# loopback), and a Python venv with the independent tools the tests run
# against: the Oxigraph SPARQL server (linking against an endpoint), rdflib and pyshacl
# (conformance). Safe to run again: it installs only what is missing.
set -euo pipefail
missing=()
for pkg in libclang-dev graphviz virtuoso-opensource; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# Debian's python3 needs python3-venv for `python3 -m venv`.
python3 -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
if ((${#missing[@]})); then
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  echo "bootstrap: installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

venv="${NEWSGRAPH_VENV:-$HOME/.cache/newsgraph-venv}"
if [ ! -x "$venv/bin/oxigraph" ] || [ ! -x "$venv/bin/pyshacl" ]; then
  echo "bootstrap: installing rdflib, pyshacl and the oxigraph server into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "rdflib==7.*" "pyshacl==0.*" "oxigraph==0.5.*" >&2
fi
