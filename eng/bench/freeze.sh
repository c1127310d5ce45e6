#!/usr/bin/env bash
# Benchmark: `mpy makemanifest` against MicroPython's own makemanifest.py (which runs mpy-cross once
# per module and then mpy-tool.py) on a frozen case of the corpus, end to end, in the same run.
#
#   eng/bench/freeze.sh [--reference PATH/TO/micropython] [CASE]
#
# CASE is a manifest of ../shared/corpus/frozen (default: all, 124 modules). --reference names a
# MicroPython v1.28.0 checkout with mpy-cross built (mpy-cross/build/mpy-cross). Both sides start
# from an empty build directory (everything compiled); ours is then timed again unchanged (nothing
# compiled, output left untouched).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/eng/bench/lib.sh"
reference="" case="all"
while [ $# -gt 0 ]; do
  case "$1" in
    --reference) reference="$(cd "$2" && pwd)"; shift 2 ;;
    *) case="$1"; shift ;;
  esac
done
corpus="$(cd "$root/../shared/corpus" && pwd)"
manifest="$corpus/frozen/$case.manifest.py"
flags=""
case "$case" in
  longlong) flags="-mlongint-impl longlong" ;;
  mpz8) flags="-mmpz-dig-size 8" ;;
esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for side in ours theirs; do
  mkdir -p "$work/$side/genhdr"
  cp "$corpus/frozen/unix-qstrdefs.h" "$work/$side/genhdr/qstrdefs.preprocessed.h"
done
echo "case: $case ($(grep -o "\.py'" "$manifest" | wc -l) modules named in the manifest)"

build_mpy
ours_freeze() {
  cd "$corpus" && "$mpy" makemanifest -o "$work/ours/frozen_content.c" -b "$work/ours" \
    -v "CORPUS=$corpus" --mpy-tool-flags="$flags" "$manifest"
}
theirs_freeze() {
  cd "$corpus" && python3 "$reference/tools/makemanifest.py" -o "$work/theirs/frozen_content.c" -b "$work/theirs" \
    -v "MPY_DIR=$reference" -v "PORT_DIR=$reference/ports/unix" -v "MPY_LIB_DIR=" -v "CORPUS=$corpus" \
    --mpy-tool-flags="$flags" "$manifest"
}

ours=$(seconds ours_freeze)
printf 'mpy makemanifest, cold: %.3f s\n' "$ours"
unchanged=$(seconds ours_freeze)
printf 'mpy makemanifest, nothing changed: %.3f s\n' "$unchanged"

if [ -n "$reference" ]; then
  theirs=$(seconds theirs_freeze)
  printf 'makemanifest.py, cold: %.3f s\n' "$theirs"
  printf 'speed-up (reference / ours, cold): %.1fx\n' "$(ratio "$theirs" "$ours")"
  same_frozen_content "$work/theirs/frozen_content.c" "$work/ours/frozen_content.c"
fi
