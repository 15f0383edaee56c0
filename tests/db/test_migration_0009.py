"""Migration 0009 on SQLite: the pieces inherit their part's bin, box and state when storage moves
from claim_parts to part_labels, and a downgrade gives them back. The rows are written at 0008
with foreign keys off (only the claims' own tables are filled)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from db.engine import sqlite_url
from tests.db.support import run_alembic

NOW = "2026-11-27 02:00:00"


def test_pieces_inherit_their_parts_storage_and_a_downgrade_gives_it_back(tmp_path: Path) -> None:
    engine = create_engine(sqlite_url(tmp_path / "old.db"))  # no PRAGMA foreign_keys: parents left out
    try:
        run_alembic(engine, "upgrade", "0008")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO return_boxes (id, box_no, status, carrier, waybill, created_at, updated_at,"
                    " version) VALUES (3, 'RB202611-01', 'open', '', '', :now, :now, 1)"
                ),
                {"now": NOW},
            )
            conn.execute(
                text(
                    "INSERT INTO claim_parts (id, claim_id, part_no, part_name, quantity, unit_price_fen,"
                    " supplier_code, damage_reason, responsible_supplier_code, storage_bin, return_box_id,"
                    " disposition) VALUES"
                    " (1, 9, 'P-1', '刹车片', 2, 100, 'S1', '磨损', 'S1', 'J-01-2', 3, 'boxed'),"
                    " (2, 9, 'P-2', '水泵', 1, 100, 'S1', '漏水', 'S1', 'J-04-1', NULL, 'stored')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO part_labels (id, claim_part_id, piece_no, barcode, print_count) VALUES"
                    " (1, 1, 1, 'A1', 1), (2, 1, 2, 'A2', 1), (3, 2, 1, 'B1', 0)"
                )
            )
        run_alembic(engine, "upgrade", "0009")
        with engine.connect() as conn:
            pieces = conn.execute(
                text(
                    "SELECT barcode, storage_bin, return_box_id, state, revision FROM part_labels ORDER BY id"
                )
            ).all()
            parts = conn.execute(text("SELECT id, line_no, hazardous FROM claim_parts ORDER BY id")).all()
        assert [tuple(p) for p in pieces] == [
            ("A1", "J-01-2", 3, "boxed", 1),
            ("A2", "J-01-2", 3, "boxed", 1),
            ("B1", "J-04-1", None, "stored", 1),
        ]
        assert [tuple(p) for p in parts] == [(1, 1, 0), (2, 1, 0)]
        assert "storage_bin" not in {c["name"] for c in inspect(engine).get_columns("claim_parts")}
        run_alembic(engine, "downgrade", "0008")
        with engine.connect() as conn:
            back = conn.execute(
                text("SELECT storage_bin, return_box_id, disposition FROM claim_parts ORDER BY id")
            ).all()
        assert [tuple(p) for p in back] == [("J-01-2", 3, "boxed"), ("J-04-1", None, "stored")]
        assert "state" not in {c["name"] for c in inspect(engine).get_columns("part_labels")}
    finally:
        engine.dispose()
