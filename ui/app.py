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
from ui.session import COOKIE, LANG_COOKIE, MAX_AGE, LoginThrottle, Sessions
from ui.tabs import registry

CSS = """
.align-bad{color:#b42318;font-weight:600}.align-ok{color:#067647}.okr-tree{line-height:1.6}
.inline-error{color:#b42318;background:#fef3f2;border:1px solid #fecdca;border-radius:8px;padding:.5rem .75rem;margin:.25rem 0}
.inline-info{color:#344054;background:#f2f4f7;border-radius:8px;padding:.5rem .75rem;margin:.25rem 0}
.finding{border:1px solid #eaecf0;border-left:4px solid #98a2b3;border-radius:8px;padding:.6rem .8rem;margin:.4rem 0;
  overflow-wrap:anywhere;white-space:normal}
.finding.sev-error{border-left-color:#d92d20}.finding.sev-warning{border-left-color:#f79009}
.finding.sev-info{border-left-color:#2e90fa}.finding.sev-ok{border-left-color:#12b76a}
.finding .head{font-size:.9rem;color:#475467}.finding .head code{font-size:.8rem}
.finding .msg{margin:.25rem 0}.finding .fix span{color:#475467}.fix-ok{color:#067647}.fix-needs{color:#b54708}
table.team{border-collapse:collapse;width:100%}table.team td,table.team th{border-bottom:1px solid #eaecf0;padding:.3rem;text-align:left}
.landing{line-height:1.6}
mark.flag{border-radius:4px;padding:0 .15rem}.flag-vague{background:#fef0c7}.flag-personality{background:#f4ebff}
.flag-biased{background:#fee4e2}.flag-absolute{background:#d1e9ff}.notes-marked{line-height:1.8;margin:.5rem 0}
details.flag-alt{margin:.2rem 0}details.flag-alt p{margin:.2rem 0 .4rem 1rem;color:#344054}.evidence{color:#475467;font-size:.9rem}
"""

# Gradio picks its own labels' language ("Drop File Here", "Error") from the browser; this makes it follow the
# language the user chose (the hr_lang cookie) instead. It runs before Gradio's scripts.
LOCALE_SCRIPT = (
    "<script>(function(){var m=document.cookie.match(/(?:^|; )hr_lang=(zh|en)/);if(!m)return;"
    "var l=m[1]==='zh'?'zh-CN':'en';try{Object.defineProperty(Navigator.prototype,'language',"
    "{get:function(){return l},configurable:true});Object.defineProperty(Navigator.prototype,'languages',"
    "{get:function(){return [l]},configurable:true})}catch(e){}})();</script>"
)
SET_LANG_JS = (
    "(choice) => { document.cookie = 'hr_lang=' + (choice === '中文' ? 'zh' : 'en') + "
    "'; path=/; max-age=31536000; samesite=lax'; window.location.reload(); return choice; }"
)


def _lang(request: Request) -> Lang:
    wanted = (request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
              or request.headers.get("accept-language", ""))  # fmt: skip
    return "zh" if wanted.lower().startswith("zh") else "en"


def login_page(assistant: Assistant, lang: Lang, error: str = "") -> str:
    e = html.escape
    other: Lang = "en" if lang == "zh" else "zh"
    demo = ""
    manifest = assistant.settings.home / MANIFEST
    if manifest.exists():
        accounts = json.loads(manifest.read_text(encoding="utf-8"))["accounts"]
        items = "".join(f"<li><code>{e(a['id'])}</code> {e(a['name'])} — {e(t('role.' + a['role'], lang))}</li>"
                        for a in accounts)  # fmt: skip
        demo = f"<section class='demo'><p>{e(L('login.demo', lang, password=DEMO_PASSWORD))}</p><ul id='demo-accounts'>{items}</ul></section>"
    alert_html = f"<p id='login-error' role='alert'>{e(error)}</p>" if error else ""
    return f"""<!doctype html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(L("title", lang))}</title>
<style>body{{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC",sans-serif;background:#f9fafb;color:#101828;margin:0}}
main{{max-width:30rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #eaecf0;border-radius:12px;box-shadow:0 1px 3px rgba(16,24,40,.1)}}
h1{{font-size:1.5rem;margin:0 0 .25rem;color:#ea580c}}.tagline{{color:#475467;margin:0 0 1.5rem}}
h2{{font-size:1.1rem;margin:0 0 .75rem}}label{{display:block;font-size:.9rem;color:#344054;margin-top:.75rem}}
input{{font-size:1rem;padding:.6rem;margin:.25rem 0;width:100%;box-sizing:border-box;border:1px solid #d0d5dd;border-radius:8px}}
button{{font-size:1rem;padding:.65rem;margin-top:1rem;width:100%;border:0;border-radius:8px;background:#ea580c;color:#fff;cursor:pointer}}
#login-error{{color:#b42318;background:#fef3f2;border:1px solid #fecdca;border-radius:8px;padding:.5rem .75rem}}
.demo{{margin-top:1.5rem;font-size:.9rem;color:#475467}}.demo ul{{padding-left:1.1rem}}a{{color:#c2410c}}</style></head><body><main>
<h1>{e(L("title", lang))}</h1><p class="tagline">{e(L("login.tagline", lang))}</p><h2>{e(L("login.heading", lang))}</h2>{alert_html}
<form method="post" action="/login?lang={lang}">
<label for="username">{e(L("login.user", lang))}</label><input id="username" name="username" autocomplete="username" required>
<label for="password">{e(L("login.password", lang))}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button id="login" type="submit">{e(L("login.submit", lang))}</button></form>
{demo}<p><a id="switch-lang" href="/auth/login?lang={other}">{e(L("login.other_lang", lang))}</a></p></main></body></html>"""


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
                out += [make(lg, viewer) for _, make in tab.relabel]
            return out

        outputs: list[Any] = [lang, who, language, logout]
        for tab in built:
            outputs += [tab.tab, *(c for c, _ in tab.relabel)]

        def on_load(request: gr.Request) -> list[Any]:
            chosen = request.cookies.get(
                LANG_COOKIE
            )  # the log-in page's or the last choice; else the profile
            viewer = assistant.actor(user_of(request))
            lg: Lang = "zh" if (chosen or viewer.language) == "zh" else "en"
            return [gr.update(value="中文" if lg == "zh" else "English"), *relabel(lg, request)]

        blocks.load(on_load, None, [language, *outputs], api_visibility="private")
        # a new language is kept in a cookie and the page reloads, so Gradio's own labels follow it too
        language.input(None, language, None, js=SET_LANG_JS)
    return blocks


def create_app(assistant: Assistant) -> FastAPI:
    sessions = Sessions(assistant.settings.home, assistant.accounts.fingerprint)
    per_account, per_address = LoginThrottle(free=4), LoginThrottle(free=20)
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/auth/login", response_class=HTMLResponse)
    def show_login(request: Request) -> str:
        return login_page(assistant, _lang(request))

    @app.post("/login")  # the path and fields gradio_client's auth= uses, so API clients log in the same way
    def do_login(request: Request, username: str = Form(...), password: str = Form(...)) -> Response:
        lang = _lang(request)
        browser = "text/html" in request.headers.get("accept", "")
        address = request.client.host if request.client else "-"
        pair = f"{username.strip().upper()}\n{address}"
        wait = per_account.attempt(pair) or per_address.attempt(address)  # counted before the password check
        if wait:  # refused without a password check; says how long to wait
            message = L("login.wait", lang, seconds=wait)
            if browser:
                return HTMLResponse(login_page(assistant, lang, message), status_code=429)
            return JSONResponse({"detail": message}, status_code=429, headers={"Retry-After": str(wait)})
        try:
            viewer = assistant.accounts.authenticate(username, password)
        except AssistantError as exc:
            if browser:
                return HTMLResponse(login_page(assistant, lang, exc.message(lang)), status_code=401)
            return JSONResponse({"detail": "Incorrect credentials."}, status_code=401)
        per_account.succeeded(pair)
        per_address.succeeded(address)
        response: Response = (
            RedirectResponse("/", status_code=303) if browser else JSONResponse({"success": True})
        )
        secure = request.url.scheme == "https"
        response.set_cookie(COOKIE, sessions.token(viewer.employee_id), max_age=MAX_AGE, httponly=True,
                            samesite="lax", secure=secure)  # fmt: skip
        if browser:  # the language chosen on the log-in page carries into the app
            response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", secure=secure)
        return response

    @app.get("/logout")
    def do_logout(request: Request) -> Response:
        sessions.revoke(request)  # the old cookie opens nothing any more, even if someone kept a copy
        response = RedirectResponse("/auth/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    @app.middleware("http")
    async def to_login(request: Request, call_next: Any) -> Response:
        if request.url.path != "/":
            return await call_next(request)
        if sessions.user(request) is None:
            return RedirectResponse("/auth/login", status_code=303)
        response = await call_next(request)
        if "text/html" not in response.headers.get("content-type", ""):
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])
        body = body.replace(b"<head>", b"<head>" + LOCALE_SCRIPT.encode(), 1)
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        return Response(body, status_code=response.status_code, headers=headers, media_type="text/html")

    home = assistant.settings.home.resolve()
    blocks = build_blocks(assistant)
    # Gradio serves one request per event at a time by default: one slow report would queue every user's
    blocks.queue(default_concurrency_limit=assistant.settings.ui.concurrency)
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
    # open event streams do not hold a stop for long: the upload folder is removed once this returns
    uvicorn.run(create_app(assistant), host=host, port=port, log_level="warning", timeout_graceful_shutdown=3)
