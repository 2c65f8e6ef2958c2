#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test newsgraph:
# libclang (RocksDB's bindings are generated with bindgen), Graphviz (renders DOT
# exports in the tests), Virtuoso Open Source (a SPARQL store the push tests start on
# loopback), Chromium and curl (the endpoint's page and protocol tests), and a Python
# venv with the independent tools the tests run
# against: the Oxigraph SPARQL server (linking against an endpoint), rdflib and pyshacl
# (conformance). Safe to run again: it installs only what is missing.
set -euo pipefail
missing=()
for pkg in libclang-dev graphviz virtuoso-opensource chromium curl; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# Node.js (any source: Debian's or NodeSource's) runs the browser test's Playwright script.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
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

# The SPARQL endpoint's tests: Python SPARQL clients, and a headless browser driven by
# Playwright (playwright-core only: it drives the Debian chromium, it downloads no browser).
if ! "$venv/bin/python" -c 'import SPARQLWrapper' 2>/dev/null; then
  echo "bootstrap: installing SPARQLWrapper into $venv" >&2
  "$venv/bin/pip" install -q "sparqlwrapper==2.*" "rdflib==7.*" >&2
fi
node_dir="${NEWSGRAPH_NODE:-$HOME/.cache/newsgraph-node}"
if [ ! -d "$node_dir/node_modules/playwright-core" ]; then
  echo "bootstrap: installing playwright-core into $node_dir" >&2
  mkdir -p "$node_dir"
  npm install --silent --no-audit --no-fund --prefix "$node_dir" playwright-core@1.49.1 >&2
fi
