#!/bin/sh
# Writes third_party/glfw-ime.diff: fgdraft's patch of the GLFW Go bindings
# (third_party/glfw) against the upstream version go.mod names, the form in
# which it can be offered upstream. Run it after changing third_party/glfw.
set -eu
cd "$(dirname "$0")/.."
module=github.com/go-gl/glfw/v3.3/glfw
version=$(go list -m -f '{{.Version}}' "$module" 2>/dev/null || true)
[ -n "$version" ] || version=$(awk -v m="$module" '$1 == m { print $2; exit }' go.mod)
upstream=$(GOFLAGS=-mod=mod go mod download -json "$module@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$upstream" "$work/a"
cp -r third_party/glfw "$work/b"
chmod -R u+w "$work"
{
  echo "# fgdraft's patch of $module $version (see docs/ime.md)"
  (cd "$work" && git diff --no-index a b || true) | sed 's#^diff --git a/a/\(.*\) b/b/#diff --git a/\1 b/#; s#^--- a/a/#--- a/#; s#^+++ b/b/#+++ b/#'
} > third_party/glfw-ime.diff
