"""Sync over bad links: the issue's targets, measured through the fault-injecting proxy.

    python benchmarks/sync.py            # full: real-rate 2G and 12 kbit/s links (~25 min)
    python benchmarks/sync.py --quick    # minutes: time-scaled links, fewer runs, 1,000 records

Bytes are counted at the proxy (what crosses the link, HTTP headers included). The naive
alternative, downloading the whole catalogue as one JSON file each time, runs in the same
process against the same hub. Prints a table; ``--json FILE`` writes the figures too.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ssc_desktop.hub.server import ServerThread  # noqa: E402
from ssc_desktop.storage.database import integrity_check  # noqa: E402
from ssc_desktop.sync import protocol as p  # noqa: E402
from ssc_desktop.sync.state import SyncState  # noqa: E402
from tests.support.records import make_solution, random_solutions  # noqa: E402
from tests.sync.helpers import (  # noqa: E402
    catalogue_state,
    client,
    fresh_hub,
    hub_state,
    new_office,
)
from tests.sync.proxy import FaultProxy  # noqa: E402

KIB = 1024
RATE_2G, RTT_2G = 8000.0, 0.6  # 64 kbit/s, 600 ms round trip
RATE_GPRS = 1500.0  # 12 kbit/s


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def med_p95(values: list[float], unit: str = "", digits: int = 0) -> str:
    fmt = f"{{:.{digits}f}}"
    return f"{fmt.format(statistics.median(values))} / {fmt.format(pct(values, 0.95))}{unit}"


class Bench:
    def __init__(self, folder: Path, solutions: int, scale: float) -> None:
        self.folder = folder
        self.scale = scale  # 1: real rate; >1: that many times faster, same bytes
        self.records = [s.to_json_dict() for s in random_solutions(solutions, seed=42)]
        self.hub = fresh_hub(folder / "hub")
        self.hub.load_records(self.records)
        self.server = ServerThread(self.hub).start()
        self.token = self.hub.create_token("Benchmark office", publish_directly=True)[1]
        self.proxies: list[FaultProxy] = []
        self.offices = 0

    def close(self) -> None:
        for proxy in self.proxies:
            proxy.stop()
        self.server.stop()
        self.hub.close()

    def proxy(self, **options: Any) -> FaultProxy:
        proxy = FaultProxy(self.server.port, **options).start()
        self.proxies.append(proxy)
        return proxy

    def link_2g(self) -> FaultProxy:
        return self.proxy(
            rate_down=RATE_2G * self.scale,
            rate_up=RATE_2G * self.scale,
            latency=RTT_2G / 2 / self.scale,
        )

    def office(self) -> Any:
        self.offices += 1
        return new_office(self.folder / f"office{self.offices}")

    def naive(self, url: str, *, retries: int = 3) -> tuple[int | None, float]:
        """Download the whole catalogue JSON; (bytes if it completed, seconds)."""
        started = time.monotonic()
        for _ in range(retries):
            try:
                answer = httpx.get(
                    url + "/v1/catalogue.json",
                    headers={"authorization": f"Bearer {self.token}"},
                    timeout=httpx.Timeout(30.0 / self.scale + 5),
                )
                answer.raise_for_status()
                json.loads(answer.content)
                return len(answer.content), time.monotonic() - started
            except (httpx.HTTPError, ValueError):
                continue
        return None, time.monotonic() - started


def first_sync_on_2g(bench: Bench, rows: list[dict[str, Any]]) -> None:
    """5,000 solutions over 64 kbit/s, 600 ms RTT, cut every 256 KB."""
    reference = bench.proxy()
    office = bench.office()
    assert client(office, reference.url, bench.token).sync().complete
    snapshot = reference.bytes_total
    link = bench.link_2g()
    link.down.cut_every = 256 * KIB
    office = bench.office()
    started = time.monotonic()
    report = client(
        office,
        link.url,
        bench.token,
        stall_timeout=30.0 / bench.scale,
        backoff_base=1.0 / bench.scale,
        backoff_cap=60.0 / bench.scale,
        max_failures=20,
    ).sync()
    seconds = (time.monotonic() - started) * bench.scale
    ok = report.complete and catalogue_state(office) == hub_state(bench.hub)
    ratio = link.bytes_total / snapshot
    # The naive way: one JSON file; with a cut every 256 KB it can never complete.
    naive_link = bench.link_2g()
    naive_link.down.cut_every = 256 * KIB
    naive_bytes, _ = bench.naive(naive_link.url, retries=3)
    plain = bench.proxy()
    full_json, _ = bench.naive(plain.url)
    assert full_json is not None
    naive_seconds = full_json / RATE_2G + RTT_2G * 2
    rows.append(
        {
            "target": f"first sync of {len(bench.records):,} solutions, 2G link cut every 256 KB: "
            "completes unattended, <= 1.10 x snapshot on the wire",
            "measured": f"{'completed' if ok else 'FAILED'}; {link.bytes_total / 1e6:.2f} MB = "
            f"{ratio:.3f} x snapshot ({snapshot / 1e6:.2f} MB); {link.down.cuts} cuts; "
            f"{seconds:.0f} s link time; {report.requests} requests",
            "naive": f"{full_json / 1e6:.2f} MB JSON; with the cuts: "
            f"{'never completes' if naive_bytes is None else 'completed'}; uncut "
            f"{naive_seconds:.0f} s",
            "ratio": f"{link.bytes_total / full_json:.3f} of naive bytes",
            "met": ok and ratio <= 1.10,
        }
    )


def resent_after_cut(bench: Bench, rows: list[dict[str, Any]], runs: int) -> None:
    reference = bench.proxy()
    office = bench.office()
    client(office, reference.url, bench.token).sync()
    clean = reference.bytes_total
    rng = random.Random(7)
    resent: list[float] = []
    for _ in range(runs):
        proxy = bench.proxy()
        proxy.down.cut_at = [rng.randrange(500, clean - 500)]
        office = bench.office()
        assert client(office, proxy.url, bench.token).sync().complete
        resent.append(proxy.bytes_total - clean)
        proxy.stop()
        bench.proxies.remove(proxy)
    rows.append(
        {
            "target": "after a cut at any byte, <= 64 KiB sent again",
            "measured": f"{med_p95([r / KIB for r in resent], ' KiB', 1)} (median / p95), "
            f"max {max(resent) / KIB:.1f} KiB over {runs} random cuts",
            "naive": "the whole file again",
            "ratio": f"p95 {pct(resent, 0.95) / clean:.4f} of the catalogue",
            "met": max(resent) <= 64 * KIB,
        }
    )


def push_exactly_once(bench: Bench, rows: list[dict[str, Any]], runs: int) -> None:
    office = bench.office()
    proxy = bench.proxy()
    client(office, bench.server.url, bench.token).sync()
    ids = [str(r["id"]) for r in bench.records[:100]]
    rng = random.Random(9)
    exact = 0
    cuts = 0
    seconds: list[float] = []
    for run in range(runs):
        for record_id in ids:
            record = office.get(record_id)
            assert record is not None
            office.save_local(record.model_copy(update={"title": f"Run {run}"}))
        before_ops = bench.hub.op_count()
        before = {r["id"]: r["revision"] for r in bench.hub.all_records() if r["id"] in ids}
        proxy.reset_counters()
        proxy.up.cut_at = sorted(rng.randrange(100, 5_000) for _ in range(rng.randint(1, 3)))
        proxy.down.cut_at = sorted(rng.randrange(100, 3_000) for _ in range(rng.randint(0, 2)))
        started = time.monotonic()
        report = client(office, proxy.url, bench.token).sync()
        seconds.append(time.monotonic() - started)
        cuts += proxy.up.cuts + proxy.down.cuts
        after = {r["id"]: r for r in bench.hub.all_records() if r["id"] in ids}
        if (
            report.complete
            and bench.hub.op_count() - before_ops == 100
            and all(after[i]["revision"] == before[i] + 1 for i in ids)
            and all(after[i]["title"] == f"Run {run}" for i in ids)
            and SyncState(office).pending_counts()["ops"] == 0
        ):
            exact += 1
    rows.append(
        {
            "target": f"{runs} cut-and-retry runs of a 100-edit push: exactly 100 edits each",
            "measured": f"{exact}/{runs} runs exact; {cuts} cuts in all; sync "
            f"{med_p95(seconds, ' s', 2)}",
            "naive": "no edits at all (download only)",
            "ratio": "",
            "met": exact == runs,
        }
    )


def kills(bench: Bench, rows: list[dict[str, Any]], count: int) -> None:
    if not hasattr(signal, "SIGKILL"):
        rows.append(
            {
                "target": "kill at random points",
                "measured": "skipped (no SIGKILL)",
                "naive": "",
                "ratio": "",
                "met": True,
            }
        )
        return
    from ssc_desktop.catalogue import Catalogue

    data_dir = bench.folder / "killed"
    proxy = bench.proxy(rate_down=150_000, rate_up=60_000)
    rng = random.Random(13)
    ok = 0
    converged = 0
    rounds = max(1, count // 10)
    per_round = count // rounds
    for round_number in range(rounds):
        extra = [s.to_json_dict() for s in random_solutions(200, seed=500 + round_number)]
        bench.hub.load_records(extra)
        with Catalogue.open(data_dir, seed=False) as catalogue:
            for record in list(catalogue.store.iter_all())[:50]:
                catalogue.store.save_local(
                    record.model_copy(update={"summary": f"Kill round {round_number}"})
                )
        for _ in range(per_round):
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "ssc_desktop",
                    "--data-dir",
                    str(data_dir),
                    "sync",
                    "--hub",
                    proxy.url,
                    "--token",
                    bench.token,
                    "--quiet",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.4, 3.0))
            process.send_signal(signal.SIGKILL)
            process.wait(60)
            if integrity_check(data_dir / "catalogue.sqlite3") == "ok":
                ok += 1
        with Catalogue.open(data_dir, seed=False) as catalogue:
            report = client(catalogue.store, bench.server.url, bench.token).sync()
            mine = catalogue_state(catalogue.store)
            hub = hub_state(bench.hub)
            if report.complete and all(mine.get(k) == v for k, v in hub.items()):
                converged += 1
    total = rounds * per_round
    rows.append(
        {
            "target": f"kill (SIGKILL) at {total} random points of push and pull: integrity ok, "
            "next sync converges",
            "measured": f"integrity ok {ok}/{total}; converged {converged}/{rounds} rounds",
            "naive": "",
            "ratio": "",
            "met": ok == total and converged == rounds,
        }
    )


def quiet_sync(bench: Bench, rows: list[dict[str, Any]], runs: int) -> None:
    office = bench.office()
    client(office, bench.server.url, bench.token).sync()
    link = bench.link_2g()
    requests: list[float] = []
    sizes: list[float] = []
    seconds: list[float] = []
    for _ in range(runs):
        link.reset_counters()
        started = time.monotonic()
        assert client(office, link.url, bench.token).sync().complete
        seconds.append((time.monotonic() - started) * bench.scale)
        requests.append(link.requests)
        sizes.append(link.bytes_total)
    naive, _ = bench.naive(bench.proxy().url)
    assert naive is not None
    rows.append(
        {
            "target": "a sync with nothing to do: 1 request, <= 1.5 KB",
            "measured": f"{med_p95(requests)} requests, {med_p95(sizes, ' B')}, "
            f"{med_p95(seconds, ' s', 1)} on 2G",
            "naive": f"{naive / 1e6:.2f} MB every time",
            "ratio": f"{statistics.median(sizes) / naive:.5f}",
            "met": max(requests) == 1 and max(sizes) <= 1500,
        }
    )


def fifty_both_ways(bench: Bench, rows: list[dict[str, Any]], runs: int) -> None:
    a, b = bench.office(), bench.office()
    token_b = bench.hub.create_token("Other office", publish_directly=True)[1]
    client(a, bench.server.url, bench.token).sync()
    client(b, bench.server.url, token_b).sync()
    link = bench.link_2g()
    ratios: list[float] = []
    requests: list[float] = []
    sizes: list[float] = []
    ok = True
    rng = random.Random(3)
    ids = [str(r["id"]) for r in bench.records]
    for run in range(runs):
        picked = rng.sample(ids, 100)
        for n, record_id in enumerate(picked[:50]):
            record = b.get(record_id)
            assert record is not None
            b.save_local(record.model_copy(update={"summary": f"Other office {run} {n}"}))
        client(b, bench.server.url, token_b).sync()
        for n, record_id in enumerate(picked[50:]):
            record = a.get(record_id)
            assert record is not None
            a.save_local(record.model_copy(update={"title": f"This office {run} {n}"}))
        pushed = SyncState(a).freeze()
        pulled = [r for r in bench.hub.all_records() if r["id"] in set(picked[:50])]
        payload = len(p.compress(p.dumps(pushed))) + len(p.compress(p.dumps(pulled)))
        link.reset_counters()
        report = client(a, link.url, bench.token).sync()
        ok = ok and report.complete and report.records_up == 50
        requests.append(link.requests)
        sizes.append(link.bytes_total)
        ratios.append(link.bytes_total / payload)
    naive, _ = bench.naive(bench.proxy().url)
    assert naive is not None
    rows.append(
        {
            "target": "50 solutions changed both ways: <= 2 requests, <= 1.2 x compressed payload",
            "measured": f"{med_p95(requests)} requests; {med_p95(sizes, ' B')}; "
            f"{med_p95(ratios, ' x payload', 3)}",
            "naive": f"{naive / 1e6:.2f} MB download (+ an upload)",
            "ratio": f"{statistics.median(sizes) / naive:.4f}",
            "met": ok and max(requests) <= 2 and max(ratios) <= 1.2,
        }
    )


def slow_megabyte(bench: Bench, rows: list[dict[str, Any]]) -> None:
    """1 MB at 12 kbit/s (or scaled) with the default 30 s stall timeout: never aborted."""
    folder = bench.folder / "mb"
    hub = fresh_hub(folder)
    rng = random.Random(4)
    letters = string.ascii_letters + string.digits + " .,;"
    hub.load_records(
        make_solution(
            challenge="".join(rng.choice(letters) for _ in range(19_000)),
            solution="".join(rng.choice(letters) for _ in range(19_000)),
        ).to_json_dict()
        for _ in range(35)
    )
    token = hub.create_token("slow", publish_directly=True)[1]
    with ServerThread(hub) as server:
        proxy = FaultProxy(
            server.port,
            rate_down=RATE_GPRS * bench.scale,
            rate_up=RATE_GPRS * bench.scale,
            latency=0.35 / bench.scale,
        ).start()
        office = new_office(folder / "office")
        started = time.monotonic()
        report = client(
            office, proxy.url, token, stall_timeout=30.0 / bench.scale, max_failures=1
        ).sync()
        seconds = (time.monotonic() - started) * bench.scale
        proxy.stop()
    hub.close()
    rows.append(
        {
            "target": "1 MB at 12 kbit/s is never aborted",
            "measured": f"{'completed' if report.complete else 'ABORTED'}: "
            f"{proxy.bytes_total / 1e6:.2f} MB in {seconds:.0f} s, {report.retries} retries "
            f"(stall timeout {30.0:g} s, scale 1:{bench.scale:g})",
            "naive": "",
            "ratio": "",
            "met": report.complete and report.retries == 0 and proxy.bytes_total >= 1_000_000,
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="scaled links, fewer runs")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    args = parser.parse_args(argv)
    quick = args.quick
    scale = 40.0 if quick else 1.0
    solutions = 1000 if quick else 5000
    rows: list[dict[str, Any]] = []
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="ssc-sync-bench-"))
    bench = Bench(folder, solutions, scale)
    steps: list[tuple[str, Callable[[], None]]] = [
        ("quiet sync", lambda: quiet_sync(bench, rows, 10 if quick else 30)),
        ("50 both ways", lambda: fifty_both_ways(bench, rows, 3 if quick else 10)),
        ("re-sent after a cut", lambda: resent_after_cut(bench, rows, 10 if quick else 40)),
        ("exactly once", lambda: push_exactly_once(bench, rows, 20 if quick else 200)),
        ("first sync on 2G", lambda: first_sync_on_2g(bench, rows)),
        ("kills", lambda: kills(bench, rows, 10 if quick else 100)),
        ("1 MB at 12 kbit/s", lambda: slow_megabyte(bench, rows)),
    ]
    try:
        for name, step in steps:
            t = time.monotonic()
            step()
            sys.stderr.write(f"[{name}: {time.monotonic() - t:.0f} s]\n")
    finally:
        bench.close()
    mode = "quick (links scaled 1:40 in time, same bytes)" if quick else "full (real-rate links)"
    print(
        f"SSC Desktop sync benchmark, {mode}; {solutions:,} solutions; "
        f"{time.monotonic() - started:.0f} s\n"
    )
    print("| target | measured | naive: whole catalogue JSON | vs naive | met |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['target']} | {row['measured']} | {row['naive']} | {row['ratio']} | "
            f"{'yes' if row['met'] else 'NO'} |"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0 if all(row["met"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
