#!/usr/bin/env bash
# Runs the Windows package under Wine and compares it with the Linux build
# (run by packaging/dist-check.sh; see docs/windows.md for what this proves
# and what it cannot):
#
#   wine-check.sh WINDOWS-FOLDER LINUX-FGDRAFT OUT-FOLDER [MSI]
#
# WINDOWS-FOLDER is the unpacked zip (fgdraft.exe, fgdraft-cli.exe),
# LINUX-FGDRAFT the Linux command line of the same commit. Every example is
# validated (--json), exported (both formats, six languages, with
# SOURCE_DATE_EPOCH), sent through XLIFF and reopened from its PDF and DOCX on
# both systems, and the outputs must be the same bytes; the drafts lie in
# C:\Users\Zoë\文档\My drafts\ (a space and non-ASCII folder names), one of
# them read-only. fgdraft.exe must open its window under Xvfb (the screenshot
# goes to OUT-FOLDER/windows-main.png) and exit when it is closed. The MSI,
# when given, is installed (msiexec /i, as the user), its fgdraft-cli.exe run
# from the installed folder, and uninstalled (msiexec /x): it must write
# nothing outside its folder, the Start menu and Windows Installer's own
# records, and leave nothing behind.
#
# Debian 12's Wine 8.0 lacks bcryptprimitives.dll, which Go's Windows runtime
# loads at start; the prefix gets a stand-in built from
# packaging/windows/bcryptprimitives.c (test only, never shipped).
#
# Environment: WINE (default /usr/lib/wine/wine64), WINE_TIMEOUT (seconds for
# one call, default 180), KEEP_PREFIX=1 keeps the Wine prefix for a look.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
win=$(cd "$1" && pwd)
linux=$(realpath "$2")
outdir=$(realpath "$3")
msi=${4:+$(realpath "$4")}
WINE=${WINE:-/usr/lib/wine/wine64}
WINE_TIMEOUT=${WINE_TIMEOUT:-180}
examples=("$root"/examples/*.json)

fail() { echo "wine-check: FAILED: $*" >&2; exit 1; }
say() { echo "wine-check: $*"; }
[[ -x $WINE ]] || fail "$WINE missing (Debian package wine64)"
command -v x86_64-w64-mingw32-gcc >/dev/null || fail "x86_64-w64-mingw32-gcc missing (Debian gcc-mingw-w64-x86-64)"

work=$(mktemp -d)
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LC_ALL=C.UTF-8
# SOURCE_DATE_EPOCH reaches the Windows process: Wine hands the Unix
# environment over.
export SOURCE_DATE_EPOCH=1767225600
xvfb_pid=""
cleanup() {
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
  if [[ -d $WINEPREFIX ]]; then timeout 30 "$(dirname "$WINE")/wineserver" -k 2>/dev/null || true; fi
  if [[ ${KEEP_PREFIX:-} == 1 ]]; then echo "wine-check: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# wine PROGRAM ARGS... runs a Windows program with a time limit; a hang or a
# crash of Wine itself is told as such, not as a finding of fgdraft's.
wine() {
  local status=0
  timeout --kill-after=10 "$WINE_TIMEOUT" "$WINE" "$@" || status=$?
  if [[ $status -eq 124 || $status -eq 137 ]]; then
    fail "Wine did not finish within ${WINE_TIMEOUT}s: $*"
  fi
  return $status
}

say "building the bcryptprimitives.dll stand-in"
x86_64-w64-mingw32-gcc -shared -O2 -s -Wl,--no-insert-timestamp -o "$work/bcryptprimitives.dll" \
  "$here/windows/bcryptprimitives.c" -ladvapi32
say "creating a Wine prefix (wineboot, about a minute)"
timeout --kill-after=10 300 "$WINE" wineboot -i >"$work/wineboot.log" 2>&1 ||
  { cat "$work/wineboot.log" >&2; fail "wineboot could not create the prefix"; }
sys32=$WINEPREFIX/drive_c/windows/system32
[[ -d $sys32 ]] || fail "wineboot made no $sys32"
cp "$work/bcryptprimitives.dll" "$sys32/"
# One wineserver for all the calls below instead of one per call: the one
# wineboot started ends first.
timeout 120 "$(dirname "$WINE")/wineserver" -w || true
"$(dirname "$WINE")/wineserver" -p || fail "wineserver -p could not start a wineserver"

out=$(wine "$win/fgdraft-cli.exe" --version | tr -d '\r')
want=$("$linux" --version)
[[ $out == "$want" ]] || fail "fgdraft-cli.exe --version printed \"$out\", the Linux build \"$want\""
say "$out"

# The drafts in a folder with a space and non-ASCII names.
docs_unix="$WINEPREFIX/drive_c/users/Zoë/文档/My drafts"
docs_win='C:\users\Zoë\文档\My drafts'
mkdir -p "$docs_unix" "$work/linux"
cp "${examples[@]}" "$docs_unix/"
cp "${examples[@]}" "$work/linux/"
readonly_name=$(basename "${examples[0]}")
chmod a-w "$docs_unix/$readonly_name" "$work/linux/$readonly_name"

# same WHAT FILE-A FILE-B: the two outputs are the same bytes.
same() {
  cmp -s "$2" "$3" || { diff <(head -c 4000 "$2") <(head -c 4000 "$3") | head -20 >&2; fail "$1: Windows and Linux differ ($2, $3)"; }
}

for ex in "${examples[@]}"; do
  name=$(basename "$ex" .json)
  wd="$docs_win\\$name.json"
  ld="$work/linux/$name.json"
  w="$work/win-$name" l="$work/lin-$name"
  mkdir -p "$w" "$l"

  # validate --json: the same findings and exit status
  wcode=0 lcode=0
  wine "$win/fgdraft-cli.exe" validate --json --today 2026-11-25 "$wd" >"$w/validate.json" || wcode=$?
  "$linux" validate --json --today 2026-11-25 "$ld" >"$l/validate.json" || lcode=$?
  [[ $wcode == "$lcode" && $wcode -le 1 ]] || fail "$name: validate exit $wcode on Windows, $lcode on Linux"
  same "$name: validate --json" "$w/validate.json" "$l/validate.json"

  # export, both formats, six languages: the same bytes with SOURCE_DATE_EPOCH
  wcode=0 lcode=0
  wine "$win/fgdraft-cli.exe" export --format all --lang all --today 2026-11-25 -o "$docs_win\\out-$name" "$wd" >/dev/null 2>"$w/export.err" || wcode=$?
  "$linux" export --format all --lang all --today 2026-11-25 -o "$l/out" "$ld" >/dev/null 2>"$l/export.err" || lcode=$?
  [[ $wcode == "$lcode" && $wcode -le 1 ]] || fail "$name: export exit $wcode on Windows, $lcode on Linux: $(cat "$w/export.err")"
  n=0
  for f in "$l"/out/*; do
    same "$name: export $(basename "$f")" "$docs_unix/out-$name/$(basename "$f")" "$f"
    n=$((n + 1))
  done
  [[ $n -eq 12 ]] || fail "$name: the Linux build exported $n files, not 12"
  [[ $(ls "$docs_unix/out-$name" | wc -l) -eq 12 ]] || fail "$name: the Windows build exported $(ls "$docs_unix/out-$name" | wc -l) files, not 12"

  # a PDF and a DOCX reopen as the draft: the draft's findings again
  for f in "$l"/out/*_fr.pdf "$l"/out/*_zh.docx; do
    base=$(basename "$f")
    wcode=0
    wine "$win/fgdraft-cli.exe" validate --json --today 2026-11-25 "$docs_win\\out-$name\\$base" >"$w/reopen-$base.json" || wcode=$?
    [[ $wcode == "$lcode" ]] || fail "$name: validate $base exit $wcode on Windows, $lcode for the draft"
    same "$name: reopened $base" "$w/reopen-$base.json" "$l/validate.json"
  done

  # XLIFF out and back in (into a writable copy of the draft)
  wine "$win/fgdraft-cli.exe" xliff export --lang fr -o "$docs_win\\$name.fr.xlf" "$wd" >/dev/null
  "$linux" xliff export --lang fr -o "$l/$name.fr.xlf" "$ld" >/dev/null
  same "$name: xliff export" "$docs_unix/$name.fr.xlf" "$l/$name.fr.xlf"
  cp "$ex" "$docs_unix/$name.copy.json" && cp "$ex" "$l/$name.copy.json"
  chmod u+w "$docs_unix/$name.copy.json" "$l/$name.copy.json"
  wine "$win/fgdraft-cli.exe" xliff import --lang fr "$docs_win\\$name.copy.json" "$docs_win\\$name.fr.xlf" >/dev/null
  "$linux" xliff import --lang fr "$l/$name.copy.json" "$l/$name.fr.xlf" >/dev/null
  same "$name: xliff import" "$docs_unix/$name.copy.json" "$l/$name.copy.json"
  say "$name: validate, export (12 files), reopen, XLIFF: Windows = Linux"
done

# The read-only draft was read above (validate, export, reopen, XLIFF).
# Importing into it: Wine, like Linux, lets the atomic replace (a rename)
# through, where Windows itself refuses to replace a read-only file
# (docs/windows.md); the two builds must at least agree.
ro_name=${readonly_name%.json}
wcode=0 lcode=0
wine "$win/fgdraft-cli.exe" xliff import --lang fr "$docs_win\\$readonly_name" "$docs_win\\$ro_name.fr.xlf" >/dev/null 2>"$work/ro-win.err" || wcode=$?
"$linux" xliff import --lang fr "$work/linux/$readonly_name" "$work/lin-$ro_name/$ro_name.fr.xlf" >/dev/null 2>"$work/ro-lin.err" || lcode=$?
[[ $wcode == "$lcode" ]] || fail "xliff import into a read-only draft: exit $wcode on Windows, $lcode on Linux: $(cat "$work/ro-win.err")"
same "xliff import into a read-only draft" "$docs_unix/$readonly_name" "$work/linux/$readonly_name"
say "a read-only draft: read, and an import into it ends the same way as on Linux (exit $wcode)"

if [[ -n $msi ]]; then
  # What the prefix holds, apart from Wine's and Windows Installer's own
  # bookkeeping (the registry files, C:\windows with the cached package).
  snapshot() {
    (cd "$WINEPREFIX" && find . -path ./drive_c/windows -prune -o -path ./dosdevices -prune \
      -o ! -name '*.reg' ! -name .update-timestamp -print | LC_ALL=C sort)
  }
  snapshot >"$work/before-msi.txt"
  cp "$msi" "$WINEPREFIX/drive_c/fgdraft.msi"
  wine msiexec /i 'C:\fgdraft.msi' /qn /l*v 'C:\msi-install.log' ||
    { tr -d '\r' <"$WINEPREFIX/drive_c/msi-install.log" 2>/dev/null | tail -30 >&2; fail "msiexec /i failed (exit $?)"; }
  rm -f "$WINEPREFIX/drive_c/msi-install.log" "$WINEPREFIX/drive_c/fgdraft.msi"
  snapshot >"$work/after-msi.txt"
  installed=$(find "$WINEPREFIX/drive_c/users" -path '*/AppData/Local/Programs/fgdraft' -type d | head -1)
  [[ -n $installed && -f $installed/fgdraft.exe && -f $installed/fgdraft-cli.exe ]] ||
    fail "the MSI installed no fgdraft.exe under %LOCALAPPDATA%\\Programs\\fgdraft"
  for f in "$win"/fgdraft.exe "$win"/fgdraft-cli.exe "$win"/README.txt; do
    cmp -s "$f" "$installed/$(basename "$f")" || fail "the MSI installed another $(basename "$f") than the zip holds"
  done
  shortcut=$(find "$WINEPREFIX/drive_c/users" -path '*/Start Menu/Programs/fgdraft.lnk' | head -1)
  [[ -n $shortcut ]] || fail "the MSI made no Start-menu entry (Start Menu\\Programs\\fgdraft.lnk)"
  # new paths outside the folder and the Start menu: none, apart from
  # Windows Installer's own per-user cache (the shortcut's icon, kept under
  # AppData\Roaming\Microsoft\Installer\{ProductCode} until uninstall)
  outside=$(comm -13 "$work/before-msi.txt" "$work/after-msi.txt" |
    grep -v -e '/AppData/Local/Programs/fgdraft\(/\|$\)' -e '/Start Menu/Programs/fgdraft.lnk$' \
            -e '/AppData/Local/Programs$' -e '/AppData/Roaming/Microsoft/Installer\(/\|$\)' || true)
  [[ -z $outside ]] || fail "the MSI wrote outside its folder and the Start menu: $outside"
  cli_win="C:${installed#"$WINEPREFIX/drive_c"}"
  out=$(wine "${cli_win//\//\\}\\fgdraft-cli.exe" --version | tr -d '\r')
  [[ $out == "$want" ]] || fail "the installed fgdraft-cli.exe printed \"$out\""
  say "MSI installed per user into ${cli_win//\//\\}, with a Start-menu entry; the installed fgdraft-cli.exe runs"
  # uninstalled by its product code, as "Apps & features" does
  code=$(msiinfo export "$msi" Property | tr -d '\r' | awk '$1 == "ProductCode" {print $2}')
  [[ $code == \{*\} ]] || fail "no ProductCode in the MSI's Property table"
  wine msiexec /x "$code" /qn || fail "msiexec /x $code failed (exit $?)"
  snapshot >"$work/uninstalled-msi.txt"
  # (Windows Installer keeps its own, now empty, per-user folder)
  left=$(comm -13 "$work/before-msi.txt" "$work/uninstalled-msi.txt" | grep -v '/AppData/Roaming/Microsoft/Installer$' || true)
  [[ -z $left ]] || fail "msiexec /x left behind: $left"
  say "MSI uninstalled: nothing left behind"
fi

# The window: fgdraft.exe on the example under Xvfb, a screenshot, then
# closed the way a user closes it (Alt+F4), and it must exit by itself.
command -v Xvfb >/dev/null || fail "Xvfb missing (Debian package xvfb)"
command -v xdotool >/dev/null || fail "xdotool missing (Debian package xdotool)"
command -v import >/dev/null || fail "import missing (Debian package imagemagick)"
n=$((90 + RANDOM % 400))
while [[ -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
display=:$n
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
sleep 2
timeout --kill-after=10 "$WINE_TIMEOUT" "$WINE" "$win/fgdraft.exe" --example >"$work/gui.log" 2>&1 &
gui_pid=$!
wid=""
for _ in $(seq 120); do
  wid=$(xdotool search --onlyvisible --name fgdraft 2>/dev/null | head -1) || true
  [[ -n $wid ]] && break
  kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log" >&2; fail "fgdraft.exe ended before it showed a window"; }
  sleep 1
done
[[ -n $wid ]] || fail "fgdraft.exe showed no window within 120 s"
sleep 8 # let it draw
import -display "$display" -window root "$outdir/windows-main.png"
say "fgdraft.exe opened its window \"$(xdotool getwindowname "$wid")\"; screenshot in $outdir/windows-main.png"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key --window "$wid" alt+F4
status=0
for _ in $(seq 60); do
  kill -0 "$gui_pid" 2>/dev/null || break
  sleep 1
done
if kill -0 "$gui_pid" 2>/dev/null; then
  kill "$gui_pid" 2>/dev/null || true
  fail "fgdraft.exe did not exit within 60 s of Alt+F4"
fi
wait "$gui_pid" || status=$?
[[ $status -eq 0 ]] || { cat "$work/gui.log" >&2; fail "fgdraft.exe exited with status $status after Alt+F4"; }
say "fgdraft.exe closed on Alt+F4 and exited with status 0"
say "passed"
