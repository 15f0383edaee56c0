from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.audit import list_entries
from app.context import Services
from app.errors import PermissionDenied, ValidationError
from app.printing.profile_store import PROFILES_KEY
from app.roles import Actor
from printing import fonts
from printing.profiles import LABEL_60X40, PROFILED_KINDS, DocumentKind, Orientation, PrinterProfile


def test_defaults_a4_for_sheets_and_60x40_for_labels(services: Services) -> None:
    profiles = services.printing.profiles()
    assert set(profiles) == set(PROFILED_KINDS)
    assert profiles[DocumentKind.INTAKE_SHEET].paper == "A4"
    assert profiles[DocumentKind.PART_TAG].paper == LABEL_60X40
    assert profiles[DocumentKind.BOX_LABEL].paper == LABEL_60X40
    assert profiles[DocumentKind.REMINDER_STICKER].paper == LABEL_60X40
    assert profiles[DocumentKind.APPOINTMENT_SLIP].paper == LABEL_60X40
    assert all(p.printer is None for p in profiles.values())  # "ask" until set
    # 一式两联: the intake and inspection sheets' specs ask for two copies (the customer takes one).
    two = {DocumentKind.INTAKE_SHEET, DocumentKind.INSPECTION_SHEET}
    assert {profiles[k].copies for k in two} == {2}
    assert {p.copies for k, p in profiles.items() if k not in two} == {1}


def test_kinds_have_stable_hyphenated_names() -> None:
    assert [k.value for k in PROFILED_KINDS] == [
        "intake-sheet", "inspection-sheet", "claim-form", "part-tags", "box-label", "warranty-summary",
        "reminder-sticker", "reminder-letter", "lost-analysis", "daily-report", "monthly-summary",
        "appointment-slip",
    ]  # fmt: skip
    assert DocumentKind.TEST_PAGE.value == "test-page"


def test_supervisor_saves_a_profile_and_it_is_audited(
    services: Services, supervisor: Actor, admin: Actor
) -> None:
    changed = PrinterProfile(
        DocumentKind.PART_TAG, "  标签机 ", (50.0, 30.0), Orientation.PORTRAIT, 2, 1.5, -0.5
    )
    saved = services.printing.set_profile(supervisor, changed)
    assert saved.printer == "标签机"  # trimmed
    again = services.printing.profiles()[DocumentKind.PART_TAG]
    assert again == saved
    assert again.paper == (50.0, 30.0) and again.copies == 2 and again.offset_y_mm == -0.5
    assert services.printing.profiles()[DocumentKind.INTAKE_SHEET].paper == "A4"  # others untouched
    rows = list_entries(services.db, admin, entity="setting")
    assert rows[0].entity_id == PROFILES_KEY and rows[0].user_id == supervisor.user_id
    assert rows[0].after is not None and rows[0].after["value"]["part-tags"]["printer"] == "标签机"
    # Only what the dealer changed is stored: the other kinds follow their defaults.
    assert set(rows[0].after["value"]) == {"part-tags"}


def test_the_intake_sheet_copies_are_a_setting(services: Services, admin: Actor) -> None:
    sheet = services.printing.profile(DocumentKind.INTAKE_SHEET)
    assert sheet.copies == 2
    services.printing.set_profile(admin, replace(sheet, copies=3))
    assert services.printing.profile(DocumentKind.INTAKE_SHEET).copies == 3
    services.printing.set_profile(admin, replace(sheet, copies=1))
    assert services.printing.profile(DocumentKind.INTAKE_SHEET).copies == 1


def test_advisor_may_not_change_profiles(services: Services, advisor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.printing.set_profile(advisor, PrinterProfile(DocumentKind.PART_TAG, "x"))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"copies": 0}, "copies"),
        ({"copies": 100}, "copies"),
        ({"offset_x_mm": 25.0}, "offset_x_mm"),
        ({"paper": (5.0, 40.0)}, "paper"),
    ],
)
def test_invalid_values_are_refused(
    services: Services, admin: Actor, change: dict[str, object], field: str
) -> None:
    profile = replace(PrinterProfile(DocumentKind.PART_TAG, paper=LABEL_60X40), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        services.printing.set_profile(admin, profile)
    assert info.value.field == field
    assert "旧件标签" in info.value.message


def test_broken_stored_values_fall_back_to_defaults(services: Services, admin: Actor) -> None:
    from app.settings import write_json
    from app.uow import unit_of_work

    with unit_of_work(services.db) as s:
        write_json(s, admin, PROFILES_KEY, {"part-tags": {"paper": "B5?", "orientation": "sideways"}, "x": 1})
    profile = services.printing.profiles()[DocumentKind.PART_TAG]
    assert profile.paper == LABEL_60X40 and profile.orientation == Orientation.PORTRAIT


def test_profile_json_round_trip() -> None:
    p = PrinterProfile(DocumentKind.DAILY_REPORT, "A4激光", "A4", Orientation.LANDSCAPE, 3, 0.5, 1.0)
    assert PrinterProfile.from_json(p.kind, json.loads(json.dumps(p.to_json()))) == p
    assert p.page_size_mm == (297.0, 210.0)


def test_font_path_setting(services: Services, admin: Actor, tmp_path: Path) -> None:
    wqy = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not wqy.exists():
        pytest.skip("fonts-wqy-microhei is not installed")
    mine = tmp_path / "counter-font.ttc"
    mine.write_bytes(wqy.read_bytes())
    try:
        services.printing.set_font_path(admin, str(mine))
        assert services.printing.font_path() == str(mine)
        assert fonts.current().path == mine and fonts.current().source == "configured"
        broken = tmp_path / "broken.ttf"
        broken.write_bytes(b"nope")
        with pytest.raises(ValidationError) as info:
            services.printing.set_font_path(admin, str(broken))
        assert info.value.field == "font"
        assert services.printing.font_path() == str(mine)  # unchanged
        services.printing.set_font_path(admin, "")
        assert services.printing.font_path() is None and fonts.current().source != "configured"
    finally:
        fonts.configure(None)
