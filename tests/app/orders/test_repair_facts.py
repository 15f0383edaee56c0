"""How an order is handed to the 三包 rules: which job types are quality repairs, which lines count."""

from __future__ import annotations

from app.orders._rows import line_facts, quality_repair, visit_state
from app.warranty import RepairLineFacts, VisitState


def test_only_general_repairs_and_warranty_jobs_are_quality_repairs() -> None:
    assert quality_repair(["一般维修"]) is True
    assert quality_repair(["索赔", "保养"]) is True
    for other in ("保养", "事故", "钣喷", "内部"):
        assert quality_repair([other]) is False
    assert quality_repair([]) is None  # not chosen yet: the rules decide from the complaint


def test_lines_become_parts_and_warranty_operations() -> None:
    assert line_facts("part", "GB-01", "变速箱总成", "customer") == RepairLineFacts(
        "变速箱总成", is_part=True, part_code="GB-01"
    )
    assert line_facts("labour", "EL2001", "检修线路", "warranty") == RepairLineFacts(
        "检修线路", warranty_operation="EL2001"
    )
    # A labour operation the customer pays is no warranty operation.
    assert line_facts("labour", "EL2001", "检修线路", "customer") == RepairLineFacts("检修线路")


def test_order_statuses_become_visit_states() -> None:
    assert visit_state("cancelled") is VisitState.CANCELLED
    assert visit_state("delivered") is VisitState.DELIVERED
    for status in ("waiting", "in_repair", "waiting_parts", "quality_check", "washing", "ready"):
        assert visit_state(status) is VisitState.OPEN
