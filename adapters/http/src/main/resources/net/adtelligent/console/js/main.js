// The shell: finds the session, the tenant and the caller's role there, draws the navigation and
// the tenant switcher, and hands the page its root element and ctx. Pages never touch the shell.
import { pages, home } from './pages.js';
import { parse, href, go, remember } from './router.js';
import { client, ApiError } from './api.js';
import { accessToken, signOut } from './session.js';
import { h, replace, problem, announce } from './dom.js';

const main = document.getElementById('main');
const bar = document.getElementById('bar');
const nav = document.getElementById('nav');
const switcher = document.getElementById('tenant');

let tenants = null;
const memberships = new Map();
let leaving = null;

async function loadTenants() {
  if (tenants) return tenants;
  const api = client('');
  const found = [];
  let cursor = null;
  do {
    const page = await api.get(`/api/tenants/?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    found.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  tenants = found;
  return tenants;
}

async function membership(slug) {
  if (!memberships.has(slug)) memberships.set(slug, await client(slug).get(client(slug).tenant('membership/')));
  return memberships.get(slug);
}

function byName(name) {
  return pages.find((page) => page.name === name);
}

function drawBar(tenant, current, granted) {
  bar.hidden = false;
  replace(nav, pages.filter((page) => !page.public && (!page.permission || granted.includes(page.permission)))
    .map((page) => h('li', {}, h('a', {
      href: href({ tenant: tenant.slug, page: page.name }),
      'aria-current': page.name === current ? 'page' : null,
    }, page.title))));
  replace(switcher, tenants.map((t) => h('option', { value: t.slug, selected: t.slug === tenant.slug }, t.display_name)));
}

// The switcher keeps the page and its query: only the tenant changes.
switcher.addEventListener('change', () => {
  const { parts, params } = parse();
  go({ tenant: switcher.value, page: parts[1] || home, params });
});

document.getElementById('sign-out').addEventListener('click', async () => {
  await signOut();
  tenants = null;
  memberships.clear();
  go({ page: 'sign-in' });
});

document.getElementById('skip').addEventListener('click', () => main.focus());

async function mount(page, ctx, loading = page.load()) {
  if (leaving) leaving.abort();
  leaving = new AbortController();
  const root = h('div', { class: 'page', 'data-page': page.name });
  replace(main, root);
  document.title = `${page.title} · Adtelligent`;
  const module = await loading;
  await module.render(root, { ...ctx, signal: leaving.signal, title: page.title });
  // Tests and assistive tools wait for this: the page has drawn its first answer.
  root.dataset.ready = '';
  performance.mark(`console:${page.name}:ready`);
  announce(`${page.title} loaded`);
}

async function route() {
  const { parts, params } = parse();
  const publicPage = parts.length === 1 ? byName(parts[0]) : null;
  try {
    if (publicPage && publicPage.public) {
      bar.hidden = true;
      const navigate = (name, query) => go({ page: name, params: query });
      await mount(publicPage, { params, navigate, api: client(''), signedIn: () => { tenants = null; enter(params.get('next')); } });
      return;
    }
    if (!(await accessToken())) {
      go({ page: 'sign-in', params: location.hash.length > 2 ? { next: location.hash } : undefined });
      return;
    }
    // The tenants, the role in the tenant the address names and the page's module, all at once.
    const named = parts[0] && byName(parts[1]) && !byName(parts[1]).public ? parts[0] : null;
    const early = named ? membership(named).catch(() => null) : null;
    const loading = parts[1] && byName(parts[1]) ? byName(parts[1]).load() : null;
    const list = await loadTenants();
    if (!list.length) {
      bar.hidden = true;
      replace(main, h('div', { class: 'page' }, h('h1', {}, 'No tenant yet'),
        h('p', {}, 'You are not a member of any tenant. Ask an owner to invite you.')));
      return;
    }
    const tenant = list.find((t) => t.slug === parts[0]);
    const page = byName(parts[1]);
    if (!tenant || !page || page.public) {
      go({ tenant: (tenant || list[0]).slug, page: home });
      return;
    }
    const role = (early && (await early)) || (await membership(tenant.slug));
    drawBar(tenant, page.name, role.permissions);
    await mount(page, {
      api: client(tenant.slug),
      tenant,
      tenants: list,
      role: role.role,
      permissions: role.permissions,
      may: (permission) => role.permissions.includes(permission),
      params,
      navigate: (name, query) => go({ tenant: tenant.slug, page: name, params: query }),
      remember: (query) => remember({ tenant: tenant.slug, page: page.name, params: query }),
    }, loading || page.load());
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 401) {
      go({ page: 'sign-in' });
      return;
    }
    replace(main, h('div', { class: 'page' }, h('h1', {}, 'This page could not be shown'), problem(failure)));
  }
}

function enter(next) {
  if (next && next.startsWith('#/') && !next.startsWith('#/sign-in')) location.hash = next;
  else location.hash = '#/';
  if (location.hash === '#/') route();
}

window.addEventListener('hashchange', route);
route();
