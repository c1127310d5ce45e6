# Shared by the benchmark scripts: timing a step and comparing frozen_content.c files.

# seconds CMD ARGS…: runs the command with its output discarded and prints its wall time in seconds.
# A failing command fails the benchmark: a time of broken work means nothing.
seconds() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > /dev/null
  t1=$(date +%s.%N)
  awk "BEGIN{print $t1 - $t0}"
}

# median: the median of the numbers on standard input, one a line: one short run on a busy machine
# says little.
median() {
  sort -g | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

# build_mpy: builds the mpy tool from source if needed (outside any timed part) and sets $mpy to its
# executable, so that a timed run measures the tool, not eng/mpy's look for changed sources.
build_mpy() {
  "$root/eng/mpy" --help > /dev/null
  export DOTNET_ROOT="${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}"
  mpy="$root/artifacts/mpy/mpy"
}

# bench_work_dir [DIR]: makes and prints a private work folder under DIR, or else under /dev/shm
# where it is writable, or else under $TMPDIR (/tmp). A benchmark compares compilers, and the file
# system they write to is a cost both sides share that can drown them: ext4 without a journal,
# for one, scans its inode tables past every inode deleted in the last minutes before it creates
# a file, and right after a tree of a few thousand files was deleted, creating as many takes
# seconds. A RAM-backed folder has no such state.
bench_work_dir() {
  local base="${1:-}"
  if [ -z "$base" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
    base=/dev/shm
  fi
  mktemp -d ${base:+-p "$base"}
}

# ratio A B: A / B with three decimals.
ratio() { awk "BEGIN{printf \"%.3f\", $1 / $2}"; }

# same_frozen_content THEIRS OURS: says whether two frozen_content.c files are the same but for the
# original-source comments, which name where each .mpy was read from and differ by design.
same_frozen_content() {
  if diff <(grep -v '^// - original source file:' "$1") <(grep -v '^// - original source file:' "$2") > /dev/null; then
    echo "outputs: identical (except the original-source comment lines)"
  else
    echo "outputs: DIFFERENT"
  fi
}
