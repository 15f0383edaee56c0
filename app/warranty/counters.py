"""The 三包 counts behind the alerts, for the claim to show as numbers: repairs of each problem,
cumulative repair days and replacements of each main part or assembly, all inside the 三包
有效期 (the same rules as alerts.py, which turns them into signals)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.warranty.alerts import (
    RepairFacts,
    VehicleFacts,
    _in_sanbao,
    _problem_keys,
    _replacements,
    counted_repairs,
    cumulative_days,
    others_than,
)
from app.wording import say


@dataclass(frozen=True)
class SanbaoCounts:
    same_problem: tuple[tuple[str, int], ...]  # (problem, repairs), most first
    repair_days: int  # cumulative, the excluded time left out
    replaced: tuple[tuple[str, int], ...]  # (main part or assembly, replacements), most first

    def lines(self) -> tuple[str, ...]:
        """One sentence per count, for the claim form and the tab."""
        out: list[str] = [say("三包期内累计修理 {days} 天", days=self.repair_days)]
        out += [say("同一问题（{problem}）修理 {n} 次", problem=p, n=n) for p, n in self.same_problem]
        out += [say("{part}更换 {n} 次", part=p, n=n) for p, n in self.replaced]
        return tuple(out)


def _most_first(counts: dict[str, tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.values(), key=lambda x: (-x[1], x[0])))


def sanbao_counts(
    vehicle: VehicleFacts,
    history: Sequence[RepairFacts],
    now: dt.datetime,
    current: RepairFacts | None = None,
) -> SanbaoCounts:
    """The counts with the job at hand included when it is itself a repair inside the period."""
    counted = counted_repairs(vehicle, others_than(history, current))
    if (
        current is not None
        and current.is_repair
        and not current.is_cancelled
        and _in_sanbao(vehicle, current)
    ):
        counted.append(current)
    problems: dict[str, tuple[str, int]] = {}
    replaced: dict[str, tuple[str, int]] = {}
    for facts in counted:
        for key, label in _problem_keys(facts).items():
            problems[key] = (label, problems.get(key, ("", 0))[1] + 1)
        for (whole, system, identity), item in _replacements(facts).items():
            key = f"{whole}:{system}:{identity}"
            label = item.label if whole else say("{system}：{part}", system=system, part=item.label)
            replaced[key] = (label, replaced.get(key, ("", 0))[1] + 1)
    days, _ = cumulative_days(counted, now)
    return SanbaoCounts(_most_first(problems), days, _most_first(replaced))
