"""The app's sentences for people, in Chinese, and what the interface needs to say them in English.

A message the app raises or returns (a refusal, a conflict, a 三包 alert, a printer problem) is a
`Message`: a str whose value is the Chinese sentence, so the CLI, the log, printed documents and
tests read it as they always did, and which keeps its template and arguments, so the interface
(ui.i18n.localized) can look the template up in its translation and fill in the same arguments.

    raise ValidationError("mileage_in", say("里程 {km} 公里低于上次记录的 {last} 公里", km=km, last=p))

Templates are string literals (no f-strings): scripts/update_translations collects them with
pyside6-lupdate (say is an alias of tr there, so they land in the module context ""). Arguments
are data (numbers, plates, names: shown as they are) or Messages themselves: a label(...) of the
app's vocabularies (a role, a status: translated in the "labels" context, see ui/labels_i18n.py),
a sub-sentence built with say, or a list built with joined(...).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

# The translation context of say(...) templates (lupdate files a bare tr/say call under "").
CONTEXT = ""
# The context of the app's labels (roles, statuses, job types…), as ui.labels_i18n.CONTEXT.
LABELS = "labels"


class Message(str):
    """A sentence for people: its str value is the Chinese rendering of template with args."""

    template: str
    args: Mapping[str, object]
    context: str

    def __new__(
        cls, template: str, args: Mapping[str, object] | None = None, context: str = CONTEXT
    ) -> Message:
        values = dict(args or {})
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.args = MappingProxyType(values)
        self.context = context
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.template, dict(self.args), self.context))

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"


class Joined(Message):
    """Items in a row with a separator ("；", "、"), each item and the separator localized apart."""

    items: tuple[str, ...]
    separator: str

    def __new__(cls, items: Iterable[str], separator: str) -> Joined:
        parts = tuple(items)
        self = str.__new__(cls, separator.join(parts))
        self.template = str(self)
        self.args = MappingProxyType({})
        self.context = CONTEXT
        self.items = parts
        self.separator = separator
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.items, self.separator))


def message_of(error: BaseException) -> str:
    """The message an exception was raised with (a Message kept as it is), else its str."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, str) else str(error)


def say(template: str, /, **args: object) -> Message:
    """The sentence template (a literal, for lupdate) with its {name} placeholders filled in."""
    return Message(template, args)


def label(text: str) -> Message:
    """One of the app's labels (a role, an order status, a job type) used inside a sentence."""
    return Message(text, None, LABELS)


# Between the items of a list ("保养、索赔"); the interface translates it in the labels context.
LIST_SEPARATOR = label("、")


def joined(items: Iterable[str], separator: str = LIST_SEPARATOR) -> Joined:
    """A list inside a sentence: labels, sub-sentences or data, "、" between them by default."""
    return Joined(items, separator)


def labels(texts: Iterable[str]) -> Joined:
    """Labels as one list ("待派工、维修中"), each translated in the interface."""
    return joined(label(t) for t in texts)
