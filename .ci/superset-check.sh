#!/usr/bin/env bash
# Proves the Superset bundle (bi/superset/bundle) works in a real Superset: installs the pinned
# apache-superset (bi/superset/requirements.txt) into its own environment, initialises it on SQLite
# metadata, imports the bundle, and runs every chart's query against PostgreSQL (one line each);
# then runs the SQL of every Metabase question (bi/metabase) the same way.
#
#   .ci/superset-check.sh OWNER_URL [MARTS_SCHEMA]
#
# OWNER_URL: a login that owns the application's tables, e.g. the demo's embedded database:
#   "$(cat "$ADT_DATA_DIR/embedded-postgres.url")" while `./adtelligent serve --demo` runs.
# With it the check makes (or updates) the BI read role, adtelligent_bi (bi/sql/read-role.sql), with a
# fresh password, and Superset logs in as that role, never as the owner.
# MARTS_SCHEMA (or ADT_BI_MARTS_SCHEMA; default analytics): where `dbt build` wrote the marts. Until
# it exists the marts' charts are listed as not run; ADT_BI_REQUIRE_MARTS=1 makes that a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

owner_url="${1:-${ADT_BI_OWNER_URL:-}}"
[ -n "$owner_url" ] || { echo "usage: $0 OWNER_URL [MARTS_SCHEMA]  (e.g. \"\$(cat \"\$ADT_DATA_DIR/embedded-postgres.url\")\")" >&2; exit 2; }
export ADT_BI_MARTS_SCHEMA="${2:-${ADT_BI_MARTS_SCHEMA:-analytics}}"
reader="${ADT_BI_READER:-adtelligent_bi}"
start=$SECONDS

# Superset 6.0 with pandas 2.1: Python 3.10 to 3.12.
python=""
for candidate in python3.11 python3.12 python3.10 python3; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(not (3, 10) <= sys.version_info[:2] <= (3, 12))' 2>/dev/null; then
    python="$(command -v "$candidate")"; break
  fi
done
[ -n "$python" ] || { echo "superset-check: needs Python 3.10, 3.11 or 3.12 (with venv) for apache-superset 6.0" >&2; exit 2; }

cache="${XDG_CACHE_HOME:-$HOME/.cache}/adtelligent"
venv="$cache/superset-venv-$(cat bi/superset/requirements.txt <("$python" -c 'import sys; print(sys.version_info[:2])') \
  | sha256sum | cut -c1-12)"
# A venv cannot be moved once made, so an interrupted install is recognised by its missing marker and redone.
if [ ! -f "$venv/.installed" ]; then
  echo "installing apache-superset into $venv (a few minutes, once)"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r bi/superset/requirements.txt
  touch "$venv/.installed"
fi

# Superset's SQLite metadata commits thousands of times while it migrates: in memory where possible.
work="$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)"
trap 'rm -rf "$work"' EXIT
log="$work/superset.log"
run() { # a step's own output goes to the log; shown when it fails
  if ! "$@" >>"$log" 2>&1; then tail -n 60 "$log"; echo "superset-check: failed: $*" >&2; exit 1; fi
}

# Superset's metadata in SQLite under a scratch SUPERSET_HOME; its session key and the admin's
# password exist only for this run.
export SUPERSET_HOME="$work/home" FLASK_APP=superset
export SUPERSET_SECRET_KEY="${SUPERSET_SECRET_KEY:-$("$python" -c 'import secrets; print(secrets.token_urlsafe(42))')}"
mkdir -p "$SUPERSET_HOME"

"$venv/bin/python" bi/superset/query_context.py --check

reader_password="$("$python" -c 'import secrets; print(secrets.token_urlsafe(24))')"
ADT_BI_READER="$reader" ADT_BI_PASSWORD="$reader_password" "$venv/bin/python" - "$owner_url" <<'PY'
import os, sys
import psycopg2
with psycopg2.connect(sys.argv[1]) as connection, connection.cursor() as cursor:
    cursor.execute("select set_config('adt.bi_reader', %s, false), set_config('adt.bi_password', %s, false),"
                   " set_config('adt.bi_marts_schema', %s, false)",
                   (os.environ["ADT_BI_READER"], os.environ["ADT_BI_PASSWORD"], os.environ["ADT_BI_MARTS_SCHEMA"]))
    cursor.execute(open("bi/sql/read-role.sql").read())
PY
ADT_BI_DATABASE_URL="$("$venv/bin/python" - "$owner_url" "$reader" <<'PY'
import sys
from urllib.parse import quote, urlsplit
parts = urlsplit(sys.argv[1])
host = parts.hostname + (f":{parts.port}" if parts.port else "")
print(f"postgresql://{quote(sys.argv[2], safe='')}@{host}{parts.path}")
PY
)"
export ADT_BI_DATABASE_URL ADT_BI_DATABASE_PASSWORD="$reader_password"
echo "read role $reader ready ($((SECONDS - start)) s)"

run "$venv/bin/superset" db upgrade
run "$venv/bin/superset" init
run "$venv/bin/superset" fab create-admin --username admin --firstname Bundle --lastname Check \
  --email admin@example.invalid --password "$("$python" -c 'import secrets; print(secrets.token_urlsafe(24))')"
echo "superset initialised on SQLite ($((SECONDS - start)) s)"

run "$venv/bin/python" bi/superset/import_bundle.py
grep '^imported ' "$log"

require=()
[ "${ADT_BI_REQUIRE_MARTS:-0}" = 1 ] && require=(--require-marts)
status=0
echo "Superset: each dataset and chart of the bundle"
"$venv/bin/python" bi/superset/check_charts.py "${require[@]}" 2>>"$log" || status=$?
echo "Metabase: each question of bi/metabase"
"$venv/bin/python" bi/metabase/check_sql.py "${require[@]}" || status=1
if [ "$status" != 0 ]; then echo "the end of Superset's log:"; tail -n 40 "$log"; fi
echo "superset-check: $((SECONDS - start)) s"
exit "$status"
