-- Alerts become episodes with a lifecycle (AlertStore): open, acknowledged, resolved. V11's two
-- tables gain the columns rather than a parallel table beside them: what a row is stays the same
-- (one alert someone should act on), only now it lasts from the moment its condition holds to the
-- moment it clears, and raised_at is when the episode opened.
--
--   subject          what in the tenant it is about: 'tenant', 'connection:<uuid>', …
--   state            open, acknowledged (by acknowledged_by at acknowledged_at), resolved (at resolved_at)
--   last_raised_at   when the condition was last seen holding
--   mail_sent_at     when the episode's one mail went to the tenant's owners and admins
--
-- At most one episode per tenant, kind and subject is ongoing: a partial unique index says so, so
-- no race between instances can open two. (The store also serialises raises of one rule and
-- subject with an advisory lock, so they wait for each other instead of failing on the index.)
alter table alerts
    add column subject         text collate "C" not null default 'tenant'
                               constraint alerts_subject_given check (subject <> '' and length(subject) <= 200),
    add column state           text collate "C" not null default 'open'
                               constraint alerts_state_known check (state in ('open', 'acknowledged', 'resolved')),
    add column last_raised_at  timestamptz,
    add column acknowledged_by uuid references users (id),
    add column acknowledged_at timestamptz,
    add column resolved_at     timestamptz,
    add column mail_sent_at    timestamptz;

alter table system_alerts
    add column subject         text collate "C" not null default 'tenant'
                               constraint system_alerts_subject_given check (subject <> '' and length(subject) <= 200),
    add column state           text collate "C" not null default 'open'
                               constraint system_alerts_state_known check (state in ('open', 'acknowledged', 'resolved')),
    add column last_raised_at  timestamptz,
    add column acknowledged_by uuid references users (id),
    add column acknowledged_at timestamptz,
    add column resolved_at     timestamptz,
    add column mail_sent_at    timestamptz;

-- The rows of before were raised one per occurrence, with no mail. The newest of each tenant and
-- kind stays open (its condition may still hold; the next check resolves it if not), the older ones
-- end when they were raised; none of them is mailed now (mail_sent_at set), so an upgrade sends no
-- backlog. The alerts table forces row-level security on its owner too: unforced for these statements.
alter table alerts no force row level security;
update alerts set last_raised_at = raised_at, mail_sent_at = raised_at;
update alerts a set state = 'resolved', resolved_at = a.raised_at
where exists (select from alerts newer where newer.tenant_id = a.tenant_id and newer.kind = a.kind and newer.id > a.id);
alter table alerts force row level security;
update system_alerts set last_raised_at = raised_at;
update system_alerts a set state = 'resolved', resolved_at = a.raised_at
where exists (select from system_alerts newer where newer.kind = a.kind and newer.id > a.id);

alter table alerts
    alter column last_raised_at set not null,
    add constraint alerts_resolved_when check ((state = 'resolved') = (resolved_at is not null)),
    add constraint alerts_acknowledged_whole check ((acknowledged_by is null) = (acknowledged_at is null));
alter table system_alerts
    alter column last_raised_at set not null,
    add constraint system_alerts_resolved_when check ((state = 'resolved') = (resolved_at is not null)),
    add constraint system_alerts_acknowledged_whole check ((acknowledged_by is null) = (acknowledged_at is null));

create unique index alerts_one_ongoing on alerts (tenant_id, kind, subject) where state <> 'resolved';
create unique index system_alerts_one_ongoing on system_alerts (kind, subject) where state <> 'resolved';
-- A raise reads the newest episode of its rule and subject; the list reads a tenant's newest first.
create index alerts_newest_of_subject on alerts (tenant_id, kind, subject, id desc);
create index alerts_by_id on alerts (tenant_id, id desc);
create index system_alerts_newest_of_subject on system_alerts (kind, subject, id desc);

-- An episode changes as it goes: the service may update these columns, never the tenant, kind,
-- subject or opening time of a row, and still never delete one.
grant update (message, state, last_raised_at, acknowledged_by, acknowledged_at, resolved_at, mail_sent_at)
    on alerts, system_alerts to "${app_role}";
