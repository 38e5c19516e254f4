"""The web app: our log-in page and session cookie (FastAPI), and the Gradio Blocks mounted behind them, so
Gradio itself refuses every request without a session — pages, API calls (gradio_client), uploads and
files — and tells each handler who is calling. Tabs come from :mod:`ui.tabs`; each checks nothing itself:
the Python API it calls does, as the logged-in user."""

from __future__ import annotations

import html
import json
import os
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr
from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from assistant.api import Assistant
from assistant.demo.install import DEMO_PASSWORD, MANIFEST
from assistant.errors import AssistantError
from assistant.i18n import Lang, t
from ui.labels import L, user_of
from ui.session import COOKIE, MAX_AGE, LoginThrottle, Sessions
from ui.tabs import registry

CSS = ".align-bad{color:#b42318;font-weight:600}.align-ok{color:#067647}.okr-tree{line-height:1.6}"


def _lang(request: Request) -> Lang:
    wanted = request.query_params.get("lang") or request.headers.get("accept-language", "")
    return "zh" if wanted.lower().startswith("zh") else "en"


def login_page(assistant: Assistant, lang: Lang, failed: bool = False) -> str:
    other: Lang = "en" if lang == "zh" else "zh"
    demo = ""
    manifest = assistant.settings.home / MANIFEST
    if manifest.exists():
        accounts = json.loads(manifest.read_text(encoding="utf-8"))["accounts"]
        items = "".join(f"<li><code>{html.escape(a['id'])}</code> {html.escape(a['name'])} — {html.escape(t('role.' + a['role'], lang))}</li>"
                        for a in accounts)  # fmt: skip
        demo = f"<p>{html.escape(L('login.demo', lang, password=DEMO_PASSWORD))}</p><ul id='demo-accounts'>{items}</ul>"
    error = (
        f"<p id='login-error' style='color:#b42318'>{html.escape(L('login.failed', lang))}</p>"
        if failed
        else ""
    )
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(L("title", lang))}</title>
<style>body{{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}}
input,button{{font-size:1rem;padding:.5rem;margin:.25rem 0;width:100%;box-sizing:border-box}}</style></head><body>
<h1>{html.escape(L("title", lang))}</h1><h2>{html.escape(L("login.heading", lang))}</h2>{error}
<form method="post" action="/login?lang={lang}">
<label for="username">{html.escape(L("login.user", lang))}</label><input id="username" name="username" autocomplete="username" required>
<label for="password">{html.escape(L("login.password", lang))}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button id="login" type="submit">{html.escape(L("login.submit", lang))}</button></form>
{demo}<p><a id="switch-lang" href="/auth/login?lang={other}">{html.escape(L("login.other_lang", lang))}</a></p></body></html>"""


def build_blocks(assistant: Assistant) -> gr.Blocks:
    specs = registry()
    with gr.Blocks(title=L("title", "en"), delete_cache=(3600, 3600)) as blocks:
        lang = gr.State("en")
        with gr.Row():
            who = gr.Markdown(elem_id="who")
            language = gr.Radio(["中文", "English"], value="English", label=L("language", "en"), elem_id="language",
                                scale=0, min_width=220)  # fmt: skip
            logout = gr.Button(L("logout", "en"), link="/logout", elem_id="logout", scale=0, size="sm")
        built = [spec.build(assistant, lang) for spec in specs]

        def relabel(lg: Lang, request: gr.Request) -> list[Any]:
            user = user_of(request)
            viewer = assistant.actor(user)
            header = L(
                "signed_in", lg, name=viewer.name, id=viewer.employee_id, role=t(f"role.{viewer.role}", lg)
            )
            out: list[Any] = [
                lg,
                header,
                gr.update(label=L("language", lg)),
                gr.update(value=L("logout", lg)),
            ]
            for spec, tab in zip(specs, built, strict=True):
                out.append(gr.Tab(label=L(f"tab.{spec.key}", lg), visible=viewer.role in spec.roles))
                out += [make(lg) for _, make in tab.relabel]
            return out

        outputs: list[Any] = [lang, who, language, logout]
        for tab in built:
            outputs += [tab.tab, *(c for c, _ in tab.relabel)]

        def on_load(request: gr.Request) -> list[Any]:
            viewer = assistant.actor(user_of(request))
            lg: Lang = "zh" if viewer.language == "zh" else "en"
            return [gr.update(value="中文" if lg == "zh" else "English"), *relabel(lg, request)]

        def on_language(choice: str, request: gr.Request) -> list[Any]:
            return relabel("zh" if choice == "中文" else "en", request)

        blocks.load(on_load, None, [language, *outputs], api_visibility="private")
        language.input(on_language, language, outputs, api_visibility="private")
    return blocks


def create_app(assistant: Assistant) -> FastAPI:
    sessions = Sessions(assistant.settings.home, assistant.accounts.fingerprint)
    accounts, addresses = LoginThrottle(limit=5), LoginThrottle(limit=30)
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/auth/login", response_class=HTMLResponse)
    def show_login(request: Request) -> str:
        return login_page(assistant, _lang(request))

    @app.post("/login")  # the path and fields gradio_client's auth= uses, so API clients log in the same way
    def do_login(request: Request, username: str = Form(...), password: str = Form(...)) -> Response:
        browser = "text/html" in request.headers.get("accept", "")
        account, address = username.strip(), request.client.host if request.client else "-"
        try:
            if not (
                accounts.allowed(account) and addresses.allowed(address)
            ):  # refused without a password check
                raise AssistantError("error.login_failed")
            viewer = assistant.accounts.authenticate(username, password)
        except AssistantError:
            accounts.failed(account)
            addresses.failed(address)
            if browser:
                return HTMLResponse(login_page(assistant, _lang(request), failed=True), status_code=401)
            return JSONResponse({"detail": "Incorrect credentials."}, status_code=401)
        accounts.succeeded(account)
        response: Response = (
            RedirectResponse("/", status_code=303) if browser else JSONResponse({"success": True})
        )
        response.set_cookie(COOKIE, sessions.token(viewer.employee_id), max_age=MAX_AGE, httponly=True,
                            samesite="lax", secure=request.url.scheme == "https")  # fmt: skip
        return response

    @app.get("/logout")
    def do_logout() -> Response:
        response = RedirectResponse("/auth/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    @app.middleware("http")
    async def to_login(request: Request, call_next: Any) -> Response:
        if request.url.path == "/" and sessions.user(request) is None:
            return RedirectResponse("/auth/login", status_code=303)
        return await call_next(request)

    home = assistant.settings.home.resolve()
    blocks = build_blocks(assistant)
    # Gradio checks that file inputs come from its upload folder only once an app "has launched"; a mounted app
    # never calls launch(), so say so (the tabs check the upload folder themselves as well).
    blocks.has_launched = True
    return gr.mount_gradio_app(
        app, blocks, path="/", auth_dependency=sessions.user,
        max_file_size=f"{assistant.settings.limits.upload_mb:g}mb", blocked_paths=[str(home)], allowed_paths=[],
        ssr_mode=False, show_error=False, footer_links=["settings"], run_history=False, css=CSS,
    )  # fmt: skip


def serve(assistant: Assistant, host: str, port: int) -> None:
    import uvicorn

    assistant.core.ensure_schema()
    assistant.warm_up()
    uvicorn.run(create_app(assistant), host=host, port=port, log_level="warning")
