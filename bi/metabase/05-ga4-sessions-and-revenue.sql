-- GA4 sessions and revenue (reporting currency), weekly (dbt mart). Visualisation: lines, revenue on a second axis.
select date_trunc('week', date_day)::date as week,
       sum(sessions) as sessions,
       sum(total_revenue_reporting) as revenue
from analytics.mart_combined_metrics_daily
where dataset = 'web_analytics'
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1
order by 1
