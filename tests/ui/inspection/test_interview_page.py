"""The interview's earlier complaints: those on the same system as the customer's words first,
marked with the system, the others under a smaller heading; asked again as the words change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.inspection import AnswerKind, Question
from app.inspection.earlier import earlier_complaint
from app.roles import Role
from tests.app.factories import add_model, add_vehicle, open_order
from tests.conftest import FakeClock, make_actor
from ui.inspection.inspection_tab import InspectionTab
from ui.inspection.interview_page import InterviewPage
from ui.tasks import SyncTaskRunner

Shot = Callable[[QWidget, str], Path]
EARLIER = (
    earlier_complaint("RO20260520-0003", dt.datetime(2026, 5, 20, 2, tzinfo=dt.UTC), "空调不凉"),
    earlier_complaint("RO20260512-0001", dt.datetime(2026, 5, 12, 2, tzinfo=dt.UTC), "踩刹车时前轮吱吱响"),
    earlier_complaint("RO20260503-0002", dt.datetime(2026, 5, 3, 2, tzinfo=dt.UTC), "保养"),
)


def page(qtbot: QtBot, words: str) -> InterviewPage:
    widget = InterviewPage()
    qtbot.addWidget(widget)
    widget.set_questions((Question("what", "具体现象", AnswerKind.TEXT),))
    widget.load(words, {}, EARLIER)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)  # the layout settles (the side's scroll bar goes when nothing is hidden)
    return widget


def shown(widget: InterviewPage) -> dict[str, str]:
    labels = {
        "heading": widget.same_heading,
        "same": widget.earlier,
        "others_heading": widget.others_heading,
        "others": widget.others,
    }
    return {name: label.text() for name, label in labels.items() if label.isVisibleTo(widget)}


def test_the_same_systems_earlier_complaints_come_first_the_others_under_a_smaller_heading(
    qtbot: QtBot, screenshot: Shot
) -> None:
    widget = page(qtbot, "刹车时有异响")
    got = shown(widget)
    assert got["heading"] == "同一系统（制动系统）的以往描述："
    assert (
        got["same"]
        == f"{EARLIER[1].opened_at.astimezone():%Y-%m-%d}  RO20260512-0001：踩刹车时前轮吱吱响（制动系统）"
    )
    assert got["others_heading"] == "其他以往描述："
    assert got["others"].splitlines() == [
        f"{EARLIER[0].opened_at.astimezone():%Y-%m-%d}  RO20260520-0003：空调不凉（空调）",
        f"{EARLIER[2].opened_at.astimezone():%Y-%m-%d}  RO20260503-0002：保养",
    ]
    assert widget.others.font().pointSizeF() < widget.earlier.font().pointSizeF()
    screenshot(widget, "inspection-interview-earlier")


def test_the_grouping_follows_the_words_as_they_change(qtbot: QtBot) -> None:
    widget = page(qtbot, "")
    got = shown(widget)  # no system named yet: every earlier complaint, newest first
    assert got["heading"] == "本车以往的客户描述：" and len(got["same"].splitlines()) == 3
    assert "others" not in got
    widget.words.setPlainText("空调出风不凉")
    got = shown(widget)
    assert got["heading"] == "同一系统（空调）的以往描述："
    assert "RO20260520-0003" in got["same"] and "RO20260520-0003" not in got["others"]
    widget.words.setPlainText("天窗关不上")  # a system no earlier complaint names
    got = shown(widget)
    assert got["heading"] == "本车以往没有同一系统（门窗）的描述" and "same" not in got
    assert len(got["others"].splitlines()) == 3
    widget.load("刹车", {}, ())
    assert shown(widget) == {"heading": "本车没有以往的客户描述"}


def test_the_tab_shows_this_vehicles_earlier_complaints_by_system(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    orders = sqlite_services.orders.orders
    vehicle = add_vehicle(sqlite_services, advisor, add_model(sqlite_services, advisor), plate="粤B12345")
    for statement in ("刹车时有异响", "空调不凉"):
        done = open_order(sqlite_services, advisor, vehicle, statement=statement)
        orders.cancel_order(advisor, done.id, orders.get_order(advisor, done.id).version, "客户改天再来")
        clock.advance(days=30)
    order = open_order(sqlite_services, advisor, vehicle, statement="刹车发软")
    tab = InspectionTab(sqlite_services, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    tab.open_order(order.id)
    interview = tab.interview
    got = shown(interview)
    assert got["heading"] == "同一系统（制动系统）的以往描述："
    assert "刹车时有异响" in got["same"] and "空调不凉" in got["others"]
    interview.words.setPlainText("空调不制冷")
    got = shown(interview)
    assert "空调不凉" in got["same"] and "刹车时有异响" in got["others"]


def test_the_tab_shows_the_three_guarantee_counts_beside_the_questions(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock
) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    vehicle = add_vehicle(sqlite_services, advisor, add_model(sqlite_services, advisor), plate="粤B12346")
    open_order(sqlite_services, advisor, vehicle, statement="刹车异响")
    clock.advance(days=20)
    order = open_order(sqlite_services, advisor, vehicle, statement="刹车还是响")
    tab = InspectionTab(sqlite_services, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(tab)
    tab.open_order(order.id)
    text = tab.interview.sanbao.text()
    assert "三包累计：" in text and "同一问题（制动系统）修理 2 次" in text
    assert not tab.interview.sanbao.isHidden()
