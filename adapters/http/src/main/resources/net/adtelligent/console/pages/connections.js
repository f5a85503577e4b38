// Data sources: the tenant's connections (GET …/connections/, cursor paged) with their status,
// token expiry and last successful sync (the sync telemetry's per-connection stats), the actions
// the reader's role allows, and connecting an account through the platform's consent screen.
// ?id=<connection> shows one connection (connection-detail.js); ?consent=<grant> first offers the
// accounts of a consent that saw several (parts/pick.js), where the platform's callback sends the browser.
import { h, replace, empty, problem } from '../js/dom.js';
import * as f from '../js/format.js';
import { table, row, paged } from './parts/ui.js';
import { platform, status } from './parts/names.js';
import { buttons } from './parts/connection-actions.js';
import { consent } from './parts/consent.js';
import { pick } from './parts/pick.js';

export async function render(root, ctx) {
  if (ctx.params.get('id')) {
    const detail = await import('./connection-detail.js');
    await detail.render(root, ctx);
    return;
  }
  const out = h('div', { class: 'errors', 'aria-live': 'polite' });
  const list = h('div', {});
  const picking = ctx.params.get('consent') && ctx.may('manage_connections') ? await pick(ctx, ctx.params.get('consent')) : null;
  replace(root, h('div', { class: 'title-row' }, h('h1', {}, 'Data sources')), picking, out, list,
    ctx.may('manage_connections') ? await consent(ctx, () => draw()) : null);

  async function draw() {
    let stats = new Map();
    try {
      const telemetry = await ctx.api.get(ctx.api.tenant('airbyte/telemetry/?limit=1'), { signal: ctx.signal });
      stats = new Map(telemetry.connections.map((s) => [s.connection_id, s]));
    } catch (failure) {
      replace(out, problem(failure));
    }
    const body = h('tbody', {});
    const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show more connections');
    const zone = ctx.tenant.reporting_time_zone;
    const rows = (items) => items.map((c) => row({ 'data-connection': c.id },
      h('a', { href: `#/${encodeURIComponent(ctx.tenant.slug)}/connections?id=${encodeURIComponent(c.id)}` }, c.name),
      platform(c.platform), c.external_account_id, status(c.status, h),
      c.token ? h('span', { 'data-token': c.token.state }, f.instant(c.token.expires_at, zone), c.token.state === 'ok' ? '' : ` (${c.token.state})`) : 'not known',
      stats.has(c.id) ? f.instant(stats.get(c.id).last_success, zone) : 'no sync yet',
      h('td', { class: 'text actions' }, buttons(ctx, c, out, () => draw()))));
    const first = await paged(body, more, (cursor) => ctx.api.get(ctx.api.tenant(`connections/${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`),
      { signal: ctx.signal }), rows, out);
    if (!first.items.length) {
      replace(list, empty('No connections yet', ctx.may('manage_connections') ? 'Connect an account above.' : 'An owner or admin connects the accounts.'));
      return;
    }
    replace(list, table('Connections', [{ label: 'Name', text: true }, { label: 'Platform', text: true }, { label: 'Account', text: true },
      { label: 'Status', text: true }, { label: 'Token expires', text: true }, { label: 'Last successful sync', text: true },
      { label: 'Actions', text: true }], body, { 'data-connections': '' }), more);
  }
  await draw();
}
