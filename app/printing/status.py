"""The states of a print job (print_jobs.status) and the filters of the print queue, with labels.

pending: recorded, not (yet) printed; the last attempt's reason is kept when one failed.
printing: a counter is sending it now (a mark older than STALE_CLAIM counts as pending again).
printed: the spooler took it. cancelled: dropped by a user before it printed.
"""

from __future__ import annotations

from enum import StrEnum


class PrintJobStatus(StrEnum):
    PENDING = "pending"
    PRINTING = "printing"
    PRINTED = "printed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def finished(self) -> bool:
        """Nothing more will happen to the job (it is shown greyed out)."""
        return self in (PrintJobStatus.PRINTED, PrintJobStatus.CANCELLED)


STATUS_LABELS: dict[PrintJobStatus, str] = {
    PrintJobStatus.PENDING: "待打印",
    PrintJobStatus.PRINTING: "正在打印",
    PrintJobStatus.PRINTED: "已打印",
    PrintJobStatus.CANCELLED: "已取消",
}
FAILED_LABEL = "打印失败，待重试"  # a pending job whose last attempt failed


class JobFilter(StrEnum):
    """What the print queue shows (None: every job)."""

    PENDING = "pending"  # pending and being printed
    FAILED = "failed"  # pending jobs whose last attempt failed
    PRINTED = "printed"
    CANCELLED = "cancelled"


FILTER_LABELS: dict[JobFilter, str] = {
    JobFilter.PENDING: "待打印",
    JobFilter.FAILED: "失败待重试",
    JobFilter.PRINTED: "已打印",
    JobFilter.CANCELLED: "已取消",
}
