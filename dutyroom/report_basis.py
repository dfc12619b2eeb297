"""What a written report is drafted from besides the incident itself: the reports already sent
(and what the record said when each was sent), whether casualty figures were ever entered, and
the officers' duty-log notes about the incident (pure data; LedgerService.report_basis reads it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from dutyroom.models import LogEntry, LogKind, ObligationKind

# Obligations met by a report on paper (or by system): the 首报 by phone is not one, nor a
# duty-log item's action.
WRITTEN_KINDS = frozenset(
    {
        ObligationKind.WRITTEN,
        ObligationKind.FOLLOWUP,
        ObligationKind.SUPPLEMENTARY,
        ObligationKind.FINAL,
        ObligationKind.VERIFY,
    }
)
# Lines the app writes itself about an incident (接报, 报送, 提醒): not progress an officer noted.
AUTOMATIC_LOG_KINDS = frozenset({LogKind.INCIDENT, LogKind.REPORT, LogKind.ALARM})


@dataclass(frozen=True, slots=True)
class SentReport:
    """One written report sent: when, which kind (the first obligation it met), and the
    incident's stored fields as they stood when it was recorded as sent."""

    at: datetime
    kind: ObligationKind
    sequence: int
    fields: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReportBasis:
    sent: tuple[SentReport, ...] = ()  # oldest first
    # A casualty count was stored non-zero at some point, or changed after intake: the figures
    # (zeros included) were entered, not merely left at the form's default.
    counts_recorded: bool = False
    notes: tuple[LogEntry, ...] = ()  # the officers' log entries about the incident, in time order

    @property
    def last(self) -> SentReport | None:
        return self.sent[-1] if self.sent else None
