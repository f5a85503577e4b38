"""Fails when a detect-secrets scan finds a secret the committed baseline does not list.

Compares (file, hashed secret) pairs only, so a known placeholder that moved to another line is
not a new finding. Usage: python3 .ci/new-secrets.py SCAN.json .secrets.baseline
"""
import json
import sys


def findings(path):
    with open(path, encoding="utf-8") as handle:
        results = json.load(handle)["results"]
    return {(name, item["hashed_secret"]): (item["type"], item["line_number"])
            for name, items in results.items() for item in items}


scan, baseline = findings(sys.argv[1]), findings(sys.argv[2])
new = sorted(set(scan) - set(baseline))
for name, hashed in new:
    kind, line = scan[(name, hashed)]
    print(f"new secret: {name}:{line} ({kind})")
if new:
    print("Remove it, or, if it is a placeholder, audit and re-create the baseline:\n"
          "  git ls-files -z -- . ':!.secrets.baseline' | xargs -0 detect-secrets scan > .secrets.baseline")
    sys.exit(1)
print(f"no new secrets ({len(scan)} known placeholders)")
