// Pieces the data pages share: a table, a button that calls the API and shows its problem, a
// confirmation before a destructive call, and "Show more" for the API's cursor paging.
import { h, replace, problem, announce } from '../../js/dom.js';

/** columns: [{label, text?: bool}]; rows: a <tbody>, or the rows to put in one. */
export function table(caption, columns, rows, attributes = {}) {
  return h('div', { class: 'table-wrap' }, h('table', attributes,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.text ? 'text' : null }, c.label)))),
    rows instanceof Node && rows.tagName === 'TBODY' ? rows : h('tbody', {}, rows)));
}

/** A row: the first cell a row header, the rest data cells (text-aligned unless numeric). */
export function row(attributes, first, ...cells) {
  return h('tr', attributes, h('th', { scope: 'row', class: 'text' }, first),
    cells.map((cell) => (cell instanceof Node && cell.tagName === 'TD' ? cell : h('td', { class: 'text' }, cell))));
}

/**
 * A button that runs an API call: disabled while it runs; a failure shows the API's problem in
 * `out`, a success the message done(result) returns (and announces it).
 */
export function action(label, out, call, done, attributes = {}) {
  const button = h('button', { type: 'button', class: 'secondary', ...attributes }, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const result = await call();
      const message = done ? await done(result) : null;
      if (message) {
        replace(out, h('p', { class: 'ok', role: 'status' }, message));
        announce(message);
      }
    } catch (failure) {
      replace(out, problem(failure));
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** A destructive button that asks first, in the page (keyboard and screen readers see the question). */
export function confirmed(label, question, out, call, done, attributes = {}) {
  const holder = h('span', { class: 'confirm' });
  const ask = h('button', { type: 'button', class: 'danger', ...attributes }, label);
  ask.addEventListener('click', () => {
    const keep = h('button', { type: 'button', class: 'secondary' }, 'Keep');
    const sure = action(`Yes, ${label.toLowerCase()}`, out, call, done, { class: 'danger', 'data-confirm': '' });
    keep.addEventListener('click', () => { replace(holder, ask); ask.focus(); });
    replace(holder, h('span', { role: 'group', 'aria-label': question }, h('span', { class: 'question' }, question), ' ', sure, ' ', keep));
    sure.focus();
  });
  return replace(holder, ask);
}

/**
 * Cursor paging as the API does it: the first page, then "Show more" while next_cursor is set.
 * fetchPage(cursor) answers {items, next_cursor}; draw(items) answers rows appended to `into`.
 */
export async function paged(into, more, fetchPage, draw, out) {
  let cursor = null;
  const load = async () => {
    const page = await fetchPage(cursor);
    into.append(...draw(page.items));
    cursor = page.next_cursor;
    more.hidden = !cursor;
    return page;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      await load();
    } catch (failure) {
      replace(out, problem(failure));
    } finally {
      more.disabled = false;
    }
  });
  return load();
}

/** A query string from the non-empty entries. */
export function query(entries) {
  const params = new URLSearchParams();
  Object.entries(entries).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') params.set(k, v); });
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A <select> of value/label pairs. */
export function select(name, options, current) {
  return h('select', { name }, options.map(([value, label]) => h('option', { value, selected: value === current }, label)));
}
