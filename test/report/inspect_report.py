"""Reads a report workbook with openpyxl (an independent reader) and prints what the tests check, as JSON."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"active": wb.active.title, "sheets": []}
for ws in wb.worksheets:
    ps = ws.page_setup
    out["sheets"].append(
        {
            "name": ws.title,
            "state": ws.sheet_state,
            "paperSize": ps.paperSize,
            "orientation": ps.orientation,
            "fitToWidth": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
            "printTitleRows": ws.print_title_rows,
            "printArea": ws.print_area,
            "footer": ws.oddFooter.center.text if ws.oddFooter and ws.oddFooter.center else None,
            "values": [[c for c in row] for row in ws.iter_rows(values_only=True)] if ws.sheet_state != "veryHidden" or ws.title == "_lianfang_report" else [],
        }
    )
print(json.dumps(out, ensure_ascii=False, default=str))
