#!/usr/bin/env python3
"""Upstream drift check: do our data contracts still match the Airbyte connectors they describe?

Downloads each connector version pinned in .ci/connectors.txt from PyPI (pip download --no-deps,
cached per version under ~/.cache/adtelligent/connectors), reads the schema it ships for each
contract's stream and checks that every field the contract declares exists there with a compatible
type, and that the primary key and cursor agree. A connector has several pinned versions; each is
checked against the shape the contract gives for it: its own (upstream.versions) or a variant's
(variants[].versions: the stream's older name, where renamed fields sat, which fields it lacks).
A pinned version that neither covers fails, and so does one that both cover ambiguously. Schemas live in three places: schemas/<stream>.json (Meta), a
declarative manifest.yaml (inline, or in a dynamic stream's parameters), or nowhere because the
connector builds them at run time (GA4's reports: only field names can be checked). Streams that
cannot be checked are listed with the reason, not failed. A mismatch exits 1, naming connector,
stream and field. Longer than our usual file: it is one self-contained CI step, stdlib + PyYAML.
"""
import functools
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

try:
    import yaml
except ImportError:
    sys.exit("contract-drift: PyYAML is needed to read connector manifests (pip install PyYAML)")

ROOT = Path(__file__).resolve().parent.parent
STREAMS = ROOT / "contracts/src/main/resources/net/adtelligent/contracts/streams"
PINS = ROOT / ".ci/connectors.txt"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "adtelligent" / "connectors"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def pinned():
    """Connector package -> its pinned versions, in the file's order."""
    pins = {}
    for line in PINS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins.setdefault(name.strip(), []).append(version.strip())
    return pins


def release(version):
    return tuple(int(part) for part in version.split("."))


def covers(spec, version):
    """Whether a version meets every comma-separated clause of spec (">=2.0,<5.0", "==4.1.4")."""
    ops = {"==": lambda a, b: a == b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b,
           "<": lambda a, b: a < b, ">": lambda a, b: a > b}
    for clause in spec.split(","):
        op = next(o for o in ("==", ">=", "<=", "<", ">") if clause.startswith(o))
        bound = release(clause[len(op):])
        mine = release(version)
        width = max(len(bound), len(mine))
        if not ops[op](mine + (0,) * (width - len(mine)), bound + (0,) * (width - len(bound))):
            return False
    return True


def shape_for(contract, version):
    """The variant that describes this connector version's records: None for the contract's own shape."""
    if covers(contract["upstream"]["versions"], version):
        return None
    found = [v for v in contract.get("variants", []) if covers(v["versions"], version)]
    return found[0] if found else False


def fetch(name, version):
    """The connector's unpacked wheel, downloaded once per version."""
    target = CACHE / f"{name}-{version}"
    if not target.is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
            download = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                                       "--no-deps", "--only-binary=:all:", "--dest", tmp, f"{name}=={version}"])
            if download.returncode != 0:
                sys.exit(f"contract-drift: cannot download {name}=={version} from PyPI (see pip's message above)")
            unpacked = Path(tmp) / "unpacked"
            zipfile.ZipFile(next(Path(tmp).glob("*.whl"))).extractall(unpacked)
            try:
                unpacked.rename(target)  # atomic: a half-unpacked wheel is never taken for a whole one
            except OSError:
                if not target.is_dir():  # else another run unpacked it first, which is as good
                    raise
    return next(p for p in target.iterdir() if p.is_dir() and not p.name.endswith((".dist-info", ".data")))


def resolve(root, node, depth=0):
    """Expands the manifest's references: "#/a/b" strings and {"$ref": ..., overrides} objects."""
    if depth > 80:
        return node
    if isinstance(node, str) and node.startswith("#/"):
        target = pointer(root, node)
        return node if target is None else resolve(root, target, depth + 1)
    if isinstance(node, dict):
        base = resolve(root, pointer(root, node["$ref"]), depth + 1) if "$ref" in node else None
        own = {k: resolve(root, v, depth + 1) for k, v in node.items() if k != "$ref"}
        if base is None or isinstance(base, dict):
            return {**(base or {}), **own}
        return base  # a reference to a list or a scalar (a primary key defined once, say)
    if isinstance(node, list):
        return [resolve(root, v, depth + 1) for v in node]
    return node


def pointer(root, ref):
    node = root
    for part in ref[2:].split("/"):
        if not isinstance(node, dict) or part not in node:
            return None  # a string that only looks like a reference
        node = node[part]
    return node


def file_schema(path):
    """A JSON schema file with its "$ref": "other.json" references (Meta's shared/) inlined."""
    def inline(node):
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str) and node["$ref"].endswith(".json"):
                found = next(path.parent.rglob(Path(node["$ref"]).name))
                return inline({**json.loads(found.read_text()), **{k: v for k, v in node.items() if k != "$ref"}})
            return {k: inline(v) for k, v in node.items()}
        return [inline(v) for v in node] if isinstance(node, list) else node
    return inline(json.loads(path.read_text()))


def upstream(package, stream, schema_file=None):
    """(schema, primary key, cursor, note): note says what could not be checked, or why nothing could.
    schema_file names the schema of older Python connectors that keep it under another name."""
    for name in filter(None, [schema_file, stream]):
        if (package / "schemas" / f"{name}.json").is_file():
            return file_schema(package / "schemas" / f"{name}.json"), None, None, "primary key and cursor are set in code"
    reports = package / "defaults" / "default_reports.json"
    if reports.is_file():  # GA4 before its manifest: report definitions, schema built at run time
        for report in json.loads(reports.read_text()):
            if report.get("name") == stream:
                schema, key, cursor, note = names_only({}, report)
                schema["properties"]["property_id"] = {"type": ["string"]}
                return schema, key, cursor, note
    if not (package / "manifest.yaml").is_file():
        return None, None, None, "the connector ships no schema file and no manifest"
    manifest = read_manifest(package / "manifest.yaml")
    for raw in manifest.get("streams", []):
        declared = resolve(manifest, raw)
        if (declared.get("name") or declared.get("$parameters", {}).get("name")) == stream:
            return from_loader(declared, declared.get("schema_loader") or {})
    for raw in manifest.get("dynamic_streams", []):
        resolver = resolve(manifest, raw).get("components_resolver", {})
        for entry in resolver.get("stream_parameters", {}).get("list_of_parameters_for_stream", []):
            if entry.get("name") == stream:
                return from_loader(entry, entry.get("schema_loader") or {})
        configs = resolver.get("stream_config", [])
        for config in configs if isinstance(configs, list) else [configs]:
            for report in config.get("default_values", []):
                if report.get("name") == stream:
                    return names_only(resolver, report)
    return None, None, None, "the stream is not in the connector's manifest"


@functools.lru_cache(maxsize=None)
def read_manifest(path):
    """Parsed once per connector: several contracts describe streams of the same one."""
    return yaml.load(path.read_text(), Loader=LOADER)


def from_loader(stream, loader):
    cursor = (stream.get("incremental_sync") or {}).get("cursor_field")
    if loader.get("type") == "InlineSchemaLoader":
        return loader["schema"], stream.get("primary_key"), cursor, None
    return None, None, None, f"its schema is built at run time ({loader.get('type', 'no schema loader')})"


def names_only(resolver, report):
    """GA4's reports: field names from the report definition, types from the property at run time."""
    added = re.findall(r'path:\s*\[\s*"(\w+)"\s*\]', json.dumps(resolver.get("components_mapping", [])).replace('\\"', '"'))
    props = {d: {"type": ["null", "string"]} for d in report.get("dimensions", [])}
    props.update({m: {} for m in report.get("metrics", [])})
    props.update({a: {} for a in added if a not in props})
    key = ["property_id"] + report.get("dimensions", [])
    return {"type": "object", "properties": props}, key, "date" if "date" in props else None, \
        "field names only: metric types come from the property's metadata at run time"


def types(schema):
    found = schema.get("type", [])
    found = set([found] if isinstance(found, str) else found)
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        found |= types(option)
    return found - {"null"}


def compatible(ours, theirs):
    """Whether every non-null type the connector declares is one the contract accepts."""
    accepted = set([ours["type"]] if isinstance(ours["type"], str) else ours["type"])
    def fits(t):
        return t in accepted or (t == "integer" and "number" in accepted) or \
            (t == "string" and ours.get("x-numeric-string", False) and bool(accepted & {"number", "integer"}))
    return all(fits(t) for t in theirs)


def compare(ours, theirs, path, problems, root, variant):
    for name, rule in ours.get("properties", {}).items():
        where = f"{path}/{name}"
        found = (theirs.get("properties") or {}).get(name)
        if found is None:
            alternatives = [at(root, a) for a in variant.get("fields", {}).get(where, [])]
            found = next((a for a in alternatives if a is not None), None)
        if found is None:
            if where not in variant.get("optional", []):
                problems.append(f"field {where}: not in the connector's schema")
            continue
        if types(found) and not compatible(rule, types(found)):
            problems.append(f"field {where}: the contract expects {rule['type']}, the connector declares {sorted(types(found))}")
        compare(rule, found, where, problems, root, variant)
        if "items" in rule:
            compare(rule["items"], found.get("items") or {}, where + "/0", problems, root, variant)


def check(contract, package, variant):
    variant = variant or {}
    stream = variant.get("stream") or contract["upstream"]["stream"]
    schema, key, cursor, note = upstream(package, stream, variant.get("upstream_schema"))
    if schema is None:
        return [], f"not checkable: {note}"
    problems = []
    compare(contract["schema"], schema, "", problems, schema, variant)
    ours_key = [theirs_name(p, schema, variant) for p in contract["primary_key"]]
    ours_key = [p for p in ours_key if p is not None]
    theirs_key = [key] if isinstance(key, str) else key
    # An older version may key on fewer fields: later versions added fields to the key, and the
    # contract's key, read from the reshaped record, still tells its records apart.
    if key is not None and (not set(theirs_key) <= set(ours_key) if variant else sorted(ours_key) != sorted(theirs_key)):
        problems.append(f"primary key: the contract has {ours_key}, the connector {key}")
    ours_cursor = theirs_name(contract["cursor"], schema, variant) if contract["cursor"] else None
    if cursor is not None and ours_cursor != cursor:
        problems.append(f"cursor: the contract has {ours_cursor}, the connector {cursor}")
    return problems, note


def at(schema, pointer):
    """The connector's schema of the value a JSON pointer reaches (/pivotValues/0), or None."""
    node = schema
    for part in pointer.lstrip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if part.isdigit() and isinstance(node.get("items"), dict):
            node = node["items"]
        elif part in (node.get("properties") or {}):
            node = node["properties"][part]
        else:
            return None
    return node


def theirs_name(pointer, schema, variant):
    """What the connector calls a field of the contract: its own name, a variant's alternative, or None if it lacks it."""
    if at(schema, pointer) is not None:
        return pointer.lstrip("/")
    for alternative in variant.get("fields", {}).get(pointer, []):
        if at(schema, alternative) is not None:
            return alternative.lstrip("/")
    return None if pointer in variant.get("optional", []) else pointer.lstrip("/")


def main():
    pins, failed = pinned(), False
    index = [l.strip() for l in (STREAMS / "index.txt").read_text().splitlines() if l.strip() and not l.startswith("#")]
    for name in index:
        contract = json.loads((STREAMS / name).read_text())
        if not contract.get("upstream"):
            print(f"{contract['stream']}: no upstream connector (our own format)")
            continue
        connector = contract["upstream"]["package"]
        if connector not in pins:
            print(f"{contract['stream']}: FAIL connector {connector} is not pinned in {PINS.name}")
            failed = True
            continue
        for version in pins[connector]:
            variant = shape_for(contract, version)
            label = f"{connector}=={version}"
            if variant is False:
                known = [contract["upstream"]["versions"]] + [v["versions"] for v in contract.get("variants", [])]
                print(f"{contract['stream']}: FAIL {label} is pinned, but the contract covers only {' or '.join(known)}")
                failed = True
                continue
            shape = f"variant \"{variant['name']}\"" if variant else "own shape"
            label += f" stream {(variant or {}).get('stream') or contract['upstream']['stream']} ({shape})"
            problems, note = check(contract, fetch(connector, version), variant)
            for problem in problems:
                print(f"{contract['stream']}: FAIL {label}: {problem}")
            print(f"{contract['stream']}: {'FAIL' if problems else 'ok'} against {label}" + (f" ({note})" if note else ""))
            failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
