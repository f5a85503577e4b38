-- Data freshness per tenant and dataset: the newest day with data, when it was last extracted, and
-- the newest metrics snapshot (application tables). Visualisation: table.
select tenant_id, dataset, newest_day, newest_update,
       round(extract(epoch from (now() - newest_update)) / 3600, 1) as hours_since_update
from (
    select tenant_id, 'ads' as dataset, max(date_day) as newest_day, max(source_extracted_at) as newest_update
    from public.ad_performance_daily group by tenant_id
    union all
    select tenant_id, 'web_analytics', max(date_day), max(source_extracted_at)
    from public.web_analytics_daily group by tenant_id
    union all
    select tenant_id, 'search_console', max(date_day), max(source_extracted_at)
    from public.search_console_daily group by tenant_id
    union all
    select tenant_id, 'snapshot', max(window_last), max(generated_at)
    from public.metrics_snapshots group by tenant_id
) freshness
where true
  [[and tenant_id::text = {{tenant_id}}]]
order by tenant_id, dataset
