// The tenant: what the numbers are read in (currency, time zone), its status; renaming it only
// for roles that may change the tenant (PATCH /api/tenants/<slug>/ checks that again).
import { h, replace, field, problem } from '../js/dom.js';

function facts(tenant) {
  const rows = [['Name', tenant.display_name], ['Slug', tenant.slug], ['Reporting currency', tenant.reporting_currency],
    ['Reporting time zone', tenant.reporting_time_zone], ['Status', tenant.status]];
  return h('dl', { class: 'facts' }, rows.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
}

export async function render(root, ctx) {
  const tenant = await ctx.api.get(ctx.api.tenant());
  const out = h('div', { class: 'errors' });
  let rename = null;
  if (ctx.may('change_tenant')) {
    const name = h('input', { type: 'text', name: 'display_name', required: true, maxlength: 200, value: tenant.display_name });
    rename = h('form', { class: 'card', 'data-admin': 'rename' },
      h('h2', {}, 'Rename'),
      out, field('Display name', name), h('button', { type: 'submit' }, 'Save the name'));
    rename.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const changed = await ctx.api.patch(ctx.api.tenant(), { display_name: name.value });
        replace(out, h('p', { class: 'ok', role: 'status' }, `Renamed to ${changed.display_name}. Reload to see it in the switcher.`));
      } catch (failure) {
        replace(out, problem(failure));
      }
    });
  }
  replace(root, h('h1', {}, 'Tenant'), facts(tenant),
    h('p', { class: 'hint' }, `Your role here: ${ctx.role}.`), rename);
}
