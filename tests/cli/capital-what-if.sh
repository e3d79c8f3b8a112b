#!/usr/bin/env bash
# The capital programme as what-if parameters (issue 12), on the shipped shire capital
# scenario with the gap left unfunded (reserves.policy.fund_gap_from=none):
# - solve the 2027/28 borrowing rate for gap<=4.9m; fed back with --set, the gap is
#   £4,900,000; one rate unit (1e-10) higher it is £4,900,001;
# - --set +=, *=, -= on the borrowing rate, a scheme's spend and its funding move the gap;
# - sensitivity over a scheme's spend and the borrowing rate shows a swing, worked by hand:
#   +£1m of HQ spend in 2026/27 (life 30) costs £33,333 MRP + 4.25% interest on £1m in
#   2027/28, so the swing of ±£1m is 2 x 75,833 (+1 for the rounding remainder).
set -u
binary=$(realpath "$1")
failed=0
shire=scenarios/shire-capital-2025-29.yaml
no_policy=(--set reserves.policy.fund_gap_from=none)
fail() { echo "FAIL: $1"; failed=1; }

gap_in_2027() {  # the 2027/28 budget gap in pounds, with the given --set options
    "$binary" run "$shire" "${no_policy[@]}" "$@" --format json --table gap |
        python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["gap"]["years"]["2027/28"]["gap"])'
}

solved=$("$binary" solve "$shire" "${no_policy[@]}" --vary capital.borrowing_rate.2027/28 \
    --for 'gap<=4.9m' --year 2027/28 --format json |
    python3 -c 'import json,sys; r=json.load(sys.stdin); print(next(x["values"][1] for x in r["solve"]["rows"] if x["key"] == "value"))') ||
    fail "solve capital.borrowing_rate"
[ "$solved" = "4.1311288%" ] || fail "solve: borrowing rate $solved, expected 4.1311288%"
at=$(gap_in_2027 --set "capital.borrowing_rate.2027/28=$solved")
[ "$at" = "4900000" ] || fail "--set the solved rate: gap $at, expected 4900000"
above=$(gap_in_2027 --set "capital.borrowing_rate.2027/28=4.13112881%")
[ "$above" = "4900001" ] || fail "one unit above the solved rate: gap $above, expected 4900001"

base=$(gap_in_2027)
[ "$base" = "4957867" ] || fail "base gap $base"
[ "$(gap_in_2027 --set 'capital.borrowing_rate+=1%')" = "5444667" ] || fail "borrowing_rate+=1%"
[ "$(gap_in_2027 --set 'capital.borrowing_rate-=1%')" = "4471067" ] || fail "borrowing_rate-=1%"
[ "$(gap_in_2027 --set 'capital.schemes.hq.spend.2026/27+=1000')" = "5033701" ] || fail "hq.spend+=1000"
[ "$(gap_in_2027 --set 'capital.schemes.hq.spend*=100%')" = "$base" ] || fail "hq.spend*=100%"
[ "$(gap_in_2027 --set 'capital.schemes.hq.receipts.2026/27-=1000')" = "5033701" ] ||
    fail "hq.receipts-=1000 (borrowing £1m more, as spend +£1m)"

out=$("$binary" sensitivity "$shire" "${no_policy[@]}" --units 1 \
    --vary 'capital.schemes.hq.spend.2026/27=±1000' --vary 'capital.borrowing_rate=±1%') ||
    fail "sensitivity over capital"
grep -qE '^Swing \(high - low\) +0 +151,667 +144,000$' <<<"$out" || fail "sensitivity: no HQ spend swing"
grep -qE '^Swing \(high - low\) +892,000 +973,600 +1,040,483$' <<<"$out" ||
    fail "sensitivity: no borrowing rate swing"

# Out of range: a funding source cannot go below zero.
"$binary" run "$shire" --set 'capital.schemes.hq.receipts.2026/27-=2000' >/dev/null 2>&1 &&
    fail "receipts below zero accepted"
exit $failed
