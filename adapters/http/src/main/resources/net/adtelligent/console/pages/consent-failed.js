// Where the platform's callback sends the browser when a consent did not complete (the API answers
// 303 here): the refusal's own title and detail, shown as text, and the way back. Nothing was stored.
import { h, replace } from '../js/dom.js';

export async function render(root, ctx) {
  const title = ctx.params.get('title') || 'The consent did not complete';
  const detail = ctx.params.get('detail');
  const back = h('a', { href: '#/' }, 'Back to the console');
  replace(root, h('div', { class: 'center' }, h('section', { class: 'card narrow', 'data-consent-failed': ctx.params.get('code') || '' },
    h('h1', {}, 'The account was not connected'),
    h('div', { class: 'problem', role: 'alert' }, h('p', { class: 'problem-title' }, title), detail ? h('p', {}, detail) : null),
    h('p', {}, 'Nothing was stored. Start the consent again from the data sources page.'),
    h('p', {}, back))));
  back.focus();
}
