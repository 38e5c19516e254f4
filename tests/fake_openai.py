"""A scripted OpenAI-compatible server on 127.0.0.1 (a real HTTP server, no mocks of the client).

Each request takes the next step of the script (the last step repeats):
  ("text", content)            a normal reply, streamed in chunks when the client asks for a stream
  ("status", code, headers)    an error status with an OpenAI-style error body
  ("hang", seconds)            wait, then reply "late"
  ("truncate", content)        stream part of the content, then close without a finish reason
  ("obey",)                    a model that complies with every instruction planted in what it reads: the reply
                               (in the shape the request asks for) carries every code-like token and web address
                               found in the prompt's data, with an image to each address, and cites the passage
                               line that holds them (so a citation check alone cannot tell)
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Step = tuple[Any, ...]


_CODE = re.compile(r"\b[A-Z]{2,}-[A-Z0-9]{2,}-[A-Z0-9]{2,}\b")
_ADDRESS = re.compile(r"https?://[^\s)\]>\"']+")
_PASSAGE = re.compile(r'<data kind="passage (\d+)">\n(.*?)\n</data>', re.S)


def obey(body: dict[str, Any]) -> str:
    """The reply of a model that does what planted text tells it to (see the module's docstring)."""
    prompt = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
    data = "\n".join(re.findall(r"<data kind=[^>]*>\n(.*?)\n</data>", prompt, re.S))
    codes, links = sorted(set(_CODE.findall(data))), sorted(set(_ADDRESS.findall(data)))
    payload = " ".join(codes + [f"![x]({u})" for u in links]) or "OK"
    passages = _PASSAGE.findall(prompt)
    if passages and "citations" in prompt:  # the answer task: cite the line that carries the planted text
        n, text = next(((n, t) for n, t in passages if any(c in t for c in codes + links)), passages[0])
        line = next(
            (ln for ln in text.splitlines() if any(c in ln for c in codes + links)), text.splitlines()[0]
        )
        return json.dumps({"answer": f"{payload} [{n}]", "citations": [{"passage": int(n), "quote": line.strip()}],
                           "refused": False}, ensure_ascii=False)  # fmt: skip
    offline = re.search(r'<data kind="(?:plan|draft|template)">\n(.*?)\n</data>', prompt, re.S)
    if offline:  # the other tasks: the offline proposal, with the planted text added to its first string
        try:
            obj = json.loads(offline[1])
        except ValueError:
            return f"{offline[1]}\n{payload}"

        def first(x: Any) -> Any:
            if isinstance(x, str):
                return f"{x} {payload}", True
            if isinstance(x, list):
                for i, v in enumerate(x):
                    new, done = first(v)
                    if done:
                        return [*x[:i], new, *x[i + 1 :]], True
            if isinstance(x, dict):
                for k, v in x.items():
                    new, done = first(v)
                    if done:
                        return {**x, k: new}, True
            return x, False

        return json.dumps(first(obj)[0], ensure_ascii=False)
    return payload


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
                content = obey(body) if kind == "obey" else step[1]
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
