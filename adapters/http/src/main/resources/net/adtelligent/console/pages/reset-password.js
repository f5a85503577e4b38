// Password reset: ask for the mail (no token in the address), then set a new password with the
// token the mail gave (from the link, #/reset-password?token=…, or pasted).
import { h, replace, field, problem } from '../js/dom.js';
import { anonymous } from '../js/api.js';

function requestForm(root) {
  const email = h('input', { type: 'email', autocomplete: 'email', required: true });
  const out = h('div', { class: 'errors' });
  const form = h('form', { class: 'card narrow' },
    h('h1', {}, 'Reset your password'),
    h('p', {}, 'We send a link to this address if an account uses it.'),
    out, field('Email', email), h('button', { type: 'submit' }, 'Send the link'),
    h('p', {}, h('a', { href: '#/reset-password?step=token' }, 'I have a token'), ' · ', h('a', { href: '#/sign-in' }, 'Back to sign in')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await anonymous('POST', '/api/auth/password-reset/', { email: email.value });
      replace(out, h('p', { class: 'ok', role: 'status' }, 'If an account uses this address, a link is on its way. It works once.'));
    } catch (failure) {
      replace(out, problem(failure));
    }
  });
  replace(root, h('div', { class: 'center' }, form));
  email.focus();
}

function confirmForm(root, ctx) {
  const token = h('input', { type: 'text', autocomplete: 'one-time-code', required: true, value: ctx.params.get('token') || '' });
  const password = h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: 12 });
  const out = h('div', { class: 'errors' });
  const form = h('form', { class: 'card narrow' },
    h('h1', {}, 'Choose a new password'),
    out, field('Token from the mail', token), field('New password', password, 'At least 12 characters, not a common password.'),
    h('button', { type: 'submit' }, 'Set the password'),
    h('p', {}, h('a', { href: '#/sign-in' }, 'Back to sign in')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await anonymous('POST', '/api/auth/password-reset/confirm/', { token: token.value.trim(), password: password.value });
      replace(out, h('p', { class: 'ok', role: 'status' }, 'Your password is changed. ', h('a', { href: '#/sign-in' }, 'Sign in')));
      password.value = '';
    } catch (failure) {
      replace(out, problem(failure));
    }
  });
  replace(root, h('div', { class: 'center' }, form));
  (token.value ? password : token).focus();
}

export function render(root, ctx) {
  if (ctx.params.has('token') || ctx.params.get('step') === 'token') confirmForm(root, ctx);
  else requestForm(root);
}
