#!/usr/bin/env bash
# Wall time of solve and sensitivity on the default scenario against a plain run, over
# N invocations each (default 200), so the cost of the re-projections shows above the
# cost of loading. Usage: benchmarks/what-if.sh [MTFP_BINARY] [N]
set -eu
binary=${1:-build/dev/app/mtfp}
count=${2:-200}
scenario=scenarios/mps-2007-10.yaml
measure() {
  local label=$1; shift
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$count"); do "$binary" "$@" >/dev/null || [ $? = 1 ]; done
  end=$(date +%s%N)
  printf '%-60s %8.2f ms per run\n' "$label" "$(awk -v t="$((end - start))" -v n="$count" 'BEGIN { print t / n / 1000000 }')"
}
measure "run --table gap (load + one projection)" run "$scenario" --table gap
measure "sensitivity, defaults (9 parameters, 18 re-projections)" sensitivity "$scenario"
measure "solve gap=0 --vary precept.band_d_increase (3 years)" solve "$scenario" --for gap=0 --vary precept.band_d_increase
measure "solve nre<=guidance --vary movements.vfm.amounts (3 years)" solve "$scenario" --for 'nre<=guidance' --vary movements.vfm.amounts
