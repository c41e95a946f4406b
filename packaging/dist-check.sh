#!/usr/bin/env bash
# Checks the packages `make dist` wrote into dist/ (run by `make dist-check`):
# installs the Linux package into a temporary prefix with the Makefile it
# carries, runs fgdraft from there, validates its .desktop file and AppStream
# metainfo, uninstalls it; lints the .deb and installs and removes it with
# dpkg; reads the Windows executables' headers and resources
# (packaging/distcheck) and the MSI back (msitools); runs the Windows package
# under Wine against the Linux build, with the MSI installed and uninstalled
# there (packaging/wine-check.sh); builds the executables again from a copy
# of the source elsewhere and compares the bytes; prints the sizes. The GUI
# from the Linux prefix is looked at separately: see README.md, "Packages".
#
# Environment: DIST_CHECK_WINE=no leaves Wine out (for a quick run).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT_DIR=$PWD
GO=${GO:-go}
APPID=org.fgdraft.fgdraft

field() { sed -n "s/^ *$1 *= *\"\{0,1\}\([^\"]*\)\"\{0,1\} *$/\1/p" FyneApp.toml | head -1; }
VERSION=$(field Version)
BUILD=$(field Build)
fail() { echo "dist-check: $*" >&2; exit 1; }

(cd dist && sha256sum --quiet -c SHA256SUMS) || fail "dist/SHA256SUMS does not match the packages"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name=fgdraft-$VERSION-linux-amd64
tar -xJf "dist/$name.tar.xz" -C "$work"
mkdir -p "$work/bin"
cp "$work/$name/bin/fgdraft" "$work/$name/bin/fgdraft-gui" "$work/bin/"
prefix=$work/prefix
make -s --no-print-directory -C "$work/$name" install PREFIX="$prefix"

out=$("$prefix/bin/fgdraft" --version)
[[ $out == "fgdraft $VERSION (build $BUILD, commit "* ]] || fail "--version printed \"$out\""
[[ $out != *"commit unknown)" ]] || fail "the installed binary does not know its commit: $out"
echo "dist-check: $out"

# The window program beside it is the same version of the same program.
gui_out=$("$prefix/bin/fgdraft-gui" --version)
[[ $gui_out == "$out" ]] || fail "fgdraft-gui --version printed \"$gui_out\", fgdraft \"$out\""
# fgdraft hands the window over to fgdraft-gui: with an argument the GUI
# refuses (two drafts), fgdraft-gui's own usage message comes back.
set +e
"$prefix/bin/fgdraft" a.json b.json > /dev/null 2> "$work/launch.txt"
code=$?
set -e
[[ $code -eq 2 ]] && grep -q "at most one draft file" "$work/launch.txt" || fail "fgdraft did not hand its arguments to fgdraft-gui (exit $code): $(cat "$work/launch.txt")"
echo "dist-check: fgdraft starts fgdraft-gui"

set +e
"$prefix/bin/fgdraft" validate "$prefix/share/doc/fgdraft/examples/fg-example-en.json" > "$work/validate.txt"
code=$?
set -e
# 0 no A.7 error, 1 errors found (the example's dates can pass); 2 unreadable.
[[ $code -le 1 && -s $work/validate.txt ]] || fail "validate on the bundled example: exit $code"
echo "dist-check: validate on the installed example: exit $code"

desktop=$prefix/share/applications/$APPID.desktop
grep -qx "Exec=$prefix/bin/fgdraft" "$desktop" || fail "$desktop does not start $prefix/bin/fgdraft"
desktop-file-validate "$desktop"
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$APPID.metainfo.xml"
for s in 16 32 48 64 128 256; do
  [[ -f $prefix/share/icons/hicolor/${s}x$s/apps/$APPID.png ]] || fail "no ${s}x$s icon installed"
done

make -s --no-print-directory -C "$work/$name" uninstall PREFIX="$prefix"
# The prefix's menu cache (mimeinfo.cache) is shared with other programs and stays.
left=$(find "$prefix" -type f ! -name mimeinfo.cache)
[[ -z $left ]] || fail "uninstall left files behind: $left"
echo "dist-check: Linux package installs, runs, validates and uninstalls"

# The commit the Linux binary reports must be in the Windows executables too.
commit=${out##*commit }
commit=${commit%)}
FGDRAFT_DIST=$PWD/dist FGDRAFT_COMMIT=$commit $GO test -count=1 ./packaging/distcheck
echo "dist-check: Windows executables carry subsystem, icon, manifest and version"

# The Debian package: lintian finds no error; dpkg installs it (its
# dependencies are the libraries the executables link, all present here),
# the installed fgdraft runs, and dpkg removes every file again.
deb=dist/fgdraft_${VERSION}_amd64.deb
[[ $(dpkg-deb -f "$deb" Package) == fgdraft && $(dpkg-deb -f "$deb" Version) == "$VERSION" ]] || fail "$deb: wrong name or version"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libgl1 libx11-6; do
  [[ $depends == *"$lib"* ]] || fail "$deb does not depend on $lib: $depends"
done
lintian --fail-on error --suppress-tags statically-linked-binary "$deb" | sed 's/^/dist-check: lintian: /' || fail "lintian found errors in $deb"
if [[ $(dpkg-query -W -f='${Status}' fgdraft 2>/dev/null) == *'install ok installed'* ]]; then
  echo "dist-check: fgdraft is already installed from a package here; the .deb is not installed over it"
else
  dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb failed"
  deb_out=$(/usr/bin/fgdraft --version)
  [[ $deb_out == "$out" ]] || { dpkg -r fgdraft >/dev/null; fail "/usr/bin/fgdraft --version from the .deb printed \"$deb_out\""; }
  desktop-file-validate /usr/share/applications/$APPID.desktop || { dpkg -r fgdraft >/dev/null; fail "the .deb's menu entry does not validate"; }
  files=$(dpkg -L fgdraft | while read -r f; do [[ -f $f ]] && echo "$f"; done)
  dpkg -r fgdraft >/dev/null || fail "dpkg -r fgdraft failed"
  for f in $files; do [[ ! -e $f ]] || fail "dpkg -r left $f"; done
  echo "dist-check: the .deb is lintian-clean of errors, installs, runs (Depends: $depends) and removes"
fi

# The MSI read back: installs per user without administrator rights (no
# ALLUSERS; word count bit 8, elevated privileges not required), a
# Start-menu shortcut with the icon, and the zip's files with the same bytes.
msi=dist/fgdraft-$VERSION-windows-amd64.msi
winname=fgdraft-$VERSION-windows-amd64
mkdir -p "$work/zip" "$work/msi"
unzip -q "dist/$winname.zip" -d "$work/zip"
words=$(msiinfo suminfo "$msi" | sed -n 's/^Source: \([0-9]*\).*/\1/p')
[[ -n $words ]] && (( words & 8 )) || fail "$msi asks for administrator rights (word count \"$words\")"
# Each table is read whole before it is searched: under pipefail, grep -q
# leaving early can end msiinfo with SIGPIPE and fail a check that holds.
msi_table() { msiinfo export "$msi" "$1"; }
props=$(msi_table Property); shortcuts=$(msi_table Shortcut); dirs=$(msi_table Directory)
! grep -q '^ALLUSERS' <<<"$props" || fail "$msi sets ALLUSERS: it would install for all users"
grep -q 'fgdraft.exe.*fgdraft.ico' <<<"$shortcuts" || fail "$msi has no Start-menu shortcut with the icon"
grep -q '^INSTALLDIR.ProgramsDir' <<<"$dirs" || fail "$msi does not install under %LOCALAPPDATA%\\Programs"
(cd "$work/msi" && msiextract "$ROOT_DIR/$msi" >/dev/null) || fail "msiextract could not unpack $msi"
while IFS= read -r f; do
  rel=${f#"$work/zip/$winname/"}
  got=$(find "$work/msi" -path "*/fgdraft/$rel" | head -1)
  [[ -n $got ]] && cmp -s "$f" "$got" || fail "$msi lacks the zip's $rel, or holds other bytes"
done < <(find "$work/zip/$winname" -type f)
echo "dist-check: the MSI installs per user, has a Start-menu entry with the icon, and holds the zip's files"

# The Windows package under Wine, against the Linux build of the same commit.
if [[ ${DIST_CHECK_WINE:-} != no ]]; then
  packaging/wine-check.sh "$work/zip/$winname" "$work/bin/fgdraft" dist "$msi" || fail "the Windows package under Wine (above)"
fi

# The executables again, from a copy of the source in another folder: the
# same bytes (-trimpath, no build ID, the commit as the only variable).
echo "dist-check: building the executables a second time, from $work/source"
mkdir -p "$work/source"
git ls-files -co --exclude-standard -z | grep -zv '^dist/' | xargs -0 cp --parents -t "$work/source"
COMMIT=$commit GO=$GO "$work/source/packaging/build.sh" "$work/rebuilt" >/dev/null
for f in fgdraft fgdraft-gui; do
  cmp -s "$work/bin/$f" "$work/rebuilt/$f" || fail "$f built twice differs: not reproducible"
done
for f in fgdraft.exe fgdraft-cli.exe; do
  cmp -s "$work/zip/$winname/$f" "$work/rebuilt/$f" || fail "$f built twice differs: not reproducible"
done
echo "dist-check: the four executables built twice are the same bytes"

# The sizes users download and install, one line each, as a benchmark prints.
size_line() { awk -v n="$1" -v b="$2" 'BEGIN { printf "BenchmarkSize/%-40s 1 %12d bytes %8.1f MB\n", n, b, b / 1048576 }'; }
for f in dist/*.tar.xz dist/*.deb dist/*.zip dist/*.msi; do size_line "$(basename "$f")" "$(stat -c %s "$f")"; done
for f in "$work/bin/fgdraft" "$work/bin/fgdraft-gui" "$work/zip/$winname/fgdraft.exe" "$work/zip/$winname/fgdraft-cli.exe"; do
  size_line "$(basename "$f")" "$(stat -c %s "$f")"
done
echo "dist-check: passed"
