"""Runs every question of bi/metabase against PostgreSQL as the BI read role, twice: without its
optional filters and with all of them filled in (the first tenant, the last 90 days). One line per
question; exit 1 naming each that fails or answers no rows. Questions on the dbt marts are listed as
not run while the marts' schema (ADT_BI_MARTS_SCHEMA, default analytics) is missing, unless
--require-marts is given.

    ADT_BI_DATABASE_URL=postgresql://adtelligent_bi@host:5432/db ADT_BI_DATABASE_PASSWORD=… python bi/metabase/check_sql.py
"""
import os
import re
import sys
from pathlib import Path

import psycopg2

HERE = Path(__file__).resolve().parent
OPTIONAL = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def variants(sql, values):
    yield "without filters", OPTIONAL.sub("", sql), {}
    filled = OPTIONAL.sub(lambda m: VARIABLE.sub(lambda v: f"%({v.group(1)})s", m.group(1)), sql)
    yield "with every filter", filled, values


def main(require_marts):
    marts = os.environ.get("ADT_BI_MARTS_SCHEMA", "analytics")
    failures = []
    password = {"password": os.environ["ADT_BI_DATABASE_PASSWORD"]} if os.environ.get("ADT_BI_DATABASE_PASSWORD") else {}
    with psycopg2.connect(os.environ["ADT_BI_DATABASE_URL"], **password) as connection, connection.cursor() as cursor:
        cursor.execute("select id::text from tenants order by created_at limit 1")
        tenant = cursor.fetchone()
        cursor.execute("select exists (select from pg_namespace where nspname = %s)", (marts,))
        marts_exist = cursor.fetchone()[0]
        values = {"tenant_id": tenant[0] if tenant else "", "from": "1970-01-01", "to": "2999-12-31"}
        for path in sorted(HERE.glob("*.sql")):
            sql = path.read_text().replace("analytics.", f"{marts}.")
            if f"{marts}." in sql and not marts_exist:
                line = f"{path.name}: not run, schema {marts} not in the database (run dbt build first)"
                print(("FAIL " if require_marts else "---- ") + line)
                if require_marts:
                    failures.append(line)
                continue
            for name, text, parameters in variants(sql, values):
                try:
                    cursor.execute(text, parameters)
                    rows = len(cursor.fetchall())
                except psycopg2.Error as failure:
                    connection.rollback()
                    rows, error = 0, " ".join(str(failure).split())
                else:
                    error = None if rows or (f"{marts}." in sql and marts_empty(cursor, marts)) else "no rows"
                if error:
                    failures.append(f"{path.name} ({name}): {error}")
                    print(f"FAIL {path.name} ({name}): {error}")
            if not any(f.startswith(path.name) for f in failures):
                print(f"ok   {path.name}")
    if failures:
        print(f"{len(failures)} failed")
        return 1
    return 0


def marts_empty(cursor, marts):
    """No row in the marts at all: dbt built them from no Airbyte table (the demo's facts are the application's)."""
    cursor.execute("select not exists (select 1 from " + marts + ".mart_combined_metrics_daily)"
                   " and not exists (select 1 from " + marts + ".fct_ad_performance_daily)")
    return cursor.fetchone()[0]


if __name__ == "__main__":
    sys.exit(main("--require-marts" in sys.argv[1:]))
