"""Old parts (旧件): a scanned tag finds its piece; the piece goes to a bin, into a numbered return
box, ships with it, and is accepted, deducted (a reason from the manufacturer's list) or
scrapped. The brand's deadlines drive the work lists (docs/domain/claims.md)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Change, announces
from app.claims import _clean
from app.claims._rows import box_numbers, brand_of, piece_info
from app.claims.part_tags import normalised
from app.claims.records import BoxInfo, ListedPiece, PieceInfo
from app.claims.rules import read_rules
from app.claims.status import (
    BOX_STATUS_LABELS,
    PIECE_STATE_LABELS,
    SETTLED,
    BoxStatus,
    ClaimStatus,
    PartList,
    PieceState,
)
from app.clock import Clock, local_day, local_today, system_clock
from app.errors import NotFound, ValidationError
from app.roles import Actor, Permission, require
from app.uow import check_version, reading, unit_of_work
from app.users import authorize
from app.wording import label, say
from db.models import ClaimPart, PartLabel, ReturnBox, WarrantyClaim
from db.uow import Database

PERMISSION = Permission.MANAGE_CLAIMS
BOX_PREFIX = "HY"


def _piece_row(s: Session, code: str) -> tuple[PartLabel, ClaimPart, WarrantyClaim]:
    row = s.execute(
        select(PartLabel, ClaimPart, WarrantyClaim)
        .join(ClaimPart, ClaimPart.id == PartLabel.claim_part_id)
        .join(WarrantyClaim, WarrantyClaim.id == ClaimPart.claim_id)
        .where(PartLabel.barcode == code)
    ).first()
    if row is None:
        raise NotFound(say("没有这个旧件标签：{code}（请核对标签或重新扫描）", code=code))
    return row[0], row[1], row[2]


def _info(s: Session, piece: PartLabel, part: ClaimPart, claim: WarrantyClaim) -> PieceInfo:
    boxes = box_numbers(s, [piece])
    return piece_info(
        piece, part, claim, boxes.get(piece.return_box_id or 0, ""), brand_of(s, claim.vehicle_id)
    )


def _state_error(piece: PartLabel, wanted: str) -> ValidationError:
    state = PieceState(piece.state)
    return ValidationError(
        "barcode",
        say(
            "{code} {state}，不能{wanted}",
            code=piece.barcode,
            state=label(PIECE_STATE_LABELS[state]),
            wanted=wanted,
        ),
    )


class OldPartsService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db, self._clock = db, clock

    def find(self, actor: Actor, scanned: str) -> PieceInfo:
        """The piece of a scanned tag: the Code 128 value, or the QR code's text."""
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            return _info(s, *_piece_row(s, normalised(scanned)))

    def _change(self, actor: Actor, scanned: str, action: str, change: object) -> PieceInfo:
        with unit_of_work(self._db) as s:
            authorize(s, actor, PERMISSION)
            piece, part, claim = _piece_row(s, normalised(scanned))
            before = {"state": piece.state, "bin": piece.storage_bin, "box": piece.return_box_id}
            change(s, piece, part, claim)  # type: ignore[operator]
            s.flush()
            after = {"state": piece.state, "bin": piece.storage_bin, "box": piece.return_box_id}
            audit.record(s, actor, f"old_part.{action}", "part_label", piece.id, before, after)
            return _info(s, piece, part, claim)

    @announces(Change.CLAIMS)
    def store(self, actor: Actor, scanned: str, storage_bin: str) -> PieceInfo:
        """Puts the piece on a shelf (or moves it to another)."""
        require(actor, PERMISSION)
        place = _clean.code("storage_bin", storage_bin, say("库位"), required=True)
        now = self._clock()

        def change(s: Session, piece: PartLabel, part: ClaimPart, claim: WarrantyClaim) -> None:
            if piece.state not in (PieceState.AWAITING, PieceState.STORED):
                raise _state_error(piece, say("入库"))
            piece.state, piece.storage_bin = PieceState.STORED.value, place
            piece.stored_at = piece.stored_at or now

        return self._change(actor, scanned, "store", change)

    @announces(Change.CLAIMS)
    def open_box(self, actor: Actor, brand: str) -> BoxInfo:
        require(actor, PERMISSION)
        name = _clean.text("brand", brand, say("品牌"), required=True, limit=32)
        now = self._clock()
        with unit_of_work(self._db) as s:
            authorize(s, actor, PERMISSION)
            prefix = f"{BOX_PREFIX}{local_day(now):%y%m}-"
            last = s.scalar(select(func.max(ReturnBox.box_no)).where(ReturnBox.box_no.like(f"{prefix}%")))
            seq = int(last.removeprefix(prefix)) + 1 if last else 1
            box = ReturnBox(
                box_no=f"{prefix}{seq:03d}", brand=name, status=BoxStatus.OPEN.value, created_at=now
            )
            s.add(box)
            s.flush()
            audit.record(s, actor, "return_box.open", "return_box", box.id, None, {"box_no": box.box_no})
            box_id = box.id
        return self.box(actor, box_id)

    @announces(Change.CLAIMS)
    def pack(self, actor: Actor, box_id: int, scanned: str) -> PieceInfo:
        """Puts a stored piece of a filed claim into an open box of its brand."""
        require(actor, PERMISSION)

        def change(s: Session, piece: PartLabel, part: ClaimPart, claim: WarrantyClaim) -> None:
            box = s.get(ReturnBox, box_id)
            if box is None or box.status != BoxStatus.OPEN:
                raise ValidationError("box", say("回运箱未打开或不存在"))
            if piece.state != PieceState.STORED:
                raise _state_error(piece, say("装箱"))
            if claim.status == ClaimStatus.DRAFT:
                raise ValidationError(
                    "barcode", say("索赔单 {claim_no} 还是草稿，提交后才能回运", claim_no=claim.claim_no)
                )
            brand = brand_of(s, claim.vehicle_id)
            if box.brand and brand != box.brand:
                raise ValidationError(
                    "barcode", say("这是{brand}的旧件，不能装进{box}品牌的箱子", brand=brand, box=box.brand)
                )
            piece.state, piece.return_box_id = PieceState.BOXED.value, box.id

        return self._change(actor, scanned, "pack", change)

    @announces(Change.CLAIMS)
    def unpack(self, actor: Actor, scanned: str) -> PieceInfo:
        require(actor, PERMISSION)

        def change(s: Session, piece: PartLabel, part: ClaimPart, claim: WarrantyClaim) -> None:
            if piece.state != PieceState.BOXED:
                raise _state_error(piece, say("出箱"))
            piece.state, piece.return_box_id = PieceState.STORED.value, None

        return self._change(actor, scanned, "unpack", change)

    @announces(Change.CLAIMS)
    def ship_box(self, actor: Actor, box_id: int, version: int, carrier: str, waybill: str) -> BoxInfo:
        require(actor, PERMISSION)
        who = _clean.text("carrier", carrier, say("承运商"), required=True, limit=64)
        bill = _clean.code("waybill", waybill, say("运单号"), required=True)
        now = self._clock()
        with unit_of_work(self._db) as s:
            authorize(s, actor, PERMISSION)
            box = s.get(ReturnBox, box_id)
            if box is None:
                raise NotFound(say("回运箱 {box_id} 不存在", box_id=box_id))
            check_version(box, version)
            if box.status != BoxStatus.OPEN:
                raise ValidationError("box", say("回运箱 {box_no} 已发运", box_no=box.box_no))
            pieces = list(s.scalars(select(PartLabel).where(PartLabel.return_box_id == box.id)))
            if not pieces:
                raise ValidationError("box", say("回运箱 {box_no} 是空的", box_no=box.box_no))
            for piece in pieces:
                piece.state = PieceState.SHIPPED.value
            box.status, box.shipped_at, box.carrier, box.waybill = BoxStatus.SHIPPED.value, now, who, bill
            audit.record(
                s,
                actor,
                "return_box.ship",
                "return_box",
                box.id,
                None,
                {"box_no": box.box_no, "pieces": len(pieces), "waybill": bill},
            )
        return self.box(actor, box_id)

    @announces(Change.CLAIMS)
    def settle(self, actor: Actor, scanned: str, outcome: PieceState, reason: str = "") -> PieceInfo:
        """The manufacturer's verdict on a shipped piece (accepted, deducted with a reason of its
        list), or scrapping a stored piece once the brand lets it go; a box whose pieces are all
        settled is closed."""
        require(actor, PERMISSION)
        if outcome not in SETTLED:
            raise ValidationError("outcome", say("请选择验收、扣款或报废"))
        now = self._clock()

        def change(s: Session, piece: PartLabel, part: ClaimPart, claim: WarrantyClaim) -> None:
            rules = read_rules(s)
            why = " ".join(reason.split())
            if outcome is PieceState.DEDUCTED and why not in rules.deduction_reasons:
                raise ValidationError("reason", say("请从厂家的扣款原因清单中选择"))
            if outcome is PieceState.SCRAPPED:
                if piece.state not in (PieceState.STORED, PieceState.SHIPPED):
                    raise _state_error(piece, say("报废"))
            elif piece.state != PieceState.SHIPPED:
                raise _state_error(piece, say("验收或扣款"))
            piece.state, piece.settled_at, piece.settle_reason = outcome.value, now, why[:128]
            if piece.return_box_id is not None:
                s.flush()
                open_left = s.scalar(
                    select(func.count(PartLabel.id)).where(
                        PartLabel.return_box_id == piece.return_box_id,
                        PartLabel.state.not_in([x.value for x in SETTLED]),
                    )
                )
                box = s.get(ReturnBox, piece.return_box_id)
                if box is not None and not open_left and box.status == BoxStatus.SHIPPED:
                    box.status, box.closed_at = BoxStatus.CLOSED.value, now

        return self._change(actor, scanned, outcome.value, change)

    def box(self, actor: Actor, box_id: int) -> BoxInfo:
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            box = s.get(ReturnBox, box_id)
            if box is None:
                raise NotFound(say("回运箱 {box_id} 不存在", box_id=box_id))
            return self._box_info(s, box)

    def box_by_number(self, actor: Actor, box_no: str) -> BoxInfo:
        require(actor, PERMISSION)
        number = _clean.code_text(box_no).replace(" ", "")
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            box = s.scalar(select(ReturnBox).where(ReturnBox.box_no == number))
            if box is None:
                raise NotFound(say("没有回运箱 {box_no}", box_no=number))
            return self._box_info(s, box)

    def boxes(self, actor: Actor, status: BoxStatus | None = None) -> tuple[BoxInfo, ...]:
        require(actor, PERMISSION)
        query = select(ReturnBox).order_by(ReturnBox.created_at.desc()).limit(200)
        if status is not None:
            query = query.where(ReturnBox.status == status.value)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            return tuple(self._box_info(s, b) for b in s.scalars(query))

    @staticmethod
    def _box_info(s: Session, box: ReturnBox) -> BoxInfo:
        rows = s.execute(
            select(PartLabel, ClaimPart, WarrantyClaim)
            .join(ClaimPart, ClaimPart.id == PartLabel.claim_part_id)
            .join(WarrantyClaim, WarrantyClaim.id == ClaimPart.claim_id)
            .where(PartLabel.return_box_id == box.id)
            .order_by(WarrantyClaim.claim_no, ClaimPart.line_no, PartLabel.piece_no)
        ).all()
        status = BoxStatus(box.status)
        return BoxInfo(
            id=box.id,
            box_no=box.box_no,
            brand=box.brand,
            status=status,
            status_label=BOX_STATUS_LABELS[status],
            created_at=box.created_at,
            shipped_at=box.shipped_at,
            carrier=box.carrier,
            waybill=box.waybill,
            pieces=tuple(piece_info(p, part, c, box.box_no, box.brand) for p, part, c in rows),
            version=box.version,
        )

    def work_list(self, actor: Actor, which: PartList) -> tuple[ListedPiece, ...]:
        """One of the clerk's lists, on today's date and each brand's deadlines."""
        require(actor, PERMISSION)
        today = local_today(self._clock)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            rules = read_rules(s)
            rows = s.execute(
                select(PartLabel, ClaimPart, WarrantyClaim)
                .join(ClaimPart, ClaimPart.id == PartLabel.claim_part_id)
                .join(WarrantyClaim, WarrantyClaim.id == ClaimPart.claim_id)
                .where(PartLabel.state.not_in([x.value for x in SETTLED]))
                .order_by(WarrantyClaim.created_at, ClaimPart.line_no, PartLabel.piece_no)
            ).all()
            out = []
            for piece, part, claim in rows:
                brand = brand_of(s, claim.vehicle_id)
                r = rules.for_brand(brand)
                filed = claim.status != ClaimStatus.DRAFT
                ship_by = (
                    local_day(claim.submitted_at) + dt.timedelta(days=r.ship_days)
                    if claim.submitted_at
                    else None
                )
                scrap_from = (
                    local_day(claim.paid_at) + dt.timedelta(days=r.keep_days) if claim.paid_at else None
                )
                state = PieceState(piece.state)
                hit: tuple[dt.date | None, str] | None = None
                if which is PartList.CLAIM_WITHOUT_PART and filed and state is PieceState.AWAITING:
                    hit = (
                        claim.submitted_at and local_day(claim.submitted_at),
                        say("索赔已提交，旧件未入库"),
                    )
                elif (
                    which is PartList.PART_WITHOUT_TAG
                    and not piece.print_count
                    and (filed or state is not PieceState.AWAITING)
                ):
                    hit = (None, say("标签从未打印"))
                elif which in (PartList.TO_SHIP, PartList.OVERDUE) and filed and ship_by is not None:
                    if state in (PieceState.STORED, PieceState.BOXED, PieceState.AWAITING):
                        late = today > ship_by
                        if late == (which is PartList.OVERDUE):
                            hit = (ship_by, say("应于 {day} 前回运", day=ship_by.isoformat()))
                elif (
                    which is PartList.MAY_SCRAP
                    and scrap_from is not None
                    and state is PieceState.STORED
                    and today >= scrap_from
                ):
                    hit = (scrap_from, say("付款后已保存 {n} 天", n=r.keep_days))
                if hit is not None:
                    boxes = box_numbers(s, [piece])
                    info = piece_info(piece, part, claim, boxes.get(piece.return_box_id or 0, ""), brand)
                    out.append(ListedPiece(info, hit[0], hit[1]))
            return tuple(out)
