-- Search Console clicks per search type, weekly (application facts).
select date_trunc('week', date_day)::date as week,
       search_type,
       sum(clicks) as clicks
from public.search_console_daily
where true
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1, 2
order by 1, 2
