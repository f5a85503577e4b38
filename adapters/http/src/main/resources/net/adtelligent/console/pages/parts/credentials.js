// Replacing a connection's credentials (PUT …/credentials/): the fields of one of the connector's
// credential methods (GET /api/connectors/), secret ones as password inputs. The values go to the
// API once and are cleared from the form; the answer shows fingerprints, never a value.
import { h, replace, problem, field, announce } from '../../js/dom.js';

export async function credentialsForm(ctx, connection, changed) {
  const catalog = await ctx.api.get('/api/connectors/', { signal: ctx.signal });
  const connector = catalog.items.find((c) => c.platform === connection.platform);
  const methods = connector ? connector.credential_methods : [];
  if (!methods.length) return null;
  const out = h('div', { 'aria-live': 'polite' });
  const method = h('select', { name: 'method' }, methods.map((m, i) => h('option', { value: String(i) }, m.name)));
  const inputs = h('div', {});
  const expires = h('input', { type: 'datetime-local', name: 'token_expires_at' });
  const drawFields = () => replace(inputs, methods[Number(method.value)].fields.map((spec) => field(
    `${spec.name}${spec.required ? '' : ' (optional)'}`,
    h('input', { type: spec.secret ? 'password' : 'text', name: spec.name, autocomplete: 'off', spellcheck: 'false',
      required: spec.required, 'data-field': spec.name }), spec.format)));
  method.addEventListener('change', drawFields);
  drawFields();
  const form = h('form', { class: 'card', 'data-credentials': '', autocomplete: 'off' },
    h('h2', {}, 'Replace the credentials'),
    h('p', { class: 'hint' }, 'The whole set, as the platform gives it; it is sealed before it is stored and never shown again.'),
    out, methods.length > 1 ? field('Credential method', method) : null, inputs,
    field('Token expires at (optional)', expires, 'Leave empty for what the platform fixes.'),
    h('button', { type: 'submit' }, 'Replace the credentials'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const credentials = {};
    inputs.querySelectorAll('input').forEach((input) => { if (input.value !== '') credentials[input.name] = input.value; });
    const body = { credentials };
    if (expires.value) body.token_expires_at = new Date(expires.value).toISOString();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await ctx.api.put(ctx.api.tenant(`connections/${encodeURIComponent(connection.id)}/credentials/`), body);
      form.reset();
      announce('Credentials replaced');
      await changed();
    } catch (failure) {
      // The values stay in the form to correct; the problem names fields, never values.
      replace(out, problem(failure));
      button.disabled = false;
    }
  });
  return form;
}
