"""A dialog whose Enter key belongs to its fields, also after it is shown.

ui.forms.enter_never_clicks takes the default off the OK button, but QDialogButtonBox makes its
first accept button the default again when it is shown; Enter in a field would then click OK
(and save) instead of moving on. This base class takes it off again once the dialog is shown.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ui.forms import enter_never_clicks


class CounterDialog(QDialog):
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for box in self.findChildren(QDialogButtonBox):
            enter_never_clicks(box)
