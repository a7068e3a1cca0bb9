"""Every ``ssc-desktop ...`` line of the README runs (issue 13): against the shipped catalogue in a
fresh data folder, the sync lines against a real hub on 127.0.0.1, each checked for exit code 0
and an output that shows it did its job. A line the test does not know fails, so a new README
example is covered the day it is written; the few that cannot run here are skipped with a reason.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssc_desktop import __version__
from ssc_desktop.catalogue import Catalogue, seed_file
from ssc_desktop.cli import main
from ssc_desktop.hub.server import ServerThread
from tests.sync.helpers import fresh_hub

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
HUB_PLACEHOLDER = "https://hub.example.org"
TOKEN_PLACEHOLDER = "ssc_..."


def readme_lines() -> list[str]:
    """The ``ssc-desktop`` command lines of the README's shell blocks (continuations joined,
    comments dropped); ``A | B`` alternatives after a command are split into two lines."""
    text = README.read_text(encoding="utf-8")
    lines: list[str] = []
    for block in re.findall(r"```(?:sh|bash)\n(.+?)\n```", text, flags=re.DOTALL):
        for line in block.replace("\\\n", " ").splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()
            if not line.startswith("ssc-desktop"):
                continue
            line = " ".join(line.split())
            first, *others = re.split(r" \| (?=[a-z]+ [a-z])", line)  # "... | hub token list"
            lines += [first, *(f"ssc-desktop {other}" for other in others)]
    return lines


def variants(line: str) -> list[str]:
    """The line without its ``[optional]`` parts, and with all of them (first, then last of each
    ``a|b`` choice)."""
    bare = " ".join(re.sub(r"\[[^\]]*\]", " ", line).split())
    found: list[str] = [bare]
    for pick in (0, -1):
        full = re.sub(
            r"\[([^\]]*)\]",
            lambda m: " ".join(word.split("|")[pick] for word in m.group(1).split()),  # noqa: B023
            line,
        )
        if full not in found:
            found.append(full)
    return found


# -- the environment: the shipped catalogue, a hub, the files the examples name ---------------
@dataclass
class World:
    office: Path  # the office's data folder (SSC_DATA_DIR)
    hub_dir: Path  # the hub's data folder (hub/hub.sqlite3 inside)
    work: Path  # the current folder (all.csv, brief.pdf...)
    hub_url: str
    token: str
    hub_bundle: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("readme")
    office, hub_dir, work = root / "office", root / "hubdata", root / "work"
    work.mkdir()
    Catalogue.open(office).close()  # a fresh data folder with the shipped catalogue
    store = fresh_hub(hub_dir / "hub", seed=True)
    token = store.create_token("UNDP Senegal", publish_directly=True)[1]
    with ServerThread(store) as server:
        bundle = work / "hub-bundle.ssc"
        assert main(["hub", "bundle", "export", str(bundle), "--data-dir", str(hub_dir)]) == 0
        yield World(office, hub_dir, work, server.url, token, bundle)
    store.close()


# -- what each README line must do ----------------------------------------------------------
Check = Callable[[World, str, str], None]


def _json(out: str) -> object:
    return json.loads(out)


def check_search(world: World, out: str, err: str) -> None:
    assert "Participatory Slum Upgrading Programme" in out


def check_search_json(world: World, out: str, err: str) -> None:
    data = _json(out)
    assert isinstance(data, dict) and data["total"] >= 1
    assert {"id", "title", "score", "snippet", "sdgs", "countries", "sources"} <= set(
        data["hits"][0]
    )
    assert any("early warning" in hit["title"].lower() for hit in data["hits"])


def check_show(world: World, out: str, err: str) -> None:
    assert out.startswith("Participatory Slum Upgrading Programme")
    assert "c9e990a8" in out


def check_export(world: World, out: str, err: str) -> None:
    rows = (world.work / "all.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("id,") and len(rows) > seed_count()  # a header, then the rows


def seed_count() -> int:
    data = json.loads(seed_file().read_text(encoding="utf-8"))
    return sum(1 for record in data["solutions"] if not record.get("deleted"))


def check_import(world: World, out: str, err: str) -> None:
    # Its own export again: idempotent.
    assert re.match(rf"imported all\.csv: {seed_count()} unchanged", out), out


def check_template(world: World, out: str, err: str) -> None:
    import openpyxl

    book = openpyxl.load_workbook(world.work / "contributions.xlsx", read_only=True)
    assert book.sheetnames == ["Contributions", "Mode d'emploi", "Listes"]
    assert "wrote" in err


def check_stats(world: World, out: str, err: str) -> None:
    data = _json(out)
    assert isinstance(data, dict)
    assert data["solutions"] == seed_count() and data["with_source_paragraph"] == seed_count()


def check_brief(world: World, out: str, err: str) -> None:
    path = world.work / "brief.pdf"
    assert out.startswith(f"wrote {path.name}: 2 solution(s)") or f"wrote {path}" in out
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    language = "es" if "NOTA DE MISIÓN" in text else "fr" if "NOTE DE MISSION" in text else "en"
    from ssc_desktop.storage.repository import CatalogueStore

    store = CatalogueStore(world.office / "catalogue.sqlite3")
    try:  # each solution in the brief's language (its translation, or else the original)
        ids = [store.resolve_id(short) for short in ("02411570", "c292e148")]
        titles = [s.texts(language).title for s in store.get_many(ids)]
    finally:
        store.close()
    assert "Mission to Dakar" in text and len(titles) == 2
    for title in titles:
        assert " ".join(title.split()) in text, title


def check_version(world: World, out: str, err: str) -> None:
    assert __version__ in out


def check_sync(world: World, out: str, err: str) -> None:
    """The sync happened: the catalogue remembers when (and --json says it in one object)."""
    from ssc_desktop.storage.repository import CatalogueStore

    store = CatalogueStore(world.office / "catalogue.sqlite3")
    try:
        assert store.meta("last_sync_at")
        assert store.meta("sync.hub_url") == world.hub_url, "the hub is remembered"
    finally:
        store.close()
    if out.lstrip().startswith("{"):
        assert isinstance(_json(out), dict)


def check_history(world: World, out: str, err: str) -> None:
    assert out.strip() and "no sync yet" not in out
    if out.lstrip().startswith(("{", "[")):
        assert _json(out)


def check_conflicts(world: World, out: str, err: str) -> None:
    if out.lstrip().startswith(("{", "[")):
        assert _json(out) == []
    else:
        assert out.strip() == "no conflicts"


def check_contributions(world: World, out: str, err: str) -> None:
    if out.lstrip().startswith("["):
        entries = _json(out)
        assert isinstance(entries, list)
        assert all(e["state"] in ("waiting", "review", "published", "returned") for e in entries)
    else:
        assert out.startswith(("no contributions", "ID ")), out


def check_bundle_import(world: World, out: str, err: str) -> None:
    assert out.strip(), "bundle import says what it applied"


def check_bundle_export(world: World, out: str, err: str) -> None:
    assert (world.work / "office-bundle.ssc").read_bytes().startswith(b"SSC-BUNDLE")


def check_revoke(world: World, out: str, err: str) -> None:
    assert re.match(r"revoked \w+ \(UNDP Kenya\)", out), out


def check_token_create(world: World, out: str, err: str) -> None:
    assert "ssc_" in out


def check_token_list(world: World, out: str, err: str) -> None:
    assert "UNDP Senegal" in out


def check_review_list(world: World, out: str, err: str) -> None:
    assert out.strip() in ("[]", "no contributions in review")


def check_office_set(world: World, out: str, err: str) -> None:
    assert "UNDP Kenya: contributions from now on are published directly" in out


@dataclass(frozen=True)
class Rule:
    pattern: str  # a regular expression the whole README line matches
    check: Check | None = None
    where: str = "office"  # the data folder: "office" or "hub"
    skip: str = ""  # why it cannot run here


RULES = [
    Rule(r"ssc-desktop search \"slum upgrading\"", check_search),
    Rule(r"ssc-desktop search \"early warning\" --json", check_search_json),
    Rule(r"ssc-desktop show c9e990a8", check_show),
    Rule(r"ssc-desktop export --format csv -o all\.csv", check_export),
    Rule(r"ssc-desktop import all\.csv", check_import),
    Rule(r"ssc-desktop template -o contributions\.xlsx --language fr", check_template),
    Rule(r"ssc-desktop stats --json", check_stats),
    Rule(r"ssc-desktop brief 02411570 c292e148 -o brief\.pdf .*", check_brief),
    Rule(r"ssc-desktop --version", check_version),
    Rule(r"ssc-desktop sync --hub \S+ --token \S+", check_sync),
    Rule(r"ssc-desktop sync --hub \S+ --token-file token\.txt", check_sync),
    Rule(r"ssc-desktop sync \[--budget MB\] \[--json\]", check_sync),
    Rule(r"ssc-desktop sync --history \[--json\]", check_history),
    Rule(r"ssc-desktop conflicts \[--json\]", check_conflicts),
    Rule(
        r"ssc-desktop conflicts resolve ID FIELD .*",
        skip="a template (ID, FIELD): it needs a conflict between two offices (tests/sync)",
    ),
    Rule(r"ssc-desktop contributions \[--json\] \[--state returned\]", check_contributions),
    Rule(
        r"ssc-desktop contributions resend ID",
        skip="a template (ID): it needs a contribution a curator returned "
        "(tests/gui/test_contributions_window.py)",
    ),
    Rule(r"ssc-desktop bundle export FILE", check_bundle_export),
    Rule(r"ssc-desktop bundle import FILE", check_bundle_import),
    Rule(
        r"ssc-desktop serve .*",
        skip="runs until stopped; this test runs the same hub in-process (ServerThread), "
        "tests/sync/test_hub.py covers serve",
    ),
    Rule(r"ssc-desktop hub token create \"UNDP Kenya\"", check_token_create, where="hub"),
    Rule(r"ssc-desktop hub token revoke \"UNDP Kenya\"", check_revoke, where="hub"),
    Rule(r"ssc-desktop hub token list", check_token_list, where="hub"),
    Rule(
        r"ssc-desktop hub admin create ana",
        skip="asks for a password twice on a terminal; tests/sync/test_console.py gives it "
        "on standard input (--password-stdin)",
    ),
    Rule(r"ssc-desktop hub review list \[--json\]", check_review_list, where="hub"),
    Rule(
        r"ssc-desktop hub review (show|approve|return) ID.*",
        skip="a template (ID): it needs an office's contribution (tests/sync/test_console.py)",
    ),
    Rule(
        r"ssc-desktop hub office set \"UNDP Kenya\" --publish-directly on",
        check_office_set,
        where="hub",
    ),
]


def rule_for(line: str) -> Rule | None:
    for rule in RULES:
        if re.fullmatch(rule.pattern, line):
            return rule
    return None


def test_the_readme_shows_commands_and_the_test_knows_each_of_them() -> None:
    lines = readme_lines()
    assert len(lines) >= 15
    unknown = [line for line in lines if rule_for(line) is None]
    assert not unknown, f"README lines this test does not know (add a rule): {unknown}"
    text = README.read_text(encoding="utf-8")
    assert "3f2a9c1e" not in text and "77b0" not in text, "ids that are not in the catalogue"


def _argv(world: World, line: str, rule: Rule) -> list[str]:
    line = line.replace(HUB_PLACEHOLDER, world.hub_url).replace(TOKEN_PLACEHOLDER, world.token)
    line = line.replace(" MB", " 5")
    if line.startswith("ssc-desktop bundle export"):
        line = line.replace("FILE", str(world.work / "office-bundle.ssc"))
    line = line.replace("FILE", str(world.hub_bundle))
    argv = shlex.split(line)[1:]
    if argv[:1] != ["--version"]:
        argv += ["--data-dir", str(world.office if rule.where == "office" else world.hub_dir)]
    return argv


@pytest.mark.parametrize(
    "line",
    [variant for line in readme_lines() for variant in variants(line)],
)
def test_a_readme_command_line_runs(
    line: str,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    original = next(raw for raw in readme_lines() if line in variants(raw))
    rule = rule_for(original)
    assert rule is not None, f"no rule for {original!r}"
    if rule.skip:
        pytest.skip(rule.skip)
    assert rule.check is not None
    monkeypatch.chdir(world.work)
    (world.work / "token.txt").write_text(world.token + "\n", encoding="utf-8")
    if original.startswith("ssc-desktop import"):
        assert (
            main(["export", "--format", "csv", "-o", "all.csv", "--data-dir", str(world.office)])
            == 0
        )
        capsys.readouterr()
    # What the README's order gives each line (a first sync, an export), so each runs alone too.
    first_sync = ("ssc-desktop sync", "ssc-desktop conflicts", "ssc-desktop bundle")
    if original.startswith(first_sync) and "--hub" not in original:
        assert main(["sync", "--hub", world.hub_url, "--token", world.token,
                     "--data-dir", str(world.office)]) == 0  # fmt: skip
        capsys.readouterr()
    if original.startswith("ssc-desktop hub token") and "create" not in original:
        assert main(["hub", "token", "create", "UNDP Kenya", "--data-dir", str(world.hub_dir)]) == 0
        capsys.readouterr()
    try:
        code = main(_argv(world, line, rule))
    except SystemExit as exc:  # argparse's --version and --help exit
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert code == 0, f"{line}: exit {code}: {err.strip()[-500:]}"
    rule.check(world, out, err)


def test_benchmark_docstrings_name_no_machine_specific_interpreter() -> None:
    for path in sorted((ROOT / "benchmarks").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?<![\w.])/[\w./-]*/bin/python", text), path.name
        assert "python benchmarks/" in text or path.name == "frozen.py", path.name


def test_the_readme_apt_line_and_ci_install_what_the_window_loads() -> None:
    from ssc_desktop.gui.qtcheck import XCB_LIBRARIES

    text = README.read_text(encoding="utf-8")
    (apt,) = [
        " ".join(block.replace("\\\n", " ").split())
        for block in re.findall(r"```(?:sh|bash)\n(.+?)\n```", text, flags=re.DOTALL)
        if "apt-get install" in block
    ]
    packages = set(apt.split("apt-get install", 1)[1].split())
    assert {package for _, package in XCB_LIBRARIES} <= packages
    assert "python3-venv" in packages
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").replace("\\\n", " ")
    ci_packages = set(ci.split())
    assert {"xvfb", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= ci_packages
