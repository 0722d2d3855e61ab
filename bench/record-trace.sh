#!/usr/bin/env bash
# Re-records bench/data/cc1-o2.raw.zst: gcc 12's real cc1 (not the gcc driver) compiling the preprocessed
# bench/data/cc1-input.c at -O2 under `heaptrack --raw`. Needs gcc and heaptrack (scripts/bootstrap).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc1=$(gcc -print-prog-name=cc1)
gcc -E "$here/data/cc1-input.c" -o "$work/input.i"
heaptrack --raw -o "$work/cc1" "$cc1" -quiet -O2 "$work/input.i" -o /dev/null >/dev/null
cp "$work/cc1.raw.zst" "$here/data/cc1-o2.raw.zst"
echo "recorded $(zstd -dc "$here/data/cc1-o2.raw.zst" | grep -c '^[+-] ') allocation events"
