#!/usr/bin/env python3
"""The HTML reports in headless Chromium: called by scripts/test-html-chromium.sh with the folder holding
report.html/.json (compare), families.html/.json and audit.html/.json, built from trees with hostile names.

For each page, as written and with its Content-Security-Policy removed (escaping alone must be safe):
  - it renders (DOM size, the page's own title, its sections);
  - its pictures are there: only the expected <svg> elements, with the parts the JSON report implies (one dot-plot
    segment per match, inside the plot and linked to the match's section; a graph node per family member; a
    heat-map cell per verified pair, both ways);
  - payloads are text: shown literally, inside the SVG labels too; no script/img/iframe/... element, no on*
    attribute, document.title never became PWNED;
  - nothing was fetched: the net log (--log-net-log) has no request started by the page;
  - nothing was logged to the console (no script error, no CSP violation).
Positive controls prove the harness sees a script run, a page fetch and a console error. Every picture is then
cut out of its page and screenshotted alone (PNG, checked non-blank); with a third argument they are copied there.
Usage: html_chromium_check.py TMP CHROMIUM [PICTURES_DIR]
"""
import json, os, re, shutil, struct, subprocess, sys, zlib
from html.parser import HTMLParser

tmp, chromium = sys.argv[1], sys.argv[2]
pictures_dir = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)


def chrome(name, path, shot=None, size=(1280, 1600)):
    """Loads file PATH; writes NAME.dom, NAME.log (console), NAME.net (net log) and, with shot, a PNG there."""
    flags = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--user-data-dir=" + os.path.join(tmp, "profile"), "--virtual-time-budget=3000",
             "--window-size=%d,%d" % size, "--enable-logging=stderr", "--v=0",
             "--log-net-log=" + os.path.join(tmp, name + ".net"), "--net-log-capture-mode=Everything"]
    args = flags + (["--screenshot=" + shot] if shot else ["--dump-dom"]) + ["file://" + path]
    with open(os.path.join(tmp, name + (".shot" if shot else ".dom")), "wb") as out, open(os.path.join(tmp, name + ".log"), "wb") as err:
        done = subprocess.run(args, stdout=out, stderr=err, timeout=120)
    if done.returncode != 0:
        sys.exit("test-html-chromium: chromium failed on %s (exit %d); see %s.log" % (path, done.returncode, name))


def console(name):
    """Console messages the page logged (script errors, CSP violations)."""
    return [l for l in open(os.path.join(tmp, name + ".log"), errors="replace") if ":CONSOLE" in l]


def page_requests(name):
    """URLs the page itself asked for: the browser's own background requests have no origin as initiator."""
    log = json.load(open(os.path.join(tmp, name + ".net")))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [e["params"]["url"] for e in log["events"]
            if e["type"] == start and "url" in e.get("params", {}) and e["params"].get("initiator") != "not an origin"]


class DOM(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.handlers, self.text, self.title = [], [], [], ""
        self.elements = []          # (tag, attrs dict, enclosing <a> href or None)
        self.svg_text = []          # text inside <svg> elements
        self._title, self._svg, self._href = False, 0, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.handlers += [(tag, k) for k, _ in attrs if k.lower().startswith("on")]
        self.elements.append((tag, a, self._href))
        if tag == "svg": self._svg += 1
        if tag == "a": self._href = a.get("href")
        self._title = tag == "title" and self._svg == 0 and not self.title
    def handle_endtag(self, tag):
        self._title = False
        if tag == "svg": self._svg -= 1
        if tag == "a": self._href = None
    def handle_data(self, data):
        self.text.append(data)
        if self._title: self.title += data
        if self._svg: self.svg_text.append(data)


def parse(name):
    raw = open(os.path.join(tmp, name + ".dom"), encoding="utf-8").read()
    d = DOM(); d.feed(raw); d.close()
    return raw, d


def png_is_drawn(path):
    """True when the PNG decodes to more than one colour (a blank page is one colour)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n": return False
    pos, idat, w, h, ctype = 8, b"", 0, 0, 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR": w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        if kind == b"IDAT": idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * {2: 3, 6: 4}.get(ctype, 1) + 1
    # No unfiltering needed: a one-colour page filters to a handful of byte values, a drawn one to many.
    return w > 0 and h > 0 and len(set(raw[: stride * min(h, 400)])) > 8


# --- positive controls: the harness sees a script run, a fetch and a console error
def write(name, html):
    path = os.path.join(tmp, name + ".html")
    open(path, "w").write(html)
    return path

chrome("control", write("control", "<!DOCTYPE html><html><head><title>control</title></head><body><p>x</p>"
                        "<img src=\"http://127.0.0.1:9/probe.png\"><script>document.title='PWNED';nosuch()</script></body></html>"))
_, control = parse("control")
check(control.title.strip() == "PWNED", "control: an unescaped <script> did not run (title %r); the harness cannot see execution" % control.title)
check(any("127.0.0.1:9/probe.png" in u for u in page_requests("control")), "control: the page's image request is not in the net log; the harness cannot see fetches")
check(any("nosuch" in l for l in console("control")), "control: the script error is not in the console log; the harness cannot see errors")

# --- the three reports
compare = json.load(open(os.path.join(tmp, "report.json")))
families = json.load(open(os.path.join(tmp, "families.json")))
audit = json.load(open(os.path.join(tmp, "audit.json")))
PAYLOADS = {
    "report": ["</pre><script>document.title='PWNED'</script><pre>", "<img src=x onerror=document.title='PWNED'>",
               "<script src=data:,document.title='PWNED'>.py", "\"><svg onload=document.title='PWNED'>"],
    "families": ["fork<script>document.title='PWNED'", "other'\"><b onmouseover=document.title='PWNED'>"],
    "audit": ["fork<script>document.title='PWNED'", "\"><svg onload=document.title='PWNED'>"],
}
# What must be shown inside the pictures' own labels (SVG text), escaped.
SVG_PAYLOADS = {
    "report": ["<script src=data:,document.title='PWNED'>.py"],
    "families": ["fork<script>document.title='PWNED'"],
    "audit": ["fork<script>document.title='PWNED'"],
}
SVGS = {
    "report": ["dotplot"],
    "families": ["family-graph-%d" % f["id"] for f in families["families"]] + ["families-heatmap"],
    "audit": ["audit-graph", "audit-heatmap"],
}
SECTIONS = {"report": ["Dot plot", "Files", "Matched regions"], "families": ["Similarity of every verified pair"],
            "audit": ["Where the project's code came from", "Project files by repository"]}
TITLES = {"report": "clonescan:", "families": "clonescan families:", "audit": "clonescan audit:"}
check(len(families["families"]) >= 1, "families: no family found in the fixture (expected the reference and its two clones)")
check(len(audit["results"]) >= 1, "audit: no repository listed for the fixture")

for page in ("report", "families", "audit"):
    src = os.path.join(tmp, page + ".html")
    raw_file = open(src, encoding="utf-8").read()
    nocsp = "".join(l for l in raw_file.splitlines(True) if 'http-equiv="Content-Security-Policy"' not in l)
    check(nocsp != raw_file, page + ": no Content-Security-Policy line to strip")
    check("default-src 'none'" in raw_file and "base-uri 'none'" in raw_file, page + ": the CSP is not default-src 'none' with base-uri 'none'")
    open(os.path.join(tmp, page + "-nocsp.html"), "w").write(nocsp)
    for name in (page, page + "-nocsp"):
        chrome(name, os.path.join(tmp, name + ".html"))
        raw, d = parse(name)
        text = "".join(d.text)
        check(len(raw) > 2000, f"{name}: DOM is only {len(raw)} bytes; the page did not render")
        for section in SECTIONS[page]:
            check(section in text, f"{name}: section {section!r} missing")
        check(d.title.strip().startswith(TITLES[page]), f"{name}: title is {d.title!r}, not the report's")
        check(d.title.strip() != "PWNED", f"{name}: a payload ran (title is PWNED)")
        for tag in ("script", "img", "iframe", "object", "embed", "textarea", "foreignobject", "image", "use"):
            check(tag not in d.tags, f"{name}: a <{tag}> element exists in the DOM")
        svg_ids = [a.get("id") for t, a, _ in d.elements if t == "svg"]
        check(svg_ids == SVGS[page], f"{name}: <svg> elements {svg_ids}, expected {SVGS[page]}")
        check(not d.handlers, f"{name}: event-handler attributes in the DOM: {d.handlers[:5]}")
        for p in PAYLOADS[page]:
            check(p in text, f"{name}: payload text {p!r} is not shown as text")
        svg_text = "".join(d.svg_text)
        for p in SVG_PAYLOADS[page]:
            check(p in svg_text, f"{name}: payload {p!r} is not shown as text in the pictures")
        check("&lt;script" in raw, f"{name}: no escaped &lt;script in the serialized DOM")
        fetched = page_requests(name)
        check(not fetched, f"{name}: the page fetched {fetched[:3]}")
        logged = console(name)
        check(not logged, f"{name}: console messages: {logged[:3]}")
        hrefs = [a.get("href", "") for t, a, _ in d.elements if t == "a"]
        check(all(h.startswith("#") for h in hrefs), f"{name}: a link leaves the page: {[h for h in hrefs if not h.startswith('#')][:3]}")
        ids = {a.get("id") for _, a, _ in d.elements if a.get("id")}
        check(all(h[1:] in ids for h in hrefs), f"{name}: links to missing anchors: {[h for h in hrefs if h[1:] not in ids][:3]}")
        if page == "report":
            segs = [(a, href) for t, a, href in d.elements if t == "line" and a.get("class") == "seg"]
            sections = [a["id"] for t, a, _ in d.elements if t == "section" and a.get("class") == "match"]
            check(len(segs) == len(compare["matches"]) > 0, f"{name}: {len(segs)} dot-plot segments for {len(compare['matches'])} matches")
            check(len(sections) == len(compare["matches"]), f"{name}: {len(sections)} match sections for {len(compare['matches'])} matches")
            check(sorted(h for _, h in segs) == sorted("#" + s for s in sections), f"{name}: segments do not link one to one to the match sections")
            svg = next(a for t, a, _ in d.elements if t == "svg")
            w, h = float(svg["width"]), float(svg["height"])
            inside = all(0 <= float(a[k]) <= (w if k[0] == "x" else h) for a, _ in segs for k in ("x1", "x2", "y1", "y2"))
            check(inside, f"{name}: a segment lies outside the {w}x{h} plot")
            classes = [a.get("class") for t, a, _ in d.elements if t == "span"]
            check(classes.count("r") > 0 and classes.count("hit") > 0, f"{name}: no renamed-token or matched-line highlighting")
            check("render_page" in text and "pieces" in text, f"{name}: the fixture's own code is not in the matched regions")
        if page == "families":
            nodes = sum(1 for t, a, _ in d.elements if t == "circle" and a.get("class") in ("node", "node centre"))
            total_nodes = sum(len(f["members"]) + 1 for f in families["families"])
            check(nodes == total_nodes, f"{name}: {nodes} graph nodes for {total_nodes} family members and origins")
            edges = sum(1 for t, a, _ in d.elements if t == "line" and a.get("class") == "edge")
            check(edges == sum(len(f["members"]) for f in families["families"]), f"{name}: {edges} arrows for the members")
            cells = sum(1 for t, a, _ in d.elements if t == "rect" and a.get("class") == "cell")
            check(cells == 2 * len(families["pairs"]) > 0, f"{name}: {cells} heat-map cells for {len(families['pairs'])} verified pairs")
        if page == "audit":
            edges = sum(1 for t, a, _ in d.elements if t == "line" and a.get("class") == "edge")
            check(edges == len(audit["results"]), f"{name}: {edges} arrows for {len(audit['results'])} listed repositories")
            cells = sum(1 for t, a, _ in d.elements if t == "rect" and a.get("class") == "cell")
            wanted = sum(len(x["project_files"]) for x in audit["results"])
            check(cells == wanted > 0, f"{name}: {cells} heat-map cells for {wanted} (project file, repository) pairs")

# --- screenshots: the whole compare report, then each picture cut out of its page
chrome("report-shot", os.path.join(tmp, "report.html"), shot=os.path.join(tmp, "report.png"))
shots = {"compare-report": os.path.join(tmp, "report.png")}
head = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'; style-src 'unsafe-inline'\"><style>%s</style></head><body style=\"margin:8px\">")
for page, ids in SVGS.items():
    raw_file = open(os.path.join(tmp, page + ".html"), encoding="utf-8").read()
    style = re.search(r"<style>(.*?)</style>", raw_file, re.S).group(1)
    for svg_id in ids:
        m = re.search(r'<svg id="%s".*?</svg>' % re.escape(svg_id), raw_file, re.S)
        check(m is not None, f"{page}: <svg id={svg_id}> not found in the file")
        if not m: continue
        size = re.match(r'<svg[^>]*width="([\d.]+)" height="([\d.]+)"', m.group(0))
        name = {"report": "compare"}.get(page, page) + "-" + re.sub(r"-?\d+$", "", svg_id.replace("families-", "").replace("audit-", "").replace("family-", ""))
        if name in shots: continue
        path = write("shot-" + name, head % style + m.group(0) + "</body></html>")
        png = os.path.join(tmp, name + ".png")
        chrome("shot-" + name, path, shot=png, size=(max(400, int(float(size.group(1))) + 16), max(300, int(float(size.group(2))) + 16)))  # a smaller window screenshots blank
        shots[name] = png
    if page == "report":
        # One matched region of the fixture's own code (not the standard library's), highlighted.
        for m in re.finditer(r'<section class="match".*?</section>', raw_file, re.S):
            if "render_page" in m.group(0) and 'class="r"' in m.group(0):
                lines = m.group(0).count("\n")
                path = write("shot-compare-match", head % style + m.group(0) + "</body></html>")
                png = os.path.join(tmp, "compare-match.png")
                chrome("shot-compare-match", path, shot=png, size=(1280, min(1400, 140 + 17 * lines)))
                shots["compare-match"] = png
                break
        check("compare-match" in shots, "report: no matched region of the fixture's code with a renamed token to screenshot")
for name, png in shots.items():
    check(os.path.exists(png) and os.path.getsize(png) > 3000 and png_is_drawn(png), f"screenshot {name} is blank or missing")

if failures:
    print("test-html-chromium: FAILED", file=sys.stderr)
    for f in failures: print("  - " + f, file=sys.stderr)
    sys.exit(1)
if pictures_dir:
    os.makedirs(pictures_dir, exist_ok=True)
    for name, png in shots.items():
        shutil.copyfile(png, os.path.join(pictures_dir, name + ".png"))
print(f"HTML reports in headless chromium: compare ({len(compare['matches'])} matches, as many dot-plot segments), "
      f"families ({len(families['families'])} families, {len(families['pairs'])} pairs in the heat map), audit "
      f"({len(audit['results'])} repositories); payloads shown as text, no script ran, nothing fetched, nothing logged "
      f"(with and without CSP); controls seen; {len(shots)} screenshots" + (f" copied to {pictures_dir}" if pictures_dir else ""))
