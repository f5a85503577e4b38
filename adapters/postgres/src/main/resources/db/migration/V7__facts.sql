-- The unified facts, one table per kind (ad performance, web analytics, organic search), each
-- tenant-scoped and row-level-secured like every tenant-scoped table.
--
-- The primary key is the natural key of the row: restated data (lookback re-syncs, the same file
-- twice) lands on the same key and replaces the row when its extraction is as recent or newer
-- (insert ... on conflict ... do update ... where excluded.source_extracted_at >= ...), never doubles it.
-- Its columns start with (tenant_id, date_day) so that reading a tenant's days is a range scan.
--
-- Optional ids and dimensions (ad group, ad; a Search Console query; a GA4 event) are stored as ''
-- for "none", not null: a primary-key column cannot be null, and the domain refuses '' as a value,
-- so the two never mix. Ids compare under collation "C" (code points, whatever the server's locale).
-- Money and conversions are numeric: exact, any scale, never floating point.
--
-- connection_id names the connection the row came through; it becomes a reference once the
-- connections table exists. Rows are not deleted by the service (no grant delete): removing a
-- connection's data is a decision of its own, made in a later migration.

create table ad_performance_daily (
    tenant_id           uuid not null references tenants (id),
    date_day            date not null,
    connection_id       uuid not null,
    platform            text not null
                        constraint ad_performance_daily_platform_known check (platform in
                            ('META_ADS', 'GOOGLE_ADS', 'MICROSOFT_ADS', 'LINKEDIN_ADS', 'TIKTOK_ADS', 'CSV')),
    account_id          text collate "C" not null constraint ad_performance_daily_account_given check (account_id <> ''),
    account_name        text,
    campaign_id         text collate "C" not null constraint ad_performance_daily_campaign_given check (campaign_id <> ''),
    campaign_name       text,
    ad_group_id         text collate "C" not null,
    ad_group_name       text,
    ad_id               text collate "C" not null,
    ad_name             text,
    -- null: the source did not say; never guessed, so such spend is reported as not convertible.
    currency_code       char(3) constraint ad_performance_daily_currency_shape check (currency_code ~ '^[A-Z]{3}$'),
    spend               numeric not null constraint ad_performance_daily_spend_not_negative check (spend >= 0),
    impressions         bigint not null constraint ad_performance_daily_impressions_not_negative check (impressions >= 0),
    clicks              bigint not null constraint ad_performance_daily_clicks_not_negative check (clicks >= 0),
    -- May be negative: platforms retract conversions (Google Ads adjustments).
    conversions         numeric not null,
    conversions_value   numeric not null,
    source_extracted_at timestamptz not null,
    constraint ad_performance_daily_ad_in_ad_group check (ad_id = '' or ad_group_id <> ''),
    primary key (tenant_id, date_day, connection_id, account_id, campaign_id, ad_group_id, ad_id)
);
select adt_enable_tenant_isolation('ad_performance_daily');

create table web_analytics_daily (
    tenant_id           uuid not null references tenants (id),
    date_day            date not null,
    connection_id       uuid not null,
    property_id         text collate "C" not null constraint web_analytics_daily_property_given check (property_id <> ''),
    source              text collate "C" not null,
    medium              text collate "C" not null,
    campaign_name       text collate "C" not null,
    event_name          text collate "C" not null,
    sessions            bigint not null constraint web_analytics_daily_sessions_not_negative check (sessions >= 0),
    -- Distinct users of the row: never summed across rows.
    total_users         bigint not null constraint web_analytics_daily_users_not_negative check (total_users >= 0),
    conversions         numeric not null constraint web_analytics_daily_conversions_not_negative check (conversions >= 0),
    -- May be negative: GA4 subtracts refunds.
    total_revenue       numeric not null,
    currency_code       char(3) constraint web_analytics_daily_currency_shape check (currency_code ~ '^[A-Z]{3}$'),
    source_extracted_at timestamptz not null,
    primary key (tenant_id, date_day, connection_id, property_id, source, medium, campaign_name, event_name)
);
select adt_enable_tenant_isolation('web_analytics_daily');

create table search_console_daily (
    tenant_id           uuid not null references tenants (id),
    date_day            date not null,
    connection_id       uuid not null,
    site_url            text collate "C" not null constraint search_console_daily_site_given check (site_url <> ''),
    search_type         text collate "C" not null constraint search_console_daily_type_given check (search_type <> ''),
    query               text collate "C" not null,
    page                text collate "C" not null,
    country             text collate "C" not null,
    device              text collate "C" not null,
    clicks              bigint not null constraint search_console_daily_clicks_not_negative check (clicks >= 0),
    impressions         bigint not null constraint search_console_daily_impressions_not_negative check (impressions >= 0),
    ctr                 numeric not null constraint search_console_daily_ctr_ratio check (ctr between 0 and 1),
    position            numeric not null constraint search_console_daily_position_not_negative check (position >= 0),
    source_extracted_at timestamptz not null,
    primary key (tenant_id, date_day, connection_id, site_url, search_type, query, page, country, device)
);
select adt_enable_tenant_isolation('search_console_daily');
