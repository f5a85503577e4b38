"""Imports the bundle (bi/superset/bundle) into Superset: the database connection, every dataset
(those of the dbt marts too, which no chart of the dashboard may use), the charts and the dashboard.
Run it with Superset's own Python, after `superset db upgrade` and `superset init`:

    ADT_BI_DATABASE_URL=postgresql://adtelligent_bi@db.internal:5432/adtelligent \
    ADT_BI_DATABASE_PASSWORD="$(cat /run/secrets/bi-password)" \
      python bi/superset/import_bundle.py

The bundle keeps no credentials: the connection's URL comes from ADT_BI_DATABASE_URL (the read
role of bi/sql/read-role.sql), its password from ADT_BI_DATABASE_PASSWORD (or the URL), the schemas from ADT_BI_APP_SCHEMA (default public) and
ADT_BI_MARTS_SCHEMA (default analytics), the Superset user who owns what is imported from
ADT_BI_SUPERSET_USER (default admin). Importing again overwrites the bundle's objects (matched by
their uuid) and leaves everything else alone. See bi/README.md.
"""
import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

BUNDLE = Path(__file__).resolve().parent / "bundle"
MASK = "XXXXXXXXXX"  # Superset's mask for a password it does not show
APP_SCHEMA_IN_BUNDLE = "public"
MARTS_SCHEMA_IN_BUNDLE = "analytics"


def connection(url, password=None):
    """A libpq URL (and the password, when the URL has none) -> (Superset's URI, password masked; the password)."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres", "postgresql+psycopg2") or not parts.hostname:
        raise SystemExit("ADT_BI_DATABASE_URL must look like postgresql://USER@HOST:5432/DATABASE")
    if not parts.username:
        raise SystemExit("ADT_BI_DATABASE_URL names no user: use the read role of bi/sql/read-role.sql")
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    query = f"?{parts.query}" if parts.query else ""
    password = password or unquote(parts.password or "")
    login = parts.username + (f":{MASK}" if password else "")
    return f"postgresql+psycopg2://{login}@{host}{parts.path}{query}", password


def contents(url, password, app_schema, marts_schema):
    """The bundle's files as Superset's importer reads them, the connection and schemas filled in."""
    uri, password = connection(url, password)
    files, passwords = {}, {}
    for path in sorted(BUNDLE.rglob("*.yaml")):
        name = path.relative_to(BUNDLE).as_posix()
        text = path.read_text()
        if name.startswith("databases/"):
            config = yaml.safe_load(text)
            config["sqlalchemy_uri"] = uri
            text = yaml.safe_dump(config, sort_keys=False)
            if password:
                passwords[name] = password
        elif name.startswith("datasets/"):
            config = yaml.safe_load(text)
            config["schema"] = {APP_SCHEMA_IN_BUNDLE: app_schema, MARTS_SCHEMA_IN_BUNDLE: marts_schema}[config["schema"]]
            text = yaml.safe_dump(config, sort_keys=False)
        files[name] = text
    return files, passwords


def main():
    url = os.environ.get("ADT_BI_DATABASE_URL")
    if not url:
        raise SystemExit("set ADT_BI_DATABASE_URL (postgresql://USER@HOST:5432/DATABASE, the BI read role)")
    files, passwords = contents(url, os.environ.get("ADT_BI_DATABASE_PASSWORD"), os.environ.get("ADT_BI_APP_SCHEMA", APP_SCHEMA_IN_BUNDLE),
                                os.environ.get("ADT_BI_MARTS_SCHEMA", MARTS_SCHEMA_IN_BUNDLE))
    username = os.environ.get("ADT_BI_SUPERSET_USER", "admin")

    from superset.app import create_app

    app = create_app()
    with app.app_context():
        from superset import security_manager
        from superset.commands.importers.v1.assets import ImportAssetsCommand
        from superset.utils.core import override_user

        user = security_manager.find_user(username=username)
        if user is None:
            raise SystemExit(f"no Superset user {username!r}: create it, or set ADT_BI_SUPERSET_USER")
        with override_user(user):
            try:
                ImportAssetsCommand(files, passwords=passwords).run()
            except Exception as failure:  # the command wraps every cause; say it in full
                details = getattr(failure, "normalized_messages", lambda: None)()
                raise SystemExit(f"the import failed: {failure} {details or ''}".strip()) from failure
    kinds = ("databases", "datasets", "charts", "dashboards")
    print("imported " + ", ".join(f"{sum(n.startswith(k + '/') for n in files)} {k}" for k in kinds))


if __name__ == "__main__":
    sys.exit(main())
