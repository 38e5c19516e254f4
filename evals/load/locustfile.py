"""Locust users of the web app, driven over loopback as a browser would drive it: log in with the form's fields,
open the page, then call the app's event endpoints (``/gradio_api/call/<name>``, answered as a server-sent event
stream) with think time between actions. Employees ask policy questions and check their OKRs; managers, HRBPs
and HR admins also open analytics reports (managers their team's OKRs). The accounts come from
``LOAD_ACCOUNTS`` (a JSON list of {"id", "role"}), one per simulated user; the password from
``LOAD_PASSWORD``.

An action counts as failed on any HTTP status other than 200, an ``error`` event, a stream that ends without
``complete``, or a reply without the content the action must show (an answer, a report table, check results)."""

from __future__ import annotations

import itertools
import json
import os
import random
import time
from typing import Any

from locust import HttpUser, between, task

ACCOUNTS = json.loads(os.environ.get("LOAD_ACCOUNTS", "[]"))
PASSWORD = os.environ.get("LOAD_PASSWORD", "")
_next = itertools.count()

QUESTIONS = [
    "年终评估的校准流程是什么？", "绩效评级分几档，各档比例是多少？", "OKR 中期回顾什么时候做？",
    "How does calibration work in the year-end review?", "What is the rating scale and its guideline?",
    "When is the mid-term OKR review?", "How many key results should an objective have?",
    "绩效改进计划（PIP）的流程是怎样的？", "Who can see my performance rating?",
]  # fmt: skip
OKRS = [
    "O: 提升新商家上手速度\nKR1: 新商家首单时间从 14 天缩短到 7 天（2026-12-31 前）\nKR2: 上手培训完成率从 60% 提高到 90%",
    "O: Make checkout faster\nKR1: Reduce p95 checkout latency from 1.8 s to 0.9 s by 2026-12-31\n"
    "KR2: Raise conversion from 3.1% to 3.6% by 2026-12-31",
]  # fmt: skip
REPORTS = ["distribution", "leniency", "ninebox", "calibration", "achievement", "okr-health"]


class AppUser(HttpUser):
    wait_time = between(1, 4)

    def on_start(self) -> None:
        account = ACCOUNTS[next(_next) % len(ACCOUNTS)]
        self.account, self.role = account["id"], account["role"]
        self.log_in()

    def log_in(self) -> None:
        with self.client.post("/login", data={"username": self.account, "password": PASSWORD},
                              name="log in", catch_response=True) as r:  # fmt: skip
            if r.status_code != 200 or not r.json().get("success"):
                r.failure(f"log-in refused: {r.status_code} {r.text[:200]}")
        with self.client.get("/", name="open the app", catch_response=True) as r:
            if r.status_code != 200 or "<html" not in r.text.lower():
                r.failure(f"the page did not open: {r.status_code}")

    def call(self, api: str, data: list[Any], must: str) -> None:
        """One event: POST, then read its stream to the end; timed and reported as one request."""
        start, failure, size = time.perf_counter(), None, 0
        try:
            r = self.client.post(f"/gradio_api/call/{api}", json={"data": data}, name=f"{api} (queued)")
            r.raise_for_status()
            event = r.json()["event_id"]
            with self.client.get(f"/gradio_api/call/{api}/{event}", stream=True, name=f"{api} (stream)",
                                 timeout=120, catch_response=True) as stream:  # fmt: skip
                stream.raise_for_status()
                stream.success()  # the stream's content is judged below, once, as the action
                last_event, payload = "", ""
                for line in stream.iter_lines(decode_unicode=True):
                    if line.startswith("event:"):
                        last_event, payload = line.split(":", 1)[1].strip(), ""
                    elif line.startswith("data:"):
                        payload = line[5:]
                    if last_event in ("complete", "error") and payload:
                        break
            size = len(payload)
            if last_event != "complete":
                failure = f"{api}: {last_event or 'no event'} {payload[:200]}"
            elif must not in payload:
                failure = f"{api}: the reply lacks {must!r}: {payload[:200]}"
        except Exception as exc:  # any transport error is a failed action, reported with its reason
            failure = f"{api}: {type(exc).__name__}: {exc}"
        self.environment.events.request.fire(
            request_type="EVENT", name=api, response_time=(time.perf_counter() - start) * 1000,
            response_length=size, exception=RuntimeError(failure) if failure else None, context={},
        )  # fmt: skip

    @task(4)
    def ask(self) -> None:
        self.call("ask", [random.choice(QUESTIONS), []], '"role": "assistant"')

    @task(2)
    def check_okrs(self) -> None:
        self.call("okr_check", [random.choice(OKRS)], "KR")

    @task(1)
    def my_okrs(self) -> None:
        self.call("okr_mine", [], "[")

    @task(3)
    def analytics(self) -> None:
        if self.role == "employee":
            return
        self.call("analytics_report", [random.choice(REPORTS), None, None, "department"], '"data"')

    @task(1)
    def team(self) -> None:
        if self.role == "manager":
            self.call("okr_team", [], "[")

    @task(1)
    def again(self) -> None:
        """Log out and back in: a new session, as after a closed browser."""
        self.client.get("/logout", name="log out", allow_redirects=False)
        self.log_in()
