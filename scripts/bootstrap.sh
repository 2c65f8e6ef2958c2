#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test newsgraph:
# libclang (RocksDB's bindings are generated with bindgen) and Graphviz (renders DOT
# exports in the tests). Safe to run again: it installs only what is missing.
set -euo pipefail
missing=()
for pkg in libclang-dev graphviz; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  echo "bootstrap: installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
