"""A scripted OpenAI-compatible server on 127.0.0.1 (a real HTTP server, no mocks of the client).

Each request takes the next step of the script (the last step repeats):
  ("text", content)            a normal reply, streamed in chunks when the client asks for a stream
  ("status", code, headers)    an error status with an OpenAI-style error body
  ("hang", seconds)            wait, then reply "late"
  ("truncate", content)        stream part of the content, then close without a finish reason
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Step = tuple[Any, ...]


class FakeOpenAI:
    def __init__(self) -> None:
        self.script: list[Step] = [("text", "OK")]
        self.requests: list[dict[str, Any]] = []
        self.model = "scripted-model"
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._json(200, {"object": "list", "data": [{"id": outer.model, "object": "model",
                                                                 "meta": {"n_ctx_train": 8192}}]})  # fmt: skip
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                outer.requests.append(body)
                step = outer.script.pop(0) if len(outer.script) > 1 else outer.script[0]
                kind = step[0]
                if kind == "status":
                    code, headers = step[1], step[2] if len(step) > 2 else {}
                    self._json(
                        code,
                        {"error": {"message": f"scripted {code}", "type": "scripted", "code": code}},
                        headers,
                    )
                    return
                if kind == "hang":
                    time.sleep(step[1])
                    step = ("text", "late")
                content = step[1]
                if body.get("stream"):
                    self._stream(content, truncate=kind == "truncate", usage=bool(body.get("stream_options")))
                else:
                    self._json(200, {"id": "c1", "object": "chat.completion", "created": 0, "model": outer.model,
                                     "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                                  "finish_reason": "stop"}],
                                     "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}})  # fmt: skip

            def _json(
                self, code: int, payload: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(payload).encode()
                self.send_response(code)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, content: str, truncate: bool, usage: bool) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()
                pieces = [content[i : i + 7] for i in range(0, len(content), 7)] or [""]
                if truncate:
                    pieces = pieces[: max(1, len(pieces) // 2)]
                for piece in pieces:
                    self._event({"choices": [{"index": 0, "delta": {"role": "assistant", "content": piece},
                                              "finish_reason": None}]})  # fmt: skip
                if truncate:
                    self.wfile.flush()
                    return  # the connection closes: no finish reason, no [DONE]
                self._event({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
                if usage:
                    self._event(
                        {
                            "choices": [],
                            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
                        }
                    )
                self.wfile.write(b"data: [DONE]\n\n")

            def _event(self, payload: dict[str, Any]) -> None:
                chunk = {
                    "id": "c1",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": outer.model,
                    **payload,
                }
                self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                self.wfile.flush()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
