"""One table of incident fields (dutyroom/incident_fields.py) behind the JSON contract, the input
checks, storage and the written report: a field added there reaches all of them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from db import SqliteStore, open_database
from dutyroom.documents.report import casualty_text
from dutyroom.incident_fields import (
    FIELDS_BY_KEY,
    INCIDENT_FIELDS,
    INPUT_KEYS,
    FieldKind,
    apply_fields,
    incident_to_dict,
)
from dutyroom.models import Casualties, Incident

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)


def test_every_entered_field_is_a_json_key_and_an_input_key() -> None:
    output = incident_to_dict(Incident(received_at=T0, id=1), TZ)
    assert set(FIELDS_BY_KEY) == INPUT_KEYS
    assert set(FIELDS_BY_KEY) <= set(output)
    assert len(FIELDS_BY_KEY) == len(INCIDENT_FIELDS)  # each key once


def test_every_entered_field_is_stored_and_read_back() -> None:
    store = SqliteStore(open_database(None))
    values = {
        f.key: {
            FieldKind.TEXT: f.key[: f.limit],
            FieldKind.COUNT: 2,
            FieldKind.LOSS: 12.5,
            FieldKind.FIGURE: 5.5,
            FieldKind.FLAG: True,
            FieldKind.TIME: T0.isoformat(),
        }[f.kind]
        for f in INCIDENT_FIELDS
    }
    incident = apply_fields(Incident(received_at=T0), values)
    stored = store.incidents.get(store.incidents.add(incident).id or 0)
    assert incident_to_dict(stored, TZ) == incident_to_dict(incident, TZ) | {"id": stored.id}
    store.close()


def test_the_report_names_every_count_in_its_own_words() -> None:
    counts = [f for f in INCIDENT_FIELDS if f.kind is FieldKind.COUNT]
    text = casualty_text(Casualties(**{f.key: 1 for f in counts}))
    assert all(f.report_word and f"{f.report_word}1人" in text for f in counts)
