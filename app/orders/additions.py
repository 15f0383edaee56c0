"""Lines another capability adds to an open order in its own transaction (an inspection item the
customer approved becomes a line of the order, in the same unit of work as the approval)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app import audit
from app.orders._rows import ensure_editable, load_order, set_lines
from app.orders.lines import LineInfo, LineInput, clean_line, line_info, line_snapshot
from app.roles import Actor


def add_lines(
    s: Session,
    actor: Actor,
    order_id: int,
    lines: Sequence[LineInput],
    now: dt.datetime,
    why: dict[str, object],
) -> tuple[LineInfo, ...]:
    """Appends the lines to the order (ValidationError for a closed order or a bad line); returns
    them with their ids. `why` goes into the audit row (what the lines came from)."""
    row = load_order(s, order_id, for_update=True)
    ensure_editable(row)
    current = tuple(line_info(x) for x in row.lines)
    added = tuple(clean_line(len(current) + n, line) for n, line in enumerate(lines))
    set_lines(row, current + added)
    row.updated_at = now
    s.flush()
    new_rows = sorted(row.lines, key=lambda x: x.position)[len(current) :]
    infos = tuple(line_info(x) for x in new_rows)
    audit.record(
        s,
        actor,
        "order.lines_added",
        "repair_order",
        row.id,
        None,
        {"lines": [line_snapshot(x) for x in infos], **why},
    )
    return infos
