-- Search Console clicks, weekly (dbt mart).
select date_trunc('week', date_day)::date as week,
       sum(clicks) as clicks
from analytics.mart_combined_metrics_daily
where dataset = 'search_console'
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1
order by 1
