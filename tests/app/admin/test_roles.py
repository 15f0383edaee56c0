"""A refusal names the action in words, never an internal permission key."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.roles import PERMISSIONS, Actor, Permission, Role, require


@pytest.mark.parametrize("permission", list(Permission))
def test_every_refusal_names_the_action_in_words(permission: Permission) -> None:
    claims = Actor(user_id=7, username="li", display_name="李索赔", role=Role.CLAIMS)
    if claims.can(permission):
        claims = Actor(user_id=8, username="wang", display_name="王顾问", role=Role.ADVISOR)
    if claims.can(permission):
        pytest.skip("every counter role may do this")
    with pytest.raises(PermissionDenied) as refused:
        require(claims, permission)
    message = refused.value.message
    assert permission.value not in message
    assert "_" not in message and not any("a" <= c <= "z" for c in message.lower())
    assert "无权" in message


def test_advisor_may_not_cancel_anothers_order_and_is_told_so() -> None:
    advisor = Actor(user_id=8, username="wang", display_name="王顾问", role=Role.ADVISOR)
    assert Permission.CANCEL_ORDERS not in PERMISSIONS[Role.ADVISOR]
    with pytest.raises(PermissionDenied, match="服务顾问账号无权取消他人的工单"):
        require(advisor, Permission.CANCEL_ORDERS)
