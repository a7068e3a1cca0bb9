"""The console in a real browser: Debian's Chromium, driven by Playwright (never its own
browser download). A curator signs in, approves one contribution and returns another with a
comment; a second office then receives only the approved one. A title holding ``<script>``
shows as text and runs nothing.

``SSC_SCREENSHOTS=DIR`` also saves the dashboard and a review page there (docs/screenshots).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ssc_desktop.hub.accounts import Accounts
from ssc_desktop.hub.review import Review
from ssc_desktop.sync.state import ContributionState, SyncState
from tests.support.records import make_solution
from tests.sync.helpers import Hub, client, new_office

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PASSWORD = "a long curator password"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="no /usr/bin/chromium: apt-get install chromium (.ci/run does)",
    ),
]


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def test_a_curator_approves_one_returns_another_and_only_the_approved_one_travels(
    hub: Hub, tmp_path: Path, browser: Any
) -> None:
    Accounts(hub.store).create("ana", PASSWORD)
    mangroves = make_solution(title="Mangrove restoration with coastal communities")
    hub.store.load_records([mangroves.to_json_dict()])
    kenya = new_office(tmp_path / "kenya")
    kenya_token = hub.store.create_token("UNDP Kenya")[1]
    peru = new_office(tmp_path / "peru")
    peru_token = hub.store.create_token("UNDP Peru")[1]
    client(kenya, hub.url, kenya_token).sync()
    edit = mangroves.model_copy(
        update={
            "title": "Mangrove restoration led by coastal women's groups",
            "results": "4,000 ha replanted; fish catches up by a quarter in five years.",
            "keywords": ["mangroves", "blue carbon", "fisheries"],
        }
    )
    kenya.save_local(edit)  # an edit of a central record, left in the queue
    hostile = "<script>alert('pwned')</script> Solar pumps"
    approved = kenya.save_local(make_solution(origin="local", title=hostile))
    returned = kenya.save_local(make_solution(origin="local", title="Clinic records on paper"))
    client(kenya, hub.url, kenya_token).sync()
    client(peru, hub.url, peru_token).sync()
    numbers = {c.solution_id: c.id for c in Review(hub.store).contributions()}

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{hub.url}/console")
    assert page.url.endswith("/console/sign-in")
    page.get_by_label("Name").fill("ana")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{hub.url}/console")
    assert page.get_by_role("heading", name="Dashboard").is_visible()
    assert page.get_by_role("row", name="UNDP Kenya").is_visible()
    shots = os.environ.get("SSC_SCREENSHOTS")
    if shots:
        page.screenshot(path=str(Path(shots) / "console-dashboard.png"), full_page=True)
        page.goto(f"{hub.url}/console/review/{numbers[mangroves.id]}")
        page.screenshot(path=str(Path(shots) / "console-review.png"), full_page=True)
        page.goto(f"{hub.url}/console")

    # The queue, by keyboard-reachable links; the hostile title is text, and nothing ran.
    page.get_by_role("link", name="Review queue").click()
    page.get_by_role("link", name=hostile).click()
    heading = page.get_by_role("heading", level=1)
    assert hostile in heading.inner_text()
    assert page.locator("script").count() == 0 and dialogs == []
    page.get_by_role("button", name="Approve and publish").click()
    assert "Approved" in page.get_by_role("status").inner_text()

    page.goto(f"{hub.url}/console/review/{numbers[returned.id]}")
    page.get_by_label("Comment for UNDP Kenya").fill("Which clinics? Add the countries.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the return button, reached by keyboard
    assert "Returned" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Audit log").click()
    log = page.get_by_role("table").inner_text()
    assert "admin:ana" in log and "approve" in log and "Which clinics?" in log
    assert dialogs == []

    # The second office receives the approved one only; the first learns both decisions.
    client(peru, hub.url, peru_token).sync()
    assert peru.get(approved.id) is not None and peru.get(approved.id).title == hostile  # type: ignore[union-attr]
    assert peru.get(returned.id) is None
    assert peru.get(mangroves.id).title == mangroves.title  # type: ignore[union-attr]
    client(kenya, hub.url, kenya_token).sync()
    states = {c.solution_id: c for c in SyncState(kenya).contributions()}
    assert states[approved.id].state is ContributionState.PUBLISHED
    assert states[returned.id].state is ContributionState.RETURNED
    assert states[returned.id].comment == "Which clinics? Add the countries."
    assert kenya.get(returned.id) is not None  # still the office's own record
