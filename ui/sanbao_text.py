"""三包 alerts as the counter reads them: one line each, its weight first (【三包重点】...), in the
interface language. Shown on the order form, the vehicle card and the inspection sheet's interview
(which also shows the counts behind them)."""

from __future__ import annotations

from app.warranty import SanbaoAlert, SanbaoCounts, Severity
from ui.i18n import localized, tr


def alert_lines(alerts: tuple[SanbaoAlert, ...]) -> str:
    marks = {
        Severity.CRITICAL: tr("【三包重点】"),
        Severity.WARNING: tr("【三包提醒】"),
        Severity.INFO: tr("【提示】"),
    }
    return "\n".join(marks[a.severity] + localized(a.message) for a in alerts)


def count_lines(counts: SanbaoCounts) -> str:
    """The numbers behind the alerts (repair days, repairs of each problem, replacements), under
    a heading, in the interface language."""
    return "\n".join([tr("三包累计："), *(localized(line) for line in counts.lines())])
