#!/usr/bin/env bash
# Scenario files the error corpus cannot hold as committed files: huge, unreadable,
# not a file at all, and a byte-order mark with CRLF line endings (which must simply
# work). They are generated here, in a scratch folder. Each run is timed: a case
# slower than LIMIT_MS (default 5000) fails. The aim is under a second in a normal
# build; the margin is for loaded CI, and the sanitizer build (Debug, ASan) gets more.
#   input-files.sh BINARY [LIMIT_MS]
set -u
binary=$(realpath "$1")
limit_ms=${2:-5000}
source=$PWD
work=$(mktemp -d); trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# expect NAME EXIT PATTERN -- ARGS...: runs mtfp ARGS, requires the exit code, a line of
# stderr matching PATTERN (FILE:LINE:COLUMN: error: ...), and at most limit_ms.
expect() {
  local name=$1 code=$2 pattern=$3
  shift 4
  local start end status
  start=$(date +%s%N)
  timeout 60 "${run_as[@]}" "$binary" "$@" >"$work/out" 2>"$work/err" </dev/null
  status=$?
  end=$(date +%s%N)
  local ms=$(((end - start) / 1000000))
  printf '%-28s exit %s  %5d ms\n' "$name" "$status" "$ms"
  [ "$status" = "$code" ] || fail "$name: exit $status, expected $code; stderr: $(head -c 300 "$work/err")"
  [ -z "$pattern" ] || grep -qE "$pattern" "$work/err" || fail "$name: stderr does not match '$pattern': $(head -c 300 "$work/err")"
  grep -qiE "terminate|abort|Segmentation|stack|internal error" "$work/err" && fail "$name: crash output"
  [ "$ms" -le "$limit_ms" ] || fail "$name: took $ms ms (more than $limit_ms ms)"
}
run_as=()
base=$(sed -n '2,$p' "$source/tests/errors/negative-opening.yaml" | sed 's/opening: -40/opening: 40/')
limit=$(grep -o 'max_file_bytes = [0-9 *]*' "$source/lib/money/limits.hpp" | sed 's/.*= //')
limit=$((limit))

# A 50 MB file: refused from its size, before it is read.
yes "# padding line of a huge scenario file" | head -c 52428800 > "$work/huge.yaml"
expect huge-50MB 2 "huge.yaml: error: is 52428800 bytes; a scenario file may be at most $limit bytes" -- run "$work/huge.yaml"
# One byte over the limit.
{ echo "format: mtfp/1"; yes "#" | head -c "$limit"; } > "$work/over.yaml"
expect one-byte-over 2 "a scenario file may be at most" -- run "$work/over.yaml"
# Just under the limit, the worst shapes: a list of one node per line (stopped by the
# node limit; the tab check once scanned to the end of the file from every line, which
# made this minutes), and 1000 lines with 9000 movements naming unknown lines (each
# once computed a "did you mean" over every line: now only the 100 listed do).
{ printf 'format: mtfp/1\nname: [\n'; yes "1," | head -c $((limit - 40)); printf '1]\n'; } > "$work/nodes.yaml"
expect node-limit 2 "nodes.yaml:[0-9]+:[0-9]+: error: the scenario has more than [0-9]+ YAML nodes" -- run "$work/nodes.yaml"
{ echo "$base" | sed '/^lines:/q'
  for i in $(seq 1 998); do echo "  - {id: POLICING_COST_CENTRE_$i, name: L, section: corporate, subjective: supplies, budget_book: 1}"; done
  echo "$base" | sed -n '/^  - id: TP/,/^movements:/p'
  for i in $(seq 1 9000); do echo "  - {line: POLICING_COST_CENTER_$i, kind: committed_increase, subjective: pay, label: M, amounts: {2007/08: 1}}"; done
  echo "$base" | sed -n '/^grants:/,$p'; } > "$work/references.yaml"
expect many-bad-references 2 "^.*references.yaml: error: [0-9]+ more problems not listed" -- run "$work/references.yaml"
[ "$(wc -l < "$work/err")" = 101 ] || fail "many-bad-references: $(wc -l < "$work/err") lines, expected 100 and a count"
# A large valid plan at the limit: 1000 lines (998 here and the 2 of the base).
{ echo "$base" | sed '/^lines:/q'
  for i in $(seq 1 998); do echo "  - {id: L$i, name: Line $i, section: corporate, subjective: supplies, budget_book: $i}"; done
  echo "$base" | sed -n '/^  - id: TP/,$p'; } > "$work/large.yaml"
expect large-valid-plan 0 "" -- run "$work/large.yaml" --format json

# Not a file: a directory, a pipe (reading it would block for ever), a device, a path
# through a file.
mkdir "$work/dir"
expect directory 2 "dir: error: is a directory, not a scenario file" -- run "$work/dir"
mkfifo "$work/pipe.yaml"
expect named-pipe 2 "pipe.yaml: error: is not a regular file" -- run "$work/pipe.yaml"
expect device 2 "/dev/zero: error: is not a regular file" -- run /dev/zero
expect through-a-file 2 "large.yaml/x.yaml: error: no such file" -- run "$work/large.yaml/x.yaml"
ln -s loop-b.yaml "$work/loop-a.yaml"; ln -s loop-a.yaml "$work/loop-b.yaml"
expect symlink-loop 2 "loop-a.yaml: error: is a loop of symbolic links" -- run "$work/loop-a.yaml"
: > "$work/empty.yaml"
expect empty 2 "empty.yaml: error: the file is empty" -- run "$work/empty.yaml"

# An unreadable file. chmod 000 does not stop root, so as root the run is made as the
# unprivileged user nobody (setpriv); without setpriv the case is skipped, saying so.
cp "$source/scenarios/mps-2007-10.yaml" "$work/secret.yaml"
chmod 000 "$work/secret.yaml"
chmod 755 "$work"
if [ "$(id -u)" -ne 0 ]; then
  expect unreadable 2 "secret.yaml: error: cannot be read" -- run "$work/secret.yaml"
elif command -v setpriv >/dev/null; then
  run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  expect unreadable-as-nobody 2 "secret.yaml: error: cannot be read" -- run "$work/secret.yaml"
  run_as=()
else
  echo "SKIP: unreadable file (running as root without setpriv)"
fi

# A byte-order mark and CRLF line endings simply work: the same output, byte for byte,
# as the LF file, in every format, also through extends. (Same file names in two
# folders, since the output names the file.)
# CR-only line endings (old Mac files; YAML's third line break) work the same way.
mkdir "$work/lf" "$work/crlf" "$work/cr"
for name in mps-2007-10.yaml pay-award-3.5.yaml; do
  cp "$source/scenarios/$name" "$work/lf/$name"
  { printf '\xEF\xBB\xBF'; sed 's/$/\r/' "$source/scenarios/$name"; } > "$work/crlf/$name"
  tr '\n' '\r' < "$source/scenarios/$name" > "$work/cr/$name"
done
grep -q $'\r' "$work/crlf/mps-2007-10.yaml" || fail "the CRLF copy has no CR"
[ "$(tr -cd '\n' < "$work/cr/mps-2007-10.yaml" | wc -c)" -eq 0 ] || fail "the CR-only copy has a LF"
for name in mps-2007-10.yaml pay-award-3.5.yaml; do
  for format in text csv json markdown; do
    (cd "$work/lf" && "$binary" run "$name" --format "$format" > ../lf.out 2>&1)
    for ending in crlf cr; do
      (cd "$work/$ending" && "$binary" run "$name" --format "$format" > ../$ending.out 2>&1) ||
        fail "$ending $name --format $format did not run: $(head -c 300 "$work/$ending.out")"
      cmp -s "$work/lf.out" "$work/$ending.out" || fail "$ending $name --format $format: output differs"
    done
  done
done
echo "BOM + CRLF, and CR only: same output as LF in 4 formats, 2 scenarios"

[ $failed -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $failed
