#!/usr/bin/env python3
"""The workbook's structure, read from its XML (no spreadsheet program needed): the
sheets in order, live formulas with cached results, £m number format (no "-0.0"), the
header row's height, frozen headers,
A4 landscape fitted to width with print titles (header rows repeated only on a one-table sheet); `check` adds a Checks sheet first;
without -o it is refused with exit 2 and nothing on standard output; `compare --layout
wide` puts A, B and B-A of each year side by side on one sheet per table.

usage: structure.py MTFP SCENARIO
"""
import re
import subprocess
import sys
import tempfile
import zipfile

failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def sheet_names(book):
    return re.findall(r'<sheet name="([^"]*)"', book.read("xl/workbook.xml").decode())


def main():
    mtfp, scenario = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as work:
        plan = f"{work}/plan.xlsx"
        subprocess.run([mtfp, "run", scenario, "--format", "xlsx", "-o", plan], check=True)
        with zipfile.ZipFile(plan) as book:
            names = sheet_names(book)
            expect(names == ["Summary", "Table 2", "Table 3", "Table 4", "Gap", "Grants", "Assumptions", "Workings"],
                   f"sheets {names}")
            summary = book.read("xl/worksheets/sheet1.xml").decode()
            formulas = re.findall(r"<f>([^<]*)</f><v>(-?\d+)</v>", summary)
            expect(len(formulas) >= 60, f"{len(formulas)} formulas with cached results in the Summary")
            expect(any(f.count("+") >= 5 for f, _ in formulas), "no section total over its lines")
            expect('state="frozen"' in summary, "no frozen panes")
            expect('orientation="landscape"' in summary and 'paperSize="9"' in summary, "not A4 landscape")
            expect('fitToPage="1"' in summary, "not fitted to the page width")
            styles = book.read("xl/styles.xml").decode()
            expect("#,##0.0,," in styles, "no £m number format")
            # No "-0.0" where the text shows 0.0 (docs/output-formats.md): a number format
            # whose sections are chosen by conditions, and a conditional format on amounts.
            expect('formatCode="[&gt;=0]#,##0.0,,;[&lt;=-50000]-#,##0.0,,;&quot;0.0&quot;"' in styles,
                   "£m number format can show -0.0")
            expect('<numFmt numFmtId="' in styles.partition("<dxfs")[2] and
                   'formatCode="#,##0.0,,;#,##0.0,,;0.0"' in styles.partition("<dxfs")[2],
                   "no small-negative format for the conditional format")
            grants = book.read(f"xl/worksheets/sheet{names.index('Grants') + 1}.xml").decode()
            expect(len(re.findall(r"<formula>AND\(B\d+&lt;0,B\d+&gt;-50000\)</formula>", grants)) >= 5,
                   "Grants: amounts without the small-negative conditional format")
            # The header row as tall as the longest header wrapped: "2006/07 Budget as per
            # Budget Book" and the unit take four lines in a column 16 wide.
            header = re.search(r'<row r="2"[^>]*\bht="([\d.]+)"', summary)
            expect(header and float(header.group(1)) >= 60, f"Summary header row {header and header.group(1)} points")
            defined = book.read("xl/workbook.xml").decode()
            titles = re.findall(r'<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<', defined)
            titled = set(int(i) for i, ranges in titles if re.search(r"!\$1:\$\d+", ranges))  # rows repeated
            expect(0 in titled, "no print titles on the Summary")
            # Several tables on one sheet: repeated rows would name the first over the others.
            for several in ("Table 4", "Gap"):
                expect(names.index(several) not in titled, f"{several}: the first table's title repeated on every page")
            table3 = book.read("xl/worksheets/sheet3.xml").decode()
            expect(len(re.findall(r"<f>", table3)) == 7,
                   "Table 3: base budget, three roll-forwards and each year's inflation over the Workings sheet")
            workings = book.read("xl/worksheets/sheet8.xml").decode()
            expect(len(re.findall(r"<f>ROUND\(ROUND\(\([^<]*\)\*\(1\+'Assumptions'!", workings)) >= 60,
                   "Workings: no inflation as ROUND(previous x (1 + an Assumptions rate))")
        pounds = f"{work}/pounds.xlsx"
        subprocess.run([mtfp, "run", scenario, "--format", "xlsx", "--units", "000", "-o", pounds], check=True)
        with zipfile.ZipFile(pounds) as book:
            expect('[&lt;=-500]-#,##0,;&quot;0&quot;' in book.read("xl/styles.xml").decode(),
                   "--units 000: no £000 format, or one that can show -0")
        checks = f"{work}/checks.xlsx"
        status = subprocess.run([mtfp, "check", scenario, "--format", "xlsx", "-o", checks]).returncode
        expect(status in (0, 1), f"check --format xlsx exit {status}")
        with zipfile.ZipFile(checks) as book:
            names = sheet_names(book)
            expect(names[:2] == ["Checks", "Summary"], f"check sheets {names}")
            text = book.read("xl/sharedStrings.xml").decode()
            expect("balanced_budget" in text, "no check lines")
        wide = f"{work}/wide.xlsx"
        subprocess.run([mtfp, "compare", scenario, scenario, "--layout", "wide", "--table", "gap",
                        "--format", "xlsx", "-o", wide], check=True)
        with zipfile.ZipFile(wide) as book:
            expect(sheet_names(book) == ["Gap"], f"compare --layout wide sheets {sheet_names(book)}")
            text = book.read("xl/sharedStrings.xml").decode()
            for year in ("2007/08", "2009/10"):
                for letter in ("A", "B", "B-A"):
                    expect(f"Plan {year}: {letter}\n" in text, f"compare --layout wide: no column {year} {letter}")
            expect("B/A" not in text, "compare --layout wide: a percentage column")
        refused = subprocess.run([mtfp, "run", scenario, "--format", "xlsx"], capture_output=True, text=True)
        expect(refused.returncode == 2, f"xlsx to stdout: exit {refused.returncode}")
        expect(refused.stdout == "", "xlsx to stdout printed something")
        expect("give -o FILE.xlsx" in refused.stderr, f"xlsx to stdout: {refused.stderr!r}")
    for failure in failures:
        print("FAIL:", failure)
    print("workbook structure:", "ok" if not failures else f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
