#!/usr/bin/env bash
# simulate through the real binary: the same figures on 1, 2 and 8 threads and for the
# same seed twice (another seed differs); sampled draws of --draws-out reproduced exactly
# by `run --set`; the reported percentiles equal the nearest-rank values recomputed from
# --draws-out; no progress bar off a terminal; bad options refused with exit 2.
set -u
binary=$(realpath "$1")
failed=0
fail() { echo "FAIL: $*"; failed=1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
scenario=scenarios/mps-2007-10.yaml
simulate() { "$binary" simulate "$scenario" --draws 2000 "$@"; }

simulate --threads 1 --format json > "$work/t1.json" 2> "$work/t1.err" || fail "simulate --threads 1 failed"
[ -s "$work/t1.err" ] && fail "standard error not empty off a terminal: $(cat "$work/t1.err")"
for threads in 2 8; do
  simulate --threads "$threads" --format json > "$work/t$threads.json"
  cmp -s "$work/t1.json" "$work/t$threads.json" || fail "--threads $threads differs from --threads 1"
done
simulate --threads 2 --format json > "$work/again.json"
cmp -s "$work/t1.json" "$work/again.json" || fail "the same seed twice differs"
simulate --seed 2 --format json > "$work/seed2.json"
cmp -s "$work/t1.json" "$work/seed2.json" && fail "seed 2 gives the same figures as seed 1"
simulate --format text > "$work/a.txt"; simulate --format text --threads 1 > "$work/b.txt"
cmp -s "$work/a.txt" "$work/b.txt" || fail "text output depends on the thread count"

simulate --percentiles 1,5,50,95,100 --format json --draws-out "$work/draws.csv" > "$work/p.json" ||
  fail "simulate --draws-out failed"
python3 - "$binary" "$scenario" "$work/draws.csv" "$work/p.json" <<'PY' || failed=1
import csv, json, math, subprocess, sys
binary, scenario, draws_csv, summary_json = sys.argv[1:]
rows = list(csv.reader(open(draws_csv)))
header, rows = rows[0], rows[1:]
summary = json.load(open(summary_json))
years = list(summary["years"])
gap_columns = [header.index("gap " + year) for year in years]
assert len(rows) == summary["draws"], "one row per draw"
ok = True
# Nearest rank: the ceil(k/100 x N)-th smallest.
for year, column in zip(years, gap_columns):
    gaps = sorted(int(row[column]) for row in rows)
    for k in summary["percentiles"]:
        expected = gaps[max(1, math.ceil(k * len(gaps) / 100)) - 1]
        if summary["years"][year]["gap"]["p%d" % k] != expected:
            print("FAIL: p%d of %s: %s, recomputed %s" % (k, year, summary["years"][year]["gap"]["p%d" % k], expected))
            ok = False
    mean = sum(gaps) / len(gaps)
    if abs(summary["years"][year]["gap"]["mean"] - mean) > 0.5:
        print("FAIL: mean of %s" % year); ok = False
# Sampled draws reproduced by run --set.
for row in [rows[0], rows[1], rows[777], rows[-1]]:
    sets = []
    for name, value in zip(header[1:], row[1:]):
        if not name.startswith("gap "):
            sets += ["--set", "%s=%s" % (name, value)]
    out = subprocess.run([binary, "run", scenario, "--table", "gap", "--format", "json"] + sets,
                         capture_output=True, text=True)
    if out.returncode != 0:
        print("FAIL: run --set for draw %s: %s" % (row[0], out.stderr)); ok = False; continue
    plan = json.loads(out.stdout)
    text = json.dumps(plan["gap"])
    for year, column in zip(years, gap_columns):
        gap = plan["gap"]["years"][year]["gap"]
        if gap != int(row[column]):
            print("FAIL: draw %s %s: run gives %s, simulate %s (%s)" % (row[0], year, gap, row[column], text[:300]))
            ok = False
sys.exit(0 if ok else 1)
PY

# The progress bar: on a terminal's standard error once the run passes half a second
# (60,000 draws on one thread take longer), never with --quiet, never off a terminal.
on_terminal() { script -qec "$1" /dev/null; }
on_terminal "$binary simulate $scenario --draws 60000 --threads 1 -o $work/long.txt" > "$work/tty"
grep -qF "simulate [" "$work/tty" || fail "no progress bar on a terminal for a long run"
on_terminal "$binary simulate $scenario --draws 60000 --threads 1 --quiet -o $work/long.txt" > "$work/quiet"
grep -qF "simulate [" "$work/quiet" && fail "a progress bar with --quiet"
on_terminal "$binary simulate $scenario --draws 100 -o $work/short.txt" > "$work/short"
grep -qF "simulate [" "$work/short" && fail "a progress bar for a run under half a second"

expect_refused() {  # ARGS... MESSAGE_PART
  local part=${!#}
  "$binary" simulate "$scenario" "${@:1:$#-1}" > /dev/null 2> "$work/err"
  local status=$?
  [ "$status" = 2 ] || fail "simulate ${*:1:$#-1}: exit $status, expected 2"
  grep -qF -- "$part" "$work/err" || fail "simulate ${*:1:$#-1}: no '$part' in: $(cat "$work/err")"
}
expect_refused --draws 0 "--draws must be from 1"
expect_refused --percentiles 0,50 "not a percentile from 1 to 100"
expect_refused --percentiles 101 "not a percentile from 1 to 100"
exit $failed
