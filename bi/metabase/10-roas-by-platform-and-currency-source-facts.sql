-- ROAS by platform and currency, weekly: value and spend in the same account currency (application facts).
select date_trunc('week', date_day)::date as week,
       platform,
       currency_code,
       sum(conversions_value) / nullif(sum(spend), 0) as roas
from public.ad_performance_daily
where true
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1, 2, 3
order by 1, 2, 3
