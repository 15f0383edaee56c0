"""The lookup: every way people type, ranking, and an index behind every query kind."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event

from app.context import Services
from app.orders import RoNumberIndex
from app.roles import Actor
from app.validation.plate import DIGITS, OFFICE_LETTERS, PROVINCES, SERIAL_LETTERS
from app.vehicles import CustomerInput
from app.vehicles.query import MatchKind, Probe, parse_query
from tests.app.factories import add_model, add_vehicle, open_order


def to_fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@given(
    plate=st.builds(
        lambda province, office, serial: province + office + serial,
        st.sampled_from(PROVINCES),
        st.sampled_from(OFFICE_LETTERS),
        st.text(alphabet=SERIAL_LETTERS + DIGITS, min_size=5, max_size=6),
    ),
    lower=st.booleans(),
    separator=st.sampled_from(["", "·", "・", " ", "-", "　"]),
    full_width=st.booleans(),
    scanner_end=st.sampled_from(["", "\n", "\t", "\r\n"]),
)
def test_any_typing_of_a_plate_reads_as_that_plate(
    plate: str, lower: bool, separator: str, full_width: bool, scanner_end: str
) -> None:
    typed = plate[0] + (plate[1].lower() if lower else plate[1]) + separator + plate[2:]
    typed = (to_fullwidth(typed) if full_width else typed) + scanner_end
    probes = parse_query(typed)
    assert Probe(MatchKind.PLATE, plate) in probes
    assert Probe(MatchKind.PLATE_NO_PROVINCE, plate[1:]) in parse_query(plate[1:].lower())


@given(vin=st.text(alphabet=SERIAL_LETTERS + DIGITS, min_size=17, max_size=17), tail=st.integers(6, 8))
def test_a_vin_and_its_tail_are_read_as_such(vin: str, tail: int) -> None:
    assert parse_query(vin.lower()) == [Probe(MatchKind.VIN, vin)]
    end = vin[-tail:]
    if any(c.isdigit() for c in end):
        assert Probe(MatchKind.VIN_TAIL, end) in parse_query(end)


def kinds(query: str) -> list[MatchKind]:
    """The readings as the program makes them: with the orders' RO numbers plugged in."""
    return [p.kind for p in parse_query(query, RoNumberIndex().parse)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("京a·12345", [MatchKind.PLATE, MatchKind.FORMER_PLATE, MatchKind.PLATE_PREFIX]),
        ("京Ａ１２３４５", [MatchKind.PLATE, MatchKind.FORMER_PLATE, MatchKind.PLATE_PREFIX]),
        ("京A12", [MatchKind.PLATE_PREFIX]),
        ("A12345", [MatchKind.PLATE_NO_PROVINCE, MatchKind.VIN_TAIL]),
        ("LHGRC3838F8043791\r\n", [MatchKind.VIN]),
        ("043791", [MatchKind.VIN_TAIL]),
        ("F8043791", [MatchKind.VIN_TAIL]),
        ("138-1234-5678", [MatchKind.PHONE]),
        ("5678", [MatchKind.PHONE_TAIL, MatchKind.PLATE_TAIL]),
        ("W7404", [MatchKind.VIN_TAIL, MatchKind.PLATE_TAIL]),
        ("w·7404", [MatchKind.VIN_TAIL, MatchKind.PLATE_TAIL]),
        ("404", [MatchKind.PLATE_TAIL]),
        ("37404", [MatchKind.PLATE_TAIL]),
        ("1234学", [MatchKind.PLATE_TAIL, MatchKind.NAME, MatchKind.NAME_PREFIX]),
        ("abc", [MatchKind.INITIALS, MatchKind.INITIALS_PREFIX]),
        ("张三", [MatchKind.NAME, MatchKind.NAME_PREFIX]),
        ("云", [MatchKind.NAME, MatchKind.NAME_PREFIX]),
        ("zs", [MatchKind.INITIALS, MatchKind.INITIALS_PREFIX]),
        ("ro20261127-0007", [MatchKind.RO_NUMBER]),
        ("  ", []),
    ],
)
def test_query_readings(query: str, expected: list[MatchKind]) -> None:
    assert kinds(query) == expected


@pytest.fixture
def fleet(services: Services, advisor: Actor, clock) -> dict[str, int]:
    model = add_model(services, advisor)
    ids = {}
    ids["zhang"] = add_vehicle(
        services,
        advisor,
        model,
        vin="LHGRC3838F8043791",
        plate="京A12345",
        owner="张三",
        phones=("13812345678",),
    ).id
    ids["zhang_prefix"] = add_vehicle(
        services, advisor, model, plate="京A12346", owner="张三丰", phones=("13900005678",)
    ).id
    ids["zhou"] = add_vehicle(
        services, advisor, model, plate="沪A12345", owner="周松", phones=("13700001111",)
    ).id
    ids["li"] = add_vehicle(
        services, advisor, model, plate="粤BD12345", owner="李四", phones=("075588886666",)
    ).id
    return ids


def ids_of(services: Services, actor: Actor, query: str) -> list[tuple[int | None, str]]:
    return [(h.vehicle_id, h.match.value) for h in services.vehicles.lookup.search(actor, query)]


def test_plate_typed_any_way(services: Services, advisor: Actor, fleet: dict[str, int]) -> None:
    for query in ("京A12345", "京a·12345", "京Ａ　１２３４５", " 京A-12345\t"):
        hits = ids_of(services, advisor, query)
        assert hits[0] == (fleet["zhang"], "plate"), query
    hit = services.vehicles.lookup.search(advisor, "京a12345")[0]
    assert hit.plate_display == "京A·12345"
    assert hit.owner_name == "张三"
    assert hit.phone_masked == "138****5678"
    assert hit.model == "本田 雅阁"


def test_exact_plate_ranks_above_prefix(services: Services, advisor: Actor, fleet: dict[str, int]) -> None:
    assert ids_of(services, advisor, "京A12345") == [(fleet["zhang"], "plate")]
    assert ids_of(services, advisor, "京A1234") == [
        (fleet["zhang"], "plate_prefix"),
        (fleet["zhang_prefix"], "plate_prefix"),
    ]


def test_plate_without_province_finds_every_province(
    services: Services, advisor: Actor, fleet: dict[str, int]
) -> None:
    hits = ids_of(services, advisor, "A12345")
    assert sorted(hits) == sorted(
        [(fleet["zhang"], "plate_no_province"), (fleet["zhou"], "plate_no_province")]
    )
    assert ids_of(services, advisor, "bd12345") == [(fleet["li"], "plate_no_province")]


def test_vin_and_its_tail(services: Services, advisor: Actor, fleet: dict[str, int]) -> None:
    assert ids_of(services, advisor, "ＬＨＧＲＣ３８３８Ｆ８０４３７９１") == [(fleet["zhang"], "vin")]
    assert ids_of(services, advisor, "043791") == [(fleet["zhang"], "vin_tail")]
    assert ids_of(services, advisor, "f8043791") == [(fleet["zhang"], "vin_tail")]


def test_phone_full_and_last_four(services: Services, advisor: Actor, fleet: dict[str, int]) -> None:
    assert ids_of(services, advisor, "+86 138 1234 5678") == [(fleet["zhang"], "phone")]
    assert sorted(ids_of(services, advisor, "5678")) == sorted(
        [(fleet["zhang"], "phone_tail"), (fleet["zhang_prefix"], "phone_tail")]
    )
    assert ids_of(services, advisor, "0755-8888 6666") == [(fleet["li"], "phone")]
    hit = services.vehicles.lookup.search(advisor, "5678")[0]
    assert hit.phone_masked.endswith("5678") and "*" in hit.phone_masked


def test_name_exact_above_prefix_and_initials(
    services: Services, advisor: Actor, fleet: dict[str, int]
) -> None:
    assert ids_of(services, advisor, "张三") == [
        (fleet["zhang"], "name"),
        (fleet["zhang_prefix"], "name_prefix"),
    ]
    # 张三 and 周松 are both "zs": the same rank, then by name.
    assert ids_of(services, advisor, "zs") == [
        (fleet["zhou"], "initials"),
        (fleet["zhang"], "initials"),
        (fleet["zhang_prefix"], "initials_prefix"),
    ]
    assert ids_of(services, advisor, "ZSF") == [(fleet["zhang_prefix"], "initials")]


def test_same_rank_orders_by_last_visit(
    services: Services, advisor: Actor, fleet: dict[str, int], clock
) -> None:
    clock.advance(hours=1)
    vehicle = services.vehicles.vehicles.get(advisor, fleet["zhou"])
    open_order(services, advisor, vehicle)
    hits = services.vehicles.lookup.search(advisor, "zs")
    assert hits[0].vehicle_id == fleet["zhou"]
    assert hits[0].last_visit_at == clock.now


def test_former_plate_is_found(services: Services, advisor: Actor, fleet: dict[str, int], clock) -> None:
    from app.vehicles.vehicles import VehicleInput

    v = services.vehicles.vehicles.get(advisor, fleet["zhou"])
    services.vehicles.vehicles.update(
        advisor,
        v.id,
        v.version,
        VehicleInput(vin=v.vin, model_id=v.model.id, owner_id=v.owner_id, plate="沪C99999"),
    )
    assert ids_of(services, advisor, "沪A12345") == [(fleet["zhou"], "former_plate")]
    assert (fleet["zhou"], "plate_no_province") in ids_of(services, advisor, "A12345")


def test_plate_tail_as_said_at_the_counter(services: Services, advisor: Actor, fleet: dict[str, int]) -> None:
    """ "7404" and "W7404" find 粤B·W7404: the last 3-5 characters, as people say a plate."""
    model = add_model(services, advisor, "丰田", "凯美瑞")
    car = add_vehicle(services, advisor, model, plate="粤BW7404", owner="王五", phones=("13511112222",))
    nev = add_vehicle(services, advisor, model, plate="粤BD17404", owner="赵六", phones=("13611113333",))
    for query in ("W7404", "w7404", "ｗ７４０４", "w·7404"):
        assert ids_of(services, advisor, query) == [(car.id, "plate_tail")], query
    assert sorted(ids_of(services, advisor, "404")) == sorted(
        [(car.id, "plate_tail"), (nev.id, "plate_tail")]
    )
    hit = services.vehicles.lookup.search(advisor, "7404")[0]
    assert hit.plate_display in ("粤B·W7404", "粤B·D17404")
    assert hit.matched in ("粤BW7404", "粤BD17404")
    assert hit.match_label == "车牌"
    assert ids_of(services, advisor, "12345")[0][1] == "plate_tail"  # 京A·12345 and others
    assert ids_of(services, advisor, "4047") == []  # the tail, not the beginning


def test_plate_tail_and_phone_tail_rank_together_below_exact_identifiers(
    services: Services, advisor: Actor, fleet: dict[str, int], clock
) -> None:
    model = add_model(services, advisor, "丰田", "凯美瑞")
    plate_car = add_vehicle(services, advisor, model, plate="粤BW7404", owner="王五", phones=("13511112222",))
    phone_car = add_vehicle(services, advisor, model, plate="京C88888", owner="钱七", phones=("13900007404",))
    vin_car = add_vehicle(services, advisor, model, vin="LHGRC3837F80W7404", plate="京C66666", owner="孙八")
    # "7404": the last four of a phone and of a plate, one rank; then the most recent visit first.
    clock.advance(hours=1)
    open_order(services, advisor, services.vehicles.vehicles.get(advisor, plate_car.id))
    assert ids_of(services, advisor, "7404") == [(plate_car.id, "plate_tail"), (phone_car.id, "phone_tail")]
    clock.advance(hours=1)
    open_order(services, advisor, services.vehicles.vehicles.get(advisor, phone_car.id))
    assert ids_of(services, advisor, "7404") == [(phone_car.id, "phone_tail"), (plate_car.id, "plate_tail")]
    # A VIN's last characters rank above a plate's; an exact plate above everything.
    assert ids_of(services, advisor, "W7404") == [(vin_car.id, "vin_tail"), (plate_car.id, "plate_tail")]
    assert ids_of(services, advisor, "粤BW7404") == [(plate_car.id, "plate")]


def test_plate_tail_follows_a_new_plate(services: Services, advisor: Actor, fleet: dict[str, int]) -> None:
    from app.vehicles.vehicles import VehicleInput

    v = services.vehicles.vehicles.get(advisor, fleet["zhou"])
    services.vehicles.vehicles.update(
        advisor,
        v.id,
        v.version,
        VehicleInput(vin=v.vin, model_id=v.model.id, owner_id=v.owner_id, plate="沪CW7404"),
    )
    assert ids_of(services, advisor, "W7404") == [(fleet["zhou"], "plate_tail")]


def test_customer_without_vehicle_and_ro_number(
    services: Services, advisor: Actor, fleet: dict[str, int]
) -> None:
    from app.vehicles.customers import CustomerInput

    lone = services.vehicles.customers.create(advisor, CustomerInput("欧阳娜娜", ("13600000000",)))
    hits = services.vehicles.lookup.search(advisor, "欧阳")
    assert [(h.vehicle_id, h.customer_id) for h in hits] == [(None, lone.id)]
    order = open_order(services, advisor, services.vehicles.vehicles.get(advisor, fleet["li"]))
    assert ids_of(services, advisor, order.ro_number.lower()) == [(fleet["li"], "ro_number")]


def test_limit_is_respected(services: Services, advisor: Actor) -> None:
    model = add_model(services, advisor)
    for i in range(5):
        add_vehicle(services, advisor, model, owner=f"张{i}", phones=(f"1380000{i:04d}",))
    assert len(services.vehicles.lookup.search(advisor, "张", limit=3)) == 3


# ---------------------------------------------------------------- every query kind on an index
BIG_TABLES = ("vehicles", "customers", "customer_phones", "plate_history", "repair_orders")
QUERIES = [
    "京A12345",
    "京A1",
    "A12345",
    "LHGRC3838F8043791",
    "043791",
    "13812345678",
    "5678",
    "W7404",
    "404",
    "张三",
    "张",
    "zs",
    "RO20261127-0001",
]


@pytest.fixture
def captured(services: Services) -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", grab)
    yield seen
    event.remove(services.db.engine, "before_cursor_execute", grab)


def test_every_lookup_query_uses_an_index(
    services: Services, advisor: Actor, fleet: dict[str, int], captured: list[tuple[str, object]]
) -> None:
    for query in QUERIES:
        services.vehicles.lookup.search(advisor, query)
    statements = list({sql: (sql, params) for sql, params in captured}.values())
    assert len(statements) > 10
    with services.db.engine.connect() as conn:
        if services.db.is_sqlite:
            for sql, params in statements:
                plan = " | ".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
                for table in BIG_TABLES:
                    # SCAN (of the table or of a whole index) instead of SEARCH: not on an index.
                    assert not re.search(rf"\bSCAN {table}\b", plan), (sql, plan)
        else:
            conn.exec_driver_sql("SET enable_seqscan = off")
            for sql, params in statements:
                plan = " | ".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}", params))
                for table in BIG_TABLES:
                    assert f"Seq Scan on {table}" not in plan, (sql, plan)


def test_a_company_is_found_by_its_400_number(services: Services, advisor: Actor) -> None:
    company = services.vehicles.customers.create(
        advisor, CustomerInput("深圳顺达物流有限公司", ("400-820-8820",), kind="company")
    )
    hits = services.vehicles.lookup.search(advisor, "400 820 8820")
    assert [(h.customer_id, h.match) for h in hits] == [(company.id, MatchKind.PHONE)]
