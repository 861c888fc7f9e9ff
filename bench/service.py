"""The service under load: review throughput with 1 and 2 workers, and API read latency on loopback.

    .venv/bin/python bench/service.py [--count 200] [--workers 1 2] [--repeat 1] [--reads 3000 --concurrency 8]
                                      [--generate] [--database-url postgresql+psycopg://…]

Everything is real: `reviewer serve` (uvicorn) and `reviewer worker --burst` processes against Redis and a
fresh PostgreSQL database per run (dropped afterwards). Inputs are text-layer PDFs: copies of the committed
samples by default, or `--generate` a varied set (`python -m samples.generate --count N --seed 7`, slower).

Throughput: one POST /api/v1/batches uploads every file (each one case); the clock starts when the workers
start and stops when the last burst worker exits with the queue empty; files/min = files / that time.
Reads: `--concurrency` threads hammer GET case status, draft, findings and a 50-row list over the drafted
cases; p50/p99 per endpoint and overall. Numbers are for people, never asserted in tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
REVIEWER = [sys.executable, "-m", "reviewer.cli"]
POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"


def inputs(count: int, generate: bool, folder: Path) -> list[Path]:
    """`count` text-layer PDFs: generated, or the committed samples copied round-robin under new names."""
    if generate:
        subprocess.run(
            [sys.executable, "-m", "samples.generate", "--count", str(count), "--out", str(folder), "--seed", "7"],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        return sorted(folder.glob("*.pdf"))[:count]
    samples = sorted((ROOT / "samples").glob("case-*.pdf"))
    paths = []
    for index in range(count):
        target = folder / f"{index:04d}-{samples[index % len(samples)].name}"
        shutil.copyfile(samples[index % len(samples)], target)
        paths.append(target)
    return paths


@contextmanager
def fresh_database(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def server(env: dict[str, str], api_workers: int) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [*REVIEWER, "serve", "--port", str(port), "--workers", str(api_workers)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.3)
        else:
            raise SystemExit("reviewer serve did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def upload_batch(client: httpx.Client, files: list[Path]) -> str:
    handles = [("files", (path.name, path.read_bytes(), "application/pdf")) for path in files]
    response = client.post(
        "/api/v1/batches", files=handles, data={"name": "bench", "agency": "bench-county"}, timeout=600
    )
    if response.status_code != 202:
        raise SystemExit(f"batch upload refused: {response.status_code} {response.text}")
    return response.json()["batch_id"]


def run_workers(env: dict[str, str], count: int) -> float:
    started = time.perf_counter()
    workers = [
        subprocess.Popen(
            [*REVIEWER, "worker", "--burst", "--without-scheduler"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(count)
    ]
    for worker in workers:
        worker.wait()
    return time.perf_counter() - started


def read_load(base: str, key: str, case_ids: list[str], requests: int, concurrency: int) -> dict[str, list[float]]:
    """Latencies (ms) per endpoint kind, from `concurrency` threads sharing `requests` GETs round-robin."""
    kinds = ["status", "draft", "findings", "list"]
    paths = {
        "status": "/api/v1/cases/{}",
        "draft": "/api/v1/cases/{}/draft",
        "findings": "/api/v1/cases/{}/findings",
        "list": "/api/v1/cases?limit=50",
    }
    results: dict[str, list[float]] = {kind: [] for kind in kinds}
    lock = threading.Lock()
    counter = iter(range(requests))

    def client_loop() -> None:
        with httpx.Client(base_url=base, headers={"X-API-Key": key}, timeout=60) as client:
            for number in counter:
                kind = kinds[number % len(kinds)]
                path = paths[kind].format(case_ids[number % len(case_ids)])
                started = time.perf_counter()
                response = client.get(path)
                elapsed = (time.perf_counter() - started) * 1000
                response.raise_for_status()
                with lock:
                    results[kind].append(elapsed)

    threads = [threading.Thread(target=client_loop) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def one_run(files: list[Path], workers: int, args: argparse.Namespace, reads: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-service-") as data, fresh_database(args.database_url) as url:
        env = dict(
            os.environ,
            REVIEWER_DATABASE_URL=url,
            REVIEWER_DATA_DIR=data,
            REVIEWER_SECRET_KEY="bench",
            REVIEWER_QUEUE_NAME=f"bench-{uuid.uuid4().hex[:8]}",
            PYTHONPATH=str(ROOT),
        )
        subprocess.run([*REVIEWER, "db", "upgrade"], env=env, cwd=ROOT, check=True, capture_output=True)
        key = subprocess.run(
            [*REVIEWER, "keys", "create", "--role", "admin", "--name", "bench"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        with server(env, args.api_workers) as base, httpx.Client(base_url=base, headers={"X-API-Key": key}) as client:
            batch_id = upload_batch(client, files)
            seconds = run_workers(env, workers)
            started = time.perf_counter()
            batch = client.get(f"/api/v1/batches/{batch_id}", timeout=600).json()
            result: dict[str, object] = {
                "workers": workers,
                "files": len(files),
                "seconds": seconds,
                "statuses": batch["progress"]["by_status"],
                "summary_seconds": time.perf_counter() - started,
            }
            if reads:
                case_ids = [row["case_id"] for row in batch["summary"]["rows"]]
                started = time.perf_counter()
                result["reads"] = read_load(base, key, case_ids, args.reads, args.concurrency)
                result["read_seconds"] = time.perf_counter() - started
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--reads", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--api-workers", type=int, default=1, help="uvicorn processes of the API")
    parser.add_argument("--generate", action="store_true", help="generate varied cases instead of copying samples")
    parser.add_argument("--database-url", default=None, help="use this database instead of a fresh PostgreSQL one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-inputs-") as folder:
        files = inputs(args.count, args.generate, Path(folder))
        print(f"{len(files)} files, {sum(p.stat().st_size for p in files) / 1048576:.1f} MiB", file=sys.stderr)
        print(
            "| workers | files | median s | files/min | statuses | GET batch summary s |\n"
            "| ---: | ---: | ---: | ---: | --- | ---: |"
        )
        last: dict[str, object] = {}
        for workers in args.workers:
            runs = [
                one_run(files, workers, args, reads=(workers == args.workers[-1] and r == args.repeat - 1))
                for r in range(args.repeat)
            ]
            seconds = statistics.median(float(run["seconds"]) for run in runs)  # type: ignore[arg-type]
            summary = statistics.median(float(run["summary_seconds"]) for run in runs)  # type: ignore[arg-type]
            print(
                f"| {workers} | {len(files)} | {seconds:.1f} | {len(files) / seconds * 60:.1f} | "
                f"{runs[-1]['statuses']} | {summary:.2f} |",
                flush=True,
            )
            last = runs[-1]
    reads: dict[str, list[float]] = last.get("reads", {})  # type: ignore[assignment]
    if reads:
        everything = [value for values in reads.values() for value in values]
        print(
            f"\nReads: {len(everything)} GETs, {args.concurrency} concurrent clients, "
            f"{len(everything) / float(str(last['read_seconds'])):.0f} req/s overall"
        )
        print("| endpoint | requests | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: |")
        for kind, values in [*reads.items(), ("all", everything)]:
            print(f"| {kind} | {len(values)} | {percentile(values, 0.5):.1f} | {percentile(values, 0.99):.1f} |")


if __name__ == "__main__":
    main()
