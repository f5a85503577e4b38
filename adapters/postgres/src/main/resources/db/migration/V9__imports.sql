-- CSV imports: one row per uploaded file and its way to the facts (ImportJob). The file itself is
-- in the upload storage, not here. Tenant-scoped and row-level-secured through
-- adt_enable_tenant_isolation like every tenant-scoped table.
--
-- The proposed and the chosen mapping and the report are jsonb documents that the adapter writes
-- and reads whole (PostgresImportJobStore, ImportJobJson); nothing queries into them, so columns
-- of their own would buy only migrations. The checks repeat the rules of ImportJob, so a
-- hand-written row cannot be a state the code would never make.
--
-- duplicate_of names an earlier import of the same tenant: the foreign key includes tenant_id,
-- as key checks bypass row-level security and would otherwise accept another tenant's import.
-- The service reads, adds and updates imports, never deletes them (no grant delete).
create table import_jobs (
    id           uuid primary key,
    tenant_id    uuid not null references tenants (id),
    file_name    text not null,
    bytes        bigint not null constraint import_jobs_bytes_not_negative check (bytes >= 0),
    -- As UploadStorage computes it: lower-case hex.
    sha256       text collate "C" not null constraint import_jobs_sha256_hex check (sha256 ~ '^[0-9a-f]{64}$'),
    headers      text[] not null,
    delimiter    text not null constraint import_jobs_one_delimiter check (char_length(delimiter) = 1),
    proposed     jsonb not null constraint import_jobs_proposed_object check (jsonb_typeof(proposed) = 'object'),
    status       text not null
                 constraint import_jobs_status_known check (status in ('uploaded', 'invalid', 'ready', 'committed')),
    mapping      jsonb constraint import_jobs_mapping_object check (jsonb_typeof(mapping) = 'object'),
    report       jsonb constraint import_jobs_report_object check (jsonb_typeof(report) = 'object'),
    duplicate_of uuid,
    -- None for imports run from the command line.
    uploaded_by  uuid references users (id),
    uploaded_at  timestamptz not null,
    committed_at timestamptz,
    constraint import_jobs_mapped_with_report
        check (status = 'uploaded' or (mapping is not null and report is not null)),
    constraint import_jobs_commit_time_when_committed check ((status = 'committed') = (committed_at is not null)),
    constraint import_jobs_tenant_and_id unique (tenant_id, id),
    constraint import_jobs_duplicate_in_tenant
        foreign key (tenant_id, duplicate_of) references import_jobs (tenant_id, id)
);
-- An upload asks whether the tenant committed the same bytes before.
create index import_jobs_content on import_jobs (tenant_id, sha256);
select adt_enable_tenant_isolation('import_jobs');
