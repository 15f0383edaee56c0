"""Who the lounge display is: no user, no login, and only the right to read the service board."""

from __future__ import annotations

from dataclasses import dataclass

from app.roles import Actor, Permission, Role


@dataclass(frozen=True)
class ViewerActor(Actor):
    """An actor whose one permission is VIEW_BOARD, whatever its role says: every service refuses
    it anything else (the role is only what a refusal would name)."""

    def can(self, permission: Permission) -> bool:
        return permission is Permission.VIEW_BOARD


LOUNGE_ACTOR = ViewerActor(user_id=None, username="lounge", display_name="客休区显示屏", role=Role.ADVISOR)
