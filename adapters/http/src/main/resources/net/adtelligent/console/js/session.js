// The console's session: the refresh token lives in an HttpOnly cookie this script never sees;
// the access token only in this module's memory (never in localStorage or sessionStorage). A
// reload trades the cookie for a new access token, sending the CSRF token from its readable cookie.

const SESSION = '/api/console/session/';
const CSRF_COOKIE = 'adt_console_csrf';
// Refresh a little before the access token ends, so a request never leaves with a dead one.
const EARLY_MS = 30_000;

let access = null;
let expiresAt = 0;
let csrf = null;
let pending = null;

function csrfFromCookie() {
  const found = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return found ? decodeURIComponent(found.slice(CSRF_COOKIE.length + 1)) : null;
}

function keep(body) {
  access = body.access;
  expiresAt = Date.parse(body.access_expires_at);
  csrf = body.csrf_token;
}

function forget() {
  access = null;
  expiresAt = 0;
  csrf = null;
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return { title: `HTTP ${response.status}` };
  }
}

export class SessionError extends Error {
  constructor(status, problem) {
    super(problem && problem.title ? problem.title : `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function signIn(email, password) {
  const response = await fetch(SESSION, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new SessionError(response.status, await problemOf(response));
  keep(await response.json());
}

async function refreshNow() {
  const token = csrf || csrfFromCookie();
  if (!token) return false;
  const response = await fetch(`${SESSION}refresh/`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-CSRF-Token': token, Accept: 'application/json' },
  });
  if (response.status === 401 || response.status === 403) {
    forget();
    return false;
  }
  if (!response.ok) throw new SessionError(response.status, await problemOf(response));
  keep(await response.json());
  return true;
}

/**
 * A fresh access token, or null when there is no session. Tabs share the cookie, and a refresh
 * token is single-use: one refresh at a time across tabs (Web Locks), else a second tab would
 * present a used token and sign everybody out.
 */
export async function accessToken({ force = false } = {}) {
  if (!force && access && Date.now() < expiresAt - EARLY_MS) return access;
  if (!pending) {
    const run = () => refreshNow().finally(() => { pending = null; });
    pending = navigator.locks ? navigator.locks.request('adt-console-refresh', run) : run();
  }
  const ok = await pending;
  return ok ? access : null;
}

export async function signOut() {
  const token = csrf || csrfFromCookie();
  forget();
  await fetch(SESSION, {
    method: 'DELETE',
    credentials: 'same-origin',
    headers: token ? { 'X-CSRF-Token': token } : {},
  }).catch(() => undefined);
}
