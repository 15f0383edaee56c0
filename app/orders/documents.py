"""The documents the orders print, declared for the document registry (app.printing.registry).

app.context calls declare_documents once with the order services; from then on the intake sheet
is previewed, printed and reprinted like any registered document, by its kind and the RO number:

    services.printing.documents.print(actor, "intake-sheet", "RO20261127-0001")

A later order document (the repair order for the workshop, say) is one more DocumentSpec here.
"""

from __future__ import annotations

from app.errors import NotFound
from app.orders.containers import OrderServices
from app.orders.numbering import format_ro_number, parse_ro_number
from app.printing import DocumentKind, DocumentRecord, DocumentRegistry, DocumentSpec, PrintOptions
from app.roles import Actor
from app.wording import say

INTAKE_SHEET_COPIES = 2  # 一式两联: the customer's copy and the dealer's


def order_record(orders: OrderServices, actor: Actor, reference: str) -> DocumentRecord:
    """An RO number as printed or typed (a scanner may drop the dash) -> the order: the reference
    of every document printed per order."""
    parsed = parse_ro_number(reference)
    if parsed is None:
        raise NotFound(say("找不到工单“{number}”：工单号形如 RO20261127-0001", number=reference.strip()))
    order = orders.orders.get_by_number(actor, format_ro_number(*parsed))
    return DocumentRecord(order.id, order.ro_number)


def declare_documents(registry: DocumentRegistry, orders: OrderServices) -> None:
    def resolve_order(actor: Actor, reference: str) -> DocumentRecord:
        return order_record(orders, actor, reference)

    def build_intake_sheet(actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        return orders.sheets.render(actor, record.record_id, options.show_full_phone)

    registry.declare(
        DocumentSpec(
            kind=DocumentKind.INTAKE_SHEET,
            resolve=resolve_order,
            build=build_intake_sheet,
            default_copies=INTAKE_SHEET_COPIES,
            reference_label="工单号",
            personal_data=True,  # the customer's name and phone
        )
    )
