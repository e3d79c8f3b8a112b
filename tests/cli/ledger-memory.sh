#!/usr/bin/env bash
# A 1,000,000-row ledger (about 43 MB, generated here by benchmarks/make-ledger) read
# through the shipped ledger scenario in bounded memory: peak RSS (getrusage, via
# /usr/bin/time) under 64 MB, every row counted, and the plan the same as the typed
# scenario's. Checked, not timed. Usage: ledger-memory.sh MTFP [ROWS [LIMIT_MB]]
# LIMIT_MB 0 leaves the memory unchecked: under AddressSanitizer the quarantine of freed
# blocks and the shadow memory make a process's RSS say nothing about the reader's.
set -euo pipefail
binary=$1
rows=${2:-1000000}
limit_mb=${3:-64}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 benchmarks/make-ledger --rows "$rows" -o "$work/ledger.csv"
sed "s|ledger: ledger/mps-2006-07.csv|ledger: $work/ledger.csv|" scenarios/mps-2007-10-ledger.yaml > "$work/s.yaml"
/usr/bin/time -f %M -o "$work/rss" "$binary" run "$work/s.yaml" --format json > "$work/ledger.json"
"$binary" run scenarios/mps-2007-10.yaml --format json > "$work/typed.json"
python3 - "$work/ledger.json" "$work/typed.json" "$(cat "$work/rss")" "$rows" "$limit_mb" <<'PY'
import json, sys
ledger, typed = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
peak_kb, rows, limit_mb = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
reconciliation = ledger["summary"].pop("ledger")
failures = []
if reconciliation["rows"] != rows:
    failures.append(f"rows {reconciliation['rows']} != {rows}")
if reconciliation["budget_book"] != 2881978000:
    failures.append(f"budget book {reconciliation['budget_book']}")
for key in typed:
    if key not in ("scenario", "format") and typed[key] != ledger[key]:
        failures.append(f"table {key} differs from the typed scenario's")
if limit_mb and peak_kb >= limit_mb * 1024:
    failures.append(f"peak RSS {peak_kb} kB is not under {limit_mb} MB")
print(f"{rows} rows, peak RSS {peak_kb / 1024:.1f} MB, rounding difference {reconciliation['rounding_difference_pence']}p")
for failure in failures:
    print("FAILED:", failure)
sys.exit(1 if failures else 0)
PY
