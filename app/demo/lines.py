"""Repair order lines: labour and parts with their payer, amounts in fen."""

from __future__ import annotations

from dataclasses import dataclass

from app.demo.catalogue import Job, ModelSpec, Part
from app.orders import LineKind, Payer


@dataclass(frozen=True)
class Line:
    kind: LineKind
    code: str
    description: str
    hours_x100: int | None
    rate_fen: int | None
    quantity_x100: int | None
    unit_price_fen: int | None
    amount_fen: int
    payer: Payer
    supplier: str = ""


def _times(x100: int, fen: int) -> int:
    """x100/100 * fen rounded half up to whole fen, in integers."""
    return (x100 * fen + 50) // 100


def part_price(spec: ModelSpec, part: Part) -> int:
    """Whole yuan, scaled by the brand's price level."""
    return round(part.price_fen * spec.price_factor / 100) * 100


def job_lines(spec: ModelSpec, job: Job, payer: Payer) -> list[Line]:
    lines = [
        Line(LineKind.LABOUR, job.code, job.name, job.hours_x100, spec.labour_rate_fen, None, None,
             _times(job.hours_x100, spec.labour_rate_fen), payer)
    ]  # fmt: skip
    for part, qty in job.parts:
        price = part_price(spec, part)
        lines.append(
            Line(LineKind.PART, spec.part_prefix + part.code, part.name, None, None, qty, price,
                 _times(qty, price), payer, part.supplier)
        )  # fmt: skip
    return lines


def other_line(description: str, amount_fen: int, payer: Payer) -> Line:
    return Line(LineKind.OTHER, "", description, None, None, None, None, amount_fen, payer)


def fits(spec: ModelSpec, job: Job) -> bool:
    """Whether a job applies to the car's drive train."""
    has_engine = spec.energy != "bev"
    return not (job.ice_only and not has_engine) and not (job.ev_only and not spec.is_nev)


def row(line: Line, line_id: int, order_id: int, position: int) -> dict[str, object]:
    return {
        "id": line_id,
        "repair_order_id": order_id,
        "position": position,
        "kind": line.kind.value,
        "code": line.code,
        "description": line.description,
        "hours": None if line.hours_x100 is None else line.hours_x100 / 100,
        "rate_fen": line.rate_fen,
        "quantity": None if line.quantity_x100 is None else line.quantity_x100 / 100,
        "unit_price_fen": line.unit_price_fen,
        "amount_fen": line.amount_fen,
        "payer": line.payer.value,
    }
