#!/usr/bin/env python3
"""The shire scenario's workbook (issue 11's levers), read from its XML: the sheets in
order (Council tax and Savings after Grants); on the Gap sheet the gap before reserves
and the risk-adjusted gap as live formulas over the rows they are made of, their cached
results the figures of `--format json`; the council tax sheet's Band D and tax base to
two decimals as JSON gives them; Table 4's first year-end below each reserve's floor as
JSON gives it, with no "Amounts in" note under that table (it holds years, not amounts);
and the bridge's precept step named with the collection fund.

usage: shire.py MTFP
"""
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from decimal import Decimal

SCENARIO = "scenarios/shire-2025-29.yaml"
failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def cells_of(book, sheet, strings):
    """{ref: (formula or None, value)} of one worksheet, shared strings resolved."""
    cells = {}
    xml = book.read(f"xl/worksheets/sheet{sheet}.xml").decode()
    for ref, attrs, body in re.findall(r'<c r="([A-Z]+\d+)"([^>]*)>(.*?)</c>', xml, re.S):
        formula = re.search(r"<f>([^<]*)</f>", body)
        value = re.search(r"<v>([^<]*)</v>", body)
        if not value:
            continue
        text = strings[int(value.group(1))] if 't="s"' in attrs else value.group(1)
        cells[ref] = (formula.group(1) if formula else None, text)
    return cells


def row_with_label(cells, label, after=0):
    rows = sorted(int(ref[1:]) for ref, (_, v) in cells.items() if ref.startswith("A") and v == label)
    rows = [r for r in rows if r > after]
    return rows[0] if rows else None


def main():
    mtfp = sys.argv[1]
    plan = json.loads(subprocess.run([mtfp, "run", SCENARIO, "--format", "json"], check=True,
                                     capture_output=True, text=True).stdout)
    years = list(plan["gap"]["years"])
    with tempfile.TemporaryDirectory() as work:
        path = f"{work}/shire.xlsx"
        subprocess.run([mtfp, "run", SCENARIO, "--format", "xlsx", "-o", path], check=True)
        book = zipfile.ZipFile(path)
        names = re.findall(r'<sheet name="([^"]*)"', book.read("xl/workbook.xml").decode())
        expect(names == ["Summary", "Table 2", "Table 3", "Table 4", "Gap", "Grants", "Council tax", "Savings",
                         "Assumptions", "Workings"], f"sheets {names}")
        strings = [re.sub(r"<[^>]+>", "", s) for s in
                   re.findall(r"<si>(.*?)</si>", book.read("xl/sharedStrings.xml").decode(), re.S)]

        gap = cells_of(book, names.index("Gap") + 1, strings)
        rows = {label: row_with_label(gap, label, after=2) for label in  # below the title
                ("Budget gap", "Use of reserves to balance", "Gap before use of reserves", "Savings at risk",
                 "Risk-adjusted gap")}
        expect(all(rows.values()), f"Gap sheet rows {rows}")
        if all(rows.values()):
            for column, year in zip("BCD", years):
                made = {key: gap.get(f"{column}{rows[label]}") for key, label in
                        (("before", "Gap before use of reserves"), ("risk", "Risk-adjusted gap"))}
                expect(made["before"] and made["before"][0] ==
                       f"{column}{rows['Budget gap']}-{column}{rows['Use of reserves to balance']}",
                       f"gap before reserves {year}: formula {made['before']}")
                expect(made["risk"] and made["risk"][0] ==
                       f"{column}{rows['Budget gap']}+{column}{rows['Savings at risk']}",
                       f"risk-adjusted gap {year}: formula {made['risk']}")
                figures = plan["gap"]["years"][year]
                expect(made["before"] and int(made["before"][1]) == figures["gap_before_reserves"],
                       f"gap before reserves {year}: {made['before']} against {figures['gap_before_reserves']}")
                expect(made["risk"] and int(made["risk"][1]) == figures["risk_adjusted_gap"],
                       f"risk-adjusted gap {year}: {made['risk']} against {figures['risk_adjusted_gap']}")
        expect(row_with_label(gap, "Change in precept and collection fund") is not None,
               "the bridge's precept step does not name the collection fund")

        tax = cells_of(book, names.index("Council tax") + 1, strings)
        band_d, tax_base = row_with_label(tax, "Band D (£)"), row_with_label(tax, "Tax base (Band D equivalents)")
        columns = "BCDE"
        all_years = [plan["scenario"]["base_year"]] + years
        for column, year in zip(columns, all_years):
            figures = plan["council_tax"]["years"][year]
            expect(band_d and Decimal(tax[f"{column}{band_d}"][1]) == Decimal(figures["band_d"]),
                   f"Band D {year}")
            expect(tax_base and Decimal(tax[f"{column}{tax_base}"][1]) == Decimal(figures["tax_base"]),
                   f"tax base {year}")

        table4 = cells_of(book, names.index("Table 4") + 1, strings)
        title = row_with_label(table4, "Reserves against their floors")
        expect(title is not None, "Table 4: no first year-end below the floor")
        if title:
            for reserve, first in plan["table4"]["first_below"].items():
                name = {"general": "General fund", "ops": "Operational contingency",
                        "estates": "Estates reserve"}[reserve]
                row = row_with_label(table4, name, after=title)
                expect(row and table4.get(f"B{row}", (None, ""))[1] == first,
                       f"first year-end below the floor of {reserve}: {table4.get(f'B{row}')} against {first}")
            notes = [v for ref, (_, v) in table4.items() if int(ref[1:]) > title and v.startswith("Amounts in")]
            expect(not notes, f"an amounts note under the first year-end below the floor: {notes}")
    print("\n".join([f"FAIL: {failure}" for failure in failures] +
                    [f"shire workbook: {len(failures)} problems" if failures else "shire workbook: ok"]))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
