// The pick among the accounts one consent saw (…/connections?consent=<grant>: where the platform's
// callback sends the browser when the token reaches several accounts). GET …/oauth/grants/<grant>/
// lists them for the user who started the consent; choosing one makes its connection (POST …/pick/)
// and opens it.
import { h, replace, problem, announce } from '../../js/dom.js';
import * as f from '../../js/format.js';
import { platform } from './names.js';

export async function pick(ctx, grant) {
  const section = h('section', { class: 'card', 'aria-labelledby': 'pick-title', 'data-pick': '' },
    h('h2', { id: 'pick-title' }, 'Choose the account to connect'));
  const path = (tail) => ctx.api.tenant(`connections/oauth/grants/${encodeURIComponent(grant)}/${tail}`);
  let pending;
  try {
    pending = await ctx.api.get(path(''), { signal: ctx.signal });
  } catch (failure) {
    section.append(problem(failure), h('p', {}, 'Start the consent again below if you still want to connect an account.'));
    return section;
  }
  const label = platform(pending.platform);
  const out = h('div', { 'aria-live': 'polite' });
  section.append(h('p', {}, `${label} gave access to ${f.count(pending.accounts.length)} accounts. `
    + `Pick one before ${f.instant(pending.pick_before, f.viewerZone())}.`));
  if (pending.missing_scopes.length) {
    section.append(h('p', { class: 'hint' }, `Not granted: ${pending.missing_scopes.join(', ')}. `
      + 'The connection is made, and asks for a new consent before it syncs.'));
  }
  const choices = pending.accounts.map((account) => {
    const button = h('button', { type: 'button', 'data-account': account.id }, `Connect ${account.name} (${account.id})`);
    button.addEventListener('click', async () => {
      choices.forEach((b) => { b.disabled = true; });
      try {
        const made = await ctx.api.post(path('pick/'), { external_account_id: account.id });
        announce(`${made.name} connected`);
        ctx.navigate('connections', { id: made.id, connected: '1' });
      } catch (failure) {
        replace(out, problem(failure));
        choices.forEach((b) => { b.disabled = false; });
      }
    });
    return button;
  });
  section.append(h('ul', { class: 'choices' }, choices.map((button) => h('li', {}, button))), out);
  return section;
}
