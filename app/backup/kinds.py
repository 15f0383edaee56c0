"""The vocabularies of backups, with their labels: what made a backup, and how fresh the last is."""

from __future__ import annotations

from enum import StrEnum


class Trigger(StrEnum):
    """Who or what made a backup (kept in its audit row)."""

    DAILY = "daily"  # the program's own, once a day when the window opens (and hourly after)
    MANUAL = "manual"  # the administrator's 立即备份 in the administration tab
    COMMAND = "command"  # `qiantai backup`

    @property
    def label(self) -> str:
        return TRIGGER_LABELS[self]


TRIGGER_LABELS: dict[Trigger, str] = {
    Trigger.DAILY: "每日自动备份",
    Trigger.MANUAL: "手动备份",
    Trigger.COMMAND: "命令行备份",
}


class Freshness(StrEnum):
    """What the status bar says about the backups."""

    FRESH = "fresh"  # the last good backup is at most STALE_AFTER old
    STALE = "stale"  # older than that
    NONE_YET = "none_yet"  # a folder is set, no good backup yet
    NOT_CONFIGURED = "not_configured"  # no backup folder in the dealer settings
    SERVER = "server"  # PostgreSQL: the server's own tools keep the copies

    @property
    def label(self) -> str:
        return FRESHNESS_LABELS[self]

    @property
    def warns(self) -> bool:
        return self in (Freshness.STALE, Freshness.NONE_YET, Freshness.NOT_CONFIGURED)


FRESHNESS_LABELS: dict[Freshness, str] = {
    Freshness.FRESH: "备份正常",
    Freshness.STALE: "备份过期",
    Freshness.NONE_YET: "尚无备份",
    Freshness.NOT_CONFIGURED: "未设置备份",
    Freshness.SERVER: "由数据库服务器备份",
}
