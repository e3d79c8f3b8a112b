#!/usr/bin/env python3
"""Opens the default scenario's HTML report as a user would, in headless Chromium.

Fails on: a reference to anything outside the file (script, stylesheet, font, image,
link), a table without caption or scoped headers, a chart without title and desc;
any message on the page's console (Chromium logs each as a CONSOLE line with
--enable-logging=stderr; the page has no script, so any message is an error, e.g. a
blocked or broken resource); a page whose DOM does not hold the tables once loaded
(--dump-dom); and a blank screenshot (every pixel one colour). Exits 77 (skipped)
when Chromium is not installed. With --keep FILE, also writes the top of the page
(1280x1400) there: that is docs/plan-html.png.

usage: chromium.py MTFP SCENARIO [--keep FILE]
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

SKIP = 77
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]


def chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(browser, page, extra, work):
    profile = tempfile.mkdtemp(prefix="profile-", dir=work)
    return subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *extra, f"file://{page}"],
                          capture_output=True, text=True, timeout=120)


def png_pixels(path):
    """(width, height, rows of RGBA bytes) of an 8-bit RGB or RGBA, non-interlaced PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        chunk = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    bpp = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, bpp, rows


def inked_share(path):
    """The share of sampled pixels that differ from the top-left pixel."""
    width, height, bpp, rows = png_pixels(path)
    background = rows[0][:bpp]
    sampled = inked = 0
    for y in range(0, height, 4):
        for x in range(0, width, 4):
            sampled += 1
            inked += rows[y][x * bpp:(x + 1) * bpp] != background
    return inked / sampled


def static_problems(html):
    problems = []
    if re.search(r"<script|<link|<img|<iframe|<object|<embed|@import|url\(|\bsrc=|\bhref=", html, re.I):
        problems.append("the page refers to something outside itself")
    for address in re.findall(r"https?://[^\s\"'<>]+", html):
        if address != "http://www.w3.org/2000/svg":
            problems.append(f"an address in the page: {address}")
    tables = html.count("<table>")
    if tables == 0 or html.count("<caption>") != tables:
        problems.append(f"{tables} tables, {html.count('<caption>')} captions")
    if '<th scope="col">' not in html or '<th scope="row">' not in html:
        problems.append("no scoped headers")
    charts = html.count("<svg")
    if charts < 5 or html.count("<title id=") != charts or html.count("<desc id=") != charts:
        problems.append(f"{charts} charts, not each with a title and desc")
    if html.count("<figcaption>") != charts:
        problems.append("a chart without its text alternative")
    if "@media print" not in html:
        problems.append("no print style")
    return problems


def main():
    mtfp, scenario = sys.argv[1], sys.argv[2]
    keep = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--keep" else None
    browser = chromium()
    if not browser:
        print("skipped: Chromium not installed")
        return SKIP
    work = tempfile.mkdtemp(prefix="mtfp-html-")
    try:
        page = os.path.join(work, "plan.html")
        subprocess.run([mtfp, "run", scenario, "--format", "html", "-o", page], check=True)
        html = open(page, encoding="utf-8").read()
        problems = static_problems(html)
        shot = os.path.join(work, "plan.png")
        result = run_chromium(browser, page, ["--enable-logging=stderr", "--v=0", f"--screenshot={shot}",
                                              "--window-size=1280,4000"], work)
        console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
        problems += [f"console: {line}" for line in console]
        if not os.path.exists(shot):
            problems.append(f"no screenshot: {result.stderr[-2000:]}")
        else:
            share = inked_share(shot)
            print(f"screenshot: {share:.1%} of the page is not background")
            if share < 0.02:
                problems.append(f"the page looks blank ({share:.2%} inked)")
        dom = run_chromium(browser, page, ["--dump-dom"], work).stdout
        if "Budget Summary" not in dom or dom.count("<svg") < 5:
            problems.append("the loaded page lacks its tables or charts")
        if keep:
            run_chromium(browser, page, [f"--screenshot={os.path.abspath(keep)}", "--window-size=1280,1400"], work)
        for problem in problems:
            print("FAIL:", problem)
        print("html in Chromium:", "ok" if not problems else f"{len(problems)} problems")
        return 1 if problems else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
