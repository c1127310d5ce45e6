# Shared by the benchmark scripts: timing a step and comparing outputs. A benchmark fails loudly:
# a side that fails or outputs that differ stop it with a message and a non-zero exit, as a time of
# broken work means nothing.

# A step run inside $(…) stops the script when it fails, as it would outside.
shopt -s inherit_errexit

# fail MESSAGE…: stops the benchmark with MESSAGE on standard error.
fail() {
  echo "benchmark FAILED: $*" >&2
  exit 1
}

# quietly CMD ARGS…: runs the command with its output kept aside; if it fails, stops the benchmark
# with the command, its exit code and the end of its output.
quietly() {
  local log status=0
  log="$(mktemp)"
  "$@" > "$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "benchmark FAILED: '$*' exited with $status; the end of its output:" >&2
    tail -n 40 "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
}

# seconds CMD ARGS…: runs the command as quietly does and prints its wall time in seconds. Called
# as $(seconds …), a failure ends the substitution's shell, and so the script, through errexit:
# assign the result to a variable (a failed substitution inside another command's arguments would
# go unnoticed).
seconds() {
  local t0 t1
  t0=$(date +%s.%N)
  quietly "$@"
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
  quietly "$root/eng/mpy" --help
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

# same_frozen_content THEIRS OURS: checks that two frozen_content.c files are the same but for the
# original-source comments, which name where each .mpy was read from and differ by design; stops
# the benchmark with the start of the difference if they are not.
same_frozen_content() {
  local file
  for file in "$1" "$2"; do
    [ -f "$file" ] || fail "no output $file"
  done
  if diff <(grep -v '^// - original source file:' "$1") <(grep -v '^// - original source file:' "$2") > /dev/null; then
    echo "outputs: identical (except the original-source comment lines)"
  else
    echo "outputs: DIFFERENT ($1 and $2); the start of the difference:" >&2
    diff <(grep -v '^// - original source file:' "$1") <(grep -v '^// - original source file:' "$2") | head -n 20 >&2 || true
    fail "the outputs differ"
  fi
}

# same_tree THEIRS OURS: checks that two folders hold the same files with the same bytes; stops the
# benchmark naming the first differences if they do not.
same_tree() {
  if diff -r -q "$1" "$2" > /dev/null; then
    echo "outputs: identical ($(find "$2" -type f | wc -l) files)"
  else
    echo "outputs: DIFFERENT ($1 and $2):" >&2
    diff -r -q "$1" "$2" | head -n 20 >&2 || true
    fail "the outputs differ"
  fi
}
