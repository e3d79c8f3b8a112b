#!/usr/bin/env bash
# Colour and width on a terminal only: `script` gives mtfp a pseudo-terminal. Piped
# output and -o files stay plain; NO_COLOR (non-empty) and --color never turn colour
# off, --color always turns it on anywhere; COLUMNS narrows the tables and says so.
set -u
binary=$(realpath "$1")
failed=0
fail() { echo "FAIL: $*"; failed=1; }
esc=$'\e['
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
scenario=scenarios/pay-award-3.5.yaml   # some checks fail, and it has a positive gap
on_terminal() { script -qec "$1" /dev/null; }

"$binary" check "$scenario" > "$work/piped"
grep -qF "$esc" "$work/piped" && fail "colour in piped output"
"$binary" check "$scenario" --color always > "$work/always"
grep -qF "${esc}1;31mFAIL" "$work/always" || fail "--color always: no red FAIL"

on_terminal "$binary check $scenario" > "$work/tty"
grep -qF "${esc}1;31mFAIL" "$work/tty" || fail "terminal: no red FAIL"
grep -qF "${esc}32mPASS" "$work/tty" || fail "terminal: no green PASS"
on_terminal "NO_COLOR=1 $binary check $scenario" > "$work/no_color"
grep -qF "$esc" "$work/no_color" && fail "NO_COLOR=1: colour on a terminal"
on_terminal "NO_COLOR= $binary check $scenario" > "$work/empty_no_color"
grep -qF "$esc" "$work/empty_no_color" || fail "an empty NO_COLOR turned colour off"
on_terminal "$binary check $scenario --color never" > "$work/never"
grep -qF "$esc" "$work/never" && fail "--color never: colour on a terminal"
on_terminal "$binary run $scenario --table gap" > "$work/gap"
grep -qF "${esc}1;31m" "$work/gap" || fail "terminal: a positive gap is not red"
on_terminal "$binary check $scenario -o $work/checks.txt" > /dev/null
grep -qF "$esc" "$work/checks.txt" && fail "colour in an -o file"

on_terminal "COLUMNS=70 $binary run $scenario --table summary" | tr -d '\r' > "$work/narrow"
grep -q "3 more columns (2007/08, 2008/09, 2009/10): widen the terminal or use --format csv." "$work/narrow" ||
  fail "COLUMNS=70: no note of the columns left out"
# Table lines (figures are set apart by two spaces) fit; notes are prose and may wrap.
sed 's/\x1b\[[0-9;]*m//g' "$work/narrow" | awk '/  / { if (length($0) > 70) bad = 1 } END { exit bad }' ||
  fail "COLUMNS=70: a table line is wider"
COLUMNS=70 "$binary" run "$scenario" --table summary | grep -q "more column" && fail "piped output was narrowed"
exit $failed
