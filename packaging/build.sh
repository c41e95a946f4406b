#!/usr/bin/env bash
# Builds the four release executables into OUT-FOLDER (run by
# packaging/dist.sh, and again by packaging/dist-check.sh from a copy of the
# source in another folder, which must give the same bytes):
#
#   build.sh OUT-FOLDER [linux] [windows]
#
#   fgdraft, fgdraft-gui            Linux: command line (no cgo), whole program
#   fgdraft-cli.exe, fgdraft.exe    Windows: command line (console, no cgo),
#                                   whole program (windowed)
#
# Release builds: stripped (-s -w: no symbol table or DWARF, which users do
# not need; panics still print file and line), -trimpath (no folder of the
# build machine inside), an empty build ID, and the commit as the only
# variable. The Windows executables get their icon, manifest and version
# information from a resource object compiled with windres
# (windows/fgdraft.rc.in).
#
# Environment: COMMIT (required), GO (default go), VERSION and BUILD (from
# FyneApp.toml by default).
set -euo pipefail
out=$(mkdir -p "$1" && cd "$1" && pwd)
shift
cd "$(dirname "$0")/.."
ROOT=$PWD
GO=${GO:-go}
COMMIT=${COMMIT:?set COMMIT}
field() { sed -n "s/^ *$1 *= *\"\{0,1\}\([^\"]*\)\"\{0,1\} *$/\1/p" FyneApp.toml | head -1; }
VERSION=${VERSION:-$(field Version)}
BUILD=${BUILD:-$(field Build)}
targets=${*:-linux windows}
release=(-trimpath -buildvcs=false)
ldflags="-s -w -buildid= -X main.commit=$COMMIT"

tmp=$(mktemp -d)
# The resource objects lie in the source folder while the Windows builds
# link them; they go however the script ends.
trap 'rm -rf "$tmp"; rm -f "$ROOT"/zz_release_windows_amd64.syso' EXIT

linux() {
  echo "build: Linux: fgdraft-gui"
  CGO_ENABLED=1 $GO build "${release[@]}" -ldflags "$ldflags" -o "$out/fgdraft-gui" .
  echo "build: Linux: fgdraft"
  CGO_ENABLED=0 $GO build "${release[@]}" -tags nogui -ldflags "$ldflags" -o "$out/fgdraft" .
}

# resources NAME DESCRIPTION: compiles the resource object of NAME.exe.
resources() {
  local v4=$VERSION
  while [[ $(tr -cd . <<<"$v4" | wc -c) -lt 2 ]]; do v4=$v4.0; done
  [[ -f $tmp/fgdraft.ico ]] || $GO run ./packaging/distool ico assets/icon.png "$tmp/fgdraft.ico" 16 24 32 48 64 128 256
  sed -e "s/@VERSION4@/$v4.$BUILD/" packaging/windows/fgdraft.exe.manifest > "$tmp/$1.exe.manifest"
  # windres runs the C preprocessor: relative names, from inside $tmp, so
  # that no folder of this machine ends up in the executable.
  sed -e "s|@ICON@|fgdraft.ico|" -e "s|@MANIFEST@|$1.exe.manifest|" \
      -e "s/@NAME@/$1/g" -e "s/@DESCRIPTION@/$2/g" \
      -e "s/@VERSION4@/$v4.$BUILD/g" -e "s/@VERSIONC@/$(tr . , <<<"$v4.$BUILD")/g" \
      packaging/windows/fgdraft.rc.in > "$tmp/$1.rc"
  (cd "$tmp" && x86_64-w64-mingw32-windres -i "$1.rc" -O coff -o "$ROOT/zz_release_windows_amd64.syso")
}

windows() {
  command -v x86_64-w64-mingw32-gcc >/dev/null || { echo "build: x86_64-w64-mingw32-gcc missing (Debian gcc-mingw-w64-x86-64)" >&2; exit 1; }
  echo "build: Windows: fgdraft.exe (a cold build takes about 9 minutes on 2 cores)"
  resources fgdraft "fgdraft"
  GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc \
    $GO build "${release[@]}" -ldflags "$ldflags -H=windowsgui" -o "$out/fgdraft.exe" .
  # The command line is the build without the GUI (no cgo), a console
  # program that prints into the Command Prompt and returns its status.
  echo "build: Windows: fgdraft-cli.exe"
  resources fgdraft-cli "fgdraft command line"
  GOOS=windows GOARCH=amd64 CGO_ENABLED=0 \
    $GO build "${release[@]}" -tags nogui -ldflags "$ldflags" -o "$out/fgdraft-cli.exe" .
  rm -f zz_release_windows_amd64.syso
}

for t in $targets; do
  "$t"
done
