"""VINs with correct check digits and plates that are unique without remembering the used ones."""

from __future__ import annotations

import math
import random

from app.demo.catalogue import YEAR_CODES, ModelSpec
from app.validation.plate import DIGITS, SERIAL_LETTERS
from app.validation.vin import vin_check_digit

SERIAL_START_MAX = 400_000
SERIAL_SPACE = 1_000_000


class VinFactory:
    """VINs of one model and year share WMI, VDS, year and plant; the serial keeps them apart."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._next: dict[tuple[str, str, int], int] = {}

    def make(self, spec: ModelSpec, variant: int, model_year: int) -> str:
        vds = spec.vds[variant % len(spec.vds)]
        key = (spec.wmi, vds, model_year)
        serial = self._next.get(key)
        if serial is None:
            serial = self._rng.randrange(10_000, SERIAL_START_MAX)
        # Steps of 1-3 keep serials increasing and unique; the space is far from exhausted.
        self._next[key] = serial + self._rng.randint(1, 3)
        if serial >= SERIAL_SPACE:
            raise RuntimeError(f"VIN serials exhausted for {key}")
        year = YEAR_CODES[min(max(model_year, min(YEAR_CODES)), max(YEAR_CODES))]
        draft = f"{spec.wmi}{vds}0{year}{spec.plant}{serial:06d}"
        return draft[:8] + vin_check_digit(draft) + draft[9:]


def _coprime_multiplier(rng: random.Random, modulus: int) -> int:
    while True:
        a = rng.randrange(modulus // 3, modulus - 1)
        if math.gcd(a, modulus) == 1:
            return a


class _Series:
    """Hands out distinct indexes in [0, size) in a scrambled order: i -> (a*i + b) mod size."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.size = size
        self._a = _coprime_multiplier(rng, size)
        self._b = rng.randrange(size)
        self._issued = 0

    def next_index(self) -> int:
        if self._issued >= self.size:
            raise RuntimeError("plate series exhausted")
        i = self._issued
        self._issued += 1
        return (self._a * i + self._b) % self.size


_LETTERS = SERIAL_LETTERS  # A-Z without I and O
_ALNUM = _LETTERS + DIGITS
_ORDINARY_ONE_LETTER = 5 * len(_LETTERS) * 10**4  # exactly one letter, at any of the 5 places
_ORDINARY_SIZE = 10**5 + _ORDINARY_ONE_LETTER  # plus all-digit serials
_NEV_SIZE = len(_ALNUM) * 10**4  # after D or F: a letter or digit, four digits


def _ordinary_serial(index: int) -> str:
    if index < 10**5:
        return f"{index:05d}"
    index -= 10**5
    place, rest = divmod(index, len(_LETTERS) * 10**4)
    letter, number = divmod(rest, 10**4)
    digits = f"{number:04d}"
    return digits[:place] + _LETTERS[letter] + digits[place:]


def _nev_serial(index: int) -> str:
    second, number = divmod(index, 10**4)
    return _ALNUM[second] + f"{number:04d}"


class PlateFactory:
    """Plates per issuing office (粤B...), ordinary and new-energy, each series never repeating."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._series: dict[tuple[str, str], _Series] = {}

    def make(self, office: str, energy: str) -> str:
        """energy "ice": ordinary plate; "bev": new-energy D (pure electric); "phev": F (other)."""
        key = (office, energy)
        series = self._series.get(key)
        if series is None:
            series = _Series(self._rng, _ORDINARY_SIZE if energy == "ice" else _NEV_SIZE)
            self._series[key] = series
        index = series.next_index()
        if energy == "ice":
            return office + _ordinary_serial(index)
        return office + ("D" if energy == "bev" else "F") + _nev_serial(index)
