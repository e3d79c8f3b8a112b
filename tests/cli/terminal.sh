#!/usr/bin/env bash
# Colour and width on a terminal only: `script` gives mtfp a pseudo-terminal. Piped
# output and -o files stay plain; NO_COLOR (non-empty) and --color never turn colour
# off, --color always turns it on anywhere; COLUMNS narrows the tables (base-year
# columns first) and says so, and wraps check lines at word boundaries.
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
# (£ is two bytes: counted as one character before measuring lines.)
# The base-year columns go first, so the plan years (what a reader wants most) stay.
grep -q "3 more columns (budget_book, revised, outturn): widen the terminal" "$work/narrow" ||
  fail "COLUMNS=70: no note of the base-year columns left out"
# Table lines (figures are set apart by two spaces) fit; notes are prose and may wrap.
sed 's/\x1b\[[0-9;]*m//g' "$work/narrow" | awk '/  / { if (length($0) > 70) bad = 1 } END { exit bad }' ||
  fail "COLUMNS=70: a table line is wider"
COLUMNS=70 "$binary" run "$scenario" --table summary | grep -q "more column" && fail "piped output was narrowed"

# An 80-column terminal (issue 15): the Summary keeps every plan year and drops the
# budget book and outturn before the revised base; no line is wider than 80.
on_terminal "COLUMNS=80 $binary run $scenario --table summary --color never" | tr -d '\r' > "$work/eighty"
head -7 "$work/eighty" | grep -Eq "Revised +Plan +Plan +Plan$" || fail "COLUMNS=80: the Summary's header is not Revised and the three plan years"
head -7 "$work/eighty" | grep -Eq "2006/07 +2007/08 +2008/09 +2009/10$" || fail "COLUMNS=80: the plan years are not all shown"
grep -q "2 more columns (budget_book, outturn): widen the terminal" "$work/eighty" ||
  fail "COLUMNS=80: no note of the base-year columns left out"
sed 's/£/L/g' "$work/eighty" | awk '{ if (length($0) > 80) bad = 1 } END { exit bad }' || fail "COLUMNS=80: a Summary line is wider than 80"
# check at 80 columns: every line fits, and each message is broken only at spaces: the
# wrapped lines joined again (a continuation's indent taken back to one space) are the
# piped output, word for word.
shire=scenarios/shire-2025-29.yaml   # long messages in whole pounds
on_terminal "COLUMNS=80 $binary check $shire --color never" | tr -d '\r' > "$work/check80"
"$binary" check "$shire" > "$work/check_piped"
sed 's/£/L/g' "$work/check80" | awk '{ if (length($0) > 80) bad = 1 } END { exit bad }' || fail "COLUMNS=80: a check line is wider than 80"
grep -Eq '^ {10,}[^ ]' "$work/check80" || fail "COLUMNS=80: no check line was wrapped (the test proves nothing)"
awk 'NR > 1 && /^          / { sub(/^ +/, " "); printf "%s", $0; next } { if (NR > 1) print ""; printf "%s", $0 } END { print "" }' \
  "$work/check80" > "$work/check_joined"
cmp -s "$work/check_joined" "$work/check_piped" || { fail "COLUMNS=80: check lines were not wrapped at spaces"; diff "$work/check_piped" "$work/check_joined" | head -5; }
exit $failed
