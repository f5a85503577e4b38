// Alerts (GET …/alerts/): newest opened first, in one state or all, cursor paged as the API does;
// owners and admins acknowledge an open one (POST …/acknowledge/, manage_alerts), which says
// someone is on it: it resolves by itself when its condition clears.
import { h, replace, empty, problem, field, announce } from '../js/dom.js';
import * as f from '../js/format.js';
import { table, row, paged, select, query } from './parts/ui.js';
import { status } from './parts/names.js';

const STATES = [['all', 'All'], ['open', 'Open'], ['acknowledged', 'Acknowledged'], ['resolved', 'Resolved']];

function subject(ctx, alert) {
  if (!alert.connection_id) return 'the tenant';
  return h('a', { href: `#/${encodeURIComponent(ctx.tenant.slug)}/connections?id=${encodeURIComponent(alert.connection_id)}` },
    alert.connection_name || 'a connection no longer there');
}

export async function render(root, ctx) {
  const state = STATES.some(([v]) => v === ctx.params.get('state')) ? ctx.params.get('state') : 'open';
  const zone = ctx.tenant.reporting_time_zone;
  const out = h('div', { class: 'errors', 'aria-live': 'polite' });
  const list = h('div', {});
  const filter = select('state', STATES, state);
  filter.addEventListener('change', () => ctx.navigate('alerts', { state: filter.value }));
  replace(root, h('div', { class: 'title-row' }, h('h1', {}, 'Alerts')),
    h('div', { class: 'toolbar' }, field('State', filter)), out, list);

  const body = h('tbody', {});
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show older alerts');
  const drawRow = (alert) => {
    const when = alert.state === 'resolved' ? `resolved ${f.instant(alert.resolved_at, zone)}`
      : alert.state === 'acknowledged' ? `acknowledged ${f.instant(alert.acknowledged_at, zone)}` : `last seen ${f.instant(alert.last_raised_at, zone)}`;
    let ack = null;
    if (alert.state === 'open' && ctx.may('manage_alerts')) {
      ack = h('button', { type: 'button', class: 'secondary', 'aria-label': `Acknowledge ${alert.kind} alert ${alert.id}`, 'data-acknowledge': alert.id }, 'Acknowledge');
      ack.addEventListener('click', async () => {
        ack.disabled = true;
        try {
          const changed = await ctx.api.post(ctx.api.tenant(`alerts/${encodeURIComponent(alert.id)}/acknowledge/`));
          const fresh = drawRow(changed);
          tr.replaceWith(fresh);
          replace(out, h('p', { class: 'ok', role: 'status' }, `Alert ${alert.id} acknowledged.`));
          announce(`Alert ${alert.id} acknowledged`);
          const focusable = fresh.querySelector('a, button');
          if (focusable) focusable.focus();
        } catch (failure) {
          ack.disabled = false;
          replace(out, problem(failure));
        }
      });
    }
    const tr = row({ 'data-alert': alert.id, 'data-state': alert.state, 'data-kind': alert.kind },
      alert.kind.replace(/_/g, ' '), status(alert.state, h), h('td', { class: 'text message' }, alert.message), subject(ctx, alert),
      f.instant(alert.opened_at, zone), when, h('td', { class: 'text' }, ack || '—'));
    return tr;
  };
  const wanted = state === 'all' ? '' : state;
  let first;
  try {
    first = await paged(body, more, (cursor) => ctx.api.get(ctx.api.tenant(`alerts/${query({ state: wanted, cursor })}`), { signal: ctx.signal }),
      (items) => items.map(drawRow), out);
  } catch (failure) {
    replace(out, problem(failure));
    return;
  }
  if (!first.items.length) {
    replace(list, empty(wanted ? `No ${wanted} alerts` : 'No alerts', 'An alert opens when a sync keeps failing, a source goes stale or a snapshot fails; it resolves by itself.'));
    return;
  }
  replace(list, table(wanted ? `${STATES.find(([v]) => v === wanted)[1]} alerts, newest first` : 'Alerts, newest first',
    [{ label: 'Kind', text: true }, { label: 'State', text: true }, { label: 'What was seen', text: true }, { label: 'About', text: true },
      { label: 'Opened', text: true }, { label: 'Since', text: true }, { label: 'Action', text: true }], body, { 'data-alerts': '' }), more);
}
