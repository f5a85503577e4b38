-- Uploaded files, so that every instance of the service sees every upload (UploadStorage,
-- PostgresUploadStorage): a file is stored in chunks of at most 1 MiB, one row each, written and
-- read one chunk at a time, so no file is ever held whole in memory, and no transaction or pooled
-- connection is held while a slow client sends its file.
--
-- A file is written with complete = false, chunk by chunk, each in its own short transaction; one
-- last update sets complete = true on all its chunks at once, so readers see the whole file or none.
-- Rows left incomplete by a crash are removed by the upload expiry once older than the retention
-- (written_at). The table does not reference import_jobs: the file is stored, and its header read,
-- before the job exists.
--
-- Tenant-scoped and row-level-secured through adt_enable_tenant_isolation like every tenant-scoped
-- table; files are deleted (after a commit, by a user, on expiry), so the service role may delete.
create table upload_files (
    tenant_id  uuid not null references tenants (id),
    upload_id  uuid not null,
    chunk      integer not null constraint upload_files_chunk_not_negative check (chunk >= 0),
    content    bytea not null
               constraint upload_files_chunk_at_most_1_mib check (octet_length(content) <= 1048576),
    complete   boolean not null default false,
    written_at timestamptz not null default now(),
    primary key (tenant_id, upload_id, chunk)
);
select adt_enable_tenant_isolation('upload_files');
grant delete on upload_files to "${app_role}";

-- Uploads not committed are deleted by their users and by the expiry (committed ones are kept:
-- they are the record of the rows they stored). Until now the service never deleted an import.
grant delete on import_jobs to "${app_role}";

-- The quota counts the bytes of a tenant's uploads not committed.
create index import_jobs_waiting on import_jobs (tenant_id, uploaded_at) where status <> 'committed';
