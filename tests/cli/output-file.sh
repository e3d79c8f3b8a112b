#!/usr/bin/env bash
# -o writes exactly what stdout would show, and on any error leaves the target as it was.
set -u
binary=$(realpath "$1")
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

# An error after loading (figures beyond range while projecting) leaves it too.
"$binary" run tests/errors/compound-overflow.yaml -o "$work/keep.txt" 2>/dev/null
[ $? -eq 2 ] || fail "projection error did not exit 2"
[ "$(cat "$work/keep.txt")" = precious ] || fail "target changed after a projection error"

# -o over the scenario itself, however the path is spelled, is refused, by both commands.
mkdir "$work/sub"
cp scenarios/mps-2007-10.yaml "$work/scenario.yaml"
ln -s scenario.yaml "$work/link.yaml"
ln "$work/scenario.yaml" "$work/hard.yaml"
for spelling in "$work/scenario.yaml" "$work/./scenario.yaml" "$work/sub/../scenario.yaml" \
                "$work/link.yaml" "$work/hard.yaml"; do
  for command in run check; do
    "$binary" $command "$work/scenario.yaml" -o "$spelling" 2>/dev/null
    [ $? -eq 2 ] || fail "$command -o $spelling (the scenario) was not refused"
    "$binary" $command "$spelling" -o "$work/scenario.yaml" 2>/dev/null
    [ $? -eq 2 ] || fail "$command $spelling -o the scenario was not refused"
  done
done
(cd "$work" && "$binary" run scenario.yaml -o ./scenario.yaml 2>/dev/null)
[ $? -eq 2 ] || fail "-o ./scenario.yaml (relative) was not refused"
cmp -s scenarios/mps-2007-10.yaml "$work/scenario.yaml" || fail "scenario changed by -o over itself"
[ -L "$work/link.yaml" ] || fail "the symbolic link to the scenario was replaced"
# ... and so is -o over a file the scenario extends.
cp scenarios/pay-award-3.5.yaml "$work/pay.yaml"
cp scenarios/mps-2007-10.yaml "$work/mps-2007-10.yaml"
for command in run check; do
  "$binary" $command "$work/pay.yaml" -o "$work/mps-2007-10.yaml" 2>"$work/extends.err"
  [ $? -eq 2 ] || fail "$command -o over the extended base was not refused"
  grep -q "a file the scenario reads (through extends)" "$work/extends.err" || fail "no clear message: $(cat "$work/extends.err")"
done
cmp -s scenarios/mps-2007-10.yaml "$work/mps-2007-10.yaml" || fail "the extended base changed"

# A failing write: a device that fails every write with ENOSPC (/dev/full's numbers).
# Not a regular file, so it is written in place, never renamed over (which would
# replace the device). A private node in the scratch folder, so that a binary with
# that bug cannot damage the machine's own /dev; skipped where nodes can't be made.
if mknod "$work/full" c 1 7 2>/dev/null && [ -c "$work/full" ]; then
  "$binary" run scenarios/mps-2007-10.yaml -o "$work/full" 2>"$work/full.err"
  [ $? -eq 3 ] || fail "-o onto a full device did not exit 3"
  grep -q "No space left on device" "$work/full.err" || fail "-o onto a full device: no clear message"
  [ -c "$work/full" ] || fail "the device node was replaced by a file"
  # Standard output redirected to it: large and small outputs alike exit 3 with a message.
  for table in all gap; do
    "$binary" run scenarios/mps-2007-10.yaml --format csv --table "$table" >"$work/full" 2>"$work/full.err"
    [ $? -eq 3 ] || fail "standard output onto a full device (--table $table) did not exit 3"
    grep -q "standard output.*No space left on device" "$work/full.err" ||
      fail "standard output onto a full device (--table $table): no clear message"
  done
  # Every command's output, and help and version text, go through the same checked write.
  s=scenarios/mps-2007-10.yaml
  while IFS= read -r line; do
    eval "args=($line)"
    "$binary" "${args[@]}" >"$work/full" 2>"$work/full.err"
    [ $? -eq 3 ] || fail "mtfp $line onto a full device did not exit 3"
    grep -q "standard output.*No space left on device" "$work/full.err" ||
      fail "mtfp $line onto a full device: no clear message"
  done <<LIST
check $s
compare $s scenarios/pay-award-3.5.yaml
explain $s budget_gap 2007/08
solve $s --for gap=0 --vary precept.band_d_increase
sensitivity $s --vary indices.pay=±1%
--help
run --help
--version
LIST
else
  echo "SKIP: cannot make a device node here (not root, or a nodev mount)"
fi
# Standard output by name, through a private link to it (as /dev/stdout is).
ln -s /proc/self/fd/1 "$work/stdout-link"
"$binary" run scenarios/mps-2007-10.yaml --format csv -o "$work/stdout-link" > "$work/via-stdout.csv" ||
  fail "-o onto a link to standard output failed"
cmp -s "$work/stdout.csv" "$work/via-stdout.csv" || fail "-o onto standard output differs from stdout"
[ -L "$work/stdout-link" ] || fail "the link to standard output was replaced"

# A place where no file can be created (/proc): exit 2, and nothing there changes.
"$binary" run scenarios/mps-2007-10.yaml -o /proc/mtfp-output-test.txt 2>/dev/null
[ $? -eq 3 ] || fail "-o into /proc did not exit 3"

# A read-only folder. Root may write anywhere, so when we are root this runs as the
# unprivileged user nobody (setpriv); otherwise as ourselves.
mkdir "$work/readonly"
echo "precious" > "$work/readonly/keep.txt"
chmod 755 "$work"
chmod 555 "$work/readonly"
as_user=()
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  cp scenarios/mps-2007-10.yaml "$work/public.yaml" && chmod 644 "$work/public.yaml"
  "${as_user[@]}" "$binary" run "$work/public.yaml" -o "$work/readonly/keep.txt" 2>"$work/readonly.err"
  [ $? -eq 3 ] || fail "-o into a read-only folder did not exit 3: $(cat "$work/readonly.err")"
  [ "$(cat "$work/readonly/keep.txt")" = precious ] || fail "target in a read-only folder changed"
  [ "$(ls -A "$work/readonly")" = keep.txt ] || fail "something was left in the read-only folder"
else
  echo "SKIP: read-only folder (root, and no setpriv to drop privileges)"
fi
chmod 755 "$work/readonly"

# A symbolic link as the target: written through, the link stays.
echo "old" > "$work/real.txt"
ln -s real.txt "$work/out-link.txt"
"$binary" run scenarios/mps-2007-10.yaml --format csv -o "$work/out-link.txt" || fail "-o a symlink"
[ -L "$work/out-link.txt" ] || fail "-o replaced the symbolic link by a file"
cmp -s "$work/stdout.csv" "$work/real.txt" || fail "-o through a symlink did not write its target"

# A dangling symbolic link: written through, creating the file it names; the link stays.
ln -s made-through-link.txt "$work/dangling.txt"
"$binary" run scenarios/mps-2007-10.yaml --format csv -o "$work/dangling.txt" || fail "-o a dangling symlink"
[ -L "$work/dangling.txt" ] || fail "-o replaced the dangling symbolic link by a file"
cmp -s "$work/stdout.csv" "$work/made-through-link.txt" || fail "-o through a dangling symlink did not create its target"

# A file written over keeps its mode, and (as root) its owner and group.
echo "old" > "$work/kept.txt"
chmod 640 "$work/kept.txt"
[ "$(id -u)" -eq 0 ] && chown nobody:nogroup "$work/kept.txt"
before=$(stat -c '%a %U %G' "$work/kept.txt")
"$binary" run scenarios/mps-2007-10.yaml --format csv -o "$work/kept.txt" || fail "-o over a 0640 file"
cmp -s "$work/stdout.csv" "$work/kept.txt" || fail "-o over a 0640 file did not write it"
after=$(stat -c '%a %U %G' "$work/kept.txt")
[ "$before" = "$after" ] || fail "-o changed the file's mode or owner: $before became $after"
# ... and a new file gets the usual permissions under the umask.
(umask 027; "$binary" run scenarios/mps-2007-10.yaml -o "$work/new-file.txt") || fail "-o a new file"
[ "$(stat -c '%a' "$work/new-file.txt")" = 640 ] || fail "a new file under umask 027 is $(stat -c '%a' "$work/new-file.txt")"

# A named pipe: nothing reading is refused at once (not waited on for ever), exit 3,
# the pipe left; with a reader, the output goes through it.
mkfifo "$work/fifo"
timeout 10 "$binary" run scenarios/mps-2007-10.yaml --format csv -o "$work/fifo" 2>"$work/fifo.err"
status=$?
[ $status -eq 3 ] || fail "-o onto a named pipe with no reader: exit $status, expected 3"
grep -q "fifo: error: cannot write output: it is a named pipe with nothing reading from it" "$work/fifo.err" ||
  fail "-o onto a named pipe with no reader: $(cat "$work/fifo.err")"
[ -p "$work/fifo" ] || fail "the named pipe was replaced"
cat "$work/fifo" > "$work/from-fifo.csv" & reader=$!
# the reader must have the pipe open before mtfp writes; retry until it has
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  timeout 10 "$binary" run scenarios/mps-2007-10.yaml --format csv -o "$work/fifo" 2>/dev/null && break
  sleep 0.2
done
wait $reader
cmp -s "$work/stdout.csv" "$work/from-fifo.csv" || fail "-o onto a named pipe with a reader differs from stdout"

"$binary" run scenarios/mps-2007-10.yaml -o "$work/no-such-dir/plan.txt" 2>/dev/null
[ $? -eq 3 ] || fail "-o into a missing folder did not exit 3"
ls -A "$work" | grep -q '\.tmp-' && fail "a temporary file was left behind"

# A closed pipe ends quietly: nothing on standard error.
"$binary" run scenarios/mps-2007-10.yaml --format json 2>"$work/pipe.err" | head -c 10 >/dev/null
[ -s "$work/pipe.err" ] && fail "a closed pipe printed: $(cat "$work/pipe.err")"
# ... also where SIGPIPE is ignored (as some parents leave it), so the write sees EPIPE.
(trap '' PIPE; "$binary" run scenarios/mps-2007-10.yaml --format json 2>"$work/pipe.err" | head -c 10 >/dev/null)
[ -s "$work/pipe.err" ] && fail "a closed pipe (SIGPIPE ignored) printed: $(cat "$work/pipe.err")"

[ $failed -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $failed
