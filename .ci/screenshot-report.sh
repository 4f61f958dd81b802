#!/usr/bin/env bash
# Screenshots of the demo's HTML report (validate/demo --html), taken with headless Chromium the way the report is
# looked at before a release: at A4 width (794 CSS px = 210 mm at 96 dpi) and at a phone's width (390 px), the
# first screen and the whole page, plus the A4 print as PDF.
#   .ci/screenshot-report.sh [OUT_DIR] [--lang en]     (default OUT_DIR: examples/target/report-screenshots)
# Needs examples/target/gongkai.jar (built here when missing) and a chromium binary; without chromium it says so
# and exits 0, so that a CI without a browser never fails for lack of one.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-examples/target/report-screenshots}"
shift || true
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: no chromium binary found; skipped" >&2
  exit 0
fi
if [ ! -f examples/target/gongkai.jar ]; then
  mvn -B -ntp -q -pl examples -am package -DskipTests
fi
mkdir -p "$out"
page="$(cd "$out" && pwd)/demo-report.html"
java -jar examples/target/gongkai.jar demo --html "$page" "$@" >/dev/null
shot() { # name width height
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --screenshot="$out/$1.png" --window-size="$2,$3" "file://$page" 2>/dev/null
}
shot a4 794 1123
shot phone 390 844
shot a4-full 794 16000
shot phone-full 390 16000
"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/a4-print.pdf" \
  "file://$page" 2>/dev/null
ls -l "$out"
