// A connection's buttons, each only for roles that may (manage_connections; the routes check
// again): pause or resume, sync now, delete after a confirmation. changed() redraws the page.
import { h } from '../../js/dom.js';
import * as f from '../../js/format.js';
import { action, confirmed } from './ui.js';

export function buttons(ctx, connection, out, changed) {
  if (!ctx.may('manage_connections') || connection.status === 'deleted') return null;
  const path = (tail) => ctx.api.tenant(`connections/${encodeURIComponent(connection.id)}/${tail}`);
  const name = connection.name;
  const paused = connection.status === 'paused';
  return h('span', { class: 'buttons' },
    paused
      ? action('Resume', out, () => ctx.api.post(path('resume/')), async () => { await changed(); return `${name} resumed.`; },
        { 'aria-label': `Resume ${name}` })
      : action('Pause', out, () => ctx.api.post(path('pause/')), async () => { await changed(); return `${name} paused.`; },
        { 'aria-label': `Pause ${name}` }),
    ' ',
    action('Sync now', out, () => ctx.api.post(path('sync/')), async (run) => {
      await changed();
      return `Sync of ${name} started ${f.instant(run.started_at, ctx.tenant.reporting_time_zone)}: follow it in the sync history.`;
    }, { 'aria-label': `Sync ${name} now` }),
    ' ',
    confirmed('Delete', `Delete ${name}? Its facts stay, marked as from a deleted connection.`, out,
      () => ctx.api.delete(path('')), async () => { await changed(); return `${name} deleted.`; },
      { 'aria-label': `Delete ${name}` }));
}
