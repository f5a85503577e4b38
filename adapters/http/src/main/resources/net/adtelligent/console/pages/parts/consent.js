// Connecting an account: POST …/connections/oauth/<platform>/start/ answers the platform's
// consent screen, opened in a new tab; the platform sends that tab back to the API's callback,
// which sends it on to the console: the connection made when the consent saw one account, the
// pick among them when it saw several (parts/pick.js), or why it failed (consent-failed.js). Only platforms this installation
// has an OAuth client for are offered (GET /api/connectors/ says which).
import { h, replace, problem, field, announce } from '../../js/dom.js';
import * as f from '../../js/format.js';
import { platform, status } from './names.js';

export async function consent(ctx, changed) {
  const catalog = await ctx.api.get('/api/connectors/', { signal: ctx.signal });
  const offered = catalog.items.filter((c) => c.consent && c.consent.configured);
  const missing = catalog.items.filter((c) => c.consent && !c.consent.configured);
  const section = h('section', { class: 'card', 'aria-labelledby': 'connect-title', 'data-connect': '' },
    h('h2', { id: 'connect-title' }, 'Connect an account'));
  if (!offered.length) {
    section.append(h('p', {}, 'This installation has no platform consent configured.'));
  } else {
    const choice = h('select', { name: 'platform' }, offered.map((c) => h('option', { value: c.platform }, c.display_name || platform(c.platform))));
    const next = h('div', { 'aria-live': 'polite' });
    const form = h('form', {}, field('Platform', choice), h('button', { type: 'submit' }, 'Start the consent'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const button = form.querySelector('button');
      button.disabled = true;
      try {
        const started = await ctx.api.post(ctx.api.tenant(`connections/oauth/${encodeURIComponent(choice.value)}/start/`));
        const label = platform(choice.value);
        const check = h('button', { type: 'button', class: 'secondary', onclick: () => changed() }, 'Check the connections again');
        replace(next, h('div', { class: 'ok', role: 'status' },
          h('p', {}, h('a', { href: started.authorization_url, target: '_blank', rel: 'noopener noreferrer', 'data-consent-link': '' },
            `Open ${label}'s consent screen (new tab)`)),
          h('p', { class: 'hint' }, `Valid until ${f.instant(started.expires_at, f.viewerZone())}. The platform sends that tab back `
            + 'to this console: with one account to the connection made, with several to the choice among them.'),
          check));
        announce(`${label}'s consent screen is ready to open`);
        next.querySelector('a').focus();
      } catch (failure) {
        replace(next, problem(failure));
      } finally {
        button.disabled = false;
      }
    });
    section.append(form, next);
  }
  if (missing.length) {
    section.append(h('details', {}, h('summary', {}, 'Platforms not configured here'),
      h('ul', {}, missing.map((c) => h('li', {}, platform(c.platform), ': ', status('not configured', h), ' — settings ', c.consent.missing_settings.join(', '))))));
  }
  return section;
}
