#!/usr/bin/env bash
# Builds the user packages into dist/ (run by `make dist`, which first
# installs the Debian packages and the pinned fyne tool it needs):
#
#   dist/fgdraft-VERSION-linux-amd64.tar.xz    fgdraft, fgdraft-gui, .desktop, icons, AppStream
#                                              metainfo, licences, example; its
#                                              Makefile installs into PREFIX
#   dist/fgdraft-VERSION-windows-amd64.zip     fgdraft.exe (GUI), fgdraft-cli.exe
#                                              (command line), README, licences
#   dist/SHA256SUMS
#
# The version comes from FyneApp.toml, the commit from git; both are in
# `fgdraft --version`, the About box, the PDFs and the Windows version
# resource.
#
# Environment: FYNE (the fyne packaging tool, required), GO (default go),
# TARGETS (default "linux windows"), COMMIT (default from git).
set -euo pipefail
cd "$(dirname "$0")/.."

ROOT=$PWD
GO=${GO:-go}
# xz on every core: the 50 MB binary is compressed twice (fyne's tarball,
# then ours), the slowest step after a cold Windows build.
export XZ_OPT=${XZ_OPT:--T0}
FYNE=${FYNE:?set FYNE to the fyne packaging tool (make dist does)}
TARGETS=${TARGETS:-linux windows}
APPID=org.fgdraft.fgdraft
DIST=$PWD/dist
TMP=$DIST/tmp

field() { sed -n "s/^ *$1 *= *\"\{0,1\}\([^\"]*\)\"\{0,1\} *$/\1/p" FyneApp.toml | head -1; }
VERSION=$(field Version)
BUILD=$(field Build)
[[ $VERSION =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "dist: FyneApp.toml: Version \"$VERSION\" is not x.y.z" >&2; exit 1; }
[[ $BUILD =~ ^[0-9]+$ ]] || { echo "dist: FyneApp.toml: Build \"$BUILD\" is not a number" >&2; exit 1; }
if [[ -z ${COMMIT:-} ]]; then
  COMMIT=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
  git diff --quiet HEAD -- 2>/dev/null || COMMIT=$COMMIT-dirty
fi
DATE=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
echo "dist: fgdraft $VERSION (build $BUILD, commit $COMMIT)"

rm -rf "$TMP"
mkdir -p "$TMP"
# fyne package counts the build number up in FyneApp.toml (and reformats
# it) after every package; the build number is ours to set, so the file is
# put back. What the Windows build leaves in the source folder goes too,
# however the script ends.
cp FyneApp.toml "$TMP/FyneApp.toml"
trap 'cp "$TMP/FyneApp.toml" "$ROOT/FyneApp.toml"; rm -rf "$TMP"; rm -f "$ROOT/fgdraft.exe.manifest" "$ROOT/fyne.syso" "$ROOT/fyne_metadata_init.go" "$ROOT/zz_dist_commit.go" "$ROOT/zz_cli_windows_amd64.syso"' EXIT
fyne_package() {
  local status=0
  "$FYNE" package "$@" || status=$?
  cp "$TMP/FyneApp.toml" "$ROOT/FyneApp.toml"
  return $status
}

# licences DIR GOOS — fgdraft's, the fonts', and those of every Go module
# linked into the GOOS binary (their notices must travel with it).
licences() {
  local dir=$1 goos=$2
  mkdir -p "$dir"
  cp LICENSE "$dir/LICENSE"
  cp assets/fonts/*.txt "$dir/"
  {
    echo "Licences of the software fgdraft is built from, as linked into the $goos executable."
    echo
    echo "==== Go standard library and runtime ($($GO env GOVERSION))"
    echo
    cat "$($GO env GOROOT)/LICENSE"
    GOOS=$goos GOARCH=amd64 CGO_ENABLED=1 $GO list -deps \
      -f '{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}} {{.Dir}}{{end}}{{end}}' . |
      sort -u | while read -r path version mdir; do
        echo
        echo "==== $path $version"
        found=0
        while IFS= read -r f; do
          echo
          echo "---- ${f#"$mdir"/}"
          echo
          cat "$f"
          found=1
        done < <(find "$mdir" -maxdepth 3 -path '*/testdata' -prune -o -type f \
                   \( -iname 'LICENSE*' -o -iname 'LICENCE*' -o -iname 'COPYING*' -o -iname 'NOTICE*' \) -print | sort)
        [[ $found = 1 ]] || { echo "dist: no licence file in module $path" >&2; exit 1; }
      done
  } > "$dir/THIRD-PARTY-LICENSES.txt"
}

linux() {
  local name=fgdraft-$VERSION-linux-amd64
  local pkg=$TMP/$name
  echo "dist: Linux: building"
  CGO_ENABLED=1 $GO build -ldflags "-s -w -X main.commit=$COMMIT" -o "$TMP/fgdraft" .
  # Fyne's packaging tool lays out the binary, the .desktop file (from
  # FyneApp.toml) and the icon; we add what it leaves out.
  echo "dist: Linux: fyne package"
  (cd "$TMP" && fyne_package -os linux -src "$ROOT" -executable "$TMP/fgdraft" -name fgdraft \
      -app-id "$APPID" -icon "$ROOT/assets/icon.png" -app-version "$VERSION" -app-build "$BUILD" -release)
  mkdir -p "$TMP/fyne" && tar -xJf "$TMP/fgdraft.tar.xz" -C "$TMP/fyne"
  local usr
  usr=$(dirname "$(dirname "$(find "$TMP/fyne" -path '*/bin/fgdraft' | head -1)")")
  mkdir -p "$pkg/bin" "$pkg/share/applications" "$pkg/share/metainfo" "$pkg/share/doc/fgdraft/examples"
  # The binary fyne package laid out is the whole program, fgdraft-gui; the
  # command users type, fgdraft, is the build without the GUI, which starts
  # faster and hands the window over to fgdraft-gui.
  install -m755 "$usr/bin/fgdraft" "$pkg/bin/fgdraft-gui"
  CGO_ENABLED=0 $GO build -tags nogui -ldflags "-s -w -X main.commit=$COMMIT" -o "$pkg/bin/fgdraft" .
  # The menu entry, with its comment in the six languages.
  {
    grep -v '^Comment' "$usr/share/applications/$APPID.desktop" | sed -e '/^$/d'
    cat packaging/linux/desktop-l10n.txt
  } > "$pkg/share/applications/$APPID.desktop"
  cp assets/icon.png "$TMP/$APPID.png"
  $GO run ./packaging/distool icons "$TMP/$APPID.png" "$pkg/share/icons/hicolor" 16 24 32 48 64 128 256
  sed -e "s/@VERSION@/$VERSION/g" -e "s/@DATE@/$DATE/g" packaging/linux/$APPID.metainfo.xml.in \
    > "$pkg/share/metainfo/$APPID.metainfo.xml"
  licences "$pkg/share/doc/fgdraft" linux
  cp examples/fg-example-en.json "$pkg/share/doc/fgdraft/examples/"
  cp packaging/linux/Makefile "$pkg/Makefile"
  tar -C "$TMP" --owner=0 --group=0 --sort=name -cJf "$DIST/$name.tar.xz" "$name"
  echo "dist: wrote dist/$name.tar.xz"
}

windows() {
  local name=fgdraft-$VERSION-windows-amd64
  local pkg=$TMP/$name
  command -v x86_64-w64-mingw32-gcc >/dev/null || { echo "dist: x86_64-w64-mingw32-gcc missing (Debian gcc-mingw-w64-x86-64)" >&2; exit 1; }
  # fyne package builds fgdraft.exe in the source folder with -H=windowsgui
  # and a resource object (fyne.syso) holding the icon, the version
  # information and the manifest it finds beside the executable.
  local v4=$VERSION
  while [[ $(tr -cd . <<<"$v4" | wc -c) -lt 2 ]]; do v4=$v4.0; done
  sed -e "s/@VERSION4@/$v4.$BUILD/" packaging/windows/fgdraft.exe.manifest > fgdraft.exe.manifest
  # fyne package (fyne.io/tools v1.7.4) passes its own -ldflags -H=windowsgui
  # on the go command line, which overrides any -ldflags in GOFLAGS: the
  # commit is set by a generated file instead, and the executable keeps its
  # debug information (-s -w cannot get through either).
  printf '// Code generated by packaging/dist.sh for the Windows build; DO NOT EDIT.\n\npackage main\n\nfunc init() { commit = "%s" }\n' "$COMMIT" > zz_dist_commit.go
  # With no fgdraft.exe, fyne package builds it twice, once without the
  # resources; an existing file makes it build only the one it keeps.
  : > fgdraft.exe
  echo "dist: Windows: fyne package (a cold build takes about 9 minutes on 2 cores)"
  GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
    fyne_package -os windows -name fgdraft -app-id "$APPID" -icon assets/icon.png \
      -app-version "$VERSION" -app-build "$BUILD"
  mkdir -p "$pkg/licences" "$pkg/examples"
  mv fgdraft.exe "$pkg/fgdraft.exe"
  # The command line, fgdraft-cli.exe, is the build without the GUI (no cgo)
  # as a console program, which prints into the Command Prompt and returns
  # its exit status; it gets fgdraft.exe's icon, manifest and version
  # information from a resource object of its own, compiled with windres.
  echo "dist: Windows: the command line"
  $GO run ./packaging/distool ico assets/icon.png "$TMP/fgdraft.ico" 16 24 32 48 64 128 256
  sed -e "s/@VERSION4@/$v4.$BUILD/" packaging/windows/fgdraft.exe.manifest > "$TMP/fgdraft-cli.exe.manifest"
  sed -e "s|@ICON@|$TMP/fgdraft.ico|" -e "s|@MANIFEST@|$TMP/fgdraft-cli.exe.manifest|" \
      -e "s/@VERSION4@/$v4.$BUILD/g" -e "s/@VERSIONC@/$(tr . , <<<"$v4.$BUILD")/g" \
      packaging/windows/fgdraft-cli.rc.in > "$TMP/fgdraft-cli.rc"
  x86_64-w64-mingw32-windres -i "$TMP/fgdraft-cli.rc" -O coff -o zz_cli_windows_amd64.syso
  # the metadata file fyne package may leave would link Fyne back in
  rm -f fyne_metadata_init.go fyne.syso
  GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $GO build -tags nogui -o "$pkg/fgdraft-cli.exe" .
  rm -f zz_dist_commit.go zz_cli_windows_amd64.syso
  licences "$pkg/licences" windows
  mv "$pkg/licences/LICENSE" "$pkg/LICENSE.txt"
  sed -e "s/@VERSION@/$VERSION/g" packaging/windows/README.txt > "$pkg/README.txt"
  cp examples/fg-example-en.json "$pkg/examples/"
  # Notepad before Windows 10 1809 needs CRLF line ends.
  find "$pkg" -name '*.txt' -exec sed -i 's/\r\{0,1\}$/\r/' {} +
  rm -f "$DIST/$name.zip"
  (cd "$TMP" && TZ=UTC zip -qrX "$DIST/$name.zip" "$name")
  echo "dist: wrote dist/$name.zip"
}

for t in $TARGETS; do
  "$t"
done
(cd "$DIST" && sha256sum -- *.tar.xz *.zip 2>/dev/null > SHA256SUMS)
echo "dist: wrote dist/SHA256SUMS"
