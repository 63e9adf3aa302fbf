"""Reads lianfang workbooks with openpyxl and prints what it sees as JSON (the shape of view.ts SheetView)."""
import json
import sys

import openpyxl


def scalar(v):
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    return str(v)


def fill_of(rule):
    f = rule.dxf.fill if rule.dxf is not None else None
    if f is None:
        return ""
    for colour in (f.bgColor, f.fgColor):
        if colour is not None and colour.rgb and isinstance(colour.rgb, str) and colour.rgb != "00000000":
            return colour.rgb
    return ""


def sheet_view(ws):
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and type(c).__name__ == "Cell":
                cells[c.coordinate] = scalar(c.value)
    validations = [
        {
            "sqref": str(dv.sqref),
            "type": dv.type,
            "formula1": dv.formula1,
            "formula2": dv.formula2,
            "errorStyle": dv.errorStyle or "stop",
            "prompt": dv.prompt,
        }
        for dv in ws.data_validations.dataValidation
    ]
    cf = []
    for rng, rules in ws.conditional_formatting._cf_rules.items():
        for r in rules:
            cf.append({"sqref": str(rng.sqref), "formula": (r.formula or [""])[0], "fill": fill_of(r)})
    freeze = ws.freeze_panes
    freeze_row = 0
    if freeze:
        freeze_row = openpyxl.utils.cell.coordinate_from_string(freeze)[1] - 1
    ps = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    return {
        "name": ws.title,
        "state": ws.sheet_state,
        "cells": cells,
        "merges": [str(m) for m in ws.merged_cells.ranges],
        "validations": validations,
        "cf": cf,
        "freezeRow": freeze_row,
        "page": {
            "paper": int(ps.paperSize or 0),
            "orientation": ps.orientation or "",
            "fitToPage": bool(fit.fitToPage) if fit is not None else False,
            "fitToWidth": int(ps.fitToWidth if ps.fitToWidth is not None else 1),
            "fitToHeight": int(ps.fitToHeight if ps.fitToHeight is not None else 1),
        },
        "printTitles": ws.print_title_rows or "",
        "printArea": ",".join(ws.print_area) if isinstance(ws.print_area, list) else (ws.print_area or ""),
        "footer": ws.oddFooter.center.text or "" if ws.oddFooter is not None else "",
    }


def workbook_view(path):
    wb = openpyxl.load_workbook(path)
    names = {}
    # openpyxl 3.0 keeps workbook names in a list; 3.1 in a dict (and sheet-scoped ones on the sheet).
    book_names = wb.defined_names
    items = book_names.items() if hasattr(book_names, "items") else [(d.name, d) for d in book_names.definedName]
    for name, dn in items:
        names[name] = dn.attr_text.replace("'", "")
    for ws in wb.worksheets:
        if hasattr(ws, "defined_names") and hasattr(ws.defined_names, "items"):
            for name, dn in ws.defined_names.items():
                names.setdefault(name, dn.attr_text.replace("'", ""))
    return {"sheets": [sheet_view(ws) for ws in wb.worksheets], "names": names}


if __name__ == "__main__":
    print(json.dumps({path: workbook_view(path) for path in sys.argv[1:]}, ensure_ascii=False))
