// One connection (GET …/connections/<id>/): what it is, its credentials (set or not, with their
// fingerprints, never a value), its token, and its syncs from the telemetry route (success rates,
// median duration and records, each run newest first, cursor paged). Owners and admins also get
// the actions and the form that replaces the credentials.
import { h, replace, empty, problem } from '../js/dom.js';
import * as f from '../js/format.js';
import { table, row, paged } from './parts/ui.js';
import { platform, status, duration } from './parts/names.js';
import { buttons } from './parts/connection-actions.js';
import { credentialsForm } from './parts/credentials.js';

function facts(rows) {
  return h('dl', { class: 'facts' }, rows.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
}

function stats(s) {
  if (!s) return empty('No syncs yet', 'Runs appear here once the connection syncs.');
  return facts([['Success rate, 7 days', f.percent(s.success_rate_week)], ['Success rate, 30 days', f.percent(s.success_rate_month)],
    ['Runs in 30 days', f.count(s.runs_in_month)], ['Median duration', duration(s.median_duration_seconds)],
    ['Median records per sync', f.count(s.median_records_per_sync)]]);
}

export async function render(root, ctx) {
  const id = ctx.params.get('id');
  const zone = ctx.tenant.reporting_time_zone;
  const out = h('div', { class: 'errors', 'aria-live': 'polite' });
  const back = h('a', { href: `#/${encodeURIComponent(ctx.tenant.slug)}/connections` }, 'All data sources');

  async function draw() {
    let connection;
    try {
      connection = await ctx.api.get(ctx.api.tenant(`connections/${encodeURIComponent(id)}/`), { signal: ctx.signal });
    } catch (failure) {
      replace(root, h('p', {}, back), h('h1', {}, 'Data source'), problem(failure));
      return;
    }
    const runsPath = (cursor) => ctx.api.tenant(`airbyte/telemetry/?connection=${encodeURIComponent(id)}&limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    const body = h('tbody', {});
    const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show older runs');
    const first = await paged(body, more, (cursor) => ctx.api.get(runsPath(cursor), { signal: ctx.signal }),
      (items) => items.map((run) => row({ 'data-run': run.id, 'data-status': run.status }, f.instant(run.started_at, zone),
        run.trigger, status(run.status, h), duration(run.duration_seconds), f.count(run.records_synced), run.failure || '—')), out);
    const credentials = connection.credentials;
    replace(root, h('p', {}, back),
      h('div', { class: 'title-row' }, h('h1', {}, connection.name), buttons(ctx, connection, out, () => draw())),
      // Back from the platform's consent: say what happened, once, above everything else.
      ctx.params.get('connected') ? h('p', { class: 'ok', role: 'status', 'data-connected': '' },
        `Connected through ${platform(connection.platform)}'s consent.`) : null,
      out,
      facts([['Platform', platform(connection.platform)], ['Account', connection.external_account_id],
        ['Status', status(connection.status, h)], ['Schedule', connection.schedule || 'not synced on a schedule'],
        ['Token expires', connection.token ? `${f.instant(connection.token.expires_at, zone)} (${connection.token.state})` : 'not known'],
        ['Credentials', credentials.state],
        ['Airbyte', connection.airbyte.provisioning_error ? `setting up failed: ${connection.airbyte.provisioning_error}`
          : connection.airbyte.connection_id ? 'set up' : 'not set up']]),
      h('h2', {}, 'Credential fields'),
      credentials.fields.length
        ? table('Credential fields (values are never shown)', [{ label: 'Field', text: true }, { label: 'Set', text: true },
          { label: 'Fingerprint', text: true }], credentials.fields.map((c) => row({}, c.name, c.set ? 'set' : 'not set', c.fingerprint || '—')))
        : empty('No credential fields', 'This platform takes none.'),
      h('h2', {}, 'How its syncs went (last 30 days)'),
      stats(first.connections.find((s) => s.connection_id === id)),
      h('h2', {}, 'Sync history'),
      first.items.length
        ? [table('Sync runs, newest first', [{ label: 'Started', text: true }, { label: 'Trigger', text: true }, { label: 'Status', text: true },
          { label: 'Duration' }, { label: 'Records' }, { label: 'Failure', text: true }], body, { 'data-runs': '' }), more]
        : empty('No sync runs yet', 'They appear here when the connection syncs.'),
      ctx.may('manage_connections') && connection.status !== 'deleted' ? await credentialsForm(ctx, connection, () => draw()) : null);
  }
  await draw();
}
