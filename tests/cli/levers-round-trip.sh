#!/usr/bin/env bash
# The levers of issue 11 solved through the real binary and fed back with --set, on the
# shipped shire scenario:
# - the Band D increase in pounds (precept.band_d_increase) for gap=0, with the gap left
#   to the precept (reserves.policy.fund_gap_from=none): at the value found the gap is
#   closed (zero or a surplus under a penny per Band D property), one penny less it is not;
# - the collection fund (precept.collection_fund) for gap=0: the gap is exactly £0, and
#   £1 less leaves £1;
# - with the gap funded from the general reserve down to zero (the scenario's policy),
#   general_reserve>=floor by the savings still to be found: the reserve ends at or above
#   its floor, and one pound less saving it does not;
# - sensitivity takes the Band D increase in pounds (±£1) and the collection fund.
set -u
binary=$(realpath "$1")
failed=0
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
shire=scenarios/shire-2025-29.yaml
no_policy=(--set reserves.policy.fund_gap_from=none)

"$binary" solve "$shire" --for gap=0 --vary precept.band_d_increase "${no_policy[@]}" --format json \
  > "$work/band_d.json" || { echo "FAIL: solve precept.band_d_increase"; failed=1; }
"$binary" solve "$shire" --for gap=0 --vary precept.collection_fund "${no_policy[@]}" --format json \
  > "$work/fund.json" || { echo "FAIL: solve precept.collection_fund"; failed=1; }
"$binary" solve "$shire" --for 'general_reserve>=floor' --vary movements.further_savings.amounts \
  --format json > "$work/floor.json" || { echo "FAIL: solve general_reserve>=floor"; failed=1; }
"$binary" sensitivity "$shire" --vary 'precept.band_d_increase=±£1' --vary 'precept.collection_fund=±100' \
  "${no_policy[@]}" > "$work/sensitivity.txt" || { echo "FAIL: sensitivity"; failed=1; }
grep -qF 'precept.band_d_increase ±£1.00' "$work/sensitivity.txt" || {
  echo "FAIL: sensitivity: no ±£1.00 line"; failed=1; }
grep -qF 'precept.collection_fund ±£100,000' "$work/sensitivity.txt" || {
  echo "FAIL: sensitivity: no collection fund line"; failed=1; }

python3 - "$binary" "$shire" "$work" "${no_policy[@]}" <<'PY' || failed=1
import json, subprocess, sys
from decimal import Decimal
binary, shire, work = sys.argv[1:4]
no_policy = sys.argv[4:]
ok = True

def fail(message):
    global ok
    print("FAIL: " + message)
    ok = False

def row(result, key):
    return next(r["values"] for r in result["solve"]["rows"] if r["key"] == key)

def run(sets, extra=()):
    args = [binary, "run", shire, "--format", "json", "--table", "all"] + list(extra)
    for s in sets:
        args += ["--set", s]
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode != 0:
        fail("run %s: %s" % (sets, out.stderr))
        return None
    return json.loads(out.stdout)

def gap(plan, year):
    return plan["gap"]["years"][year]["gap"]

# Band D increase in pounds, gap=0.
band_d = json.load(open(work + "/band_d.json"))
years = band_d["solve"]["columns"]
found = [Decimal(v) for v in row(band_d, "value")]
sets = ["precept.band_d_increase.%s=£%s" % (y, v) for y, v in zip(years, found)]
plan = run(sets, no_policy)
tax_base = {y: Decimal(plan["council_tax"]["years"][y]["tax_base"]) for y in years} if plan else {}
for i, year in enumerate(years):
    if plan is None:
        break
    g = gap(plan, year)
    # Closed: no shortfall, and a surplus under a penny per Band D property.
    if not (g <= 0 and -g < tax_base[year] / 100 + 1):
        fail("Band D £%s in %s leaves the gap %s" % (found[i], year, g))
    penny_less = list(sets)
    penny_less[i] = "precept.band_d_increase.%s=£%s" % (year, found[i] - Decimal("0.01"))
    less = run(penny_less, no_policy)
    if less and gap(less, year) <= 0:
        fail("Band D one penny less (£%s) in %s still closes the gap: %s" %
             (found[i] - Decimal("0.01"), year, gap(less, year)))

# Collection fund, gap=0 (the scenario's units are £000).
fund = json.load(open(work + "/fund.json"))
pounds = row(fund, "value")
thousands = lambda p: "%s%d.%03d" % ("-" if p < 0 else "", abs(p) // 1000, abs(p) % 1000)
sets = ["precept.collection_fund.%s=%s" % (y, thousands(p)) for y, p in zip(years, pounds)]
plan = run(sets, no_policy)
for i, year in enumerate(years):
    if plan is None:
        break
    if gap(plan, year) != 0:
        fail("collection fund %s in %s leaves the gap %s" % (pounds[i], year, gap(plan, year)))
    pound_less = list(sets)
    pound_less[i] = "precept.collection_fund.%s=%s" % (year, thousands(pounds[i] - 1))
    less = run(pound_less, no_policy)
    if less and gap(less, year) != 1:
        fail("collection fund £1 less in %s gives the gap %s, expected 1" % (year, gap(less, year)))

# Savings that hold the general reserve's floor, the gap funded from it down to zero.
floor = json.load(open(work + "/floor.json"))
savings = row(floor, "value")
sets = ["movements.further_savings.amounts.%s=%s" % (y, thousands(p)) for y, p in zip(years, savings)]
def holds(plan, year):
    t4 = plan["table4"]["years"][year]
    return t4["closing_by_reserve"]["general"] >= t4["general_floor"]
plan = run(sets)
solved = [l for l in floor["solve"]["notes"] if " meets general_reserve>=floor " in l]
if len(solved) < 2:
    fail("general_reserve>=floor solved in fewer than two years: %s" % floor["solve"]["notes"])
for i, year in enumerate(years):
    if plan is None:
        break
    if not holds(plan, year):
        fail("savings %s in %s: the general reserve ends below its floor" % (savings[i], year))
    if not any(l.startswith(year + ":") for l in solved):
        continue
    pound_less = list(sets)
    pound_less[i] = "movements.further_savings.amounts.%s=%s" % (year, thousands(savings[i] + 1))
    less = run(pound_less)
    if less and holds(less, year):
        fail("one pound less saving in %s still holds the floor" % year)
sys.exit(0 if ok else 1)
PY
exit $failed
