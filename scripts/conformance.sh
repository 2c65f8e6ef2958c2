#!/usr/bin/env bash
# Checks the graph built from corpus/ with independent tools: rdflib parses every
# export, pyshacl validates the graph against ontology/shapes.ttl.
# Usage: scripts/conformance.sh [path/to/newsgraph-binary]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-${CARGO_TARGET_DIR:-target}/debug/newsgraph}"
venv="${NEWSGRAPH_VENV:-$HOME/.cache/newsgraph-venv}"
[ -x "$venv/bin/pyshacl" ] || scripts/bootstrap.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" build corpus --store "$work/store" 2>/dev/null
for fmt in turtle nquads trig jsonld; do
  "$bin" export --store "$work/store" --format "$fmt" -o "$work/graph.$fmt"
done
"$venv/bin/python" - "$work" <<'PY'
import sys, rdflib
work = sys.argv[1]
for fmt, parser in [("turtle", "turtle"), ("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")]:
    g = rdflib.Dataset()
    g.parse(f"{work}/graph.{fmt}", format=parser)
    n = len(g) if fmt in ("turtle", "jsonld") else sum(1 for _ in g.quads())
    assert n > 200, (fmt, n)
    print(f"rdflib parsed {fmt}: {n} statements")
PY
"$venv/bin/pyshacl" -s ontology/shapes.ttl -df turtle "$work/graph.turtle" > "$work/report.txt" || { cat "$work/report.txt"; echo "SHACL: graph does not conform" >&2; exit 1; }
echo "SHACL: graph conforms to ontology/shapes.ttl"
