#!/usr/bin/env bash
# Messages about the command line itself: each names what was wrong, exit 2.
#   command-line.sh BINARY
set -u
binary=$(realpath "$1")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# An unknown command is named, with the commands there are (not "A subcommand is required").
"$binary" frobnicate scenarios/mps-2007-10.yaml >"$work/out" 2>"$work/err"
[ $? -eq 2 ] || fail "an unknown command did not exit 2"
grep -q "^mtfp: error: unknown command 'frobnicate'; the commands are: run, check" "$work/err" ||
  fail "an unknown command: $(cat "$work/err")"
"$binary" chek scenarios/mps-2007-10.yaml 2>"$work/err"
grep -q "unknown command 'chek' (did you mean 'check'?)" "$work/err" || fail "no did-you-mean: $(cat "$work/err")"
# No command at all still says one is required.
"$binary" 2>"$work/err"
[ $? -eq 2 ] || fail "no command did not exit 2"
grep -q "A subcommand is required" "$work/err" || fail "no command: $(cat "$work/err")"
# An option where the command belongs is CLI11's own message, not "unknown command".
"$binary" --frobnicate 2>"$work/err"
grep -q "unknown command" "$work/err" && fail "an unknown option was called a command"

[ $failed -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $failed
