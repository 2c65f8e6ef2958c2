#!/usr/bin/env bash
# Refreshes the front-end library the endpoint's page uses (src/serve/vendor/): installs
# the version pinned in src/serve/vendor/package.json into a scratch folder outside the
# repository and copies its built file and licence. The binary compiles them in, so the
# page works with no network.
set -euo pipefail
cd "$(dirname "$0")/.."
vendor=src/serve/vendor
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp "$vendor/package.json" "$scratch/"
npm install --silent --no-audit --no-fund --prefix "$scratch" >&2
cp "$scratch/node_modules/cytoscape/dist/cytoscape.min.js" "$vendor/cytoscape.min.js"
cp "$scratch/node_modules/cytoscape/LICENSE" "$vendor/cytoscape.LICENSE"
echo "vendored cytoscape $(node -p "require('$scratch/node_modules/cytoscape/package.json').version")" >&2
