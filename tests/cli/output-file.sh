#!/usr/bin/env bash
# -o writes exactly what stdout would show, and on any error leaves the target as it was.
set -u
binary=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

"$binary" run scenarios/mps-2007-10.yaml --format csv > "$work/stdout.csv" || fail "run to stdout"
"$binary" run scenarios/mps-2007-10.yaml --format csv -o "$work/plan.csv" > "$work/nothing" || fail "run -o"
cmp -s "$work/stdout.csv" "$work/plan.csv" || fail "-o file differs from stdout"
[ -s "$work/nothing" ] && fail "-o also printed to stdout"

echo "precious" > "$work/keep.txt"
printf 'format: mtfp/1\nunits: nonsense\n' > "$work/bad.yaml"
"$binary" run "$work/bad.yaml" -o "$work/keep.txt" 2>/dev/null
[ $? -eq 2 ] || fail "invalid input did not exit 2"
[ "$(cat "$work/keep.txt")" = precious ] || fail "target changed after an input error"
"$binary" run scenarios/mps-2007-10.yaml --set no.such.path=1 -o "$work/keep.txt" 2>/dev/null
[ "$(cat "$work/keep.txt")" = precious ] || fail "target changed after a bad --set"

cp scenarios/mps-2007-10.yaml "$work/scenario.yaml"
"$binary" run "$work/scenario.yaml" -o "$work/scenario.yaml" 2>/dev/null
[ $? -eq 2 ] || fail "-o over the scenario was not refused"
cmp -s scenarios/mps-2007-10.yaml "$work/scenario.yaml" || fail "scenario changed by -o over itself"

"$binary" run scenarios/mps-2007-10.yaml -o "$work/no-such-dir/plan.txt" 2>/dev/null
[ $? -eq 2 ] || fail "-o into a missing folder did not exit 2"
ls -A "$work" | grep -q '\.tmp-' && fail "a temporary file was left behind"

[ $failed -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $failed
