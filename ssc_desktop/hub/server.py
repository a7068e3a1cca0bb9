"""Running the hub under uvicorn: in the foreground (``ssc-desktop serve``) or in a thread."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from typing import Any

import uvicorn

from ssc_desktop.hub.app import create_app
from ssc_desktop.hub.store import HubStore

log = logging.getLogger(__name__)


def _config(app: Any, *, log_level: str = "warning", **extra: Any) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        log_level=log_level,
        server_header=False,  # fewer bytes on a 2G link
        date_header=False,
        ws="none",
        lifespan="off",
        timeout_keep_alive=30,
        **extra,
    )


def serve(
    store: HubStore,
    host: str,
    port: int,
    *,
    ssl_certfile: str | None = None,
    ssl_keyfile: str | None = None,
    log_level: str = "info",
) -> None:
    """Serve until interrupted."""
    config = _config(
        create_app(store),
        host=host,
        port=port,
        log_level=log_level,
        ssl_certfile=ssl_certfile,
        ssl_keyfile=ssl_keyfile,
    )
    uvicorn.Server(config).run()


class ServerThread:
    """The hub on 127.0.0.1 in a background thread (tests, benchmarks, a single-machine setup)."""

    def __init__(self, store: HubStore, *, app: Any = None, host: str = "127.0.0.1") -> None:
        self.store = store
        self.app: Any = app if app is not None else create_app(store)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self.host = host
        self.port = int(self._sock.getsockname()[1])
        self.server = uvicorn.Server(_config(self.app))
        self._thread = threading.Thread(target=self._run, name="hub-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def counters(self) -> Any:
        return self.app.counters

    def _run(self) -> None:
        asyncio.run(self.server.serve(sockets=[self._sock]))

    def start(self) -> ServerThread:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=20)
        self._sock.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
