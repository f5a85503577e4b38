// The mapping step: each field of the generic CSV contract from one of the file's columns (or
// none), the platform, and what rows leave out (currency, account, date order, source). The
// proposal the API made is the starting point; PUT …/mapping/ checks every row under it.
import { h, replace, problem, field } from '../../js/dom.js';
import { select } from './ui.js';
import { platform } from './names.js';

const FIELDS = ['date', 'account_id', 'account_name', 'campaign_id', 'campaign_name', 'ad_group_id', 'ad_group_name', 'ad_id', 'ad_name',
  'currency_code', 'spend', 'impressions', 'clicks', 'conversions', 'conversions_value'];
const PLATFORMS = ['META_ADS', 'GOOGLE_ADS', 'MICROSOFT_ADS', 'LINKEDIN_ADS', 'TIKTOK_ADS', 'CSV'];
const ORDERS = [['iso', 'ISO (2026-11-03)'], ['day_first', 'Day first (03/11/2026)'], ['month_first', 'Month first (11/03/2026)']];

export function mappingStep(ctx, upload, shown) {
  const current = upload.mapping || upload.proposed_mapping;
  const columns = h('fieldset', { class: 'mapping' }, h('legend', {}, 'Which column holds each field'),
    FIELDS.map((name) => field(name.replace(/_/g, ' '), select(`column-${name}`, [['', '(not in the file)'], ...upload.headers.map((c) => [c, c])],
      current.columns[name] || ''))));
  const plat = select('platform', PLATFORMS.map((p) => [p, platform(p)]), current.platform);
  const currency = h('input', { type: 'text', name: 'currency', value: current.currency || '', maxlength: 3, autocomplete: 'off' });
  const order = select('date_order', ORDERS, current.date_order);
  const account = h('input', { type: 'text', name: 'account_id', value: current.account_id || '', maxlength: 200 });
  const source = h('input', { type: 'text', name: 'source', value: current.source || '', maxlength: 40 });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { 'data-mapping': '' }, h('h3', {}, '3. Check the mapping'), out, columns,
    field('Platform', plat), field('Currency of rows without one', currency, 'Three letters, e.g. EUR.'),
    field('Date order', order), field('Account of rows without one', account),
    field('Source name', source, 'Files of one source replace each other\'s rows of the same key.'),
    h('button', { type: 'submit' }, 'Check every row'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = {};
    FIELDS.forEach((name) => { const value = form.elements[`column-${name}`].value; if (value) chosen[name] = value; });
    const body = { columns: chosen, platform: plat.value, date_order: order.value };
    if (currency.value.trim()) body.currency = currency.value.trim().toUpperCase();
    if (account.value.trim()) body.account_id = account.value;
    if (source.value.trim()) body.source = source.value.trim();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await shown(await ctx.api.put(ctx.api.tenant(`uploads/${encodeURIComponent(upload.id)}/mapping/`), body));
    } catch (failure) {
      replace(out, problem(failure));
      button.disabled = false;
    }
  });
  return form;
}
