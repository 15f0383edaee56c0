"""Who the reminders' choosers offer (advisor, assigned to, 分配给…): the active colleagues from
services.users.colleagues, each with their role, for everyone who works the reminders."""

from __future__ import annotations

from dataclasses import dataclass

from app.context import Services
from app.roles import Actor
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str = ""  # the role's label, as the app gives it (服务顾问, 前台主管 …)

    @property
    def shown(self) -> str:
        """王小明（服务顾问）: two colleagues of one name told apart by their role."""
        if not self.role:
            return self.name
        return _tr("{0}（{1}）", "a colleague and their role").format(self.name, tr_label(self.role))


def colleagues(services: Services, actor: Actor) -> tuple[Person, ...]:
    """Off the UI thread: the active users, as (id, name, role)."""
    return tuple(Person(user_id, name, role) for user_id, name, role in services.users.colleagues(actor))
