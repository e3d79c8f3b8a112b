#!/usr/bin/env bash
# `check` for CI: severities and expectations decide the exit status; several scenarios
# give the worst; the JUnit output validates against tests/junit/junit.xsd (xmllint);
# each GitHub annotation points at the scenario line of the failing rule's parameter.
set -u
binary=$(realpath "$1")
failed=0
fail() { echo "FAIL: $*"; failed=1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mps=scenarios/mps-2007-10.yaml
gated=tests/golden/scenarios/ci-gated.yaml
missed=tests/golden/scenarios/ci-expect-missed.yaml

"$binary" check "$gated" > "$work/gated.txt"; status=$?
[ "$status" = 0 ] || fail "gated scenario: exit $status, expected 0 (failures are warnings)"
grep -q "^WARN  nre_guidance" "$work/gated.txt" || fail "gated: no WARN line for nre_guidance"
grep -q "^PASS  expect .*budget_gap £15,023,280 as expected" "$work/gated.txt" || fail "gated: expectation not passed"
"$binary" check "$missed" > "$work/missed.txt"; status=$?
[ "$status" = 1 ] || fail "missed expectation: exit $status, expected 1"
grep -q "^FAIL  expect .*not the expected £15,000,000 (off by £23,280)" "$work/missed.txt" ||
  fail "missed expectation: no FAIL line with the difference"

"$binary" check "$gated" "$gated" > /dev/null; status=$?
[ "$status" = 0 ] || fail "two passing scenarios: exit $status"
"$binary" check "$gated" "$mps" > "$work/two.txt"; status=$?
[ "$status" = 1 ] || fail "passing + failing scenario: exit $status, expected the worst (1)"
grep -q "^$mps: " "$work/two.txt" || fail "several scenarios: no heading naming each file"
"$binary" check "$gated" tests/golden/scenarios/no-such.yaml > /dev/null 2>&1; status=$?
[ "$status" = 2 ] || fail "an unreadable scenario among several: exit $status, expected 2"

# JUnit: valid against the schema, one test case per rule and year, failures counted.
"$binary" check "$mps" "$gated" "$missed" --format junit -o "$work/report.xml"; status=$?
[ "$status" = 1 ] || fail "junit: exit $status, expected 1"
if command -v xmllint > /dev/null; then
  xmllint --noout --schema tests/junit/junit.xsd "$work/report.xml" 2> "$work/xmllint.txt" ||
    { fail "junit output does not validate"; cat "$work/xmllint.txt"; }
  # The schema must be able to fail: a test case without its name is refused.
  sed 's/<testcase name="[^"]*"/<testcase/' "$work/report.xml" > "$work/broken.xml"
  xmllint --noout --schema tests/junit/junit.xsd "$work/broken.xml" 2> /dev/null &&
    fail "the schema accepted a test case without a name"
  [ "$(xmllint --xpath 'count(//testsuite)' "$work/report.xml")" = 3 ] || fail "junit: not 3 test suites"
  [ "$(xmllint --xpath 'string(/testsuites/testsuite[1]/@failures)' "$work/report.xml")" = 6 ] ||
    fail "junit: the MPS suite does not count its 6 failures"
  [ "$(xmllint --xpath 'string(/testsuites/testsuite[2]/@failures)' "$work/report.xml")" = 0 ] ||
    fail "junit: warnings counted as failures"
  [ "$(xmllint --xpath 'string(/testsuites/@tests)' "$work/report.xml")" = 83 ] ||
    fail "junit: $(xmllint --xpath 'string(/testsuites/@tests)' "$work/report.xml") test cases, expected 26+29+28"
else
  echo "xmllint not installed: JUnit schema validation skipped"
fi

# GitHub annotations: file and line of the failing rule's parameter in the scenario.
"$binary" check "$mps" --format github > "$work/github.txt"; status=$?
[ "$status" = 1 ] || fail "github: exit $status, expected 1"
[ "$(grep -c '^::error ' "$work/github.txt")" = 6 ] || fail "github: not 6 error annotations"
nre_line=$(grep -n '^  nre_growth_limit:' "$mps" | cut -d: -f1)
efficiency_line=$(grep -n '^  efficiency_minimum:' "$mps" | cut -d: -f1)
grep -q "^::error file=$mps,line=$nre_line,col=21,title=mtfp check%3A nre_guidance 2007/08::2007/08: NRE" "$work/github.txt" ||
  fail "github: nre_guidance not annotated at $mps:$nre_line"
[ "$(grep -c "^::error file=$mps,line=$efficiency_line," "$work/github.txt")" = 3 ] ||
  fail "github: efficiency not annotated at $mps:$efficiency_line"
"$binary" check "$missed" --format github > "$work/github-missed.txt"
expect_line=$(grep -n 'equals: 15000000' "$missed" | cut -d: -f1)
grep -q "^::error file=$missed,line=$expect_line,.*budget_gap" "$work/github-missed.txt" ||
  fail "github: the missed expectation is not annotated at its line $expect_line"
grep -q "^::warning file=" "$work/github-missed.txt" || fail "github: warnings not annotated as warnings"
exit $failed
