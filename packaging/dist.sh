#!/usr/bin/env bash
# Builds the user packages into dist/ (run by `make dist`, which first
# installs the Debian packages and the pinned fyne tool it needs):
#
#   dist/fgdraft-VERSION-linux-amd64.tar.xz    fgdraft, fgdraft-gui, .desktop, icons, AppStream
#                                              metainfo, licences, example; its
#                                              Makefile installs into PREFIX
#   dist/fgdraft_VERSION_amd64.deb             the same for Debian and Ubuntu (dpkg-deb),
#                                              installed into /usr
#   dist/fgdraft-VERSION-windows-amd64.zip     fgdraft.exe (GUI), fgdraft-cli.exe
#                                              (command line), README, licences
#   dist/fgdraft-VERSION-windows-amd64.msi     the same as a per-user Windows
#                                              Installer package (wixl), with a
#                                              Start-menu entry
#   dist/SHA256SUMS
#
# The executables are built by packaging/build.sh (stripped, -trimpath, the
# commit as the only variable); every archive dates its files at the last
# commit (SOURCE_DATE_EPOCH), so that a second `make dist` of the same commit
# gives the same bytes.
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
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
echo "dist: fgdraft $VERSION (build $BUILD, commit $COMMIT)"

rm -rf "$TMP"
mkdir -p "$TMP"
# fyne package counts the build number up in FyneApp.toml (and reformats
# it) after every package; the build number is ours to set, so the file is
# put back, however the script ends.
cp FyneApp.toml "$TMP/FyneApp.toml"
trap 'cp "$TMP/FyneApp.toml" "$ROOT/FyneApp.toml"; rm -rf "$TMP"' EXIT
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
  # Fyne's packaging tool lays out the binary, the .desktop file (from
  # FyneApp.toml) and the icon; we add what it leaves out.
  echo "dist: Linux: fyne package"
  cp "$BIN/fgdraft-gui" "$TMP/fgdraft"
  (cd "$TMP" && fyne_package -os linux -src "$ROOT" -executable "$TMP/fgdraft" -name fgdraft \
      -app-id "$APPID" -icon "$ROOT/assets/icon.png" -app-version "$VERSION" -app-build "$BUILD" -release)
  mkdir -p "$TMP/fyne" && tar -xJf "$TMP/fgdraft.tar.xz" -C "$TMP/fyne"
  local usr
  usr=$(dirname "$(dirname "$(find "$TMP/fyne" -path '*/bin/fgdraft' | head -1)")")
  mkdir -p "$pkg/bin" "$pkg/share/applications" "$pkg/share/metainfo" "$pkg/share/doc/fgdraft/examples"
  # The binary fyne package laid out is the whole program, fgdraft-gui; the
  # command users type, fgdraft, is the build without the GUI, which starts
  # faster and hands the window over to fgdraft-gui.
  install -m755 "$BIN/fgdraft-gui" "$pkg/bin/fgdraft-gui"
  install -m755 "$BIN/fgdraft" "$pkg/bin/fgdraft"
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
  tar -C "$TMP" --owner=0 --group=0 --numeric-owner --sort=name --mtime="@$SOURCE_DATE_EPOCH" \
    -cJf "$DIST/$name.tar.xz" "$name"
  echo "dist: wrote dist/$name.tar.xz"
  deb "$pkg"
}

# deb LINUX-FOLDER — the Debian package, staged with the Makefile the tarball
# carries (DESTDIR, PREFIX=/usr); it depends on the shared libraries the
# executables link, as dpkg-shlibdeps finds them.
deb() {
  local from=$1 stage=$TMP/deb
  local file=fgdraft_${VERSION}_amd64.deb
  echo "dist: Debian package"
  rm -rf "$stage"
  make -s --no-print-directory -C "$from" install DESTDIR="$stage" PREFIX=/usr
  sed -i "s|^Exec=/usr/bin/fgdraft|Exec=fgdraft|" "$stage/usr/share/applications/$APPID.desktop"
  local doc=$stage/usr/share/doc/fgdraft
  sed -e "s/@YEAR@/${DATE%%-*}/" packaging/linux/copyright > "$doc/copyright"
  printf 'fgdraft (%s) unstable; urgency=medium\n\n  * Release %s (build %s, commit %s).\n\n -- fgdraft authors <fgdraft@users.noreply.github.com>  %s\n' \
    "$VERSION" "$VERSION" "$BUILD" "$COMMIT" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")" | gzip -9n > "$doc/changelog.gz"
  # dpkg-shlibdeps reads the package's name from a debian/control.
  mkdir -p "$TMP/shlibs/debian"
  printf 'Source: fgdraft\n\nPackage: fgdraft\nArchitecture: amd64\n' > "$TMP/shlibs/debian/control"
  local depends
  depends=$(cd "$TMP/shlibs" && dpkg-shlibdeps -O "$stage/usr/bin/fgdraft-gui" "$stage/usr/bin/fgdraft" 2>/dev/null |
    sed -n 's/^shlibs:Depends=//p')
  [[ $depends == *libGL* || $depends == *libgl* ]] || { echo "dist: dpkg-shlibdeps found no OpenGL library: \"$depends\"" >&2; exit 1; }
  mkdir -p "$stage/DEBIAN"
  sed -e "s/@VERSION@/$VERSION/" -e "s/@DEPENDS@/$depends/" \
      -e "s/@SIZE@/$(du -sk --exclude=DEBIAN "$stage" | cut -f1)/" packaging/linux/control > "$stage/DEBIAN/control"
  find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  dpkg-deb --root-owner-group -Zxz --build "$stage" "$DIST/$file" >/dev/null
  echo "dist: wrote dist/$file"
}

windows() {
  local name=fgdraft-$VERSION-windows-amd64
  local pkg=$TMP/$name
  mkdir -p "$pkg/licences" "$pkg/examples"
  install -m755 "$BIN/fgdraft.exe" "$BIN/fgdraft-cli.exe" "$pkg/"
  licences "$pkg/licences" windows
  mv "$pkg/licences/LICENSE" "$pkg/LICENSE.txt"
  sed -e "s/@VERSION@/$VERSION/g" packaging/windows/README.txt > "$pkg/README.txt"
  cp examples/fg-example-en.json "$pkg/examples/"
  # Notepad before Windows 10 1809 needs CRLF line ends.
  find "$pkg" -name '*.txt' -exec sed -i 's/\r\{0,1\}$/\r/' {} +
  find "$pkg" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  rm -f "$DIST/$name.zip"
  (cd "$TMP" && find "$name" | LC_ALL=C sort | TZ=UTC zip -qX -@ "$DIST/$name.zip")
  echo "dist: wrote dist/$name.zip"
  msi "$pkg"
}

# msi WINDOWS-FOLDER — the same files as a Windows Installer package
# (packaging/windows/fgdraft.wxs.in), built with wixl.
msi() {
  local from=$1 file=fgdraft-$VERSION-windows-amd64.msi
  command -v wixl >/dev/null || { echo "dist: wixl missing (Debian package wixl)" >&2; exit 1; }
  echo "dist: Windows Installer package"
  local v4=$VERSION
  while [[ $(tr -cd . <<<"$v4" | wc -c) -lt 2 ]]; do v4=$v4.0; done
  $GO run ./packaging/distool ico assets/icon.png "$(dirname "$from")/fgdraft.ico" 16 24 32 48 64 128 256
  # one File element per licence file, with an Id wixl accepts
  local licences="" f id
  for f in "$from"/licences/*; do
    id=L_$(basename "$f" | tr -c 'A-Za-z0-9_\n' _)
    licences+="<File Id=\"$id\" Source=\"licences/$(basename "$f")\"/>"
  done
  sed -e "s|@VERSION4@|$v4|g" -e "s|@LICENCE_FILES@|$licences|" \
    packaging/windows/fgdraft.wxs.in > "$TMP/fgdraft.wxs"
  rm -f "$DIST/$file"
  (cd "$from" && wixl -a x64 -o "$DIST/$file" "$TMP/fgdraft.wxs")
  echo "dist: wrote dist/$file"
}

BIN=$TMP/bin
GO=$GO COMMIT=$COMMIT VERSION=$VERSION BUILD=$BUILD packaging/build.sh "$BIN" $TARGETS

for t in $TARGETS; do
  "$t"
done
(cd "$DIST" && sha256sum -- *.tar.xz *.deb *.zip *.msi 2>/dev/null > SHA256SUMS)
echo "dist: wrote dist/SHA256SUMS"
