"""Documents: plain frozen data in, PDF bytes out (reportlab), with no database. Qt is used only to
rasterise the car outline drawings (QtSvg, outline_image) for the inspection sheet.

A document module exposes a frozen dataclass for its data and `render(data) -> bytes`; the
bytes are deterministic (the same data gives the same PDF), so tests compare text and layout.

Building blocks:
- forms.A4Form: header (dealer name and code, title, number), sections, key-value grids,
  wrapping tables, free paragraphs, signature lines, "第 1 页 / 共 2 页" on every page.
- labels.render_labels / labels.Label: one label per page, sized and positioned in mm, with
  fitted text, Code 128 and QR.
- barcodes: Code 128 and QR drawn on any reportlab canvas, sized exactly.
- printer_test_page: the printer test page (A4 and label), an example of both.
- inspection_sheet: the inspection sheet with the five outline views and the marks where they
  were placed (outline_image lays out the views and draws the marks).
"""
