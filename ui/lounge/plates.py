"""A plate as the lounge shows it: enough for the owner to know the car, not for others to read it."""

from __future__ import annotations

MASK = "***"
_SEPARATORS = frozenset("·・.-_ \u3000")


def mask_plate(plate: str | None) -> str:
    """粤B12345 or 粤B·12345 -> 粤B·***45; a new-energy 粤AD12345 -> 粤A·***45: the province and
    the letter, then *** and the last two characters. No plate gives "", a plate too short to
    mask safely gives *** alone."""
    text = "".join(c for c in (plate or "").upper() if c not in _SEPARATORS)
    if not text:
        return ""
    if len(text) < 5:
        return MASK
    return f"{text[:2]}·{MASK}{text[-2:]}"
