"""Incident search: FTS5 trigram for 3+ characters, LIKE for 1–2; hostile text never breaks it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import SqliteStore, open_database
from db.incidents_repo import fts_phrase
from dutyroom.models import Incident
from tests.db.conftest import T0

HOSTILE = [
    '"',
    '""',
    "'",
    "''; DROP TABLE incident; --",
    '" OR 1=1 --',
    "*",
    "化工*",
    "NEAR(化工 爆炸)",
    "NEAR(",
    "title:化工",
    "^化工",
    "a AND b OR NOT c",
    "(((",
    "%",
    "%%",
    "_",
    "__",
    "\\",
    "\\%",
    "a\x00b",
    "   ",
    "",
    "{title place}: 化工",
    "- 化工",
    "+",
]


@pytest.fixture
def filled(store: SqliteStore) -> SqliteStore:
    rows = [
        ("某镇化工厂爆炸", "某镇工业园区", "反应釜爆炸引发火灾", "赵六"),
        ("山体滑坡", "某村三组", "暴雨导致山体滑坡，2人被困", "钱七"),
        ("道路交通事故", "G60 高速 100%路段", "货车侧翻 a_b", "孙八"),
        ('标题带"引号"', "某街道", "NEAR(", "李四"),
    ]
    for i, (title, place, summary, reporter) in enumerate(rows):
        store.incidents.add(
            Incident(
                received_at=T0 + timedelta(hours=i),
                title=title,
                place=place,
                summary=summary,
                reporter=reporter,
            )
        )
    return store


def titles(incidents: list[Incident]) -> list[str]:
    return [i.title for i in incidents]


def test_three_or_more_characters_use_fts(filled: SqliteStore) -> None:
    assert titles(filled.incidents.search("化工厂")) == ["某镇化工厂爆炸"]
    assert titles(filled.incidents.search("山体滑坡")) == ["山体滑坡"]
    assert titles(filled.incidents.search("工业园")) == ["某镇化工厂爆炸"]  # place
    assert titles(filled.incidents.search("引发火灾")) == ["某镇化工厂爆炸"]  # summary
    assert titles(filled.incidents.search("G60")) == ["道路交通事故"]
    assert titles(filled.incidents.search("g60")) == ["道路交通事故"]  # ASCII case folded
    assert filled.incidents.search("不存在的词") == []


def test_one_or_two_characters_use_like(filled: SqliteStore) -> None:
    assert titles(filled.incidents.search("某")) == ['标题带"引号"', "山体滑坡", "某镇化工厂爆炸"]
    assert titles(filled.incidents.search("钱七")) == ["山体滑坡"]  # reporter
    assert titles(filled.incidents.search("滑坡")) == ["山体滑坡"]
    assert titles(filled.incidents.search("%")) == ["道路交通事故"]  # literal %
    assert titles(filled.incidents.search("_")) == ["道路交通事故"]  # literal _
    assert titles(filled.incidents.search("a_")) == ["道路交通事故"]


def test_newest_first_and_limit(filled: SqliteStore) -> None:
    assert titles(filled.incidents.search("某", limit=1)) == ['标题带"引号"']


def test_search_follows_updates(filled: SqliteStore) -> None:
    found = filled.incidents.search("山体滑坡")[0]
    filled.incidents.update(Incident(received_at=found.received_at, title="泥石流", id=found.id))
    assert filled.incidents.search("山体滑坡") == []
    assert titles(filled.incidents.search("泥石流")) == ["泥石流"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_do_not_raise(filled: SqliteStore, query: str) -> None:
    result = filled.incidents.search(query)
    assert isinstance(result, list)
    assert filled.incidents.count() == 4


def test_quotes_and_operators_are_literal(filled: SqliteStore) -> None:
    assert titles(filled.incidents.search('带"引号"')) == ['标题带"引号"']
    assert titles(filled.incidents.search("NEAR(")) == ['标题带"引号"']
    assert titles(filled.incidents.search("100%路")) == ["道路交通事故"]


def test_helpers_escape() -> None:
    assert fts_phrase('a"b') == '"a""b"'


def test_short_queries_are_literal_too(filled: SqliteStore) -> None:
    # 1-2 characters go through instr(): % and _ are characters, not wildcards.
    assert titles(filled.incidents.search("%")) == ["道路交通事故"]  # place "G60 高速 100%路段"
    assert titles(filled.incidents.search("a_")) == ["道路交通事故"]  # summary "货车侧翻 a_b"
    assert filled.incidents.search("x_") == []
    assert filled.incidents.search("_%") == []


@pytest.fixture(scope="module")
def shared() -> Iterator[SqliteStore]:
    """One database for all examples of a property (a fresh one per example is too slow)."""
    store = SqliteStore(open_database(None))
    store.incidents.add(Incident(received_at=T0, title="某镇化工厂爆炸"))
    yield store
    store.close()


@settings(max_examples=300, deadline=None)
@given(query=st.text(max_size=30))
def test_any_text_is_a_safe_query(shared: SqliteStore, query: str) -> None:
    assert isinstance(shared.incidents.search(query), list)
    assert isinstance(shared.incidents.search(query[:2]), list)


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    # Lone surrogates cannot be encoded as UTF-8; apply_fields refuses them before storage.
    title=st.text(
        alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
        min_size=1,
        max_size=40,
    ),
)
def test_any_substring_of_a_title_finds_it(
    shared: SqliteStore, data: st.DataObject, title: str
) -> None:
    start = data.draw(st.integers(0, len(title) - 1))
    end = data.draw(st.integers(start + 1, len(title)))
    query = title[start:end]
    stored = shared.incidents.add(Incident(received_at=T0 + timedelta(days=1), title=title))
    if query.strip():
        assert stored in shared.incidents.search(query, limit=100_000)
    else:
        assert shared.incidents.search(query) == []
