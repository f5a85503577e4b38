-- The line an upload's header is on: exports from the platforms' reporting pages put a report
-- name, the date range and blank lines above it. Uploads made before were read from line 1.
alter table import_jobs add column header_line bigint not null default 1
    constraint import_jobs_header_line_counted check (header_line >= 1);
