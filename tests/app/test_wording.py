"""The app's sentences for people are app.wording Messages: Chinese as str, translatable by template.

The AST checks keep it so: every message an expected failure, a 三包 alert, a field warning or an
import issue is built with is a say(...) of a literal template (lupdate collects only literals;
an f-string would be Chinese in the English interface), and every template is translated.
"""

from __future__ import annotations

import ast
import inspect
import pickle
import string
from dataclasses import fields
from pathlib import Path

import app.errors
from app.errors import FieldWarning, NeedsConfirmation, QiantaiError
from app.vehicles.import_rows import ImportIssue
from app.warranty import SanbaoAlert
from app.wording import Joined, Message, joined, label, labels, message_of, say
from tests.ui.tr_sources import ROOT, sentence_files, ts_messages

SENTENCE_FUNCTIONS = ("say", "spool_failure")


def test_a_message_is_its_chinese_sentence_and_keeps_its_parts() -> None:
    status = label("已交车")
    m = say("工单 {ro} 已{status}，里程 {km:,} 公里", ro="RO1", status=status, km=20100)
    assert m == "工单 RO1 已已交车，里程 20,100 公里" and isinstance(m, str)
    assert m.template == "工单 {ro} 已{status}，里程 {km:,} 公里" and m.context == ""
    assert m.args["status"] is status and status.context == "labels"
    assert f"原因：{m}" == "原因：工单 RO1 已已交车，里程 20,100 公里"
    assert pickle.loads(pickle.dumps(m)) == m and pickle.loads(pickle.dumps(m)).template == m.template
    listed = labels(["保养", "索赔"])
    assert listed == "保养、索赔" and isinstance(listed, Joined)
    assert [i.context for i in listed.items] == ["labels", "labels"]
    assert joined(["A", "B"], say("；")) == "A；B"
    assert pickle.loads(pickle.dumps(listed)).items == listed.items
    assert say("无占位 {符号}") == "无占位 {符号}"  # no arguments: the template as it is
    assert message_of(ValueError(say("日期“{t}”不存在", t="x"))).template == "日期“{t}”不存在"


def test_needs_confirmation_joins_its_warnings_as_one_message() -> None:
    error = NeedsConfirmation((FieldWarning("vin", say("甲 {n}", n=1)), FieldWarning("plate", say("乙"))))
    assert error.message == "甲 1；乙。确认无误后请再次保存"
    assert isinstance(error.message, Message) and error.message.template == "{warnings}。确认无误后请再次保存"


# -- every message in app/ is a say(...) --------------------------------------------------------


def _error_classes() -> dict[str, int | None]:
    """Name -> position of the `message` parameter (None: the class builds its message itself)."""
    import app.context  # noqa: F401 - imports every capability, so every subclass is known

    found: dict[str, int | None] = {}
    todo: list[type] = [QiantaiError]
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        params = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
        found[cls.__name__] = params.index("message") if "message" in params else None
    for record in (SanbaoAlert, FieldWarning, ImportIssue):
        found[record.__name__] = [f.name for f in fields(record)].index("message")
    return found


def _app_files() -> list[Path]:
    return [p for p in sentence_files() if p.is_relative_to(ROOT / "app")]


def _is_text_built_by_hand(node: ast.expr) -> bool:
    """A literal, an f-string, a concatenation or a format/join/str() of text: not translatable."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("format", "join"):
            return True
        if isinstance(func, ast.Name) and func.id == "str":
            return True
    return False


def test_every_message_in_app_is_built_with_say() -> None:
    classes = _error_classes()
    assert {
        "ValidationError",
        "Conflict",
        "PrinterUnavailable",
        "StorageError",
        "SanbaoAlert",
    } <= classes.keys()
    problems, checked = [], 0
    for path in _app_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name in SENTENCE_FUNCTIONS:
                problems += _template_problems(node, where)
                continue
            position = classes.get(name)
            if position is None:
                continue
            message = next((k.value for k in node.keywords if k.arg == "message"), None)
            if message is None and len(node.args) > position:
                message = node.args[position]
            if message is None:
                continue
            checked += 1
            if _is_text_built_by_hand(message):
                problems.append(f'{where}: {name}(…) with {ast.unparse(message)[:60]!r}: use say("…", …)')
    assert checked > 150
    assert not problems, "\n".join(problems)


def _template_problems(node: ast.Call, where: str) -> list[str]:
    if not node.args or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
        return [f"{where}: the template must be a string literal (lupdate reads only literals)"]
    template = node.args[0].value
    names = {field for _, field, _, _ in string.Formatter().parse(template) if field}
    given = {k.arg for k in node.keywords if k.arg is not None}
    if isinstance(node.func, ast.Name) and node.func.id == "spool_failure":
        given -= {"reason"}  # the failure's code, not a placeholder
    if any(k.arg is None for k in node.keywords):  # **kwargs: cannot tell
        return []
    if names != given:
        return [f"{where}: placeholders {sorted(names)} but arguments {sorted(given)}"]
    return []


def test_every_template_is_translated() -> None:
    translated = {m.source: m for m in ts_messages() if m.context == ""}
    missing = []
    for path in sentence_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in SENTENCE_FUNCTIONS
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                entry = translated.get(node.args[0].value)
                if entry is None or entry.kind is not None or not entry.translation:
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.args[0].value}")
    assert not missing, "untranslated (run scripts/update_translations):\n" + "\n".join(missing)


def test_the_errors_module_builds_its_own_joined_messages_with_say() -> None:
    source = Path(app.errors.__file__).read_text(encoding="utf-8")
    assert '"；".join' not in source
