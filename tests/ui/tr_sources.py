"""Reads the translatable texts out of ui/ the way the program looks them up at run time, and the
sentence templates of app/ and printing/ (app.wording.say, printing.spool.spool_failure), which
ui.i18n.localized looks up in the module context "".

Kept apart from lupdate on purpose: it finds the (context, source, disambiguation) keys that
QTranslator is asked for, so a text lupdate missed, or a context that differs between lupdate and
the running program, shows up as a failing test instead of Chinese in the English interface.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
# Where say(...) / spool_failure(...) sentences come from; the demo data and the CLI speak Chinese only.
SENTENCE_SOURCES = (ROOT / "app", ROOT / "printing")
SENTENCE_EXCLUDED = (ROOT / "app" / "demo", ROOT / "app" / "commands")
SENTENCE_FUNCTIONS = ("say", "spool_failure")
TS = ROOT / "resources" / "translations" / "qiantai_en.ts"

Key = tuple[str, str, str | None]  # context, source text, disambiguation


@dataclass(frozen=True)
class Problem:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass
class Scan:
    keys: dict[Key, str]  # each key with one place it comes from
    problems: list[Problem]
    tr_classes: dict[str, str]  # class using self.tr -> its file
    bases: dict[str, set[str]]  # ui class -> names of its bases


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _callee(call: ast.Call) -> tuple[str | None, str | None]:
    """(object name, function name): self.tr -> ("self", "tr"), tr -> (None, "tr")."""
    func = call.func
    if isinstance(func, ast.Name):
        return None, func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        return owner, func.attr
    return None, None


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path, scan: Scan) -> None:
        self.path = path
        self.rel = str(path.relative_to(ROOT))
        self.scan = scan
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.scan.bases[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in ("tr", "_tr") and not self.classes and self.rel != "ui/i18n.py":
            self._problem(node, f"defines its own {node.name}(); import tr from ui.i18n instead")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        owner, name = _callee(node)
        args = node.args
        if name == "tr" and owner == "self":
            self._method_tr(node, args)
        elif name in ("tr", "_tr") and owner is None:
            self._text(node, "", args[0] if args else None, args[1] if len(args) > 1 else None)
        elif name in SENTENCE_FUNCTIONS and owner is None:
            self._text(node, "", args[0] if args else None, None)
        elif name == "translate" and owner in ("QCoreApplication", "QApplication", None):
            # Helpers that pass a variable on (ui.i18n.tr, tr_label) are checked at their callers.
            if len(args) >= 2 and _literal(args[0]) is not None and _literal(args[1]) is not None:
                self._add(node, (_literal(args[0]) or "", _literal(args[1]) or "", self._third(args)))
        elif name == "QT_TRANSLATE_NOOP":
            context, text = (_literal(a) for a in args[:2])
            if context is None or text is None:
                self._problem(node, "QT_TRANSLATE_NOOP needs literal context and text")
            else:
                self._add(node, (context, text, None))
        self.generic_visit(node)

    @staticmethod
    def _third(args: list[ast.expr]) -> str | None:
        return _literal(args[2]) if len(args) > 2 else None

    def _method_tr(self, node: ast.Call, args: list[ast.expr]) -> None:
        if not self.classes:
            self._problem(node, "self.tr outside a class")
            return
        self.scan.tr_classes.setdefault(self.classes[-1], self.rel)
        self._text(node, self.classes[-1], args[0] if args else None, args[1] if len(args) > 1 else None)

    def _text(
        self, node: ast.Call, context: str, text: ast.expr | None, disambiguation: ast.expr | None
    ) -> None:
        source = _literal(text)
        if source is None:
            self._problem(
                node,
                f"tr() of a non-literal ({ast.unparse(text) if text else 'nothing'}): lupdate cannot "
                "see it; list the texts with QT_TRANSLATE_NOOP and show them through tr_label()",
            )
            return
        if disambiguation is not None and _literal(disambiguation) is None:
            self._problem(node, "the disambiguation of tr() must be a literal")
            return
        self._add(node, (context, source, _literal(disambiguation)))

    def _add(self, node: ast.AST, key: Key) -> None:
        self.scan.keys.setdefault(key, f"{self.rel}:{getattr(node, 'lineno', 0)}")

    def _problem(self, node: ast.AST, what: str) -> None:
        self.scan.problems.append(Problem(f"{self.rel}:{getattr(node, 'lineno', 0)}", what))


def sentence_files() -> list[Path]:
    """The .py files of app/ and printing/ whose say(...) templates the interface translates."""
    return [
        path
        for folder in SENTENCE_SOURCES
        for path in sorted(folder.rglob("*.py"))
        if not any(path.is_relative_to(x) for x in SENTENCE_EXCLUDED)
    ]


def scan_ui() -> Scan:
    scan = Scan({}, [], {}, {})
    for path in [*sorted(UI.rglob("*.py")), *sentence_files()]:
        _Visitor(path, scan).visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    # PySide's self.tr looks up the class of the object at run time: a subclass would ask for its
    # own name, and the texts lupdate filed under the base class would not be found.
    for name, bases in scan.bases.items():
        for base in bases & scan.tr_classes.keys():
            scan.problems.append(
                Problem(scan.tr_classes[base], f"{name} subclasses {base}, whose self.tr texts it would miss")
            )
    return scan


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    comment: str | None
    translation: str
    kind: str | None  # the translation's type attribute: unfinished, obsolete, vanished


def ts_messages(path: Path = TS) -> list[TsMessage]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            found.append(
                TsMessage(
                    name,
                    m.findtext("source") or "",
                    m.findtext("comment"),
                    translation.text or "",
                    translation.get("type"),
                )
            )
    return found
