#!/usr/bin/env bash
# The HTML reports in a real browser (issue 7, "Bad input"; issue 23, pictures): builds source trees at test
# time whose directory names, file names and code carry <script>, <img onerror>, <svg onload> and
# attribute-breakout payloads, renders `compare --format html`, `families --format html` and `audit --format
# html`, and loads each in headless Chromium (Debian's chromium package, installed here when missing).
# scripts/html_chromium_check.py then checks that each page renders, that its pictures (SVG) are there and
# consistent with the JSON report, that the payloads are text (no foreign element, no on* attribute, no script
# ran), that nothing was fetched from the network and nothing was logged to the console; with and without the
# Content-Security-Policy, against positive controls; and screenshots every picture.
# Usage: scripts/test-html-chromium.sh [CLONESCAN_BINARY] [PICTURES_DIR]   (default .build/debug/clonescan;
#        with PICTURES_DIR, the screenshots are copied there: `make pictures` writes docs/pictures/;
#        KEEP_TMP=1 keeps the pages, DOMs, logs and net logs in the temporary folder it prints)
set -euo pipefail
BIN=${1:-.build/debug/clonescan}
[ -x "$BIN" ] || { echo "test-html-chromium: $BIN is not built" >&2; exit 1; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

# Chromium, installed once (idempotent; about 17 s on the CI machine with apt lists present).
if ! dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q 'install ok installed'; then
  echo "test-html-chromium: installing Debian's chromium package" >&2
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  if ! { $SUDO apt-get install -y -q --no-install-recommends chromium >/tmp/clonescan-apt-chromium.log 2>&1 ||
         { $SUDO apt-get update -q >>/tmp/clonescan-apt-chromium.log 2>&1 &&
           $SUDO apt-get install -y -q --no-install-recommends chromium >>/tmp/clonescan-apt-chromium.log 2>&1; }; }; then
    echo "test-html-chromium: FAILED to install chromium with apt-get (needs root and the Debian archive); cannot test the HTML report; see /tmp/clonescan-apt-chromium.log" >&2
    exit 1
  fi
fi
CHROMIUM=$(command -v chromium || true)
[ -n "$CHROMIUM" ] || { echo "test-html-chromium: chromium installed but not on PATH" >&2; exit 1; }

PICTURES=${2:-}
tmp=$(mktemp -d); [ -n "${KEEP_TMP:-}" ] && echo "$tmp" >&2 || trap 'rm -rf "$tmp"' EXIT
# Directory names are part of the report's headline and <title>; '/' cannot occur in a name, so the
# name payloads are ones that need no closing tag.
REF="$tmp/ref<img src=x onerror=document.title='PWNED'>"
SUS="$tmp/sus\"><svg onload=document.title='PWNED'>"
mkdir -p "$REF/pkg" "$SUS/lib"

cat > "$tmp/page.py" <<'EOF'
def render_page(title, body, footer):
    # </pre><script>document.title='PWNED'</script><pre>
    banner = "<img src=x onerror=document.title='PWNED'>"
    parts = [title, banner, body, footer]
    for index, part in enumerate(parts):
        if not part:
            raise ValueError("empty part %d </textarea><script>document.title='PWNED'</script>" % index)
        parts[index] = part.strip()
    return "\n".join(parts)


def escape_cell(value, width):
    text = str(value).replace("<", "&lt;")  # '"><script>document.title='PWNED'</script>
    if len(text) > width:
        text = text[: width - 3] + "..."
    padding = width - len(text)
    left = padding // 2
    right = padding - left
    return " " * left + text + " " * right


def build_table(rows, widths):
    lines = []
    for row in rows:
        cells = [escape_cell(value, width) for value, width in zip(row, widths)]
        lines.append("|" + "|".join(cells) + "|")
    separator = "+" + "+".join("-" * width for width in widths) + "+"
    return "\n".join([separator] + lines + [separator])
EOF
cat > "$tmp/stats.py" <<'EOF'
def summarize(values, label="<script src=data:,document.title='PWNED'></script>"):
    if not values:
        raise ValueError("no values for " + label)
    total = 0
    smallest = values[0]
    largest = values[0]
    for value in values:
        total += value
        if value < smallest:
            smallest = value
        if value > largest:
            largest = value
    mean = total / len(values)
    spread = sum((value - mean) ** 2 for value in values) / len(values)
    return {"label": label, "mean": mean, "min": smallest, "max": largest, "var": spread}
EOF
cp "$tmp/page.py"  "$REF/pkg/<script src=data:,document.title='PWNED'>.py"
cp "$tmp/stats.py" "$REF/pkg/<img src=x onerror=document.title='PWNED'>.py"
# The suspect: the same code under other hostile names, identifiers renamed.
sed 's/parts/pieces/g; s/index/position/g' "$tmp/page.py" > "$SUS/lib/\"><svg onload=document.title='PWNED'>.py"
sed 's/values/samples/g; s/total/acc/g' "$tmp/stats.py" > "$SUS/lib/'><svg onload=document.title='PWNED'>.py"

# Real code around it, so the pictures have something to show: three modules of the Python standard library on
# this machine (read at test time, never committed), copied renamed, partly, and with its functions reordered.
STDLIB=$(python3 -c 'import os, textwrap; print(os.path.dirname(textwrap.__file__))')
cp "$STDLIB/textwrap.py" "$STDLIB/shlex.py" "$STDLIB/colorsys.py" "$REF/pkg/"
sed 's/width/columns/g; s/text/body/g' "$STDLIB/textwrap.py" > "$SUS/lib/wrap.py"
head -n 180 "$STDLIB/shlex.py" > "$SUS/lib/lexer.py"
python3 - "$STDLIB/colorsys.py" "$SUS/lib/colours.py" <<'PY'
import re, sys
blocks = [[]]
for line in open(sys.argv[1]).read().split("\n"):
    if re.match(r"(def|class) ", line): blocks.append([])
    blocks[-1].append(line)
open(sys.argv[2], "w").write("\n".join(blocks[0] + [l for b in reversed(blocks[1:]) for l in b]))
PY
# For families and audit: a second clone and an unrelated project, under hostile names too.
SUS2="$tmp/fork<script>document.title='PWNED'"
OTHER="$tmp/other'\"><b onmouseover=document.title='PWNED'>"
mkdir -p "$SUS2/src" "$OTHER/src"
sed 's/width/limit/g' "$STDLIB/textwrap.py" > "$SUS2/src/<b>wrap.py"
cp "$STDLIB/colorsys.py" "$SUS2/src/colorsys.py"
cp "$STDLIB/fractions.py" "$STDLIB/calendar.py" "$OTHER/src/"

set +e
"$BIN" compare "$REF" "$SUS" --format html --output "$tmp/report.html" --quiet
code=$?
set -e
[ "$code" = 1 ] || { echo "test-html-chromium: expected exit 1 (clone found), got $code" >&2; exit 1; }
[ -s "$tmp/report.html" ] || { echo "test-html-chromium: no report written" >&2; exit 1; }
"$BIN" compare "$REF" "$SUS" --format json --output "$tmp/report.json" --quiet || [ $? = 1 ]
"$BIN" index --db "$tmp/all.sqlite" "$REF" "$SUS" "$SUS2" "$OTHER" --quiet
"$BIN" families --db "$tmp/all.sqlite" --format html --output "$tmp/families.html" --quiet
"$BIN" families --db "$tmp/all.sqlite" --format json --output "$tmp/families.json" --quiet
"$BIN" index --db "$tmp/origins.sqlite" "$REF" "$SUS2" "$OTHER" --quiet
for format in html json; do
  set +e
  "$BIN" audit "$SUS" --db "$tmp/origins.sqlite" --format "$format" --output "$tmp/audit.$format" --quiet
  code=$?
  set -e
  [ "$code" = 0 ] || [ "$code" = 1 ] || { echo "test-html-chromium: audit --format $format exited $code" >&2; exit 1; }
done
for page in families audit; do [ -s "$tmp/$page.html" ] || { echo "test-html-chromium: no $page report written" >&2; exit 1; }; done

python3 "$(dirname "$0")/html_chromium_check.py" "$tmp" "$CHROMIUM" "$PICTURES"
