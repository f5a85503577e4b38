-- The tenants and their ids: the tenant_id every other question filters on.
select slug, display_name, reporting_currency, reporting_time_zone, status, id
from public.tenants
where true
  [[and id::text = {{tenant_id}}]]
order by slug
