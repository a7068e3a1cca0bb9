"""The hub's web console: server-rendered pages under ``/console`` (no JavaScript at all).

Curators and administrators sign in with named accounts (``hub.accounts``); office tokens never
open it (the console reads only its own session cookie). Every POST carries the session's CSRF
token (the sign-in form a double-submit one); pages are autoescaped and sent with a
Content-Security-Policy that allows no script, so whatever an office wrote shows as text.
Decisions go through ``hub.review``: the same rules and audit log as ``ssc-desktop hub review``.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import DictLoader, Environment, select_autoescape
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from ssc_desktop.hub.accounts import Accounts, AdminSession, SignInRefused, same
from ssc_desktop.hub.console_pages import STYLE, TEMPLATES
from ssc_desktop.hub.review import Review, ReviewError
from ssc_desktop.hub.store import RECORDS, HubError, HubStore
from ssc_desktop.sync.protocol import FIELDS

COOKIE = "ssc_console"
PRE_COOKIE = "ssc_console_pre"  # the sign-in form's double-submit CSRF value
MAX_FORM = 64 * 1024
PAGE_ROWS = 50
LIST_ROWS = 200
HEADERS = {
    "content-security-policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}
NOTICES = {
    "approved": "Approved: it is published and reaches every office at its next sync.",
    "returned": "Returned to the office with your comment.",
    "revoked": "Token revoked: it stops at its next request.",
    "setting": "Setting saved.",
}


def _show(value: Any) -> str:
    """A field's value as text (lists and objects as indented JSON); escaped by the template."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1)


def _environment() -> Environment:
    env = Environment(
        loader=DictLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["show"] = _show
    return env


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


async def _form(request: Request) -> dict[str, str] | None:
    """An urlencoded form of at most 64 KB (one value per name), or None."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return None
    body = bytearray()
    async for piece in request.stream():
        body += piece
        if len(body) > MAX_FORM:
            return None
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        return None
    return {k: v[0] for k, v in parsed.items()}


def add_console(app: FastAPI, store: HubStore) -> None:
    """Mount the console on the hub's app."""
    env = _environment()
    review = Review(store)
    accounts_holder: list[Accounts] = []

    def accounts() -> Accounts:
        if not accounts_holder:  # argon2 set-up costs a hash: only when the console is used
            accounts_holder.append(Accounts(store))
        return accounts_holder[0]

    def page(
        template: str,
        session: AdminSession | None,
        *,
        status: int = 200,
        section: str = "",
        **values: Any,
    ) -> HTMLResponse:
        waiting = review.waiting() if session else 0
        html = env.get_template(template).render(
            admin=session.admin if session else None,
            csrf=session.csrf if session else "",
            section=section,
            waiting=waiting,
            **values,
        )
        return HTMLResponse(html, status_code=status, headers=HEADERS)

    def to(path: str) -> RedirectResponse:
        return RedirectResponse(path, status_code=303, headers=HEADERS)

    async def current(request: Request) -> AdminSession | None:
        return await run_in_threadpool(accounts().session, request.cookies.get(COOKIE))

    def refused_form(session: AdminSession | None) -> HTMLResponse:
        return page(
            "message.html",
            session,
            status=403,
            heading="Form refused",
            text="This form has expired or did not come from this console (CSRF check): "
            "nothing was changed. Go back, reload the page and try again.",
            back="/console",
        )

    async def posted(request: Request) -> tuple[AdminSession, dict[str, str]] | Response:
        """The session and form of a POST, or the answer refusing it (nothing changed)."""
        session = await current(request)
        if session is None:
            return to("/console/sign-in")
        form = await _form(request)
        if form is None or not same(form.get("csrf", ""), session.csrf):
            return refused_form(session)
        return session, form

    def signed_in(
        handler: Callable[[Request, AdminSession], Any],
    ) -> Callable[[Request], Any]:
        async def wrapper(request: Request) -> Response:
            session = await current(request)
            if session is None:
                return to("/console/sign-in")
            result: Response = await handler(request, session)
            return result

        return wrapper

    @app.get("/console/style.css", include_in_schema=False)
    async def style() -> Response:
        return Response(
            STYLE,
            media_type="text/css",
            headers={"cache-control": "max-age=3600", "x-content-type-options": "nosniff"},
        )

    @app.get("/console/sign-in", include_in_schema=False)
    async def sign_in_page(request: Request) -> Response:
        if await current(request) is not None:
            return to("/console")
        pre = secrets.token_urlsafe(24)
        response = page("sign_in.html", None, pre=pre, name="")
        _set_cookie(response, PRE_COOKIE, pre, max_age=3600)
        return response

    @app.post("/console/sign-in", include_in_schema=False)
    async def sign_in(request: Request) -> Response:
        form = await _form(request)
        pre = request.cookies.get(PRE_COOKIE, "")
        if form is None or not pre or not same(form.get("csrf", ""), pre):
            return refused_form(None)
        name = form.get("name", "")
        try:
            cookie, _session = await run_in_threadpool(
                accounts().sign_in, name, form.get("password", ""), _client_address(request)
            )
        except SignInRefused as exc:
            fresh = secrets.token_urlsafe(24)
            response = page(
                "sign_in.html", None, status=401, pre=fresh, name=name[:64], problem=str(exc)
            )
            _set_cookie(response, PRE_COOKIE, fresh, max_age=3600)
            return response
        done = to("/console")
        _set_cookie(done, COOKIE, cookie, max_age=12 * 3600)
        done.delete_cookie(PRE_COOKIE, path="/console")
        return done

    @app.post("/console/sign-out", include_in_schema=False)
    async def sign_out(request: Request) -> Response:
        got = await posted(request)
        if isinstance(got, Response):
            return got
        session, _form_values = got
        await run_in_threadpool(accounts().sign_out, session)
        response = to("/console/sign-in")
        response.delete_cookie(COOKIE, path="/console")
        return response

    async def dashboard(request: Request, session: AdminSession) -> Response:
        offices = await run_in_threadpool(review.offices)
        records = await run_in_threadpool(store.count)
        return page(
            "dashboard.html",
            session,
            section="dashboard",
            offices=offices,
            records=records,
            failing=sum(1 for o in offices if o.failures),
            notice=NOTICES.get(request.query_params.get("done", "")),
        )

    app.add_api_route("/console", signed_in(dashboard), methods=["GET"], include_in_schema=False)
    app.add_api_route("/console/", signed_in(dashboard), methods=["GET"], include_in_schema=False)

    async def queue(request: Request, session: AdminSession) -> Response:
        state = request.query_params.get("state", "review")
        if state not in ("review", "published", "returned", "superseded", "all"):
            state = "review"
        office = request.query_params.get("office", "")[:100] or None
        items = await run_in_threadpool(
            lambda: review.contributions(
                state=None if state == "all" else state, office=office, limit=LIST_ROWS + 1
            )
        )
        return page(
            "queue.html",
            session,
            section="review",
            items=items[:LIST_ROWS],
            more=len(items) > LIST_ROWS,
            state=state,
            office=office,
            notice=NOTICES.get(request.query_params.get("done", "")),
        )

    app.add_api_route("/console/review", signed_in(queue), methods=["GET"], include_in_schema=False)

    @app.get("/console/review/{number}", include_in_schema=False)
    async def detail(request: Request, number: int) -> Response:
        session = await current(request)
        if session is None:
            return to("/console/sign-in")
        try:
            c = await run_in_threadpool(review.get, number)
        except ReviewError as exc:
            return page(
                "message.html",
                session,
                status=404,
                heading="Not found",
                text=str(exc),
                back="/console/review",
            )
        _central, _proposed, diffs = await run_in_threadpool(review.compare, c)
        return page(
            "detail.html",
            session,
            section="review",
            c=c,
            diffs=diffs,
            notice=NOTICES.get(request.query_params.get("done", "")),
        )

    @app.post("/console/review/{number}/approve", include_in_schema=False)
    async def approve(request: Request, number: int) -> Response:
        got = await posted(request)
        if isinstance(got, Response):
            return got
        session, _values = got
        try:
            await run_in_threadpool(lambda: review.approve(number, actor=f"admin:{session.admin}"))
        except ReviewError as exc:
            return page(
                "message.html",
                session,
                status=409,
                heading="Not approved",
                text=f"{exc}. Nothing was changed.",
                back=f"/console/review/{number}",
            )
        return to(f"/console/review/{number}?done=approved")

    @app.post("/console/review/{number}/return", include_in_schema=False)
    async def return_(request: Request, number: int) -> Response:
        got = await posted(request)
        if isinstance(got, Response):
            return got
        session, values = got
        try:
            await run_in_threadpool(
                lambda: review.return_(
                    number, actor=f"admin:{session.admin}", comment=values.get("comment", "")
                )
            )
        except ReviewError as exc:
            return page(
                "message.html",
                session,
                status=409,
                heading="Not returned",
                text=f"{exc}. Nothing was changed.",
                back=f"/console/review/{number}",
            )
        return to(f"/console/review/{number}?done=returned")

    @app.post("/console/offices/publish", include_in_schema=False)
    async def publish_setting(request: Request) -> Response:
        got = await posted(request)
        if isinstance(got, Response):
            return got
        session, values = got
        try:
            await run_in_threadpool(
                lambda: review.set_publish_directly(
                    values.get("office", ""),
                    values.get("value") == "on",
                    actor=f"admin:{session.admin}",
                )
            )
        except ReviewError as exc:
            return page(
                "message.html",
                session,
                status=400,
                heading="Not saved",
                text=str(exc),
                back="/console",
            )
        return to("/console?done=setting")

    async def audit(request: Request, session: AdminSession) -> Response:
        entries = await run_in_threadpool(review.audit_log, LIST_ROWS)
        return page("audit.html", session, section="audit", entries=entries)

    app.add_api_route("/console/audit", signed_in(audit), methods=["GET"], include_in_schema=False)

    async def tokens(request: Request, session: AdminSession) -> Response:
        listed = await run_in_threadpool(store.tokens)
        return page(
            "tokens.html",
            session,
            section="tokens",
            tokens=listed,
            made=None,
            notice=NOTICES.get(request.query_params.get("done", "")),
        )

    app.add_api_route(
        "/console/tokens", signed_in(tokens), methods=["GET"], include_in_schema=False
    )

    @app.post("/console/tokens", include_in_schema=False)
    async def make_token(request: Request) -> Response:
        got = await posted(request)
        if isinstance(got, Response):
            return got
        session, values = got
        office = values.get("office", "").strip()
        try:
            token_id, token = await run_in_threadpool(store.create_token, office)
        except HubError as exc:
            return page(
                "message.html",
                session,
                status=400,
                heading="No token made",
                text=str(exc),
                back="/console/tokens",
            )
        await run_in_threadpool(
            review.audit, f"admin:{session.admin}", "token-create", office, f"token {token_id}"
        )
        listed = await run_in_threadpool(store.tokens)
        return page(
            "tokens.html",
            session,
            section="tokens",
            tokens=listed,
            made={"office": office, "token": token, "id": token_id},
        )

    @app.post("/console/tokens/revoke", include_in_schema=False)
    async def revoke_token(request: Request) -> Response:
        got = await posted(request)
        if isinstance(got, Response):
            return got
        session, values = got
        token_id = values.get("id", "")
        if not token_id or token_id.startswith("ssc_") or len(token_id) > 16:
            return page(
                "message.html",
                session,
                status=400,
                heading="Not revoked",
                text="give a token's id",
                back="/console/tokens",
            )
        known = {t.id for t in await run_in_threadpool(store.tokens)}
        if token_id not in known:
            return page(
                "message.html",
                session,
                status=404,
                heading="Not revoked",
                text="no such token",
                back="/console/tokens",
            )
        revoked = await run_in_threadpool(store.revoke, token_id)
        for t in revoked:
            await run_in_threadpool(
                review.audit, f"admin:{session.admin}", "token-revoke", t.office, f"token {t.id}"
            )
        return to("/console/tokens?done=revoked")

    async def catalogue(request: Request, session: AdminSession) -> Response:
        q = request.query_params.get("q", "").strip()[:200]
        try:
            number = max(1, min(10_000, int(request.query_params.get("page", "1"))))
        except ValueError:
            number = 1
        rows, total = await run_in_threadpool(_search, store, q, number)
        return page(
            "catalogue.html",
            session,
            section="catalogue",
            q=q,
            rows=rows[:PAGE_ROWS],
            more=len(rows) > PAGE_ROWS,
            page=number,
            total=total,
        )

    app.add_api_route(
        "/console/catalogue", signed_in(catalogue), methods=["GET"], include_in_schema=False
    )

    @app.get("/console/catalogue/{record_id}", include_in_schema=False)
    async def record(request: Request, record_id: str) -> Response:
        session = await current(request)
        if session is None:
            return to("/console/sign-in")
        found = await run_in_threadpool(store.records, [record_id[:64]])
        if not found:
            return page(
                "message.html",
                session,
                status=404,
                heading="Not found",
                text="no solution has this id",
                back="/console/catalogue",
            )
        data = json.loads(found[0])
        fields = [(name, data.get(name)) for name in FIELDS if data.get(name) not in (None, "")]
        return page("record.html", session, section="catalogue", record=data, fields=fields)


def _set_cookie(response: Response, name: str, value: str, *, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/console",
        secure=True,  # browsers keep Secure cookies of http://localhost too (tests, a local hub)
        httponly=True,
        samesite="strict",
    )


def _search(store: HubStore, q: str, page: int) -> tuple[list[dict[str, Any]], int]:
    """Live records whose JSON text holds ``q`` (case-insensitive), by title, one page."""
    condition: Any = RECORDS.c.deleted.is_(False)
    if q:
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        # JSON text escapes non-ASCII as itself (ensure_ascii=False), quotes as \": search both.
        needle = json.dumps(escaped, ensure_ascii=False)[1:-1]
        condition = condition & RECORDS.c.data.ilike(f"%{needle}%", escape="\\")
    with store.engine.connect() as conn:
        total = int(
            conn.execute(select(func.count()).select_from(RECORDS).where(condition)).scalar_one()
        )
        texts = [
            r[0]
            for r in conn.execute(
                select(RECORDS.c.data)
                .where(condition)
                .order_by(RECORDS.c.id)
                .offset((page - 1) * PAGE_ROWS)
                .limit(PAGE_ROWS + 1)
            )
        ]
    rows = []
    for text in texts:
        data = json.loads(text)
        names = [
            str(c.get("iso3") or "") if isinstance(c, dict) else str(c)
            for c in data.get("countries") or []
        ]
        rows.append(
            {
                "id": data["id"],
                "title": data.get("title", ""),
                "countries": ", ".join(n for n in names if n)[:120],
                "revision": data.get("revision"),
                "updated_at": data.get("updated_at", ""),
            }
        )
    return rows, total
