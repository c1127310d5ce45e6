#!/usr/bin/env bash
# Benchmark: our VM (`mpy run`) against the C VM (MicroPython v1.28.0's unix port) on the
# reference tree's tests/perf_bench, every benchmark but viper_* (native code).
#
#   eng/bench/vm.sh --reference PATH/TO/micropython [-N N] [-M M] [--runs N] [--tests DIR]
#                   [--only NAME]...
#
# Each benchmark is run the way tests/run-perfbench.py runs it: the script is `import sys`,
# `sys.path.remove('')`, the benchmark, benchrun.py's harness and `bm_run(N, M)` (N=1000, M=1000
# unless told: the parameters run-perfbench takes on its command line), fed on standard input.
# Where `mpy run -` cannot read standard input, ours runs the same text from a file instead, its
# second line removing the script folder (the first entry of a file run's sys.path) in place of ''.
# The time is what the harness prints: the microseconds of the benchmark's run(), as run-perfbench
# reports it, so start-up is not counted. The sides take turns run by run (--runs, 3 unless told);
# medians are compared. Both must print the same result, else the run fails; a benchmark our VM
# cannot run yet is listed with its reason and left out of the geometric mean. Last, each side's
# peak resident memory (GNU time's maximum resident set size) on misc_pystone, both run from a file.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/eng/bench/lib.sh"
reference="" n=1000 m=1000 runs=3 tests="" only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --reference) reference="$2"; shift 2 ;;
    -N) n="$2"; shift 2 ;;
    -M) m="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --tests) tests="$2"; shift 2 ;;
    --only) only+=("$2"); shift 2 ;;
    *) echo "usage: $0 --reference PATH/micropython [-N N] [-M M] [--runs N] [--tests DIR] [--only NAME]..." >&2; exit 2 ;;
  esac
done
[ -n "$reference" ] || { echo "vm.sh: --reference PATH/micropython is required" >&2; exit 2; }
reference="$(readlink -f "$reference")"
[ -x "$reference" ] || { echo "vm.sh: $reference is not an executable" >&2; exit 2; }
[ -n "$tests" ] || tests="$(dirname "$reference")/../../../tests/perf_bench"
tests="$(cd "$tests" && pwd)"
work="$(bench_work_dir)"
trap 'rm -rf "$work"' EXIT
build_mpy

# script NAME: the text run-perfbench feeds the VM for benchmark NAME.
script() {
  printf "import sys\nsys.path.remove('')\n\n"
  cat "$tests/$1.py" "$tests/benchrun.py"
  printf 'bm_run(%u, %u)\n' "$n" "$m"
}

# Whether `mpy run -` reads the script from standard input (else ours runs it from a file).
ours_stdin=0
if [ "$(echo 'print(1)' | "$mpy" run - 2>/dev/null)" = "1" ]; then ours_stdin=1; fi

# theirs NAME / ours NAME: one run; prints the harness's line (time, norm, result).
theirs() { (cd "$work" && script "$1" | "$reference" 2>&1) || true; }
ours() {
  if [ "$ours_stdin" = 1 ]; then
    (cd "$work" && script "$1" | "$mpy" run - 2>&1) || true
  else
    script "$1" | sed "2s/.*/sys.path.remove(sys.path[0])/" > "$work/$1.py"
    (cd "$work" && "$mpy" run "$1.py" 2>&1) || true
  fi
}

# ok LINE: whether a run printed the harness's "TIME NORM RESULT" line and nothing else.
ok() { [[ "$1" =~ ^[0-9]+\ [0-9]+\ .*$ ]] && [ "$(printf '%s\n' "$1" | wc -l)" = 1 ]; }

names=()
for f in "$tests"/*.py; do
  name="$(basename "$f" .py)"
  case "$name" in viper_* | benchrun) continue ;; esac
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " =~ " $name " ]]; then continue; fi
  names+=("$name")
done

echo "N=$n M=$m runs=$runs reference=$reference"
echo "ours: $mpy run ($([ "$ours_stdin" = 1 ] && echo 'script on standard input' || echo 'script from a file'))"
printf '%-24s %12s %12s %8s\n' benchmark "ours (us)" "C VM (us)" ratio
failed=0
skipped=()
ratios=()
for name in "${names[@]}"; do
  : > "$work/ours.t"
  : > "$work/theirs.t"
  reason=""
  for _ in $(seq "$runs"); do
    t="$(theirs "$name")"
    if ! ok "$t"; then
      echo "$name: the C VM failed: $t" >&2
      failed=1
      reason=reference
      break
    fi
    o="$(ours "$name")"
    if ! ok "$o"; then
      reason="$(printf '%s\n' "$o" | tail -n 1 | cut -c1-120)"
      break
    fi
    if [ "${t#* }" != "${o#* }" ]; then
      echo "$name: outputs differ: C VM '${t#* }', ours '${o#* }'" >&2
      failed=1
      reason=differ
      break
    fi
    echo "${t%% *}" >> "$work/theirs.t"
    echo "${o%% *}" >> "$work/ours.t"
  done
  case "$reason" in
    "") ;;
    reference | differ) continue ;;
    *) skipped+=("$name: $reason"); continue ;;
  esac
  ot="$(median < "$work/ours.t")"
  tt="$(median < "$work/theirs.t")"
  r="$(ratio "$ot" "$tt")"
  ratios+=("$r")
  printf '%-24s %12s %12s %8s\n' "$name" "$ot" "$tt" "$r"
done
if [ ${#ratios[@]} -gt 0 ]; then
  printf '%s\n' "${ratios[@]}" | awk '{ s += log($1) } END { printf "geometric mean (ours / C VM) over %d benchmarks: %.3f\n", NR, exp(s / NR) }'
fi
if [ ${#skipped[@]} -gt 0 ]; then
  echo "not run by our VM yet (${#skipped[@]}):"
  printf '  %s\n' "${skipped[@]}"
fi

# Peak resident memory on misc_pystone, one run each.
if [ -f "$tests/misc_pystone.py" ]; then
  rss() { /usr/bin/time -f '%M' -o "$work/rss" "$@" > /dev/null 2>&1 || true; cat "$work/rss" | tail -n 1; }
  script misc_pystone | sed "2s/.*/sys.path.remove(sys.path[0])/" > "$work/pystone.py"
  theirs_kb="$(cd "$work" && rss "$reference" pystone.py)"
  ours_kb="$(cd "$work" && rss "$mpy" run pystone.py)"
  echo "peak resident memory on misc_pystone: ours ${ours_kb} KB, C VM ${theirs_kb} KB"
fi
if [ "$failed" != 0 ]; then
  echo "vm.sh: FAILED (see above)" >&2
  exit 1
fi
