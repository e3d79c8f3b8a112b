#!/usr/bin/env python3
"""The workbook as a user sees it, shown and printed by LibreOffice Calc.

Each workbook is exported by LibreOffice to CSV with the cells as shown (number
formats applied) and printed to PDF. Then:
- no amount shows as "-0.0" (or "-0" in £000), on screen (CSV) or on paper (PDF);
- every amount shown equals the figure `mtfp run --format csv` prints in the same
  units (the text's rounding: -£34,000 is 0.0 in £m, -£50,000 is -0.1);
- every table's header row prints whole: LibreOffice bottom-aligns the wrapped header
  in its row and cuts off what rises above the row, so the header's top line must
  start below its title (a row too short puts the top line over the title row).
Exits 77 (skipped) when LibreOffice or pdftotext (poppler-utils) is not installed.

usage: libreoffice-print.py MTFP
"""
import csv
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
# The shire scenario has real-terms changes and savings of -£20,000 and -£34,000 (0.0
# in £m); the MPS scenario has the Summary's four-line header.
BOOKS = [("shire", "scenarios/shire-2025-29.yaml", "m"), ("mps", "scenarios/mps-2007-10.yaml", "m"),
         ("mps000", "scenarios/mps-2007-10.yaml", "000")]
# Comma, double quote, UTF-8, from line 1, ..., cells as shown, every sheet.
CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
NEGATIVE_ZERO = re.compile(r"^-0(\.0+)?$")
NEGATIVE_ZERO_IN_TEXT = re.compile(r"(?<![\d.,])-0(\.0+)?(?![\d.,])")


def sheets_of(work, stem):
    """{sheet name: rows} of one workbook's CSV export."""
    sheets = {}
    for name in sorted(os.listdir(work)):
        if name.startswith(stem + "-") and name.endswith(".csv"):
            with open(os.path.join(work, name), encoding="utf-8") as f:
                sheets[name[len(stem) + 1:-4]] = list(csv.reader(f))
    return sheets


def amounts_as_text(mtfp, scenario, units):
    """mtfp's own figures: {label: [cells]} per table key, in order, amounts only."""
    out = subprocess.run([mtfp, "run", scenario, "--format", "csv", "--units", units],
                         check=True, capture_output=True, text=True).stdout
    unit = {"m": "£m", "000": "£000"}[units]
    rows = []
    for record in csv.reader(io.StringIO(out)):
        if len(record) > 4 and record[3] == unit:
            rows.append((record[2], record[4:]))
    return rows


def check_shown(mtfp, scenario, units, sheets, stem):
    """(figures compared, failures): every amount as LibreOffice shows it against mtfp."""
    failures = []
    shown = {}
    for name, rows in sheets.items():
        for r, row in enumerate(rows):
            for c, cell in enumerate(row[1:]):
                if NEGATIVE_ZERO.match(cell.strip()):
                    failures.append(f"{stem} {name} row {r + 1} column {c + 2}: {cell!r}")
            if row and row[0]:
                shown.setdefault(row[0], []).append([cell.replace(",", "") for cell in row[1:]])
    compared = 0
    for label, cells in amounts_as_text(mtfp, scenario, units):
        candidates = shown.get(label, [])
        wanted = [cell for cell in cells if cell != ""]
        if not wanted or any(cell.endswith("%") for cell in wanted):
            continue  # rates: the workbook shows two decimals of a percent, the text fewer
        # A label can be on several sheets (Summary and Workings); one of them must show
        # exactly the text's figures in the text's columns.
        if not any([cell for cell in row if cell != ""][:len(wanted)] == wanted for row in candidates):
            failures.append(f"{stem}: {label!r} text {wanted}, LibreOffice {candidates[:2]}")
        compared += len(wanted)
    return compared, failures


def words_of(pdf):
    """Each page's words: [(text, xMin, yMin, xMax, yMax)]."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(html.unescape(t), float(a), float(b), float(c), float(d)) for a, b, c, d, t in
                      re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                                 page)])
    return pages


def find_phrases(words, phrase, start=0):
    """Each run of indexes of the words spelling `phrase`, the whole of a line's text in
    its cell ("Table 4: MPA Reserves" is not the start of "... Reserves by year")."""
    wanted = phrase.split()

    def same_line(a, b):
        return abs(a[2] - b[2]) < 0.5 and abs(a[4] - b[4]) < 0.5

    for i in range(start, len(words) - len(wanted) + 1):
        run = words[i:i + len(wanted)]
        if [w[0] for w in run] != wanted or not all(same_line(w, run[0]) for w in run):
            continue
        after = words[i + len(wanted)] if i + len(wanted) < len(words) else None
        if after and same_line(after, run[-1]) and after[1] - run[-1][3] < 10:
            continue
        yield list(range(i, i + len(wanted)))


def check_headers(pdf, sheets, stem):
    """(headers checked, failures): each table's header row printed whole, every page."""
    tables = []  # (title, label header): a title row followed by a wrapped header row
    for rows in sheets.values():
        for r in range(len(rows) - 1):
            title, header = rows[r], rows[r + 1]
            if title and title[0] and not any(title[1:]) and header and header[0] and \
                    any("\n" in cell for cell in header[1:]):
                tables.append((title[0], header[0]))
    checked, failures = 0, []
    for p, words in enumerate(words_of(pdf)):
        for title, label, at in [(t, l, at) for t, l in tables for at in find_phrases(words, t)]:
            top, bottom = min(words[i][2] for i in at), max(words[i][4] for i in at)
            # The label header: the next line in the title's column (not the page header's
            # sheet name, which can be a table's title too; not a label that is its
            # table's title too, as in "Reserves" over "Reserves").
            column = [w for w in words if abs(w[1] - words[at[0]][1]) < 2 and w[2] > bottom - 0.5]
            below = next((run for run in find_phrases(words, label, at[-1] + 1)
                          if column and words[run[0]] == min(column, key=lambda w: w[2])), None)
            if not below:
                continue
            label_right, label_bottom = max(words[i][3] for i in below), max(words[i][4] for i in below)
            header = [w for i, w in enumerate(words) if i not in at and w[1] > label_right and
                      w[4] <= label_bottom + 0.5 and w[2] > top - (bottom - top)]
            if not header:
                continue
            checked += 1
            highest = min(header, key=lambda w: w[2])
            if highest[2] < bottom - 0.5:
                failures.append(f"{stem} page {p + 1}: {title!r}: header line {highest[0]!r} starts at "
                                f"{highest[2]:.1f}, above the title's foot {bottom:.1f}: cut off when printed")
    return checked, failures


def main():
    mtfp = sys.argv[1]
    soffice = shutil.which("soffice")
    if not soffice or not shutil.which("pdftotext"):
        print("skipped: LibreOffice or pdftotext (poppler-utils) not installed")
        return SKIP
    work = tempfile.mkdtemp(prefix="mtfp-print-")
    try:
        books = []
        for stem, scenario, units in BOOKS:
            books.append(os.path.join(work, stem + ".xlsx"))
            subprocess.run([mtfp, "run", scenario, "--format", "xlsx", "--units", units, "-o", books[-1]],
                           check=True)
        profile = os.path.join(work, "profile")
        for target in (CSV_AS_SHOWN, "pdf"):
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                            "--convert-to", target, "--outdir", work, *books],
                           check=True, capture_output=True, timeout=120)
        compared, headers, failures = 0, 0, []
        for stem, scenario, units in BOOKS:
            sheets = sheets_of(work, stem)
            if not sheets:
                failures.append(f"{stem}: LibreOffice exported no sheet")
                continue
            count, problems = check_shown(mtfp, scenario, units, sheets, stem)
            compared += count
            failures += problems
            pdf = os.path.join(work, stem + ".pdf")
            text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                                  text=True).stdout
            for line in text.splitlines():
                if NEGATIVE_ZERO_IN_TEXT.search(line):
                    failures.append(f"{stem}.pdf: {line.strip()!r}")
            count, problems = check_headers(pdf, sheets, stem)
            headers += count
            failures += problems
        if compared < 500:
            failures.append(f"only {compared} figures compared")
        if headers < 20:
            failures.append(f"only {headers} printed header rows found")
        for failure in failures[:40]:
            print("FAIL:", failure)
        print(f"{len(BOOKS)} workbooks shown and printed by LibreOffice: {compared} amounts compared with "
              f"mtfp's text, {headers} printed header rows checked; {len(failures)} problems")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
