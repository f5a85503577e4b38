-- Metrics snapshots generated per week (the service keeps each tenant's newest ten).
select date_trunc('week', generated_at) as week,
       count(*) as snapshots
from public.metrics_snapshots
where true
  [[and tenant_id::text = {{tenant_id}}]]
group by 1
order by 1
