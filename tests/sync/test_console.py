"""The hub's web console over real HTTP (a hub on 127.0.0.1, SQLite and PostgreSQL): sign-in,
CSRF, rate limiting, sessions, office tokens refused, escaping, decisions in the audit log;
and the ``hub review`` / ``hub office`` / ``hub admin`` commands on the same hub."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

from ssc_desktop.hub.accounts import Accounts
from ssc_desktop.hub.review import Review
from tests.support.cli import run_in
from tests.support.records import make_solution
from tests.sync.helpers import Hub, client, new_office

PASSWORD = "correct horse battery"


class Browserless:
    """An HTTP client that keeps the console's cookies itself (they are Secure: a cookie jar
    would not send them to http://127.0.0.1, a browser does)."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, follow_redirects=False, timeout=10)
        self.cookies: dict[str, str] = {}

    def _keep(self, response: httpx.Response) -> httpx.Response:
        for header in response.headers.get_list("set-cookie"):
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if "max-age=0" in header.lower() or "expires=thu, 01 jan 1970" in header.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return {**({"cookie": cookie} if cookie else {}), **(extra or {})}

    def get(self, path: str, **headers: str) -> httpx.Response:
        return self._keep(self.http.get(path, headers=self._headers(headers)))

    def post(self, path: str, data: dict[str, str]) -> httpx.Response:
        return self._keep(self.http.post(path, data=data, headers=self._headers()))

    def csrf(self, path: str) -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', self.get(path).text)
        assert found, f"no form on {path}"
        return found.group(1)

    def sign_in(self, name: str, password: str) -> httpx.Response:
        pre = self.csrf("/console/sign-in")
        return self.post("/console/sign-in", {"csrf": pre, "name": name, "password": password})


def _held(hub: Hub, tmp_path: Path, *titles: str) -> list[int]:
    """Contributions from an office under review, one per title; their numbers."""
    office = new_office(tmp_path / "kenya")
    token = hub.store.create_token("UNDP Kenya")[1]
    for title in titles:
        office.save_local(make_solution(origin="local", title=title))
    client(office, hub.url, token).sync()
    numbers = {c.title: c.id for c in Review(hub.store).contributions()}
    return [numbers[title] for title in titles]


def test_sign_in_review_and_the_audit_log(any_hub: Hub, tmp_path: Path) -> None:
    Accounts(any_hub.store).create("ana", PASSWORD)
    [good, poor] = _held(any_hub, tmp_path, "<script>alert(1)</script> pumps", "Returned one")
    web = Browserless(any_hub.url)
    assert web.get("/console").headers["location"] == "/console/sign-in"
    signed = web.sign_in("ana", PASSWORD)
    assert signed.status_code == 303 and "ssc_console" in web.cookies
    cookie = next(h for h in signed.headers.get_list("set-cookie") if h.startswith("ssc_console="))
    assert all(flag in cookie.lower() for flag in ("httponly", "secure", "samesite=strict"))
    dashboard = web.get("/console")
    assert dashboard.status_code == 200 and "UNDP Kenya" in dashboard.text
    assert "script-src" not in dashboard.headers["content-security-policy"]  # none at all
    page = web.get(f"/console/review/{good}")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; pumps" in page.text
    assert "<script>" not in page.text
    csrf = web.csrf(f"/console/review/{good}")
    assert web.post(f"/console/review/{good}/approve", {"csrf": csrf}).status_code == 303
    refused = web.post(f"/console/review/{poor}/return", {"csrf": csrf, "comment": " "})
    assert refused.status_code == 409
    back = web.post(f"/console/review/{poor}/return", {"csrf": csrf, "comment": "Budget?"})
    assert back.status_code == 303
    states = {c.id: c.state for c in Review(any_hub.store).contributions(state=None)}
    assert states == {good: "published", poor: "returned"}
    audit = web.get("/console/audit").text
    assert "admin:ana" in audit and "approve" in audit and "Budget?" in audit
    # Sizes: every page well under 100 KB.
    for path in ("/console", "/console/review", f"/console/review/{good}", "/console/audit",
                 "/console/tokens", "/console/catalogue"):  # fmt: skip
        answer = web.get(path)
        assert answer.status_code == 200 and len(answer.content) < 100_000, path


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_csrf_sessions_rate_limit_and_office_tokens(hub: Hub, tmp_path: Path) -> None:
    accounts = Accounts(hub.store)
    accounts.create("ana", PASSWORD)
    [number] = _held(hub, tmp_path, "Waiting")
    office_token = hub.token("UNDP Peru")
    web = Browserless(hub.url)
    # An office token opens nothing: not as a bearer, not as a cookie, not as a password.
    for headers in ({"authorization": f"Bearer {office_token}"},):
        assert web.get("/console", **headers).status_code == 303
    web.cookies["ssc_console"] = office_token
    assert web.get("/console/review").status_code == 303
    web.cookies.clear()
    assert web.sign_in("UNDP Peru", office_token).status_code == 401
    # Sign-in without its form's token is refused.
    assert web.post("/console/sign-in", {"name": "ana", "password": PASSWORD}).status_code == 403
    assert web.sign_in("ana", PASSWORD).status_code == 303
    # A POST without the session's CSRF token (or with another) changes nothing.
    assert web.post(f"/console/review/{number}/approve", {}).status_code == 403
    bad = web.post(f"/console/review/{number}/approve", {"csrf": "forged"})
    assert bad.status_code == 403 and "CSRF" in bad.text
    assert Review(hub.store).get(number).state == "review"
    # A revoked session stops at once.
    assert accounts.revoke_sessions("ana") == 1
    assert web.get("/console").status_code == 303
    # Five wrong passwords lock the account for a while, even with the right one after.
    other = Browserless(hub.url)
    for _ in range(5):
        assert other.sign_in("ana", "wrong password!").status_code == 401
    locked = other.sign_in("ana", PASSWORD)
    assert locked.status_code == 401 and "too many failed sign-ins" in locked.text
    # Tokens: made in the console (shown once), listed, revoked; all in the audit log.
    accounts.create("bea", PASSWORD)
    third = Browserless(hub.url)
    third.sign_in("bea", PASSWORD)
    csrf = third.csrf("/console/tokens")
    made = third.post("/console/tokens", {"csrf": csrf, "office": "UNDP <Chile>"})
    token = re.search(r'id="new-token">(ssc_[^<]+)<', made.text)
    assert token and "UNDP &lt;Chile&gt;" in made.text
    assert hub.store.authenticate(token.group(1)) is not None
    assert token.group(1) not in third.get("/console/tokens").text  # shown once
    token_id = hub.store.authenticate(token.group(1)).token_id  # type: ignore[union-attr]
    third.post("/console/tokens/revoke", {"csrf": csrf, "id": token_id})
    assert hub.store.authenticate(token.group(1)) is None
    actions = [e.action for e in Review(hub.store).audit_log()]
    assert "token-create" in actions and "token-revoke" in actions
    # The catalogue: search and read, escaped.
    hub.store.load_records([make_solution(title="Rainwater <b>harvesting</b>").to_json_dict()])
    found = third.get("/console/catalogue?q=%3Cb%3Eharvesting").text
    assert "Rainwater &lt;b&gt;harvesting&lt;/b&gt;" in found


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_curators_commands(any_hub: Hub, tmp_path: Path) -> None:
    [first, second] = _held(any_hub, tmp_path, "First", "Second")
    hub_dir = tmp_path / "hubdata"
    database = ["--database", any_hub.store.url]

    listed = run_in(hub_dir, "hub", "review", "list", "--json", *database)
    assert listed.returncode == 0, listed.stderr
    assert sorted(c["id"] for c in json.loads(listed.stdout)) == sorted([first, second])
    shown = run_in(hub_dir, "hub", "review", "show", str(first), *database)
    assert "proposed: First" in shown.stdout
    assert run_in(hub_dir, "hub", "review", "approve", str(first), *database).returncode == 0
    again = run_in(hub_dir, "hub", "review", "approve", str(first), *database)
    assert again.returncode == 1 and "no longer in review" in again.stderr
    no_comment = run_in(hub_dir, "hub", "review", "return", str(second), *database)
    assert no_comment.returncode == 2  # argparse: --comment is required
    returned = run_in(
        hub_dir, "hub", "review", "return", str(second), "--comment", "Which year?", *database
    )
    assert returned.returncode == 0, returned.stderr
    log = Review(any_hub.store).audit_log()
    assert [e.action for e in log[:2]] == ["return", "approve"]
    assert log[0].actor.startswith("cli") and log[0].detail == "Which year?"
    # Per-office direct publishing.
    made = run_in(
        hub_dir, "hub", "office", "set", "UNDP Kenya", "--publish-directly", "on", *database
    )
    assert made.returncode == 0, made.stderr
    offices = json.loads(run_in(hub_dir, "hub", "office", "list", "--json", *database).stdout)
    assert [o["publish_directly"] for o in offices if o["name"] == "UNDP Kenya"] == [True]
    # An administrator account from standard input; a short password is refused.
    short = run_in(hub_dir, "hub", "admin", "create", "carla", "--password-stdin", *database,
                   input="short\n")  # fmt: skip
    assert short.returncode == 1 and "at least" in short.stderr
    ok = run_in(hub_dir, "hub", "admin", "create", "carla", "--password-stdin", *database,
                input=PASSWORD + "\n")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert "carla" in Accounts(any_hub.store).names()


@pytest.mark.parametrize("bad", ["", "x" * 70, "a b"])
def test_bad_administrator_names_are_refused(hub: Hub, bad: str) -> None:
    with pytest.raises(Exception, match="administrator's name"):
        Accounts(hub.store).create(bad, PASSWORD)
