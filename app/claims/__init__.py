"""Warranty claims (索赔) and returned parts (索赔件): owns warranty_claims, claim_parts,
claim_deductions, part_labels (one row per returned piece and its tag) and return_boxes.

Reach them through ``Services.claims`` (ClaimServices):

    claims: ClaimService      eligibility(order) / vehicle_eligibility / draft_from_order /
                              create / update / submit / withdraw / approve / reject /
                              record_payment / get / get_by_number / list_claims / rules / set_rules

Records (records.py): ClaimInput, LabourInput, PartInput, DeductionInput; ClaimInfo, PartInfo,
PieceInfo, LabourInfo, DeductionInfo, ClaimRow, BoxInfo, ListedPiece; Eligibility, Coverage.
Vocabularies (status.py): ClaimStatus, PieceState, BoxStatus, PartList, CoverageKind with labels.
Rules (rules.py): ClaimRules, BrandRules (ship and keep deadlines, parts warranty), the
deduction reasons.
"""

from app.claims.containers import ClaimServices
from app.claims.records import (
    BoxInfo,
    ClaimInfo,
    ClaimInput,
    ClaimRow,
    Coverage,
    DeductionInfo,
    DeductionInput,
    Eligibility,
    LabourInfo,
    LabourInput,
    ListedPiece,
    PartInfo,
    PartInput,
    PieceInfo,
)
from app.claims.rules import DEFAULT_DEDUCTION_REASONS, BrandRules, ClaimRules
from app.claims.service import ClaimService
from app.claims.status import (
    BOX_STATUS_LABELS,
    CLAIM_MOVES,
    CLAIM_STATUS_LABELS,
    COVERAGE_LABELS,
    PART_LIST_LABELS,
    PIECE_STATE_LABELS,
    BoxStatus,
    ClaimStatus,
    CoverageKind,
    PartList,
    PieceState,
)

__all__ = [
    "BOX_STATUS_LABELS",
    "CLAIM_MOVES",
    "CLAIM_STATUS_LABELS",
    "COVERAGE_LABELS",
    "DEFAULT_DEDUCTION_REASONS",
    "PART_LIST_LABELS",
    "PIECE_STATE_LABELS",
    "BoxInfo",
    "BoxStatus",
    "BrandRules",
    "ClaimInfo",
    "ClaimInput",
    "ClaimRow",
    "ClaimRules",
    "ClaimService",
    "ClaimServices",
    "ClaimStatus",
    "Coverage",
    "CoverageKind",
    "DeductionInfo",
    "DeductionInput",
    "Eligibility",
    "LabourInfo",
    "LabourInput",
    "ListedPiece",
    "PartInfo",
    "PartInput",
    "PartList",
    "PieceInfo",
    "PieceState",
]
