-- Dated exchange rates: 1 base = rate quote on date_day, as published by source.
--
-- A directory table, not tenant-scoped and not row-level-secured: a rate is market data, the
-- same for every tenant, and belongs to none. Scoping it would store a copy per tenant and let
-- two tenants convert the same spend at different rates. Tenant data never lands here.
--
-- One rate per day and pair; importing the pair's rate of a day again replaces it (a corrected
-- import wins). The opposite pair (quote/base) is a rate of its own. Rates are numeric: exact.
-- The service role may read and write (V1's default privileges) but not delete.
create table fx_rates (
    date_day       date not null,
    base_currency  char(3) not null constraint fx_rates_base_shape check (base_currency ~ '^[A-Z]{3}$'),
    quote_currency char(3) not null constraint fx_rates_quote_shape check (quote_currency ~ '^[A-Z]{3}$'),
    rate           numeric not null constraint fx_rates_rate_positive check (rate > 0),
    source         text not null constraint fx_rates_source_given check (source <> ''),
    constraint fx_rates_two_currencies check (base_currency <> quote_currency),
    primary key (date_day, base_currency, quote_currency)
);
