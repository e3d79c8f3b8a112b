#!/usr/bin/env python3
"""Opens each shipped scenario's workbook as a user would, in LibreOffice Calc.

The cached result of every formula is replaced first by a wrong figure (a stripped
result is not enough: LibreOffice then shows the right figure whether or not it was
told to recalculate, so that would not prove the setting works), and LibreOffice is
told to recalculate on load, so every total, roll-forward and identity it shows is its
own calculation from the input cells. Then, as a user would, an input is changed in
the Assumptions sheet (central funding's 2008/09 growth, 2.5% -> 3.5%) and every
figure must be what `mtfp run --set grants.general.growth.2008/09=3.5%` gives. Every sheet is exported to CSV and every figure
compared with `mtfp run --format csv --units 1` (exact pounds). Exits 77 (skipped)
when LibreOffice is not installed.

usage: libreoffice-roundtrip.py MTFP SCENARIO...
"""
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from fractions import Fraction

SKIP = 77
SHEETS = {"summary": "Summary", "table2": "Table 2", "table3": "Table 3", "table4": "Table 4",
          "gap": "Gap", "grants": "Grants", "council_tax": "Council tax", "savings": "Savings"}
# Recalculate every formula of an OOXML file on load (0 = always), so that no cached
# value is shown.
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
# Comma, double quote, UTF-8, from line 1, ..., values not "as shown", every sheet.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


WRONG = "123456789"


def poison_cached_results(source, target):
    """Copies the workbook with every formula's cached result wrong; returns how many."""
    count = 0
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text, n = re.subn(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1<v>" + WRONG + "</v>",
                                  data.decode("utf-8"))
                count += n
                data = text.encode("utf-8")
            zout.writestr(item, data)
    return count


def expected_blocks(mtfp, scenario, sets=()):
    """The mtfp CSV: a list of (table key, rows) with each row (label, [cells])."""
    out = subprocess.run([mtfp, "run", scenario, "--format", "csv", "--units", "1", *sets],
                         check=True, capture_output=True, text=True).stdout
    blocks = []
    for block in out.replace("\r\n", "\n").strip("\n").split("\n\n"):
        records = list(csv.reader(io.StringIO(block)))
        rows = [(r[2], r[4:]) for r in records[1:]]
        blocks.append((records[1][0], rows))
    return blocks


def same_figure(want, have):
    """mtfp's CSV shows a rate rounded to two decimals of a percent where it has more
    (4.75%); the workbook holds it exactly (4.74786725%). Words (a year, an owner) are
    compared as they are."""
    try:
        number(want), number(have)
    except ValueError:
        return want.strip() == have.strip()
    if want.endswith("%"):
        places = len(want[:-1].partition(".")[2])
        exact = number(have) * 100
        step = Fraction(1, 10 ** places)
        magnitude = (abs(exact) / step + Fraction(1, 2)).__floor__() * step  # half away from zero
        return number(want) * 100 == (magnitude if exact >= 0 else -magnitude)
    return number(want) == number(have)


def number(text):
    text = text.strip()
    if text.endswith("%"):
        return Fraction(text[:-1]) / 100
    return Fraction(text)


def compare(mtfp, scenario, work, stem, sets=(), skip_real_terms=False):
    """Every figure of the scenario's plan against LibreOffice's sheets; (compared, failures)."""
    failures = []
    compared = 0
    sheets = {}
    for block_key, rows in expected_blocks(mtfp, scenario, sets):
        if skip_real_terms and block_key == "grants":
            # Real-terms changes are values, not formulas: they stay as computed.
            start = [label for label, _ in rows].index("Real-terms change:")
            end = [label for label, _ in rows].index("Council tax:")
            rows = rows[:start] + rows[end:]
        name = SHEETS[block_key]
        if name not in sheets:
            path = os.path.join(work, f"{stem}-{name}.csv")
            if not os.path.exists(path):
                return 0, [f"{stem}: LibreOffice exported no sheet {name!r}: {sorted(os.listdir(work))}"]
            with open(path, encoding="utf-8") as f:
                sheets[name] = [list(r) for r in csv.reader(f)]
            sheets[name + ":at"] = 0
        got, at = sheets[name], sheets[name + ":at"]
        for label, cells in rows:
            while at < len(got) and (not got[at] or got[at][0] != label):
                at += 1
            if at == len(got):
                failures.append(f"{stem} {name}: no row {label!r}")
                break
            values = got[at][1:] + [""] * len(cells)
            for c, want in enumerate(cells):
                have = values[c]
                if want == "" and have == "":
                    continue
                if want == "" or have == "" or not same_figure(want, have):
                    failures.append(f"{stem} {name}: {label!r} column {c + 1}: LibreOffice {have!r}, mtfp {want!r}")
                compared += 1
            at += 1
        sheets[name + ":at"] = at
    return compared, failures


def compare_what_if(mtfp, scenario, work, stem, sets, at_least):
    """A workbook with inputs changed: every figure against `mtfp run` with `sets`, and
    the figures that moved (those that differ from the unchanged plan); (compared,
    moved, failures)."""
    count, problems = compare(mtfp, scenario, work, stem, sets)
    moved = compare(mtfp, scenario, work, stem)[1]
    if len(moved) < at_least:
        problems.append(f"{stem}: changing the inputs moved only {len(moved)} figures")
    return count, moved, problems


def change_input(source, target, label, year_column, value):
    """Copies the workbook with one input of the Assumptions sheet changed, as a user
    would type it: the row labelled `label`, column `year_column` (B is the base year)."""
    with zipfile.ZipFile(source) as zin:
        strings = re.findall(r"<si><t[^>]*>([^<]*)</t></si>", zin.read("xl/sharedStrings.xml").decode())
        names = re.findall(r'<sheet name="([^"]*)"', zin.read("xl/workbook.xml").decode())
        sheet = f"xl/worksheets/sheet{names.index('Assumptions') + 1}.xml"
        xml = zin.read(sheet).decode()
        row = re.search(rf'<c r="A(\d+)"[^>]*t="s"><v>{strings.index(label)}</v>', xml).group(1)
        xml, n = re.subn(rf'(<c r="{year_column}{row}"[^>]*><v>)[^<]*(</v>)', rf"\g<1>{value}\2", xml)
        assert n == 1, f"no input cell {year_column}{row}"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                zout.writestr(item, xml.encode() if item.filename == sheet else zin.read(item.filename))


def main():
    mtfp, scenarios = sys.argv[1], sys.argv[2:]
    soffice = shutil.which("soffice")
    if not soffice:
        print("skipped: LibreOffice not installed")
        return SKIP
    work = tempfile.mkdtemp(prefix="mtfp-lo-")
    try:
        books = []
        formulas = 0
        for n, scenario in enumerate(scenarios):
            workbook = os.path.join(work, f"plan{n}.xlsx")
            subprocess.run([mtfp, "run", scenario, "--format", "xlsx", "-o", workbook], check=True)
            books.append(os.path.join(work, f"recalc{n}.xlsx"))
            in_book = poison_cached_results(workbook, books[-1])
            if in_book < 50:
                print(f"FAIL: only {in_book} formulas in the workbook of {scenario}")
                return 1
            formulas += in_book
        # What a user does: change the 2008/09 growth of central funding to 3.5% in the
        # Assumptions sheet; every figure must then be what mtfp computes with --set.
        what_if = ["--set", "grants.general.growth.2008/09=3.5%"]
        changed = os.path.join(work, "changed.xlsx")
        change_input(os.path.join(work, "plan0.xlsx"), changed, "Central funding: growth", "D", "0.035")
        books.append(os.path.join(work, "whatif.xlsx"))
        formulas += poison_cached_results(changed, books[-1])
        # The indices too (issue 15): pay and prices in 2008/09, typed on the Assumptions
        # sheet, reach every line's inflation through the Workings sheet.
        rates_set = ["--set", "indices.pay.2008/09=4.25%", "--set", "indices.prices.2008/09=3.5%"]
        pay = os.path.join(work, "pay.xlsx")
        change_input(os.path.join(work, "plan0.xlsx"), pay, "pay", "D", "0.0425")
        rates = os.path.join(work, "rates.xlsx")
        change_input(pay, rates, "prices", "D", "0.035")
        books.append(os.path.join(work, "indices.xlsx"))
        formulas += poison_cached_results(rates, books[-1])
        profile = os.path.join(work, "profile")
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(RECALC_ALWAYS)
        started = time.monotonic()
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", CSV_FILTER, "--outdir", work, *books],
                       check=True, capture_output=True, timeout=120)
        seconds = time.monotonic() - started
        compared, failures = 0, []
        for n, scenario in enumerate(scenarios):
            count, problems = compare(mtfp, scenario, work, f"recalc{n}")
            if count < 200:
                problems.append(f"{scenario}: only {count} figures compared")
            compared += count
            failures += problems
        count, moved, problems = compare_what_if(mtfp, scenarios[0], work, "whatif", what_if, 10)
        compared += count
        failures += problems
        rates_compared, rates_moved, problems = compare_what_if(mtfp, scenarios[0], work, "indices",
                                                                rates_set, 50)
        compared += rates_compared
        failures += problems
        for failure in failures[:40]:
            print("FAIL:", failure)
        print(f"LibreOffice recalculated {formulas} formulas in {len(books)} workbooks (one with an input "
              f"changed: {len(moved)} figures moved); compared {compared} figures; {len(failures)} differ; "
              f"soffice took {seconds:.1f} s")
        print(f"pay 4.25% and prices 3.5% in 2008/09 typed on the Assumptions sheet: {len(rates_moved)} figures "
              f"moved; {rates_compared} figures compared with mtfp run {' '.join(rates_set)}; "
              f"{len([f for f in failures if f.startswith('indices')])} differ")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
