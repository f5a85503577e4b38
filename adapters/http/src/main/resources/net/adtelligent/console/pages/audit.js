// The audit log (GET …/audit/, view_audit): newest first, filtered by actor, action, target and
// period, cursor paged; the export is the API's own CSV (format=csv: every matching event, each
// cell a spreadsheet could read as a formula neutralised), fetched and saved as a file.
import { h, replace, empty, problem, field, announce } from '../js/dom.js';
import * as f from '../js/format.js';
import { table, row, paged, query } from './parts/ui.js';

const FILTERS = [['action', 'Action', 'e.g. member.role_changed'], ['actor', 'Actor (user id)', ''], ['target_type', 'Target type', 'e.g. user'],
  ['target_id', 'Target id', '']];

function filtersOf(params) {
  const wanted = {};
  [...FILTERS.map(([name]) => name), 'from', 'to'].forEach((name) => { if (params.get(name)) wanted[name] = params.get(name); });
  return wanted;
}

// A day in the tenant's reporting zone is not known to the browser as an offset: the dates are
// read as whole UTC days, and the page says so.
function instantOf(date) {
  return date ? `${date}T00:00:00Z` : '';
}

async function download(ctx, wanted) {
  const path = ctx.api.tenant(`audit/${query({ ...wanted, from: instantOf(wanted.from), to: instantOf(wanted.to), format: 'csv' })}`);
  const csv = await ctx.api.get(path, { headers: { Accept: 'text/csv, application/problem+json' }, timeoutMs: 60_000 });
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const link = h('a', { href: url, download: `audit-${ctx.tenant.slug}.csv`, hidden: true }, 'download');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  announce('The audit log CSV is downloaded');
}

export async function render(root, ctx) {
  const wanted = filtersOf(ctx.params);
  const out = h('div', { class: 'errors', 'aria-live': 'polite' });
  const inputs = FILTERS.map(([name, label, hint]) => field(label, h('input', { type: 'text', name, value: wanted[name] || '', autocomplete: 'off' }), hint || null));
  const from = h('input', { type: 'date', name: 'from', value: wanted.from || '' });
  const to = h('input', { type: 'date', name: 'to', value: wanted.to || '' });
  const form = h('form', { class: 'toolbar', 'data-filters': '' }, inputs, field('From (UTC day)', from), field('To, not included (UTC day)', to),
    h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = {};
    new FormData(form).forEach((value, name) => { if (String(value).trim()) chosen[name] = String(value).trim(); });
    ctx.navigate('audit', chosen);
  });
  const exportButton = h('button', { type: 'button', class: 'secondary', 'data-export': '' }, 'Export CSV');
  exportButton.addEventListener('click', async () => {
    exportButton.disabled = true;
    try { await download(ctx, wanted); } catch (failure) { replace(out, problem(failure)); } finally { exportButton.disabled = false; }
  });
  const list = h('div', {});
  replace(root, h('div', { class: 'title-row' }, h('h1', {}, 'Audit log'), exportButton), form, out, list);

  const zone = ctx.tenant.reporting_time_zone;
  const body = h('tbody', {});
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show older events');
  const apiQuery = { ...wanted, from: instantOf(wanted.from), to: instantOf(wanted.to) };
  let first;
  try {
    first = await paged(body, more, (cursor) => ctx.api.get(ctx.api.tenant(`audit/${query({ ...apiQuery, cursor })}`), { signal: ctx.signal }),
      (items) => items.map((e) => row({ 'data-event': e.id }, f.instant(e.at, zone), e.action, e.actor || 'the system', `${e.target_type} ${e.target_id}`,
        Object.entries(e.details || {}).map(([k, v]) => `${k}: ${v}`).join('; ') || '—', e.client_address)), out);
  } catch (failure) {
    replace(list, problem(failure));
    return;
  }
  if (!first.items.length) {
    replace(list, empty('No audit events', Object.keys(wanted).length ? 'None match these filters.' : 'Changes to the tenant are recorded here.'));
    return;
  }
  replace(list, table('Audit events, newest first', [{ label: 'When', text: true }, { label: 'Action', text: true }, { label: 'Actor', text: true },
    { label: 'Target', text: true }, { label: 'Details', text: true }, { label: 'Address', text: true }], body, { 'data-audit': '' }), more);
}
