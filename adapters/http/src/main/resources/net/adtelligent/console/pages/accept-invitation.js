// Invitation acceptance: the token from the mail and a password (a new account's, or the
// invitee's existing one), then sign in.
import { h, replace, field, problem } from '../js/dom.js';
import { anonymous } from '../js/api.js';

export function render(root, ctx) {
  const token = h('input', { type: 'text', autocomplete: 'one-time-code', required: true, value: ctx.params.get('token') || '' });
  const password = h('input', { type: 'password', autocomplete: 'new-password', required: true });
  const out = h('div', { class: 'errors' });
  const form = h('form', { class: 'card narrow' },
    h('h1', {}, 'Accept your invitation'),
    h('p', {}, 'New to Adtelligent? Choose a password. Already have an account? Enter its password.'),
    out, field('Invitation token', token), field('Password', password),
    h('button', { type: 'submit' }, 'Accept'),
    h('p', {}, h('a', { href: '#/sign-in' }, 'Back to sign in')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const accepted = await anonymous('POST', '/api/auth/invitations/accept/', { token: token.value.trim(), password: password.value });
      const joined = accepted && accepted.tenant ? `You are now ${accepted.role} of ${accepted.tenant}. ` : 'The invitation is accepted. ';
      replace(out, h('p', { class: 'ok', role: 'status' }, joined, h('a', { href: '#/sign-in' }, 'Sign in')));
      password.value = '';
    } catch (failure) {
      replace(out, problem(failure));
    }
  });
  replace(root, h('div', { class: 'center' }, form));
  (token.value ? password : token).focus();
}
