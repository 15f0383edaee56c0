"""The documents the program prints, declared by the capabilities that own their records.

Each capability declares its documents in one module of its own (app/orders/documents.py for
the intake sheet) as DocumentSpec entries; app.context, the composition root, collects them into
one DocumentRegistry. Printing, preview, reprint and the job record are then one generic path
(app.printing.documents.DocumentService) for every registered kind; a new document adds an entry,
not a service property or a dialog.

A spec says, for its stable kind name (printing.profiles.DocumentKind):
- resolve(actor, reference) -> DocumentRecord: the record a user's reference names (the RO
  number as the customer's sheet shows it); NotFound when there is none.
- build(actor, record, options) -> PDF bytes: the document of that record. It imports its
  reportlab document module when called, so nothing of reportlab loads before the first document.
- the printer profile it prints with (its own kind unless it shares one) and its default copies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.roles import Actor, Permission
from app.wording import joined, say
from printing.profiles import KIND_LABELS, DocumentKind


@dataclass(frozen=True)
class PrintOptions:
    """What the user may choose about a document's content (not where or how often it prints)."""

    show_full_phone: bool = False  # print the customer's phone in full instead of 138****5678


@dataclass(frozen=True)
class DocumentRecord:
    """The record a reference names."""

    record_id: int
    reference: str  # as users know it, normalised (RO20261127-0001)


Resolve = Callable[[Actor, str], DocumentRecord]
Build = Callable[[Actor, DocumentRecord, PrintOptions], bytes]
# How often the record was printed before, for documents that count their own way (a part tag
# may come out in its claim's batch, a day's batch or alone); None: jobs of kind and reference.
PrintedBefore = Callable[[Session, DocumentRecord], int]
# Called in the job's transaction with the job's id and the reprint's reason (None: first print).
OnPrinted = Callable[[Session, Actor, DocumentRecord, int, str | None], None]


@dataclass(frozen=True)
class DocumentSpec:
    kind: DocumentKind
    resolve: Resolve
    build: Build
    default_copies: int = 1
    reference_label: str = "单号"  # what users call the reference: 工单号, 索赔单号 ...
    profile: DocumentKind | None = None  # the printer profile used, when not the kind's own
    permission: Permission = Permission.PRINT  # checked before anything is resolved or built
    label: str = field(default="")
    printed_before: PrintedBefore | None = None
    on_printed: OnPrinted | None = None
    # The document carries a customer's name or phone: its first print leaves an audit row too
    # (DOCUMENT_PRINTED; a reprint always does), so the audit viewer shows who printed whose data.
    personal_data: bool = False

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", KIND_LABELS[self.kind])
        if self.kind == DocumentKind.TEST_PAGE:
            raise ValueError("the printer test page is not a registered document")
        if not 1 <= self.default_copies <= 99:
            raise ValueError(f"{self.kind}: default copies {self.default_copies} out of range")

    @property
    def profile_kind(self) -> DocumentKind:
        return self.profile or self.kind


class DocumentRegistry:
    """Every registered document kind; filled once by the composition root, then only read."""

    def __init__(self) -> None:
        self._specs: dict[DocumentKind, DocumentSpec] = {}

    def declare(self, *specs: DocumentSpec) -> None:
        for spec in specs:
            if spec.kind in self._specs:
                raise ValueError(f"document kind {spec.kind} declared twice")
            self._specs[spec.kind] = spec

    def get(self, kind: str) -> DocumentSpec:
        """The spec of a kind given by its stable name; NotFound names the kinds there are."""
        try:
            return self._specs[DocumentKind(kind)]
        except (ValueError, KeyError):
            known = joined(self._specs) if self._specs else say("无")
            raise NotFound(
                say("没有“{kind}”这种单据（可打印的单据：{known}）", kind=kind, known=known)
            ) from None

    def specs(self) -> tuple[DocumentSpec, ...]:
        return tuple(self._specs.values())

    def default_copies(self) -> dict[DocumentKind, int]:
        """Per printer profile, the copies its documents ask for when the dealer set none."""
        copies: dict[DocumentKind, int] = {}
        for spec in self._specs.values():
            copies[spec.profile_kind] = max(copies.get(spec.profile_kind, 1), spec.default_copies)
        return copies

    def __contains__(self, kind: object) -> bool:
        return kind in self._specs

    def __iter__(self) -> Iterator[DocumentSpec]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)
