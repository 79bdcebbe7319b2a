#!/usr/bin/env python3
"""Starts the host once and times it from launch, for cold-start.sh.

Usage: start-once.py PORT LOG_FILE -- COMMAND...

Prints one line: "READY_MS ANSWER_MS CPU_MS" (launch to the first 200 of /health/ready, launch to the answer of the
first GraphQL request, the host's user+system CPU until ready) and leaves the host running; its PID goes to stderr
as "pid N" so the caller can stop it.

Why a Python probe and not a curl loop: the probe runs beside the host on the same 2 cores. A curl process plus
a sleep process every 10 ms cost about 8 ms of CPU per poll (measured: 100 curls took 0.62 s of CPU), so the old loop
took roughly a third of a core away from the start-up it was timing. Here one process polls with a socket
connect every 5 ms; a refused connect costs microseconds. The clock starts after this interpreter is up.
"""
import http.client
import os
import socket
import subprocess
import sys
import time


def ready(port):
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", "/health/ready")
        status = connection.getresponse().status
        connection.close()
        return status == 200
    except (ConnectionError, socket.timeout, OSError):
        return False


def first_answer(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", "/graphql", body='{"query":"{ __typename }"}', headers={"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    connection.close()
    if response.status != 200:
        raise SystemExit(f"the first GraphQL request answered {response.status}")


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of /proc/PID/stat; after the ")" they are the 12th and 13th.
    return int((int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK"))


def main():
    port = int(sys.argv[1])
    log = open(sys.argv[2], "w")
    command = sys.argv[sys.argv.index("--") + 1:]
    start = time.monotonic_ns()
    host = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    print(f"pid {host.pid}", file=sys.stderr, flush=True)
    while not ready(port):
        if host.poll() is not None:
            raise SystemExit(f"the host exited during start-up with code {host.returncode}; see {sys.argv[2]}")
        time.sleep(0.005)
    ready_ms = (time.monotonic_ns() - start) // 1_000_000
    cpu = cpu_ms(host.pid)
    first_answer(port)
    answer_ms = (time.monotonic_ns() - start) // 1_000_000
    print(f"{ready_ms} {answer_ms} {cpu}", flush=True)


if __name__ == "__main__":
    main()
