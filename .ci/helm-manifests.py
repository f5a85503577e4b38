#!/usr/bin/env python3
"""Checks manifests rendered by `helm template deploy/helm/adtelligent`: the probes on the two
health routes, a non-root security context on every pod, and no secret value inlined.

    helm template adtelligent deploy/helm/adtelligent -f values-small.yaml > rendered.yaml
    python3 .ci/helm-manifests.py rendered.yaml

Exits 1 naming every problem found, 0 when there is none. Needs PyYAML (CI's venv has it).
"""
import re
import sys

import yaml

LIVE = "/api/health/live/"
READY = "/api/health/ready/"
# Names of settings that carry a secret (docs/security.md, "Where secrets live"): they may reach a
# container only through a Secret's key.
SENSITIVE = re.compile(r"(SECRET|TOKEN|PASSWORD|_KEY|_KEYS|DATABASE_URL)")
# A URL with a password in it, wherever it stands.
URL_WITH_PASSWORD = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@")
KINDS = {"Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget",
         "Job", "CronJob", "NetworkPolicy"}


def pod_spec(doc):
    kind = doc.get("kind")
    spec = doc.get("spec") or {}
    if kind in ("Deployment", "StatefulSet", "DaemonSet", "Job"):
        return (spec.get("template") or {}).get("spec")
    if kind == "CronJob":
        return ((spec.get("jobTemplate") or {}).get("spec") or {}).get("template", {}).get("spec")
    return None


def probe_path(container, probe):
    return (((container.get(probe) or {}).get("httpGet")) or {}).get("path")


def check_probes(name, containers, problems):
    for c in containers:
        where = f"{name}, container {c.get('name')}"
        if probe_path(c, "livenessProbe") != LIVE:
            problems.append(f"{where}: livenessProbe must GET {LIVE}, found {probe_path(c, 'livenessProbe')!r}")
        if probe_path(c, "readinessProbe") != READY:
            problems.append(f"{where}: readinessProbe must GET {READY}, found {probe_path(c, 'readinessProbe')!r}")
        if probe_path(c, "startupProbe") not in (None, LIVE):
            problems.append(f"{where}: startupProbe must GET {LIVE} (the database may be away at start)")


def check_security(name, spec, problems):
    pod = spec.get("securityContext") or {}
    for c in spec.get("containers", []) + spec.get("initContainers", []):
        where = f"{name}, container {c.get('name')}"
        own = c.get("securityContext") or {}
        non_root = own.get("runAsNonRoot", pod.get("runAsNonRoot"))
        user = own.get("runAsUser", pod.get("runAsUser"))
        if non_root is not True:
            problems.append(f"{where}: runAsNonRoot must be true (pod or container securityContext)")
        if user is None or user == 0:
            problems.append(f"{where}: runAsUser must be a non-zero uid (the image's is 10001), found {user!r}")
        if own.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{where}: allowPrivilegeEscalation must be false")
        if "ALL" not in ((own.get("capabilities") or {}).get("drop") or []):
            problems.append(f"{where}: capabilities must drop ALL")
        if own.get("privileged"):
            problems.append(f"{where}: must not be privileged")


def check_env(name, spec, problems):
    for c in spec.get("containers", []) + spec.get("initContainers", []):
        for env in c.get("env") or []:
            var = env.get("name", "")
            where = f"{name}, container {c.get('name')}, env {var}"
            if SENSITIVE.search(var):
                if "value" in env:
                    problems.append(f"{where}: a secret setting has an inline value; take it from a Secret (secretKeyRef)")
                elif not ((env.get("valueFrom") or {}).get("secretKeyRef")):
                    problems.append(f"{where}: a secret setting must come from valueFrom.secretKeyRef")
        for source in c.get("envFrom") or []:
            if "configMapRef" in source:
                problems.append(f"{name}, container {c.get('name')}: envFrom a ConfigMap could carry secrets; list settings one by one")


def strings(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from strings(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def check(docs):
    problems = []
    kinds = set()
    for doc in docs:
        kind = doc.get("kind")
        name = f"{kind} {doc.get('metadata', {}).get('name')}"
        kinds.add(kind)
        if kind == "Secret":
            problems.append(f"{name}: the chart must not create Secrets (it refers to Secrets made beforehand)")
        if kind == "ConfigMap":
            for key in (doc.get("data") or {}):
                if SENSITIVE.search(key):
                    problems.append(f"{name}: key {key} looks like a secret; take it from a Secret")
        for path, text in strings(doc):
            if URL_WITH_PASSWORD.search(text):
                problems.append(f"{name}: {path} holds a URL with a password")
        spec = pod_spec(doc)
        if spec is None:
            continue
        check_security(name, spec, problems)
        check_env(name, spec, problems)
        if kind == "Deployment":
            check_probes(name, spec.get("containers", []), problems)
        if kind == "Job":
            hooks = (doc.get("metadata", {}).get("annotations") or {}).get("helm.sh/hook", "")
            if {"pre-install", "pre-upgrade"} - set(hooks.split(",")):
                problems.append(f"{name}: the migration Job must be a pre-install,pre-upgrade hook, found {hooks!r}")
    for missing in sorted(KINDS - kinds):
        problems.append(f"no {missing} rendered")
    return problems


def main(paths):
    if not paths:
        print("usage: helm-manifests.py RENDERED.yaml [...]", file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as f:
            docs = [d for d in yaml.safe_load_all(f) if d]
        problems = check(docs)
        if problems:
            failed = True
            print(f"{path}: {len(problems)} problem(s) in {len(docs)} manifests:")
            for problem in problems:
                print(f"  - {problem}")
        else:
            print(f"{path}: {len(docs)} manifests; probes, non-root security contexts and secret references as they should be")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
