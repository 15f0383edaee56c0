"""Printing in the interface: preview before printing, the print queue, printer settings.

Entry points for menus and tabs (each takes the Services and the Actor):
- print_with_preview(parent, services, actor, kind, ref, pdf): shows the exact PDF and prints it.
- PrintQueueDialog(services, actor): jobs pending, failed, printed; retry, reroute, cancel.
- PrinterSettingsDialog(services, actor): profiles per document kind, test page (admin, supervisor).
"""

from ui.printing.preview import PrintPreviewDialog, print_with_preview
from ui.printing.queue import PrintQueueDialog
from ui.printing.settings_dialog import PrinterSettingsDialog

__all__ = ["PrintPreviewDialog", "PrintQueueDialog", "PrinterSettingsDialog", "print_with_preview"]
