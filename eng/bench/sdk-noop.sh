#!/usr/bin/env bash
# Benchmark: how much of a no-op rebuild of the multi-target sample (two boards, nothing changed)
# is spent in this SDK's targets, as MSBuild's performance summary measures them. The goal is under
# 5%: a rebuild should cost what MSBuild itself costs, not more.
#
#   eng/bench/sdk-noop.sh [RUNS]      (default 5; the median run is reported)
#
# The benchmark fails if a build fails, or if a rebuild is not a no-op (it ran the compile or
# freeze task, or changed an output).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/eng/bench/lib.sh"
runs="${1:-5}"
work="$root/artifacts/bench/sdk-noop"

quietly "$root/eng/samples" "$work"
project="$work/MultiTarget"
quietly dotnet build "$project" --nologo -v quiet
outputs="$(find "$project/bin" -type f -printf '%P %s %T@\n' | LC_ALL=C sort)"

# One line per run: the SDK's targets (exclusive ms), every target (ms), the whole build (s).
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for _ in $(seq "$runs"); do
  dotnet build "$project" --nologo -v quiet -clp:PerformanceSummary > "$log" 2>&1 \
    || { tail -n 40 "$log" >&2; fail "a no-op rebuild of $project failed"; }
  if grep -Eq '^ +[0-9]+ ms +(CompileMicroPython|FreezeMicroPython) +[0-9]+ calls' "$log"; then
    fail "a rebuild with nothing changed ran the compile or freeze task"
  fi
  [ "$(find "$project/bin" -type f -printf '%P %s %T@\n' | LC_ALL=C sort)" = "$outputs" ] \
    || fail "a rebuild with nothing changed rewrote outputs under $project/bin"
  awk '
    /Target Performance Summary:/ { targets = 1; next }
    /Task Performance Summary:/ { targets = 0 }
    targets && $2 == "ms" { all += $1; if ($3 ~ /^MicroPython/ || $3 == "CoreBuild") sdk += $1 }
    /Time Elapsed/ { split($3, t, ":"); elapsed = t[1] * 3600 + t[2] * 60 + t[3] }
    END { printf "%.1f %.1f %.3f\n", sdk, all, elapsed }' "$log"
done | sort -n -k1 | awk -v runs="$runs" '
  { sdk[NR] = $1; all[NR] = $2; elapsed[NR] = $3 }
  END {
    m = int((runs + 1) / 2)
    printf "no-op rebuild of MultiTarget (median of %d)\n", runs
    printf "  whole build:        %.0f ms\n", elapsed[m] * 1000
    printf "  all targets:        %.0f ms\n", all[m]
    printf "  MicroPython.Sdk:    %.0f ms\n", sdk[m]
    printf "  share of the build: %.1f%% (goal: under 5%%)\n", 100 * sdk[m] / (elapsed[m] * 1000)
  }'
