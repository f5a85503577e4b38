-- Spend by platform, weekly, in each tenant's reporting currency (dbt mart). Visualisation: stacked bars.
select date_trunc('week', date_day)::date as week,
       platform,
       sum(spend_reporting) as spend
from analytics.mart_combined_metrics_daily
where dataset = 'ads'
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1, 2
order by 1, 2
