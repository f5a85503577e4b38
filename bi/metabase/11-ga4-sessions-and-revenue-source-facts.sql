-- GA4 sessions and revenue, weekly, revenue in the property's currency (application facts).
select date_trunc('week', date_day)::date as week,
       sum(sessions) as sessions,
       sum(total_revenue) as revenue
from public.web_analytics_daily
where true
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1
order by 1
