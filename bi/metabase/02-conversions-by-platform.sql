-- Conversions by platform, weekly, as the platforms report them (dbt mart). Visualisation: lines.
select date_trunc('week', date_day)::date as week,
       platform,
       sum(conversions) as conversions
from analytics.mart_combined_metrics_daily
where dataset = 'ads'
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1, 2
order by 1, 2
