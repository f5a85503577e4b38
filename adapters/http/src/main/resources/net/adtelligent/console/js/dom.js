// Building elements: every value goes in as text (textContent, attributes), never as markup, so a
// name holding "<script>" or "=HYPERLINK(" shows as those characters and nothing else.

/** h('p', {class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Empties the element, then adds the children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A list's empty state: what is missing, and what to do about it. */
export function empty(message, hint) {
  return h('div', { class: 'empty', role: 'note' }, h('p', {}, message), hint ? h('p', { class: 'hint' }, hint) : null);
}

/** An API failure as the person reading the page needs it: title, detail, each field named. */
export function problem(error) {
  const body = error && error.problem ? error.problem : {};
  const title = body.title || (error && error.message) || 'Something went wrong';
  const errors = Array.isArray(body.errors) ? body.errors : [];
  return h('div', { class: 'problem', role: 'alert' },
    h('p', { class: 'problem-title' }, title),
    body.detail ? h('p', {}, body.detail) : null,
    errors.length ? h('ul', {}, errors.map((e) => h('li', {}, `${e.field}: ${e.reason}`))) : null);
}

/** Tells screen readers what changed without moving their focus. */
export function announce(message) {
  const region = document.getElementById('announce');
  if (region) region.textContent = message;
}

/** A labelled form field. */
export function field(label, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('p', { class: 'hint' }, hint) : null);
}
