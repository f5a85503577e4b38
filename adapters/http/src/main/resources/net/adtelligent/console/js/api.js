// The one way pages talk to the API: JSON in and out, the access token added, a 401 answered by
// refreshing the session once, and every failure thrown as an ApiError carrying the problem+json
// body (RFC 9457) the API sent, so a page can show what the API said.
import { accessToken } from './session.js';

const DEFAULT_TIMEOUT_MS = 15_000;

export class ApiError extends Error {
  /** status 0: the API could not be reached (network down, timed out). */
  constructor(status, problem, retryAfter) {
    super(problem && problem.title ? problem.title : status === 0 ? 'The service cannot be reached' : `HTTP ${status}`);
    this.status = status;
    this.problem = problem || (status === 0 ? { title: 'The service cannot be reached', detail: 'Check the connection; the page tries again.' } : null);
    this.retryAfter = retryAfter;
  }
}

async function bodyOf(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) return response.json();
  return response.text();
}

async function send(method, path, { body, timeoutMs = DEFAULT_TIMEOUT_MS, signal, headers = {}, retried = false } = {}) {
  const token = await accessToken({ force: retried });
  if (!token) throw new ApiError(401, { title: 'Signed out', detail: 'Sign in again.' });
  const abort = new AbortController();
  let slow = false;
  const timer = setTimeout(() => { slow = true; abort.abort(); }, timeoutMs);
  if (signal) signal.addEventListener('abort', () => abort.abort(), { once: true });
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        Authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      credentials: 'omit',
      signal: abort.signal,
    });
  } catch (failure) {
    if (signal && signal.aborted) throw failure;
    const unreachable = new ApiError(0, null);
    // Too slow: the page may say so rather than "cannot be reached".
    unreachable.slow = slow;
    throw unreachable;
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 401 && !retried) {
    return send(method, path, { body, timeoutMs, signal, headers, retried: true });
  }
  const parsed = await bodyOf(response).catch(() => null);
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
    throw new ApiError(response.status, typeof parsed === 'object' ? parsed : { title: `HTTP ${response.status}` }, retryAfter);
  }
  return parsed;
}

/** Uploads a file with progress (fetch reports none): onProgress(fraction 0..1). */
async function upload(path, file, { field = 'file', onProgress } = {}) {
  const token = await accessToken();
  if (!token) throw new ApiError(401, { title: 'Signed out', detail: 'Sign in again.' });
  const form = new FormData();
  form.append(field, file);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.upload.addEventListener('progress', (event) => {
      if (onProgress && event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('error', () => reject(new ApiError(0, null)));
    request.addEventListener('load', () => {
      let parsed = null;
      try { parsed = request.responseText ? JSON.parse(request.responseText) : null; } catch { parsed = null; }
      if (request.status >= 200 && request.status < 300) resolve(parsed);
      else reject(new ApiError(request.status, parsed, Number(request.getResponseHeader('Retry-After')) || undefined));
    });
    request.send(form);
  });
}

/** The client, optionally bound to a tenant: api.tenant('alerts/') is /api/tenants/<slug>/alerts/. */
export function client(slug) {
  const api = {
    get: (path, options) => send('GET', path, options),
    post: (path, body, options) => send('POST', path, { ...options, body }),
    put: (path, body, options) => send('PUT', path, { ...options, body }),
    patch: (path, body, options) => send('PATCH', path, { ...options, body }),
    delete: (path, options) => send('DELETE', path, options),
    upload,
    tenant: (path = '') => `/api/tenants/${encodeURIComponent(slug)}/${path}`,
  };
  return api;
}

/** Requests that need no sign-in (password reset, invitations, health). */
export async function anonymous(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: 'application/json, application/problem+json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, null);
  }
  const parsed = await bodyOf(response).catch(() => null);
  if (!response.ok) throw new ApiError(response.status, typeof parsed === 'object' ? parsed : null, Number(response.headers.get('Retry-After')) || undefined);
  return parsed;
}
