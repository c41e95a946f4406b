#!/usr/bin/env bash
# Times whole fgdraft processes, as a user's shell or script starts them:
# the median of several runs of each command, after a few warm-up runs.
#   tools/bench-startup.sh [BINARY] [RUNS]
# BINARY is the command users type, the build without the GUI (make build);
# the full build beside it, fgdraft-gui, is timed too, for comparison.
set -euo pipefail
bin=${1:-./fgdraft}
runs=${2:-21}
example=assets/example.json
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# median_ms COMMAND...: the median wall time in ms of running COMMAND, with
# hyperfine when it is there (no shell in between), else timed from bash
# (which adds the fork of the shell, about a millisecond).
median_ms() {
  if command -v hyperfine >/dev/null; then
    hyperfine -N -w 3 -r "$runs" -i --export-csv "$out/t.csv" "$(printf '%q ' "$@")" >/dev/null 2>&1
    awk -F, 'NR==2 {printf "%.1f", $4*1000}' "$out/t.csv"
    return
  fi
  local t=()
  for _ in 1 2 3; do "$@" >/dev/null 2>&1 || true; done
  for ((i = 0; i < runs; i++)); do
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    t+=($(((e - s) / 1000)))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%.1f", m/1000}'
}

printf '%-45s %s\n' "command (whole process)" "median ms"
printf '%-45s %s\n' "fgdraft --help" "$(median_ms "$bin" --help)"
printf '%-45s %s\n' "fgdraft validate (bundled example)" "$(median_ms "$bin" validate "$example")"
printf '%-45s %s\n' "fgdraft export --lang en (bundled example)" "$(median_ms "$bin" export --lang en -o "$out/x.pdf" "$example")"
printf '%-45s %s\n' "fgdraft export --lang all (bundled example)" "$(median_ms "$bin" export --lang all -o "$out/" "$example")"
gui=$(dirname "$bin")/fgdraft-gui
if [[ -x $gui ]]; then
  printf '%-45s %s\n' "fgdraft-gui validate (full build, for comparison)" "$(median_ms "$gui" validate "$example")"
fi
