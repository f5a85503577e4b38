// Hash routes, so the server serves one index.html and a reload keeps the place:
//   #/<public page>?query          sign-in, reset-password, accept-invitation
//   #/<tenant slug>/<page>?query   every other page, within the tenant the switcher shows

export function parse(hash = location.hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query) };
}

export function href({ tenant, page, params }) {
  const query = params && [...new URLSearchParams(params)].length ? `?${new URLSearchParams(params)}` : '';
  const path = tenant ? `${encodeURIComponent(tenant)}/${encodeURIComponent(page)}` : encodeURIComponent(page);
  return `#/${path}${query}`;
}

/** Goes to the place: a new history entry, and the router renders it. */
export function go(place) {
  location.hash = href(place);
}

/** Changes the address without rendering again (a page recording its own toggles). */
export function remember(place) {
  history.replaceState(null, '', href(place));
}
