#!/usr/bin/env bash
# Imports the benchmark's CSV folder into an explorer dataset with `explorer import`.
#   scripts/bench-import.sh CSV_DIR DATASET_DIR      (EXPLORER=path/to/explorer, default .build/release/explorer)
# CSV_DIR is what ../shared/bench/peers/gen_graph.py writes: one <Label>.csv per node label
# (first column the key, as Kùzu's COPY FROM reads it) and one <TYPE>__<From>__<To>.csv per
# relationship type and endpoint pair (from,to,+properties). ../shared/bench/explorer/run_all.sh
# calls this script when it is executable.
set -eu
if [ $# -ne 2 ]; then
  echo "usage: $0 CSV_DIR DATASET_DIR" >&2
  exit 64
fi
CSV=$1
OUT=$2
EXPLORER=${EXPLORER:-.build/release/explorer}
args=()
for f in "$CSV"/*.csv; do
  base=$(basename "$f" .csv)
  case "$base" in
    *__*__*)
      type=${base%%__*}
      rest=${base#*__}
      args+=(--relationships "$type:${rest%%__*}:${rest#*__}=$f")
      ;;
    *)
      args+=(--nodes "$base=$f")
      ;;
  esac
done
if [ ${#args[@]} -eq 0 ]; then
  echo "$0: no .csv files in $CSV" >&2
  exit 1
fi
"$EXPLORER" import "$OUT" "${args[@]}"
# run_explorer.py reports the snapshot's size from build/graph.json (the name of the JSON snapshot
# csv_to_snapshot.py writes); point that name at the binary snapshot. The explorer reads
# build/graph.snapshot first and tells the formats apart by their first bytes.
ln -sf graph.snapshot "$OUT/build/graph.json"
