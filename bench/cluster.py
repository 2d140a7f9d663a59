"""A real Ray cluster of two nodes on this machine, for the two-node test and bench_ingest:
`ray start --head` and a second `ray start --address ...` with its own resource, each with its
CPUs, token authentication with a fresh token, and a temporary folder of its own. Every process
of it is ended by its process group when the block ends (nothing else is touched)."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

WAIT_FOR_TWO = """
import sys, time, ray
ray.init(address=sys.argv[1], log_to_driver=False)
deadline = time.monotonic() + 60
while len([n for n in ray.nodes() if n["Alive"]]) < 2 and time.monotonic() < deadline:
    time.sleep(0.2)
print(len([n for n in ray.nodes() if n["Alive"]]), ray.cluster_resources().get("second_node"))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def two_nodes(cpus: int = 1) -> Iterator[tuple[str, dict[str, str]]]:
    """Yields (the head's address, the environment a driver needs to connect)."""
    ray_bin = Path(sys.executable).with_name("ray")
    tmp = tempfile.mkdtemp(prefix="ewray-", dir="/tmp")  # Ray's socket paths must stay short
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_")} | {
        "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32),
        "RAY_USAGE_STATS_ENABLED": "0"}
    common = ["--block", f"--num-cpus={cpus}", "--node-ip-address=127.0.0.1",
              "--disable-usage-stats"]
    procs: list[subprocess.Popen] = []

    def start(args: list[str], log: str) -> None:
        with open(Path(tmp) / log, "w") as out:
            procs.append(subprocess.Popen([str(ray_bin), "start", *common, *args], env=env,
                                          start_new_session=True, stdout=out,
                                          stderr=subprocess.STDOUT))

    try:
        start(["--head", f"--port={port}", "--include-dashboard=false", f"--temp-dir={tmp}"],
              "head.log")
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError((Path(tmp) / "head.log").read_text()[-2000:]) from None
                time.sleep(0.2)
        start([f"--address=127.0.0.1:{port}", '--resources={"second_node": 1}'], "second.log")
        address = f"127.0.0.1:{port}"
        ready = subprocess.run([sys.executable, "-c", WAIT_FOR_TWO, address], env=env,
                               capture_output=True, text=True, timeout=120)
        if ready.stdout.split()[-2:] != ["2", "1.0"]:
            raise RuntimeError(f"the second node did not join: {ready.stderr[-2000:]}")
        yield address, env
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)  # its own session: the group is its pid
            p.wait(30)
        time.sleep(0.5)
        left = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
        shutil.rmtree(tmp, ignore_errors=True)
        if tmp in left:
            raise RuntimeError("a Ray process of the two-node cluster outlived it")
