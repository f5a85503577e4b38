"""After import_bundle.py: runs every chart of the bundle through Superset itself (the chart's saved
query context, as Superset's cache warm-up and reports run it) against the database, and checks
every dataset's columns against the table or query behind it. One line per dataset and chart;
exit 1 when any fails, naming it.

    python bi/superset/check_charts.py [--require-marts]

A chart must answer without an error and with at least one row (the demo tenant has a year of every
dataset). Datasets in the marts' schema (ADT_BI_MARTS_SCHEMA, default analytics) exist only after
`dbt build`: while that schema is missing, their charts are listed as not run and do not fail the
check, unless --require-marts is given.
"""
import os
import sys
import uuid as uuids
from pathlib import Path

import yaml

BUNDLE = Path(__file__).resolve().parent / "bundle"


def bundle_uuids(kind):
    return [yaml.safe_load(p.read_text())["uuid"] for p in sorted((BUNDLE / kind).rglob("*.yaml"))]


def main(require_marts):
    marts_schema = os.environ.get("ADT_BI_MARTS_SCHEMA", "analytics")
    from superset.app import create_app

    app = create_app()
    failures, not_run, rendered = [], [], []
    with app.app_context():
        from superset import db, security_manager
        from superset.commands.chart.data.get_data_command import ChartDataCommand
        from superset.connectors.sqla.models import SqlaTable
        from superset.models.dashboard import Dashboard
        from superset.models.slice import Slice
        from superset.utils.core import override_user

        user = security_manager.find_user(username=os.environ.get("ADT_BI_SUPERSET_USER", "admin"))
        with override_user(user):
            database = None
            absent_schemas = set()
            for uuid in bundle_uuids("datasets"):
                dataset = db.session.query(SqlaTable).filter_by(uuid=uuid).one_or_none()
                if dataset is None:
                    failures.append(f"dataset {uuid}: not imported")
                    continue
                database = dataset.database
                name = f"{dataset.schema}.{dataset.table_name}"
                with database.get_sqla_engine() as engine:
                    schemas = set(engine.dialect.get_schema_names(engine.connect()))
                if dataset.schema not in schemas:
                    absent_schemas.add(dataset.schema)
                    line = f"dataset {name}: imported; schema {dataset.schema} not in the database, columns not checked"
                    (failures if require_marts or dataset.schema != marts_schema else not_run).append(line)
                    print(("FAIL " if require_marts else "---- ") + line)
                    continue
                try:
                    actual = {column["column_name"] for column in dataset.external_metadata()}
                except Exception as failure:  # noqa: BLE001 - any failure is reported, named
                    failures.append(f"dataset {name}: {one_line(failure)}")
                    print(f"FAIL dataset {name}: {one_line(failure)}")
                    continue
                declared = {c.column_name for c in dataset.columns if not c.expression}
                missing = sorted(declared - actual)
                if missing:
                    failures.append(f"dataset {name}: no column {', '.join(missing)} in the database")
                    print(f"FAIL dataset {name}: no column {', '.join(missing)} in the database")
                else:
                    print(f"ok   dataset {name}: {len(declared)} columns present")

            if database is not None:
                problem = connection_problem(database, os.environ.get("ADT_BI_DATABASE_URL"))
                if problem:
                    failures.append(f"database {database.database_name}: {problem}")
                print(("FAIL " if problem else "ok   ") + f"database {database.database_name}: "
                      + (problem or "the login and host of ADT_BI_DATABASE_URL, the password given"))

            for uuid in bundle_uuids("charts"):
                chart = db.session.query(Slice).filter_by(uuid=uuid).one_or_none()
                if chart is None:
                    failures.append(f"chart {uuid}: not imported")
                    continue
                label = f"chart {chart.slice_name!r} ({chart.table.schema}.{chart.table.table_name})"
                if chart.table.schema in absent_schemas:
                    line = f"{label}: not run, schema {chart.table.schema} not in the database (run dbt build first)"
                    if require_marts or chart.table.schema != marts_schema:
                        failures.append(line)
                        print("FAIL " + line)
                    else:
                        not_run.append(line)
                        print("---- " + line)
                    continue
                error, rows = run(chart, ChartDataCommand)
                if error is None and not rows:
                    if chart.table.schema == marts_schema and table_empty(chart.table):
                        # The demo's facts are in the application's tables, and dbt's marts are built from
                        # Airbyte's: on the demo database they exist, typed, with no row to show.
                        print(f"ok   {label}: ran; the mart has no rows in this database (no Airbyte tables)")
                        continue
                    error = "no rows (the demo tenant has data for every chart: a filter or a column is wrong)"
                if not error:
                    rendered.append(chart)
                if error:
                    failures.append(f"{label}: {error}")
                    print(f"FAIL {label}: {error}")
                else:
                    print(f"ok   {label}")

            if rendered:
                failures += tenant_rule_problems(rendered, ChartDataCommand)

            for uuid in bundle_uuids("dashboards"):
                dashboard = db.session.query(Dashboard).filter_by(uuid=uuid).one_or_none()
                charts = len(dashboard.slices) if dashboard else 0
                if charts != len(bundle_uuids("charts")):
                    failures.append(f"dashboard {uuid}: {charts} charts, not {len(bundle_uuids('charts'))}")
                    print(f"FAIL dashboard {uuid}: {charts} charts")
                else:
                    print(f"ok   dashboard {dashboard.dashboard_title!r}: {charts} charts")

    if not_run:
        print(f"{len(not_run)} not run: the marts' schema {marts_schema!r} does not exist yet (dbt build)")
    if failures:
        print(f"{len(failures)} failed:\n  " + "\n  ".join(failures))
        return 1
    return 0


def connection_problem(database, url):
    """The imported connection must be ADT_BI_DATABASE_URL's (a server that trusts loopback logins would hide a wrong password)."""
    if not url:
        return None
    from urllib.parse import unquote, urlsplit

    wanted = urlsplit(url)
    actual = database.url_object
    password = os.environ.get("ADT_BI_DATABASE_PASSWORD") or unquote(wanted.password or "")
    expected = (wanted.username, wanted.hostname, wanted.port or 5432, wanted.path.lstrip("/"), password)
    found = (actual.username, actual.host, actual.port or 5432, actual.database, database.password or "")
    if expected[:4] != found[:4]:
        return f"connects as {found[0]}@{found[1]}:{found[2]}/{found[3]}, not as ADT_BI_DATABASE_URL says"
    if expected[4] != found[4]:
        return "its password is not the one given (ADT_BI_DATABASE_PASSWORD)"
    return None


def table_empty(table):
    """Whether the chart's table holds no row at all (as opposed to a filter that finds none)."""
    with table.database.get_sqla_engine() as engine, engine.connect() as connection:
        from sqlalchemy import text

        quoted = engine.dialect.identifier_preparer
        name = f"{quoted.quote(table.schema)}.{quoted.quote(table.table_name)}"
        return connection.execute(text(f"select not exists (select 1 from {name})")).scalar()


def run(chart, command_class):
    """(error or None, rows) of the chart's saved query context, as the current user."""
    context = chart.get_query_context()
    if context is None:
        return "no query context saved (bi/superset/query_context.py --write)", 0
    context.force = True
    try:
        command = command_class(context)
        command.validate()
        payload = command.run()
    except Exception as failure:  # noqa: BLE001 - any failure is reported, named
        return one_line(failure), 0
    for result in payload["queries"]:
        if result.get("error"):
            return one_line(result["error"]), 0
    return None, min(result.get("rowcount") or 0 for result in payload["queries"])


def tenant_rule_problems(charts, command_class):
    """The rules of tenant_rules.py, as a viewer in Gamma and a tenant's role: every chart shows the
    tenant's rows, and none for a tenant that does not exist."""
    from superset import db, security_manager
    from superset.utils.core import override_user
    from sqlalchemy import text

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from tenant_rules import ensure_tenant_role

    with charts[0].table.database.get_sqla_engine() as engine, engine.connect() as connection:
        tenant = connection.execute(text("select id::text from tenants order by created_at limit 1")).scalar()
    problems = []
    for tenant_id, expect_rows in ((tenant, True), ("00000000-0000-4000-8000-000000000000", False)):
        role = ensure_tenant_role("bundle-check", tenant_id)
        viewer = security_manager.find_user(username="bundle-check-viewer") or security_manager.add_user(
            "bundle-check-viewer", "Bundle", "Viewer", "viewer@example.invalid",
            [security_manager.find_role("Gamma"), role], password=str(uuids.uuid4()))
        for chart in charts:
            db.session.expire_all()
            with override_user(viewer):
                error, rows = run(chart, command_class)
            wrong = error or (None if bool(rows) == expect_rows else
                              f"{rows} rows for tenant {tenant_id} under its row-level security rules")
            if wrong:
                problems.append(f"chart {chart.slice_name!r} as a tenant's viewer: {wrong}")
                print(f"FAIL chart {chart.slice_name!r} as a tenant's viewer: {wrong}")
    if not problems:
        print(f"ok   tenant rules (tenant_rules.py): {len(charts)} charts show one tenant's rows to its viewers, "
              "none of another's")
    return problems


def one_line(failure):
    text = str(failure).strip() or type(failure).__name__
    return " ".join(text.split())[:400]


if __name__ == "__main__":
    sys.exit(main("--require-marts" in sys.argv[1:]))
