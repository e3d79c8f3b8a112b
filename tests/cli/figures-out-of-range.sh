#!/usr/bin/env bash
# A figure beyond the exact range of whole pounds that `run` survives but another command
# computes (a check's limit, a difference between scenarios) is reported by every command
# as `run` reports one: exit 2, "FILE: error: ...", never "internal error" (exit 70).
#   figures-out-of-range.sh BINARY
set -u
binary=$(realpath "$1")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# One line at the amount limit (£1tn), inflated 1000% a year for six years to about
# £1.8e18 (inside int64), then flat. The NRE guidance limit compounds the base by
# 1000% for seven years (about £1.9e19) and the efficiency minimum is 1000% of the year
# before: both beyond int64, while every figure of the plan is inside it.
cat > "$work/limits.yaml" <<'YAML'
format: mtfp/1
name: At the limits
units: "£"
base_year: 2006/07
plan_years: 7
indices:
  steep: {2007/08: 1000%, 2008/09: 1000%, 2009/10: 1000%, 2010/11: 1000%, 2011/12: 1000%, 2012/13: 1000%, 2013/14: 0%}
subjectives:
  - {id: pay, name: Pay, index: steep}
lines:
  - {id: TP, name: Territorial Policing, section: business_group, subjective: pay, budget_book: 1000000000000}
grants:
  general: {base: 0}
precept:
  base: 0
  band_d_increase: 0%
checks:
  nre_growth_limit: 1000%
YAML
sed 's/^  nre_growth_limit: 1000%/  efficiency_minimum: 1000%/' "$work/limits.yaml" > "$work/efficiency.yaml"
# Two scenarios at opposite extremes (about +£5.3e18 and -£5.3e18): B - A is beyond int64.
sed 's/2013\/14: 0%/2013\/14: 200%/; /checks:/,$d' "$work/limits.yaml" > "$work/high.yaml"
sed 's/budget_book: 1000000000000/budget_book: -1000000000000/' "$work/high.yaml" > "$work/low.yaml"

for name in limits efficiency high low; do
  "$binary" run "$work/$name.yaml" >/dev/null 2>"$work/err" || fail "run $name.yaml did not run: $(cat "$work/err")"
done

# expect MESSAGE ARGS...: exit 2 and MESSAGE on stderr, nothing said about a bug.
expect() {
  local message=$1
  shift
  (cd "$work" && "$binary" "$@" >/dev/null 2>err)
  local status=$?
  [ $status -eq 2 ] || fail "mtfp $*: exit $status, expected 2: $(cat "$work/err")"
  grep -qF "$message" "$work/err" || fail "mtfp $*: $(cat "$work/err")"
  grep -q "internal error" "$work/err" && fail "mtfp $*: internal error"
}
range="error: a figure of the plan is beyond the range of whole pounds mtfp holds exactly"
for format in text csv json markdown html; do
  expect "limits.yaml: $range" check limits.yaml --format "$format"
  expect "efficiency.yaml: $range" check efficiency.yaml --format "$format"
  expect "high.yaml: error: a difference against this scenario (B - A) is beyond the range" \
    compare high.yaml low.yaml --format "$format"
done
expect "limits.yaml: $range" check limits.yaml --format xlsx -o out.xlsx
expect "high.yaml: error: a difference against this scenario" compare high.yaml low.yaml --format xlsx -o out.xlsx
[ -e "$work/out.xlsx" ] && fail "a workbook was written after the error"

[ $failed -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $failed
