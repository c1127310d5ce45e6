#!/usr/bin/env bash
# Benchmark: how much of a no-op rebuild of the multi-target sample (two boards, nothing changed)
# is spent in this SDK's targets, as MSBuild's performance summary measures them. The goal is under
# 5%: a rebuild should cost what MSBuild itself costs, not more.
#
#   eng/bench/sdk-noop.sh [RUNS]      (default 5; the median run is reported)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
work="$root/artifacts/bench/sdk-noop"

"$root/eng/samples" "$work"
project="$work/MultiTarget"
dotnet build "$project" --nologo -v quiet > /dev/null

# One line per run: the SDK's targets (exclusive ms), every target (ms), the whole build (s).
for _ in $(seq "$runs"); do
  dotnet build "$project" --nologo -v quiet -clp:PerformanceSummary | awk '
    /Target Performance Summary:/ { targets = 1; next }
    /Task Performance Summary:/ { targets = 0 }
    targets && $2 == "ms" { all += $1; if ($3 ~ /^MicroPython/ || $3 == "CoreBuild") sdk += $1 }
    /Time Elapsed/ { split($3, t, ":"); elapsed = t[1] * 3600 + t[2] * 60 + t[3] }
    END { printf "%.1f %.1f %.3f\n", sdk, all, elapsed }'
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
