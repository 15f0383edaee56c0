"""A customer's personal data on their request: export, and anonymisation past retention."""

from app.privacy.service import (
    ANONYMISED,
    EXPORTED,
    SECTIONS,
    AnonymisationPlan,
    CustomerExport,
    CustomerFound,
    PrivacyService,
    export_json_bytes,
    export_xlsx_bytes,
    placeholder,
)

__all__ = [
    "ANONYMISED",
    "EXPORTED",
    "SECTIONS",
    "AnonymisationPlan",
    "CustomerExport",
    "CustomerFound",
    "PrivacyService",
    "export_json_bytes",
    "export_xlsx_bytes",
    "placeholder",
]
