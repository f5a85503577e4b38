-- MER, weekly: GA4 revenue per unit of total ad spend, both in the reporting currency (dbt mart).
select date_trunc('week', date_day)::date as week,
       sum(case when dataset = 'web_analytics' then total_revenue_reporting end)
         / nullif(sum(case when dataset = 'ads' then spend_reporting end), 0) as mer
from analytics.mart_combined_metrics_daily
where true
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1
order by 1
