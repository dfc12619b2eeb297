"""The navigation pages in order: objectName, title, and how to build each one on first visit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.alarm_banner import AlarmBanner
from ui.dashboard import DashboardPage
from ui.incident_board import IncidentBoard
from ui.log_clock_panel import LogClockPanel
from ui.page_context import PageContext
from ui.placeholder_page import PlaceholderPage
from ui.sign_in_panel import SignInPanel


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page of the navigation: its object name, title and builder."""

    object_name: str
    title: str
    build: Callable[[PageContext], QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def _placeholder(object_name: str, title: str, note: str) -> PageSpec:
    return PageSpec(object_name, title, lambda _ctx: PlaceholderPage(object_name, title, note))


def _dashboard(ctx: PageContext) -> QWidget:
    from ui.handover_state_label import HandoverStateLabel

    alarms = ctx.alarms
    return DashboardPage(
        ctx.watcher,
        ctx.parent,
        board=lambda parent: IncidentBoard(ctx.room, ctx.signals, ctx.officer, parent),
        banner=(
            None
            if alarms is None
            else lambda parent: AlarmBanner(ctx.room, ctx.signals, alarms, ctx.officer, parent)
        ),
        sign_in=lambda parent: SignInPanel(ctx.room, ctx.signals, parent),
        handover=lambda parent: HandoverStateLabel(ctx.room, ctx.signals, parent),
        log_clocks=lambda parent: LogClockPanel(ctx.room, ctx.signals, ctx.officer, parent),
        on_receive=ctx.receive_incident,
    )


# Pages other than 值班台 import their modules on first visit: start-up builds only what it shows.
def _incidents(ctx: PageContext) -> QWidget:
    from ui.incidents_page import IncidentsPage

    return IncidentsPage(
        ctx.room,
        ctx.signals,
        on_receive=ctx.receive_incident,
        officer=ctx.officer,
        confirm=ctx.confirm,
    )


def _roster(ctx: PageContext) -> QWidget:
    from ui.roster_page import RosterPage

    return RosterPage(ctx.room, ctx.signals, confirm=ctx.confirm)


def _settings(ctx: PageContext) -> QWidget:
    from ui.settings_page import SettingsPage

    return SettingsPage(ctx.room, ctx.signals, confirm=ctx.confirm, settings=ctx.settings)


def _spotcheck(ctx: PageContext) -> QWidget:
    from ui.spotcheck_page import SpotCheckPage

    return SpotCheckPage(ctx.room, ctx.signals, ctx.officer)


def _stats(ctx: PageContext) -> QWidget:
    from ui.stats_page import StatsPage

    return StatsPage(ctx.room, ctx.signals)


def _reference(ctx: PageContext) -> QWidget:
    from ui.reference_page import ReferencePage

    return ReferencePage(ctx.room, ctx.signals, confirm=ctx.confirm)


def page_specs() -> list[PageSpec]:
    """In navigation order; Ctrl+1…Ctrl+9 follow it."""
    return [
        PageSpec("page_dashboard", _tr("值班台"), _dashboard),
        PageSpec(
            "page_incidents",
            _tr("接报"),
            _incidents,
        ),
        PageSpec(
            "page_roster",
            _tr("排班"),
            _roster,
        ),
        PageSpec(
            "page_log",
            _tr("值班日志"),
            lambda ctx: __import__("ui.log_page").log_page.build_log_page(ctx),
        ),
        PageSpec(
            "page_handover",
            _tr("交接班"),
            lambda ctx: __import__("ui.handover_page").handover_page.build_handover_page(ctx),
        ),
        PageSpec("page_spotcheck", _tr("查岗"), _spotcheck),
        PageSpec("page_stats", _tr("统计"), _stats),
        PageSpec("page_reference", _tr("通讯录与资料"), _reference),
        PageSpec(
            "page_settings",
            _tr("设置"),
            _settings,
        ),
    ]
