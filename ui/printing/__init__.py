"""Printing in the interface: one flow for every document, the print queue, printer settings.

Entry points for menus and tabs (each takes the Services and the Actor):
- DocumentFlow(services, actor, runner, message, bus): preview, print directly or reprint any
  registered document by kind and reference (ui.printing.document_flow).
- PrintQueueDialog(services, actor): jobs pending, failed, printed; retry, reroute, cancel, reprint.
- PrinterSettingsDialog(services, actor): profiles per document kind, test page (admin, supervisor).

The names load on first use: the preview and the queue bring Qt's PDF modules, which the program
does not load at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.printing.document_flow import DocumentFlow
    from ui.printing.preview import PreviewContent, PrintPreviewDialog
    from ui.printing.queue import PrintQueueDialog
    from ui.printing.settings_dialog import PrinterSettingsDialog

_WHERE = {
    "DocumentFlow": "ui.printing.document_flow",
    "PreviewContent": "ui.printing.preview",
    "PrintPreviewDialog": "ui.printing.preview",
    "PrintQueueDialog": "ui.printing.queue",
    "PrinterSettingsDialog": "ui.printing.settings_dialog",
}

__all__ = [
    "DocumentFlow",
    "PreviewContent",
    "PrintPreviewDialog",
    "PrintQueueDialog",
    "PrinterSettingsDialog",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)
