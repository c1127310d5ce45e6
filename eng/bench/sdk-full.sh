#!/usr/bin/env bash
# Benchmark: a full `dotnet build` of a 100-module project (every module compiled, frozen for the
# unix port) against MicroPython's makemanifest.py for the same modules (mpy-cross once per module,
# then mpy-tool.py), end to end, in the same run. The goal: the SDK is faster.
#
#   eng/bench/sdk-full.sh --reference PATH/TO/micropython [MODULES]
#
# --reference names a MicroPython v1.28.0 checkout with mpy-cross built (mpy-cross/build/mpy-cross)
# and needs python3; without it only our side is timed. The modules are the first MODULES (default
# 100) programs of ../shared/corpus/py that the reference can freeze; both sides freeze them against
# the corpus's unix qstr header. The project is set up outside the repository, as a user's is: under
# the repository it would take the repository's own build settings (its Directory.Build.props sets
# a .NET TargetFramework). The benchmark fails if either side fails or their outputs differ.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/eng/bench/lib.sh"
reference="" count=100
while [ $# -gt 0 ]; do
  case "$1" in
    --reference) reference="$(cd "$2" && pwd)"; shift 2 ;;
    *) count="$1"; shift ;;
  esac
done
corpus="$(cd "$root/../shared/corpus" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/mpy-bench-sdk-full.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app/modules" "$work/app/ports/unix" "$work/theirs/build/genhdr"
cp "$corpus/frozen/unix-qstrdefs.h" "$work/app/ports/unix/qstrdefs.preprocessed.h"
cp "$corpus/frozen/unix-qstrdefs.h" "$work/theirs/build/genhdr/qstrdefs.preprocessed.h"
# The files the reference's mpy-tool.py cannot freeze are left out (corpus/frozen/REFERENCE-FAILURES.txt).
failures="$(sed -n 's/^\([a-z0-9_]*\.py\):.*/\1/p' "$corpus/frozen/REFERENCE-FAILURES.txt")"
find "$corpus/py" -maxdepth 1 -name '*.py' -printf '%f\n' | LC_ALL=C sort | grep -vxF "$failures" | head -n "$count" \
  | while read -r name; do cp "$corpus/py/$name" "$work/app/modules/"; done
cp "$root/TestProjects/Samples/global.json" "$work/"
# Stand-alone: no build settings or package versions from any folder above, and the SDK from the
# repository's local feed only.
for file in Directory.Build.props Directory.Build.targets Directory.Packages.props; do
  echo '<Project />' > "$work/$file"
done
cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$root/artifacts/feed" />
  </packageSources>
</configuration>
XML
cat > "$work/app/app.csproj" <<'XML'
<Project Sdk="MicroPython.Sdk">
  <PropertyGroup>
    <MicroPythonTargets>unix</MicroPythonTargets>
  </PropertyGroup>
  <ItemGroup>
    <MicroPythonModule Update="modules/**" BasePath="modules" />
    <MicroPythonTarget Update="unix" QstrHeader="ports/unix/qstrdefs.preprocessed.h" />
  </ItemGroup>
</Project>
XML
# The files are named in the SDK's order (sorted by frozen path): a bare freeze(dir) takes the file
# system's order, which is not the same from one machine to the next.
echo "freeze('$work/app/modules', ($(cd "$work/app/modules" && LC_ALL=C ls *.py | sed "s/.*/'&', /" | tr -d '\n')))" > "$work/theirs/manifest.py"
echo "modules: $(find "$work/app/modules" -name '*.py' | wc -l)"

quietly "$root/eng/pack"
quietly dotnet restore "$work/app" --nologo   # restores the SDK outside the timed part
theirs_build() {
  cd "$work/theirs" && PATH="$reference/mpy-cross/build:$PATH" python3 "$reference/tools/makemanifest.py" \
    -o out/frozen_content.c -b build -v "MPY_DIR=$reference" -v "PORT_DIR=$reference/ports/unix" -v "MPY_LIB_DIR=" \
    manifest.py
}

ours=$(seconds dotnet build "$work/app" --nologo -v quiet)
printf 'dotnet build (MicroPython.Sdk), full: %.3f s\n' "$ours"
ours_modules=$(find "$work/app/bin/Debug/unix" -name '*.mpy' | wc -l)
[ "$ours_modules" -eq "$(find "$work/app/modules" -name '*.py' | wc -l)" ] \
  || fail "the build wrote $ours_modules .mpy files for $(find "$work/app/modules" -name '*.py' | wc -l) modules"

if [ -n "$reference" ]; then
  theirs=$(seconds theirs_build)
  printf 'makemanifest.py, full: %.3f s\n' "$theirs"
  printf 'speed-up (reference / ours): %.1fx\n' "$(ratio "$theirs" "$ours")"
  same_frozen_content "$work/theirs/out/frozen_content.c" "$work/app/bin/Debug/unix/frozen_content.c"
fi
