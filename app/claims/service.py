"""Warranty claims (索赔): eligibility of an order, the claim with its labour and parts, and its
way from draft to payment.

- A claim belongs to one repair order. Its number is the manufacturer's, or a provisional one
  of the dealer's (LS + date + sequence) until that is entered.
- Claiming under a warranty the computed eligibility says does not cover the repair needs the
  clerk's reason, which the audit log keeps.
- A part of quantity n is n pieces, each with its own tag (tags.py) and way through storage
  (storage.py). A piece whose tag was printed keeps its content: a change that would alter a
  printed tag needs a reason and reissues the tag under a new revision and code.
- draft -> submitted -> approved / rejected (with the reason) -> paid, with the deductions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from app import audit
from app.changes import Change, announces
from app.claims import _clean
from app.claims._rows import claim_by_number, claim_info, load_claim
from app.claims._write import (
    fill_claim,
    next_provisional,
    refuse_losing_pieces,
    reissue_outdated,
    renumber,
    snapshot,
)
from app.claims.eligibility import eligibility_of
from app.claims.records import (
    ClaimInfo,
    ClaimInput,
    ClaimRow,
    DeductionInput,
    Eligibility,
    LabourInput,
    PartInput,
)
from app.claims.rules import RULES_KEY, ClaimRules, clean_rules, read_rules, rules_to_json
from app.claims.status import CLAIM_MOVES, CLAIM_STATUS_LABELS, COVERAGE_LABELS, EDITABLE, ClaimStatus
from app.clock import Clock, local_day, system_clock
from app.errors import Conflict, NotFound, ValidationError
from app.orders import LineKind, OrderServices, Payer
from app.roles import Actor, Permission, require
from app.settings import write_json
from app.uow import check_version, reading, unit_of_work
from app.users import authorize
from app.vehicles import VehicleServices
from app.warranty import sanbao_counts, vehicle_facts
from app.wording import label, say
from db.models import ClaimDeduction, ClaimPart, PartLabel, RepairOrder, Vehicle, WarrantyClaim
from db.uow import Database

PERMISSION = Permission.MANAGE_CLAIMS
LIST_LIMIT = 500


class ClaimService:
    def __init__(
        self,
        db: Database,
        orders: OrderServices,
        vehicles: VehicleServices,
        clock: Clock = system_clock,
    ) -> None:
        self._db, self._orders, self._vehicles, self._clock = db, orders, vehicles, clock

    # -- rules -------------------------------------------------------------------------------

    def rules(self, actor: Actor) -> ClaimRules:
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            return read_rules(s)

    @announces(Change.SETTINGS)
    def set_rules(self, actor: Actor, rules: ClaimRules) -> ClaimRules:
        require(actor, Permission.EDIT_DEALER_SETTINGS)
        clean = clean_rules(rules)
        with unit_of_work(self._db) as s:
            authorize(s, actor, Permission.EDIT_DEALER_SETTINGS)
            write_json(s, actor, RULES_KEY, rules_to_json(clean))
        return clean

    # -- eligibility -------------------------------------------------------------------------

    def eligibility(self, actor: Actor, order_id: int) -> Eligibility:
        """Every warranty on the day and at the intake mileage of the order, and the 三包 counts."""
        require(actor, PERMISSION)
        order = self._orders.orders.get_order(actor, order_id)
        vehicle = self._vehicles.vehicles.get(actor, order.vehicle_id)
        history = self._orders.orders.repair_history(actor, order.vehicle_id)
        rules = self.rules(actor).for_brand(vehicle.model.brand)
        return eligibility_of(
            vehicle,
            order_id=order.id,
            ro_number=order.ro_number,
            day=local_day(order.opened_at),
            km=order.mileage_in,
            history=history,
            counters=self._orders.orders.sanbao_counts(actor, order_id),
            rules=rules,
        )

    def vehicle_eligibility(self, actor: Actor, vehicle_id: int) -> Eligibility:
        """Every warranty of the vehicle today at its last known mileage."""
        require(actor, PERMISSION)
        vehicle = self._vehicles.vehicles.get(actor, vehicle_id)
        history = self._orders.orders.repair_history(actor, vehicle_id)
        rules = self.rules(actor).for_brand(vehicle.model.brand)
        now = self._clock()
        return eligibility_of(
            vehicle,
            order_id=None,
            ro_number="",
            day=local_day(now),
            km=vehicle.last_mileage_km,
            history=history,
            counters=sanbao_counts(vehicle_facts(vehicle), history, now),
            rules=rules,
        )

    # -- reading -----------------------------------------------------------------------------

    def draft_from_order(self, actor: Actor, order_id: int) -> ClaimInput:
        """A claim filled from the order's warranty-paid lines and its complaint, for the clerk to
        complete: labour lines become operations, part lines become parts."""
        require(actor, PERMISSION)
        order = self._orders.orders.get_order(actor, order_id)
        labour, parts = [], []
        for line in order.lines:
            if line.payer is not Payer.WARRANTY:
                continue
            if line.kind is LineKind.LABOUR and line.hours is not None:
                labour.append(LabourInput(line.code, line.description, line.hours, line.amount_fen))
            elif line.kind is LineKind.PART and line.quantity is not None:
                parts.append(
                    PartInput(
                        part_no=line.code,
                        part_name=line.description,
                        quantity=max(1, int(line.quantity)),
                        unit_price_fen=line.unit_price_fen or 0,
                    )
                )
        causal = parts[0] if parts else None
        return ClaimInput(
            order_id=order_id,
            fault_name=" ".join(order.customer_statement.split())[:128],
            causal_part_no=causal.part_no if causal else "",
            causal_part_name=causal.part_name if causal else "",
            labour=tuple(labour),
            parts=tuple(parts),
        )

    def get(self, actor: Actor, claim_id: int) -> ClaimInfo:
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            return claim_info(s, load_claim(s, claim_id))

    def get_by_number(self, actor: Actor, claim_no: str) -> ClaimInfo:
        require(actor, PERMISSION)
        number = _clean.code_text(claim_no).replace(" ", "")
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            row = claim_by_number(s, number)
            if row is None:
                raise NotFound(say("没有索赔单 {claim_no}", claim_no=number))
            return claim_info(s, load_claim(s, row.id))

    def claims_of_order(self, actor: Actor, order_id: int) -> tuple[ClaimRow, ...]:
        return self.list_claims(actor, order_id=order_id)

    def list_claims(
        self,
        actor: Actor,
        *,
        status: ClaimStatus | None = None,
        text: str = "",
        order_id: int | None = None,
    ) -> tuple[ClaimRow, ...]:
        """The newest claims first; `text` finds a claim, RO number or VIN (or its end)."""
        require(actor, PERMISSION)
        query = (
            select(WarrantyClaim, RepairOrder.ro_number, Vehicle.vin)
            .join(RepairOrder, RepairOrder.id == WarrantyClaim.repair_order_id)
            .join(Vehicle, Vehicle.id == WarrantyClaim.vehicle_id)
            .order_by(WarrantyClaim.created_at.desc(), WarrantyClaim.id.desc())
            .limit(LIST_LIMIT)
        )
        if status is not None:
            query = query.where(WarrantyClaim.status == status.value)
        if order_id is not None:
            query = query.where(WarrantyClaim.repair_order_id == order_id)
        needle = _clean.code_text(text).replace(" ", "")
        if needle:
            query = query.where(
                or_(
                    WarrantyClaim.claim_no.like(f"{needle}%"),
                    RepairOrder.ro_number.like(f"{needle}%"),
                    Vehicle.vin == needle,
                    Vehicle.vin.like(f"%{needle}") if len(needle) >= 6 else Vehicle.vin == needle,
                )
            )
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            rows = s.execute(query).all()
            ids = [r[0].id for r in rows]
            counts = {}
            if ids:
                counts = {
                    claim_id: (int(total), int(printed or 0))
                    for claim_id, total, printed in s.execute(
                        select(
                            ClaimPart.claim_id,
                            func.count(PartLabel.id),
                            func.sum(func.min(PartLabel.print_count, 1))
                            if self._db.is_sqlite
                            else func.sum(func.least(PartLabel.print_count, 1)),
                        )
                        .join(PartLabel, PartLabel.claim_part_id == ClaimPart.id)
                        .where(ClaimPart.claim_id.in_(ids))
                        .group_by(ClaimPart.claim_id)
                    ).all()
                }
            return tuple(
                ClaimRow(
                    id=c.id,
                    claim_no=c.claim_no,
                    provisional=c.provisional,
                    ro_number=ro,
                    vin=vin,
                    status=ClaimStatus(c.status),
                    status_label=CLAIM_STATUS_LABELS[ClaimStatus(c.status)],
                    fault_name=c.fault_name,
                    amount_fen=c.amount_fen,
                    pieces=counts.get(c.id, (0, 0))[0],
                    tags_printed=counts.get(c.id, (0, 0))[1],
                    created_at=c.created_at,
                )
                for c, ro, vin in rows
            )

    # -- writing -----------------------------------------------------------------------------

    def _check_cover(self, actor: Actor, data: ClaimInput) -> None:
        eligibility = self.eligibility(actor, data.order_id)
        if eligibility.covers(data.warranty_kind) or data.override_reason:
            return
        kind = label(COVERAGE_LABELS[data.warranty_kind])
        found = eligibility.coverage(data.warranty_kind)
        why = found.reason if found is not None else say("本车没有这项质保")
        raise ValidationError(
            "override_reason",
            say("{kind}不覆盖本次维修（{why}）：如仍要索赔，请填写理由", kind=kind, why=why),
        )

    @announces(Change.CLAIMS)
    def create(self, actor: Actor, data: ClaimInput) -> ClaimInfo:
        require(actor, PERMISSION)
        clean = _clean.clean_claim(data)
        self._check_cover(actor, clean)
        now = self._clock()
        for attempt in range(3):
            try:
                with unit_of_work(self._db) as s:
                    authorize(s, actor, PERMISSION)
                    order = s.get(RepairOrder, clean.order_id)
                    if order is None:
                        raise NotFound(say("工单 {order_id} 不存在", order_id=clean.order_id))
                    number = clean.claim_no or next_provisional(s, local_day(now))
                    if clean.claim_no and claim_by_number(s, number) is not None:
                        raise ValidationError("claim_no", say("索赔单号 {claim_no} 已存在", claim_no=number))
                    row = WarrantyClaim(
                        claim_no=number,
                        provisional=not clean.claim_no,
                        repair_order_id=order.id,
                        vehicle_id=order.vehicle_id,
                        status=ClaimStatus.DRAFT.value,
                        created_by=actor.user_id,
                        created_at=now,
                        updated_at=now,
                    )
                    s.add(row)
                    fill_claim(row, clean)
                    s.flush()
                    audit.record(s, actor, "claim.create", "warranty_claim", row.id, None, snapshot(row))
                    claim_id = row.id
                break
            except IntegrityError as e:
                # Another counter took the same provisional number a moment before: try the next.
                if clean.claim_no or attempt == 2:
                    raise Conflict(
                        say("索赔单号 {claim_no} 刚被另一台电脑使用，请重试", claim_no=clean.claim_no)
                    ) from e
        return self.get(actor, claim_id)

    @announces(Change.CLAIMS)
    def update(
        self, actor: Actor, claim_id: int, version: int, data: ClaimInput, reissue_reason: str = ""
    ) -> ClaimInfo:
        """Changes a draft. Pieces whose tag was printed or that are in storage cannot go away.
        A change that alters a printed tag (the manufacturer's number replacing the provisional
        one, a part's number or supplier) needs `reissue_reason`: those tags are void, and their
        pieces get a new revision and code, to be printed afresh (never the same code with
        another content)."""
        require(actor, PERMISSION)
        why = _clean.text("reissue_reason", reissue_reason, say("重打原因"), limit=_clean.MAX_REASON)
        clean = _clean.clean_claim(data)
        self._check_cover(actor, clean)
        with unit_of_work(self._db) as s:
            authorize(s, actor, PERMISSION)
            row = load_claim(s, claim_id)
            check_version(row, version)
            if ClaimStatus(row.status) not in EDITABLE:
                raise ValidationError(
                    "status",
                    say(
                        "索赔单已{status}，不能再修改；请先撤回",
                        status=label(CLAIM_STATUS_LABELS[ClaimStatus(row.status)]),
                    ),
                )
            if clean.order_id != row.repair_order_id:
                raise ValidationError("order_id", say("索赔单不能改到另一张工单"))
            refuse_losing_pieces(row, clean.parts)
            before = snapshot(row)
            if clean.claim_no and clean.claim_no != row.claim_no:
                renumber(s, row, clean.claim_no)
            fill_claim(row, clean)
            reissue_outdated(s, actor, row, why)
            row.updated_at = self._clock()
            s.flush()
            audit.record(s, actor, "claim.update", "warranty_claim", row.id, before, snapshot(row))
        return self.get(actor, claim_id)

    def _move(
        self,
        actor: Actor,
        claim_id: int,
        version: int,
        target: ClaimStatus,
        also: Callable[[WarrantyClaim], None] | None = None,
        **changes: object,
    ) -> ClaimInfo:
        with unit_of_work(self._db) as s:
            authorize(s, actor, PERMISSION)
            row = load_claim(s, claim_id)
            check_version(row, version)
            current = ClaimStatus(row.status)
            if target not in CLAIM_MOVES[current]:
                raise ValidationError(
                    "status",
                    say(
                        "索赔单{current}，不能改为{target}",
                        current=label(CLAIM_STATUS_LABELS[current]),
                        target=label(CLAIM_STATUS_LABELS[target]),
                    ),
                )
            before = snapshot(row)
            row.status = target.value
            for name, value in changes.items():
                setattr(row, name, value)
            if also is not None:
                also(row)
            row.updated_at = self._clock()
            s.flush()
            audit.record(s, actor, f"claim.{target.value}", "warranty_claim", row.id, before, snapshot(row))
        return self.get(actor, claim_id)

    @announces(Change.CLAIMS)
    def submit(self, actor: Actor, claim_id: int, version: int) -> ClaimInfo:
        require(actor, PERMISSION)
        return self._move(actor, claim_id, version, ClaimStatus.SUBMITTED, submitted_at=self._clock())

    @announces(Change.CLAIMS)
    def withdraw(self, actor: Actor, claim_id: int, version: int) -> ClaimInfo:
        """Back to a draft: a submitted claim to correct, a rejected one to file again."""
        require(actor, PERMISSION)
        info = self.get(actor, claim_id)
        if info.status is ClaimStatus.REJECTED:
            return self._move(actor, claim_id, version, ClaimStatus.DRAFT, reject_reason="")
        return self._move(actor, claim_id, version, ClaimStatus.DRAFT, submitted_at=None)

    @announces(Change.CLAIMS)
    def approve(self, actor: Actor, claim_id: int, version: int) -> ClaimInfo:
        require(actor, PERMISSION)
        return self._move(actor, claim_id, version, ClaimStatus.APPROVED, decided_at=self._clock())

    @announces(Change.CLAIMS)
    def reject(self, actor: Actor, claim_id: int, version: int, reason: str) -> ClaimInfo:
        require(actor, PERMISSION)
        why = _clean.text("reject_reason", reason, say("拒绝原因"), required=True, limit=_clean.MAX_REASON)
        return self._move(
            actor, claim_id, version, ClaimStatus.REJECTED, decided_at=self._clock(), reject_reason=why
        )

    @announces(Change.CLAIMS)
    def record_payment(
        self, actor: Actor, claim_id: int, version: int, deductions: Sequence[DeductionInput] = ()
    ) -> ClaimInfo:
        """The manufacturer paid: the amount less its deductions, each with a reason of its list."""
        require(actor, PERMISSION)
        rules = self.rules(actor)
        clean = _clean.clean_deductions(tuple(deductions), rules.deduction_reasons)
        info = self.get(actor, claim_id)
        taken = sum(d.amount_fen for d in clean)
        if taken > info.amount_fen:
            raise ValidationError("deductions", say("扣款合计不能超过索赔金额"))
        now = self._clock()

        def deduct(row: WarrantyClaim) -> None:
            for d in clean:
                row.deductions.append(
                    ClaimDeduction(
                        amount_fen=d.amount_fen,
                        reason=d.reason,
                        note=d.note,
                        created_at=now,
                        created_by=actor.user_id,
                    )
                )

        return self._move(
            actor, claim_id, version, ClaimStatus.PAID, deduct, paid_at=now, paid_fen=info.amount_fen - taken
        )
