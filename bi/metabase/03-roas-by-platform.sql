-- ROAS by platform, weekly: conversion value per unit of spend, both in the reporting currency (dbt mart).
select date_trunc('week', date_day)::date as week,
       platform,
       sum(conversions_value_reporting) / nullif(sum(spend_reporting), 0) as roas
from analytics.mart_combined_metrics_daily
where dataset = 'ads'
  [[and tenant_id::text = {{tenant_id}}]]
  [[and date_day >= {{from}}]]
  [[and date_day <= {{to}}]]
group by 1, 2
order by 1, 2
