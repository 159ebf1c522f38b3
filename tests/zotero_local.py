"""A stand-in for the Zotero desktop local API (``http://127.0.0.1:23119/api``) for tests.

It serves a FakeZotero's library the way Zotero 7 serves the local one
(zotero-api.md §6): under ``/api/users/0``, GET only, no key, no ``/deleted``,
no ``/items/new``, every answer carrying ``Zotero-Server-ID``; ``/api/`` is the
no-op endpoint; a disabled local API answers 403.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes.zotero import FakeZotero


class LocalZotero:
    def __init__(self, fake: FakeZotero, server_id: str = "ABCDEF123456", enabled: bool = True):
        self.fake = fake
        self.server_id = server_id
        self.enabled = enabled
        self.paths: list[str] = []
        self.url = ""
        self._server: ThreadingHTTPServer | None = None

    def __enter__(self) -> LocalZotero:
        shim = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                split = urlsplit(self.path)
                shim.paths.append(self.path)
                req_headers = {k.lower(): v for k, v in self.headers.items()}
                if self.command != "GET":  # Zotero 7-9: the local API is read-only
                    status, body, headers = 405, b"Method not allowed", {}
                else:
                    status, body, headers = shim.answer(
                        split.path, parse_qs(split.query), req_headers
                    )
                self.send_response(status)
                self.send_header("Zotero-Server-ID", shim.server_id)
                self.send_header("Zotero-API-Version", "3")
                for k, v in headers.items():
                    if k.lower() not in ("content-length", "content-type"):
                        self.send_header(k, v)
                if status not in (204, 304):
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status not in (204, 304) and body:
                    self.wfile.write(body)

            do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/api"
        Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def answer(
        self, path: str, query: dict[str, list[str]], headers: dict[str, str]
    ) -> tuple[int, bytes, dict[str, str]]:
        if not self.enabled:
            return 403, b"Local API is not enabled", {}
        if path == "/api/":
            return 200, b"", {}
        prefix = "/api/users/0/"
        if not path.startswith(prefix):
            return 404, b"Not found", {}
        rest = path[len(prefix) :]
        if rest.startswith("deleted") or rest.startswith("items/new"):
            return 404, b"Not found", {}
        fz = self.fake
        with fz.lock:
            fz._current_path = f"{fz.prefix}/{rest}"
            resp = fz.handle(
                "GET",
                f"{fz.prefix}/{rest}",
                query,
                {**headers, "authorization": f"Bearer {fz.api_key}"},
                None,
            )
            resp.headers.setdefault("Last-Modified-Version", str(fz.library_version))
        return resp.status, resp.body, resp.headers

