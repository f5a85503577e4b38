// Health: GET /api/health/ (each component the service depends on, up or down; the dbt component
// too when the service reports one), whether the API answers at all, and the time zones the
// numbers are read in: the server's (as the health answer names it, when it does), each tenant's,
// and the reader's.
import { h, replace, empty, problem } from '../js/dom.js';
import { anonymous, ApiError } from '../js/api.js';
import * as f from '../js/format.js';

const NAMES = { database: 'Database', mail: 'Mail', 'key service': 'Key service', airbyte: 'Airbyte', dbt: 'dbt' };

async function report() {
  try {
    return { reached: true, body: await anonymous('GET', '/api/health/') };
  } catch (failure) {
    // 503 still carries the report: which component is down.
    if (failure instanceof ApiError && failure.status === 503 && failure.problem && failure.problem.components) {
      return { reached: true, body: failure.problem };
    }
    return { reached: failure.status !== 0, failure };
  }
}

function status(word) {
  const known = word === 'up' || word === 'down';
  return h('span', { class: `status-${known ? word : 'unknown'}`, 'data-status': word || 'unknown' }, word || 'unknown');
}

function components(body) {
  const entries = Object.entries(body.components || {});
  if (!entries.length) return empty('The service reports no components.', 'Only the API itself is checked.');
  return h('div', { class: 'table-wrap' }, h('table', { 'data-components': '' },
    h('caption', {}, 'What the service depends on'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Component'), h('th', { scope: 'col', class: 'text' }, 'Status'))),
    h('tbody', {}, entries.map(([name, component]) => h('tr', { 'data-component': name },
      h('th', { scope: 'row' }, NAMES[name] || name), h('td', { class: 'text' }, status(component.status)))))));
}

function zones(ctx, body) {
  const now = new Date().toISOString();
  const rows = [];
  if (body && body.time_zone) rows.push(['Server', body.time_zone]);
  rows.push(['You (this browser)', f.viewerZone()]);
  ctx.tenants.forEach((tenant) => rows.push([`Tenant ${tenant.display_name}`, tenant.reporting_time_zone]));
  return h('div', { class: 'table-wrap' }, h('table', { 'data-zones': '' },
    h('caption', {}, 'Time zones'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Whose'), h('th', { scope: 'col', class: 'text' }, 'Time zone'),
      h('th', { scope: 'col', class: 'text' }, 'Time there now'))),
    h('tbody', {}, rows.map(([who, zone]) => h('tr', {},
      h('th', { scope: 'row' }, who), h('td', { class: 'text' }, zone), h('td', { class: 'text' }, f.instant(now, zone)))))));
}

export async function render(root, ctx) {
  const refresh = h('button', { type: 'button', class: 'secondary', onclick: () => draw() }, 'Check again');
  const out = h('div', {});

  async function draw() {
    refresh.disabled = true;
    const found = await report();
    refresh.disabled = false;
    const body = found.body;
    replace(out,
      h('div', { class: 'table-wrap' }, h('table', { 'data-api': '' },
        h('caption', {}, 'The service'),
        h('tbody', {},
          h('tr', { 'data-component': 'api' }, h('th', { scope: 'row' }, 'API'),
            h('td', { class: 'text' }, status(found.reached ? 'up' : 'down'))),
          h('tr', {}, h('th', { scope: 'row' }, 'Overall'), h('td', { class: 'text' }, status(body ? body.status : undefined)))))),
      found.failure ? problem(found.failure) : null,
      body ? h('h2', {}, 'Components') : null,
      body ? components(body) : null,
      h('h2', {}, 'Time zones'),
      zones(ctx, body),
      h('p', { class: 'hint' }, 'Checked ', f.instant(new Date().toISOString(), f.viewerZone()), '.'));
  }

  replace(root, h('div', { class: 'title-row' }, h('h1', {}, 'Health'), refresh), out);
  await draw();
}
