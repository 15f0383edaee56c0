"""At start-up: the newest rows of the audit log are checked, and a break is shown as a warning.

The program starts either way; the warning tells the user to have the administrator run
`qiantai audit verify`, which checks the whole log and says where each break is.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from app.audit_verify import check_recent
from app.errors import QiantaiError
from ui.i18n import localized, tr

if TYPE_CHECKING:
    from app.context import Services

log = logging.getLogger(__name__)


def warn_if_audit_log_broken(services: Services, parent: QWidget | None = None) -> bool:
    """True when a warning was shown. A database that cannot be read here is left to the next read."""
    try:
        report = check_recent(services.db)
    except QiantaiError as e:
        log.warning("the audit chain could not be checked: %s", e)
        return False
    warning = report.startup_warning
    if warning is None:
        return False
    QMessageBox.warning(parent, tr("售后前台"), localized(warning))
    return True
