// Sign in: the session comes back as cookies (see js/session.js); no token reaches this page.
import { h, replace, field, problem } from '../js/dom.js';
import { signIn } from '../js/session.js';

export function render(root, ctx) {
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const errors = h('div', { class: 'errors' });
  const submit = h('button', { type: 'submit' }, 'Sign in');
  const form = h('form', { class: 'card narrow', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, 'Sign in to Adtelligent'),
    errors,
    field('Email', email),
    field('Password', password),
    submit,
    h('p', {}, h('a', { href: '#/reset-password' }, 'Forgot your password?')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    replace(errors);
    try {
      await signIn(email.value, password.value);
      ctx.signedIn();
    } catch (failure) {
      replace(errors, problem(failure));
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  replace(root, h('div', { class: 'center' }, form));
  email.focus();
}
