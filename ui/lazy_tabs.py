"""The main window's tabs, each built the first time it is shown or asked for by its key.

A counter PC opens one tab at start and most users live in two or three: building (and importing)
the other tabs and reading their first data would only make the window come later. Until then a
tab is an empty page under its title; showing it, or asking for it by key (another tab's errand, a
test), builds the real tab and puts it in the same place with the same title and tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.tab_registry import TabSpec


class LazyTabs(Mapping[str, QWidget]):
    """The tabs by key; reading one builds it if it was not built yet (`in` and iterating do not)."""

    def __init__(
        self,
        tabs: QTabWidget,
        build: Callable[[TabSpec], QWidget],
        built: Callable[[str, QWidget], None] = lambda _key, _widget: None,
    ) -> None:
        self._tabs = tabs
        self._build = build
        self._on_built = built
        self._specs: dict[str, TabSpec] = {}
        self._widgets: dict[str, QWidget] = {}
        self._pending: dict[str, QWidget] = {}  # key -> the empty page standing in for the tab
        tabs.currentChanged.connect(self._shown)

    def add(self, spec: TabSpec) -> int:
        page = QWidget(self._tabs)
        page.setObjectName(f"unbuilt_{spec.key}")
        self._specs[spec.key] = spec
        self._pending[spec.key] = page
        blocked = self._tabs.blockSignals(True)  # the first tab added becomes current: not built yet
        try:
            return self._tabs.addTab(page, spec.translated_title())
        finally:
            self._tabs.blockSignals(blocked)

    def built(self, key: str) -> QWidget | None:
        """The tab if it was built, without building it."""
        return self._widgets.get(key)

    def __getitem__(self, key: str) -> QWidget:
        widget = self._widgets.get(key)
        if widget is not None:
            return widget
        spec = self._specs[key]  # KeyError for a tab this user does not have
        page = self._pending.pop(key)
        widget = self._build(spec)
        self._widgets[key] = widget
        self._swap(page, widget, spec)
        self._on_built(key, widget)
        return widget

    def _swap(self, page: QWidget, widget: QWidget, spec: TabSpec) -> None:
        tabs = self._tabs
        index = tabs.indexOf(page)
        current = tabs.currentIndex() == index
        tooltip = tabs.tabToolTip(index)
        blocked = tabs.blockSignals(True)  # the neighbour shown for a moment is not built
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, widget, spec.translated_title())
            tabs.setTabToolTip(index, tooltip)
            if current:
                tabs.setCurrentIndex(index)
        finally:
            tabs.blockSignals(blocked)
        page.deleteLater()

    def _shown(self, index: int) -> None:
        page = self._tabs.widget(index)
        for key, pending in self._pending.items():
            if pending is page:
                self[key]
                return

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)
