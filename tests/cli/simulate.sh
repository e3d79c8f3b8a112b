#!/usr/bin/env bash
# simulate through the real binary: the same figures on 1, 2 and 8 threads and for the
# same seed twice (another seed differs); sampled draws of --draws-out reproduced exactly
# by `run --set`; the reported percentiles equal the nearest-rank values recomputed from
# --draws-out; no progress bar off a terminal; bad options refused with exit 2.
# Usage: simulate.sh MTFP [LONG_DRAWS]: LONG_DRAWS (default 60,000) is the run that must
# outlast half a second on one thread; the sanitizer build, many times slower, passes fewer.
set -u
binary=$(realpath "$1")
long_draws=${2:-60000}
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
# (LONG_DRAWS on one thread take longer), never with --quiet, never off a terminal.
on_terminal() { script -qec "$1" /dev/null; }
on_terminal "$binary simulate $scenario --draws $long_draws --threads 1 -o $work/long.txt" > "$work/tty"
grep -qF "simulate [" "$work/tty" || fail "no progress bar on a terminal for a long run"
on_terminal "$binary simulate $scenario --draws $long_draws --threads 1 --quiet -o $work/long.txt" > "$work/quiet"
grep -qF "simulate [" "$work/quiet" && fail "a progress bar with --quiet"
on_terminal "$binary simulate $scenario --draws 100 -o $work/short.txt" > "$work/short"
grep -qF "simulate [" "$work/short" && fail "a progress bar for a run under half a second"

# The workbook (a Simulation sheet, percentiles as values): with a savings programme (the
# shire scenario) it holds the risk-adjusted gap's table, with the same figures as JSON;
# the probabilities carry no "Amounts in" note (four amount tables, four notes).
shire=scenarios/shire-2025-29.yaml
"$binary" simulate "$shire" --draws 500 --format xlsx -o "$work/sim.xlsx" || fail "simulate --format xlsx failed"
"$binary" simulate "$shire" --draws 500 --format json > "$work/sim.json" || fail "simulate --format json failed"
python3 - "$work/sim.xlsx" "$work/sim.json" <<'PY' || failed=1
import json, re, sys, zipfile
book = zipfile.ZipFile(sys.argv[1])
summary = json.load(open(sys.argv[2]))
ok = True
def check(condition, what):
    global ok
    if not condition:
        print("FAIL: xlsx: " + what); ok = False
sheets = re.findall(r'<sheet name="([^"]*)"', book.read("xl/workbook.xml").decode())
check(sheets == ["Simulation"], "sheets %s" % sheets)
strings = [re.sub(r"<[^>]+>", "", s) for s in
           re.findall(r"<si>(.*?)</si>", book.read("xl/sharedStrings.xml").decode(), re.S)]
sheet = book.read("xl/worksheets/sheet1.xml").decode()
cells = {}
for ref, attrs, body in re.findall(r'<c r="([A-Z]+\d+)"([^>]*)>(.*?)</c>', sheet, re.S):
    value = re.search(r"<v>([^<]*)</v>", body)
    if value:
        cells[ref] = strings[int(value.group(1))] if 't="s"' in attrs else value.group(1)
titles = [v for v in cells.values() if v.startswith("Risk-adjusted gap (")]
check(len(titles) == 1, "one risk-adjusted gap table, found %s" % titles)
notes = [v for v in cells.values() if v.startswith("Amounts in")]
check(len(notes) == 4, "%d 'Amounts in' notes, expected 4 (none under the probabilities)" % len(notes))
# The risk-adjusted gap's mean row: the values JSON gives, by plan year.
row_of = lambda ref: int(re.sub(r"[A-Z]+", "", ref))
title_row = [row_of(r) for r, v in cells.items() if v.startswith("Risk-adjusted gap (")][0]
mean_row = min(row_of(r) for r, v in cells.items() if v == "Mean" and row_of(r) > title_row)
years = list(summary["years"])
found = [float(cells.get("%s%d" % (column, mean_row), "nan")) for column in "BCD"]
expected = [summary["years"][y]["risk_adjusted_gap"]["mean"] for y in years]
check(found == expected, "risk-adjusted gap means %s, JSON %s" % (found, expected))
sys.exit(0 if ok else 1)
PY

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
