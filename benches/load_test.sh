#!/usr/bin/env bash
# Load test of `newsgraph serve` on 127.0.0.1: CLIENTS concurrent connections (wrk) post
# the example queries in turn for SECONDS; prints wrk's report (throughput, latency
# percentiles, errors and non-2xx answers) and the server's resident memory before and
# after. Needs wrk (Debian package `wrk`).
#
#   benches/load_test.sh BINARY STORE [SECONDS=60] [CLIENTS=32]
set -euo pipefail
bin=$1 store=$2 secs=${3:-60} clients=${4:-32}
here="$(cd "$(dirname "$0")" && pwd)"
queries=$(grep -L SERVICE "$here"/../ontology/queries/*.rq | tr '\n' ' ')
log=$(mktemp)
# Every client may have a query running: the cap is the client count, so any non-2xx
# answer is a real failure, not the cap doing its job.
"$bin" serve --store "$store" --bind 127.0.0.1:0 --max-concurrent "$clients" --timeout 300 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q "http://" "$log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1)
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$pid/status"; }
echo "server $url, store $store, $clients clients, ${secs}s, queries: $(for q in $queries; do basename "$q"; done | tr '\n' ' ')"
echo "memory before: $(rss)"
QUERIES="$queries" wrk -t2 -c"$clients" -d"${secs}s" --timeout 300s --latency -s "$here/load_queries.lua" "$url/sparql"
echo "memory after: $(rss)"
echo "requests answered with an error status in the server log: $(grep -cE '^[A-Z]+ [^ ]+ [45][0-9][0-9] ' "$log" || true)"
