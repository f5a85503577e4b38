-- Spend by platform and currency, weekly, in each account's own currency (application facts, not converted).
select date_trunc('week', date_day)::date as week,
       platform,
       currency_code,
       sum(spend) as spend
from public.ad_performance_daily
where true
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1, 2, 3
order by 1, 2, 3
