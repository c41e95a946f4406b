#!/usr/bin/env bash
# Checks the packages `make dist` wrote into dist/ (run by `make dist-check`):
# installs the Linux package into a temporary prefix with the Makefile it
# carries, runs fgdraft from there, validates its .desktop file and AppStream
# metainfo, uninstalls it, and reads the Windows executables' headers and
# resources (packaging/distcheck). The GUI from the prefix is looked at
# separately: see README.md, "Packages".
set -euo pipefail
cd "$(dirname "$0")/.."
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
