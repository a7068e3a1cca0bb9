"""Fixtures of the sync suite: a real hub on 127.0.0.1 (SQLite, and PostgreSQL when
SSC_TEST_POSTGRES_URL is set), real catalogue files, the fault-injecting proxy."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ssc_desktop.hub.server import ServerThread
from tests.sync.helpers import PG_ENV, PG_SKIP, Hub, fresh_hub
from tests.sync.proxy import FaultProxy


def _backends() -> list[object]:
    return [
        "sqlite",
        pytest.param(
            "postgres",
            marks=pytest.mark.skipif(not os.environ.get(PG_ENV), reason=PG_SKIP),
        ),
    ]


@pytest.fixture(params=_backends())
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    """A running hub on SQLite with an empty catalogue."""
    store = fresh_hub(tmp_path / "hub")
    with ServerThread(store) as server:
        yield Hub(store, server, {})
    store.close()


@pytest.fixture
def any_hub(tmp_path: Path, backend: str) -> Iterator[Hub]:
    """A running hub on each database backend."""
    store = fresh_hub(tmp_path / "hub", backend)
    with ServerThread(store) as server:
        yield Hub(store, server, {})
    store.close()


@pytest.fixture
def make_proxy() -> Iterator[Callable[..., FaultProxy]]:
    proxies: list[FaultProxy] = []

    def make(port: int, **options: object) -> FaultProxy:
        proxy = FaultProxy(port, **options).start()  # type: ignore[arg-type]
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.stop()
