#!/usr/bin/env python3
"""Runs Jekyll's behaviour scenarios (../shared/conformance) against the hyde binary
and checks the failures against the reviewed list in .ci/conformance-known-failures.txt
(`scenario-id — reason` lines). Fails on a failure not in the list, and on a listed
scenario that now passes (so the list only shrinks). Standard library only."""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    hyde = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "debug", "hyde")
    runner = os.path.join(ROOT, "..", "shared", "conformance", "run.py")
    if not os.path.exists(runner):
        print(f"conformance: {runner} is missing", file=sys.stderr)
        return 1
    known = {}
    with open(os.path.join(HERE, "conformance-known-failures.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                sid, _, reason = line.partition(" — ")
                known[sid.strip()] = reason.strip()
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        subprocess.run([sys.executable, runner, "--impl", hyde, "--json-report", report],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
    failed = {r["id"]: r.get("reason", "") for r in data["results"] if r["status"] == "fail"}
    unexpected = sorted(set(failed) - set(known))
    stale = sorted(set(known) - set(failed))
    s = data["summary"]
    for sid in unexpected:
        print(f"conformance: unexpected failure {sid}: {failed[sid]}")
    for sid in stale:
        print(f"conformance: {sid} is listed as a known failure but passes now")
    print(f"conformance: {len(known)} known failures listed in .ci/conformance-known-failures.txt")
    print(f"conformance: {s['passed']} passed, {s['failed']} failed, {s['skipped']} skipped")
    return 1 if unexpected or stale else 0


if __name__ == "__main__":
    sys.exit(main())
