// Numbers, money and instants as the reader's browser writes them. The API sends decimals as
// strings; they are parsed only to be shown, never summed here.

const cache = new Map();

function formatter(key, make) {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
}

export function money(value, currency) {
  if (value === null || value === undefined) return '—';
  return formatter(`m${currency}`, () => new Intl.NumberFormat(undefined, { style: 'currency', currency })).format(Number(value));
}

export function count(value) {
  if (value === null || value === undefined) return '—';
  return formatter('c', () => new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 })).format(Number(value));
}

export function ratio(value, digits = 2) {
  if (value === null || value === undefined) return '—';
  return formatter(`r${digits}`, () => new Intl.NumberFormat(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits }))
    .format(Number(value));
}

export function percent(value) {
  if (value === null || value === undefined) return '—';
  return formatter('p', () => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 })).format(Number(value));
}

/** An instant in a named time zone, with the zone's name. */
export function instant(value, timeZone) {
  if (!value) return '—';
  return formatter(`i${timeZone}`, () => new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short',
  })).format(new Date(value));
}

export function viewerZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "3 minutes ago", from milliseconds. */
export function age(ms) {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const rtf = formatter('rt', () => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));
  if (seconds < 60) return rtf.format(-seconds, 'second');
  if (seconds < 3600) return rtf.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86400) return rtf.format(-Math.round(seconds / 3600), 'hour');
  return rtf.format(-Math.round(seconds / 86400), 'day');
}

/** An ISO date (yyyy-mm-dd) n days before another. */
export function daysBefore(isoDate, n) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** Today's date in a time zone, as yyyy-mm-dd. */
export function today(timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
