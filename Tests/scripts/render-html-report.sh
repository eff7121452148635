#!/bin/sh
# Renders `mailproof check --format html` of Examples/ (plus a hostile template) in headless Chromium and
# saves a screenshot, to look at the report as a person would. Not part of `swift test`: it needs Chromium
# (Debian: apt-get install -y chromium).
#
#   Tests/scripts/render-html-report.sh [OUTPUT_DIR]     (default: /tmp/mailproof-html-report)
#
# Fails when the page holds a <script> element, or when a script injected through the template runs (the
# hostile template's script would retitle the page; the rendered DOM's title is checked).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-/tmp/mailproof-html-report}
mkdir -p "$out"
binary="$root/.build/debug/mailproof"
[ -x "$binary" ] || (cd "$root" && swift build)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "no Chromium found (apt-get install -y chromium)" >&2; exit 2; }

inputs="$out/inputs"
rm -rf "$inputs"
mkdir -p "$inputs"
cp "$root"/Examples/*.html "$inputs/"
cat > "$inputs/hostile <b>.html" <<'HTML'
<div style="display:flex;gap:8px">x</div></style><script>document.title='INJECTED'</script>
<img src=x onerror="document.title='INJECTED'">
HTML

# Findings exit with 1; anything else (2) is a real failure.
status=0
(cd "$out" && "$binary" check --format html --output report.html inputs) || status=$?
[ "$status" -le 1 ] || { echo "mailproof failed with $status" >&2; exit "$status"; }
if grep -qi '<script' "$out/report.html"; then echo "report contains a <script> element" >&2; exit 1; fi

flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions"
# shellcheck disable=SC2086
"$browser" $flags --window-size=1400,2200 --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
# shellcheck disable=SC2086
"$browser" $flags --dump-dom "file://$out/report.html" 2>/dev/null > "$out/dom.html"
grep -q '<title>mailproof report</title>' "$out/dom.html" || { echo "the page title changed: a script ran" >&2; exit 1; }
echo "$out/report.png"
