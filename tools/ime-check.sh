#!/bin/bash
# make ime-check: types Chinese into fgdraft's window through a real input
# method, as a delegate would (issue 27, docs/ime.md). Under Xvfb, with ibus
# (libpinyin) serving XIM, the GUI built from this tree is run in the Chinese
# interface with LANG naming a locale the machine may lack (the window must
# still read the committed text as UTF-8), and:
#   - in a one-line field: nihao, space (commits 你好); nihao, Backspace, o,
#     space (Backspace edits the pinyin only); nihao and five Backspaces
#     (the composition is gone, the field untouched); one Backspace (deletes
#     the last character);
#   - in a multi-line field: nihao, Enter (commits the pinyin, no new line);
#     the field holds the example's text with "nihao" inserted, nothing more;
#   - the candidate window stands next to the caret, not in a corner.
# The fields are read back from the draft the window autosaves.
#
#   tools/ime-check.sh [GUI] [SCREENSHOT.png]
set -euo pipefail
[ -n "${IME_CHECK_TRACE:-}" ] && set -x

repo=$(cd "$(dirname "$0")/.." && pwd)
gui=$(realpath "${1:-$repo/fgdraft-gui}")
shot=${2:-}
for tool in Xvfb xdotool xprop xwininfo ibus-daemon dbus-daemon python3; do
  command -v "$tool" >/dev/null || { echo "ime-check: $tool is missing (make deps installs it)" >&2; exit 2; }
done
[ -x /usr/libexec/ibus-engine-libpinyin ] || { echo "ime-check: ibus-libpinyin is missing" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  ibus exit >/dev/null 2>&1 || true
  [ -n "${DBUS_PID:-}" ] && kill "$DBUS_PID" 2>/dev/null || true
  sleep 0.5
  rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT
fail() { echo "ime-check: FAIL: $*" >&2; [ -f "$work/app.log" ] && tail -20 "$work/app.log" >&2; exit 1; }

# Waits up to $1 seconds for the command after it to succeed.
await() {
  local limit=$1; shift
  for _ in $(seq 1 $((limit * 5))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  return 1
}

export DISPLAY=:$((150 + RANDOM % 100))
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
await 10 xprop -root -len 0 || fail "Xvfb did not start"

# A session of its own: configuration, caches and the bus.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache GSETTINGS_BACKEND=memory
mkdir -p "$HOME"
dbus-daemon --session --fork --print-address=1 --print-pid=1 >"$work/dbus.txt"
export DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p "$work/dbus.txt")
DBUS_PID=$(sed -n 2p "$work/dbus.txt")

# ibus with its XIM server; the engine is chosen once the field has the
# focus (ibus gives a new input context the default engine).
ibus-daemon -drx --xim --config=/usr/libexec/ibus-memconf >"$work/ibus.log" 2>&1
await 30 sh -c 'xprop -root XIM_SERVERS | grep -q "@server=ibus"' || fail "ibus did not register its XIM server"
await 30 sh -c 'ibus list-engine | grep -q libpinyin' || fail "ibus does not list libpinyin"

export XMODIFIERS=@im=ibus
unset LC_ALL LC_CTYPE
LANG=zh_CN.UTF-8 "$gui" --example >"$work/app.log" 2>&1 &
app=$!
pids+=($app)
await 60 xdotool search --onlyvisible --pid "$app" || fail "no window"
sleep 8 # the first frame, drawn by software OpenGL

autosave=$XDG_CONFIG_HOME/fyne/org.fgdraft.fgdraft/autosave.json
field() { # the draft's field at the JSON path $1, as last autosaved
  python3 - "$autosave" "$1" <<'EOF'
import json, sys
v = json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."):
    v = v[k]
print(json.dumps(v, ensure_ascii=False))
EOF
}
click() { xdotool mousemove "$1" "$2"; sleep 0.7; xdotool click 1; sleep 2; }
pinyin() {
  ibus engine libpinyin >/dev/null 2>&1 || true
  await 5 sh -c '[ "$(ibus engine)" = libpinyin ]' || fail "ibus does not take the libpinyin engine"
}
typed() { xdotool type --delay 250 "$1"; sleep 1; }
keys() { for k in "$@"; do xdotool key "$k"; sleep 0.5; done; sleep 1; }

# The terms of reference (second step); its first field, then Tab to the
# acronym (one line) and on to the background (several lines; Tab leaves
# its caret at the start).
click 80 256
sleep 3
click 700 240
keys Tab End
pinyin

typed nihao
sleep 2
# The candidate window is next to the caret: inside the form, below the
# field's top, not at the window's bottom-left corner (GLFW 3.3's place).
# It is the input method's window: any shown window but the GUI's, larger
# than an icon.
cand=""
gui_windows=" $(xdotool search --pid "$app" 2>/dev/null | tr '\n' ' ') "
for w in $(xwininfo -root -children | awk '$1 ~ /^0x/ { print $1 }'); do
  case "$gui_windows" in *" $((w)) "*) continue ;; esac
  info=$(xwininfo -id "$w")
  grep -q 'Map State: IsViewable' <<<"$info" || continue
  X=$(awk '/Absolute upper-left X/ { print $NF }' <<<"$info")
  Y=$(awk '/Absolute upper-left Y/ { print $NF }' <<<"$info")
  WIDTH=$(awk '/Width:/ { print $NF }' <<<"$info")
  HEIGHT=$(awk '/Height:/ { print $NF }' <<<"$info")
  if [ "$WIDTH" -gt 100 ] && [ "$HEIGHT" -gt 30 ]; then cand="$X $Y $WIDTH $HEIGHT"; fi
done
[ -n "$shot" ] && import -window root "$shot"
[ -n "$cand" ] || fail "no candidate window while composing"
read -r cx cy _ _ <<<"$cand"
{ [ "$cx" -gt 250 ] && [ "$cy" -gt 150 ] && [ "$cy" -lt 600 ]; } ||
  fail "the candidate window is at $cx,$cy: not next to the acronym field"
echo "ime-check: candidate window at $cx,$cy, below the caret"

keys space
typed nihao
keys BackSpace
typed o
keys space
typed nihao
keys BackSpace BackSpace BackSpace BackSpace BackSpace
keys BackSpace
keys Tab
pinyin
typed nihao
keys Return
sleep 5 # the autosave

[ -f "$autosave" ] || fail "nothing was autosaved"
acronym=$(field focusGroup.acronym)
[ "$acronym" = '"FG-QSM你好你"' ] || fail "acronym is $acronym, want \"FG-QSM你好你\""
echo "ime-check: one-line field holds $acronym"
# The multi-line field holds the example's text with the pinyin inserted
# once, and no new line more.
python3 - "$autosave" "$repo/assets/example.json" <<'EOF' || fail "the multi-line field does not hold what was committed"
import json, sys
now = json.load(open(sys.argv[1]))["focusGroup"]["background"]
was = json.load(open(sys.argv[2]))["focusGroup"]["background"]
ok = now.count("nihao") == 1 and now.replace("nihao", "", 1) == was
i = now.find("nihao")
print("ime-check: multi-line field: ..." + now[max(i - 20, 0):i + 25].replace("\n", "\\n") + "...", "(as typed)" if ok else "(wrong)")
sys.exit(0 if ok else 1)
EOF
echo "ime-check: ok"
