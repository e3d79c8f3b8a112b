#!/usr/bin/env bash
# simulate's speed on the shipped MPS scenario, for 1,000, 10,000 and 100,000 draws:
# wall time and peak memory of the real command (/usr/bin/time -v), draws per second,
# and the processor time per draw over the processor time of one re-projection measured
# in the same process (mtfp_simulate_bench), on the default threads and on one thread.
# Processor time, summed over threads, keeps the ratio meaningful on a busy machine; it
# is the per-draw overhead of drawing, setting, restoring and recording (1.0: none).
#   benchmarks/simulate.sh [MTFP_BINARY] [BENCH_BINARY] [THREADS]
# Build both with the release preset (cmake --preset release && cmake --build --preset release).
set -eu
binary=${1:-build/release/app/mtfp}
bench=${2:-build/release/benchmarks/mtfp_simulate_bench}
threads=${3:-$(nproc)}
scenario=scenarios/mps-2007-10.yaml
echo "mtfp simulate $scenario, $threads threads; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%9s %10s %12s %18s %18s %12s\n' draws "wall s" "draws/s" "draw/projection" "draw/projection 1T" "peak MB"
for draws in 1000 10000 100000; do
  stats=$( { /usr/bin/time -v "$binary" simulate "$scenario" --draws "$draws" --threads "$threads" --quiet >/dev/null; } 2>&1 )
  wall=$(echo "$stats" | awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }')
  peak=$(echo "$stats" | awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }')
  read -r projection _ simulated _ < <("$bench" "$scenario" "$draws" "$threads")
  read -r projection1 _ simulated1 _ < <("$bench" "$scenario" "$draws" 1)
  printf '%9d %10.3f %12.0f %18.2f %18.2f %12s\n' "$draws" "$wall" \
    "$(awk -v n="$draws" -v t="$wall" 'BEGIN { print n / t }')" \
    "$(awk -v n="$draws" -v t="$simulated" -v p="$projection" 'BEGIN { print t / n / p }')" \
    "$(awk -v n="$draws" -v t="$simulated1" -v p="$projection1" 'BEGIN { print t / n / p }')" "$peak"
done
echo "one re-projection (processor time, mean of 2001): $(awk -v p="$projection" 'BEGIN { printf "%.1f", p * 1e6 }') us"
