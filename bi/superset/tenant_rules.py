"""Limits Superset viewers to one tenant: a Superset role `tenant-<slug>` that may read the bundle's
datasets, and two row-level security rules of type Regular for it (tenant_id = '<id>' on every
dataset with a tenant_id, id = '<id>' on tenants). Put a tenant's viewers in that role and in Gamma
(never in Admin or SQL Lab roles: Superset's rules do not apply to SQL Lab). Run it with Superset's
own Python after import_bundle.py, again after each import that adds datasets:

    python bi/superset/tenant_rules.py acme 3f0c…-tenant-uuid
"""
import sys
import uuid as uuids
from pathlib import Path

import yaml

BUNDLE = Path(__file__).resolve().parent / "bundle"


def bundle_datasets(db, SqlaTable):
    found = []
    for path in sorted((BUNDLE / "datasets").rglob("*.yaml")):
        config = yaml.safe_load(path.read_text())
        dataset = db.session.query(SqlaTable).filter_by(uuid=config["uuid"]).one_or_none()
        if dataset is None:
            raise SystemExit(f"dataset {config['table_name']} is not imported: run import_bundle.py first")
        found.append(dataset)
    return found


def ensure_tenant_role(slug, tenant_id):
    """The role of one tenant's viewers, with its rules made or brought up to date; returns the role."""
    from superset import db, security_manager
    from superset.connectors.sqla.models import RowLevelSecurityFilter, SqlaTable

    tenant_id = str(uuids.UUID(tenant_id))  # refuses anything but a uuid: it goes into SQL
    role_name = f"tenant-{slug}"
    role = security_manager.find_role(role_name) or security_manager.add_role(role_name)
    datasets = bundle_datasets(db, SqlaTable)
    for dataset in datasets:
        security_manager.add_permission_role(
            role, security_manager.add_permission_view_menu("datasource_access", dataset.perm))
    scoped = [d for d in datasets if any(c.column_name == "tenant_id" for c in d.columns)]
    directory = [d for d in datasets if d.table_name == "tenants"]
    for suffix, clause, tables in (("rows", f"tenant_id = '{tenant_id}'", scoped),
                                   ("directory", f"id = '{tenant_id}'", directory)):
        name = f"{role_name}-{suffix}"
        rule = db.session.query(RowLevelSecurityFilter).filter_by(name=name).one_or_none()
        if rule is None:
            rule = RowLevelSecurityFilter(name=name)
            db.session.add(rule)
        rule.filter_type = "Regular"
        rule.clause = clause
        # Rules with one group key are or-ed: a viewer in the roles of two tenants sees both.
        rule.group_key = "tenant"
        rule.description = f"Viewers in {role_name} see tenant {tenant_id} only"
        rule.roles = [role]
        rule.tables = tables
    db.session.commit()
    return role


def main(argv):
    if len(argv) != 2:
        raise SystemExit(__doc__)
    from superset.app import create_app

    with create_app().app_context():
        role = ensure_tenant_role(argv[0], argv[1])
        print(f"role {role.name}: its rules limit it to tenant {argv[1]}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
