#!/usr/bin/env bash
# Benchmark: batch-compiling a tree of .py files with `mpy compile --out-dir` (one process, parallel)
# against running a reference mpy-cross once per file (the way makefiles call it), in the same run.
#
#   eng/bench/compile.sh [--reference PATH/TO/mpy-cross] [--jobs N] [--min-bytes N] [--runs N]
#                        [--work-dir DIR] [TREE]
#
# TREE defaults to ../shared/corpus/py. Without --reference only our time is reported. Files the
# reference cannot compile are left out of both sides, so both do the same work; the benchmark
# fails if a side fails on a file it keeps, or if the two sides' .mpy files differ. --min-bytes keeps
# only files of at least that size: the larger the files, the less mpy-cross's start-up per file
# weighs and the more the compilers' own speed does. Each side is timed --runs times (3 unless told),
# in turns, and the medians are compared. Every run writes into a folder of its own that no run
# wrote before, and nothing is deleted until the end: deleting a run's outputs would slow the file
# creation of the next on some file systems (see bench_work_dir in lib.sh, which also says where the
# outputs go unless --work-dir names a folder).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/eng/bench/lib.sh"
reference="" jobs=1 min_bytes=0 runs=3 work_base="" dir="$root/../shared/corpus/py"
while [ $# -gt 0 ]; do
  case "$1" in
    --reference) reference="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --min-bytes) min_bytes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --work-dir) work_base="$2"; shift 2 ;;
    *) dir="$1"; shift ;;
  esac
done
dir="$(cd "$dir" && pwd)"
work="$(bench_work_dir "$work_base")"
trap 'rm -rf "$work"' EXIT
size_filter=()
[ "$min_bytes" -gt 0 ] && size_filter=(-size +"$((min_bytes - 1))"c)
(cd "$dir" && find . -name '*.py' -type f "${size_filter[@]}" | sed 's|^\./||' | LC_ALL=C sort) > "$work/all.txt"

if [ -n "$reference" ]; then
  : > "$work/files.txt"
  while IFS= read -r f; do
    (cd "$dir" && "$reference" -o /dev/null "$f" >/dev/null 2>&1) && echo "$f" >> "$work/files.txt"
  done < "$work/all.txt"
else
  cp "$work/all.txt" "$work/files.txt"
fi
count=$(wc -l < "$work/files.txt")
bytes=$(cd "$dir" && tr '\n' '\0' < "$work/files.txt" | xargs -0 cat | wc -c)
echo "tree: $dir ($count files, $bytes bytes)"
echo "outputs under: $work ($(stat -f -c %T "$work"))"

build_mpy
# One process for the whole list, as a build runs it: xargs would split a list past 128 KB into
# several runs, each paying the start-up again.
ours_compile() (
  mapfile -t files < "$work/files.txt"
  cd "$dir" && "$mpy" compile --out-dir "$out" "${files[@]}"
)
# Both sides write every .mpy (a build keeps them), each run into a folder no run wrote before;
# the reference's folders are made before its clock starts, as mpy-cross does not make them.
theirs_compile() (
  cd "$dir" && while IFS= read -r f; do printf '%s\0%s\0' "$out/${f%.py}.mpy" "$f"; done < "$work/files.txt" \
    | xargs -0 -n 2 -P "$jobs" "$reference" -o 2>&1
)
fresh_theirs() {
  mkdir -p "$1"
  sed -n 's|/[^/]*$||p' "$work/files.txt" | sort -u | (cd "$1" && xargs -r mkdir -p)
}

# The two sides take turns, run by run, so that a machine whose load drifts during the benchmark
# weighs on both alike; each side's median is then compared.
for ((run = 1; run <= runs; run++)); do
  out="$work/ours.$run"
  seconds ours_compile >> "$work/ours.times"
  if [ -n "$reference" ]; then
    out="$work/theirs.$run"
    fresh_theirs "$out"
    seconds theirs_compile >> "$work/theirs.times"
  fi
done

ours=$(median < "$work/ours.times")
printf 'mpy compile --out-dir (one process, median of %s): %.3f s\n' "$runs" "$ours"

if [ -n "$reference" ]; then
  theirs=$(median < "$work/theirs.times")
  printf 'mpy-cross once per file (%s jobs, median of %s): %.3f s\n' "$jobs" "$runs" "$theirs"
  printf 'ratio (ours / reference): %s\n' "$(ratio "$ours" "$theirs")"
  same_tree "$work/theirs.$runs" "$work/ours.$runs"
fi
