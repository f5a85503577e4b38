"""Checks the Airbyte adapter's stub answers against Airbyte's own published API models.

Each JSON body under adapters/airbyte/src/test/resources/airbyte-stubs is loaded into the
airbyte_api model its name says (pinned in .ci/requirements.txt) with the package's own
unmarshalling, so a missing required field or a wrong type fails; fields the model does not
know fail too (the models accept them silently), so a stub cannot drift into an answer Airbyte
never gives. Bodies Airbyte's models do not describe are listed with a reason.
"""
import json
import pathlib
import sys
import typing

import pydantic
from airbyte_api import models
from airbyte_api.utils import unmarshal, unmarshal_json

STUBS = pathlib.Path("adapters/airbyte/src/test/resources/airbyte-stubs")
MODELS = {  # file name prefix -> model (first match wins: longer prefixes first)
    "request-source-create": models.SourceCreateRequest,
    "request-connection-create": models.ConnectionCreateRequest,
    "request-connection-patch": models.ConnectionPatchRequest,
    "source": models.SourceResponse,
    "connections-page": models.ConnectionsResponse,
    "connection": models.ConnectionResponse,
    "destination": models.DestinationResponse,
    "jobs-page": models.JobsResponse,
    "job-": models.JobResponse,
    "workspace": models.WorkspaceResponse,
}
NOT_MODELLED = {
    "token": "POST /applications/token answers OAuth fields, not an airbyte_api model",
    "problem-": "error answers are problem+json, not an airbyte_api model",
    "malformed": "deliberately not JSON",
}
TOKEN_FIELDS = {"access_token", "token_type", "expires_in"}


def unknown_fields(value, raw, path="$"):
    """Paths of keys in raw that the parsed model has no field for (by alias or name)."""
    found = []
    if isinstance(value, pydantic.BaseModel) and isinstance(raw, dict):
        fields = type(value).model_fields
        known = {f.alias or n for n, f in fields.items()} | set(fields)
        by_key = {(f.alias or n): n for n, f in fields.items()}
        extra = getattr(value, "model_extra", None) or {}
        for key, item in raw.items():
            if key not in known and key not in extra:
                found.append(f"{path}.{key}")
            elif key in by_key:
                found += unknown_fields(getattr(value, by_key[key]), item, f"{path}.{key}")
    elif isinstance(value, list) and isinstance(raw, list):
        for i, (item, raw_item) in enumerate(zip(value, raw)):
            found += unknown_fields(item, raw_item, f"{path}[{i}]")
    return found


def with_configuration(raw, model, union, kind):
    """A model whose configuration is one member of the union of source connectors, read as the
    one its sourceType names, for the reason source_response gives."""
    kind_value = raw.get("configuration", {}).get(kind)
    members = typing.get_args(getattr(union, "__value__", union))
    field = kind.upper().replace("TYPE", "_TYPE")
    connector = next((m for m in members
                      if getattr(getattr(m.model_fields.get(field), "default", None), "value", None) == kind_value),
                     None)
    if connector is None:
        raise ValueError(f"no connector model has {kind} {kind_value!r}")
    configuration = unmarshal(raw["configuration"], connector)
    return unmarshal({**raw, "configuration": configuration}, model)


def source_response(raw):
    """SourceResponse with its configuration read as the connector its sourceType names.

    The package's union of every connector's configuration stops at the first member whose
    discriminator is absent (e.g. another connector's credentials.auth_type) instead of trying
    the rest, so the configuration is first read into the one connector model it claims to be.
    """
    source_type = raw.get("configuration", {}).get("sourceType")
    members = typing.get_args(getattr(models.SourceConfiguration, "__value__", models.SourceConfiguration))
    connector = next((m for m in members
                      if getattr(getattr(m.model_fields.get("SOURCE_TYPE"), "default", None), "value", None) == source_type),
                     None)
    if connector is None:
        raise ValueError(f"no connector model has sourceType {source_type!r}")
    configuration = unmarshal(raw["configuration"], connector)
    return unmarshal({**raw, "configuration": configuration}, models.SourceResponse)


def check(path):
    name = path.name
    if name.startswith("token"):
        keys = set(json.loads(path.read_text()))
        return [] if keys == TOKEN_FIELDS else [f"{name}: token answer has {sorted(keys)}, expected {sorted(TOKEN_FIELDS)}"]
    if any(name.startswith(prefix) for prefix in NOT_MODELLED):
        return []
    model = next((m for prefix, m in MODELS.items() if name.startswith(prefix)), None)
    if model is None:
        return [f"{name}: no airbyte_api model is mapped to this name (add it to MODELS or NOT_MODELLED)"]
    text = path.read_text()
    try:
        if model is models.SourceResponse:
            parsed = source_response(json.loads(text))
        elif model is models.SourceCreateRequest:
            parsed = with_configuration(json.loads(text), model, models.SourceConfiguration, "sourceType")
        else:
            parsed = unmarshal_json(text, model)
    except Exception as failure:  # pydantic's ValidationError or a JSON error: both mean drift
        # a union (a source's configuration) lists every member's complaint: the first lines say enough
        lines = str(failure).splitlines()
        return [f"{name}: not a valid {model.__name__}: " + "\n  ".join(lines[:12])]
    extra = unknown_fields(parsed, json.loads(text))
    return [f"{name}: {model.__name__} has no field {field}" for field in extra]


def main(directory):
    stubs = sorted(pathlib.Path(directory).glob("*.json"))
    if not stubs:
        print(f"no stubs under {directory}")
        return 1
    problems = [problem for stub in stubs for problem in check(stub)]
    for problem in problems:
        print(problem)
    print(f"{len(stubs)} stub bodies checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else STUBS))
