"""Who the reminders' choosers offer (advisor, assigned to, 分配给…).

The colleagues come from services.users.list_users, which only those who manage the user
accounts may read (the administrator); anyone else is offered themselves, so an advisor can
still filter to the cars of their own orders or to those given to them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.context import Services
from app.roles import Actor, Permission


@dataclass(frozen=True)
class Person:
    id: int
    name: str


def colleagues(services: Services, actor: Actor) -> tuple[Person, ...]:
    """Off the UI thread: the active users, or the actor alone when the list may not be read."""
    if actor.can(Permission.MANAGE_USERS):
        users = services.users.list_users(actor)
        return tuple(Person(u.id, u.display_name) for u in users if u.active)
    if actor.user_id is None:
        return ()
    return (Person(actor.user_id, actor.display_name),)
