// The cross-channel dashboard: GET …/metrics/combined/ by platform over time, as a chart and a
// table, with the freshness of the data. When the API cannot be reached or answers too slowly,
// the last answer stays on screen, says how old it is, and the page tries again.
import { h, replace, empty, problem, announce, field } from '../js/dom.js';
import * as f from '../js/format.js';
import { uPlotReady, COLOURS } from '../js/chart.js';

const PLATFORMS = ['META_ADS', 'GOOGLE_ADS', 'MICROSOFT_ADS', 'LINKEDIN_ADS', 'TIKTOK_ADS', 'CSV'];
const PLATFORM_NAMES = { META_ADS: 'Meta Ads', GOOGLE_ADS: 'Google Ads', MICROSOFT_ADS: 'Microsoft Ads',
  LINKEDIN_ADS: 'LinkedIn Ads', TIKTOK_ADS: 'TikTok Ads', CSV: 'CSV uploads' };
const DATASETS = { ads: 'Ads', web: 'GA4', search: 'Search Console' };
const PERIODS = { 7: 'Last 7 days', 30: 'Last 30 days', 90: 'Last 90 days', 365: 'Last 12 months' };
const GRANULARITIES = { day: 'Day', week: 'Week', month: 'Month' };
const METRICS = {
  spend: { label: 'Spend', kind: 'money' },
  impressions: { label: 'Impressions', kind: 'count' },
  clicks: { label: 'Clicks', kind: 'count' },
  conversions: { label: 'Conversions', kind: 'count' },
  conversions_value: { label: 'Conversion value', kind: 'money' },
  cpc: { label: 'CPC', kind: 'money' },
  cpa: { label: 'CPA', kind: 'money' },
  roas: { label: 'ROAS', kind: 'ratio' },
};
const TIMEOUT_MS = 8_000;
const RETRIES_S = [5, 10, 20, 40, 60];

// The last answer per tenant, kept while the console is open: shown when the API is away.
const lastAnswers = new Map();

function platformName(code) {
  return PLATFORM_NAMES[code] || code || 'All platforms';
}

function show(kind, value, currency) {
  if (kind === 'money') return f.money(value, currency);
  if (kind === 'ratio') return f.ratio(value);
  return f.count(value);
}

function stateOf(params) {
  const pick = (name, allowed, fallback) => (allowed.includes(params.get(name)) ? params.get(name) : fallback);
  const list = (name, allowed) => {
    const raw = params.get(name);
    if (raw === null) return [...allowed];
    return raw.split(',').filter((v) => allowed.includes(v));
  };
  return {
    granularity: pick('granularity', Object.keys(GRANULARITIES), 'week'),
    period: pick('period', Object.keys(PERIODS), '90'),
    metric: pick('metric', Object.keys(METRICS), 'spend'),
    platforms: list('platforms', PLATFORMS),
    datasets: list('datasets', Object.keys(DATASETS)),
  };
}

function queryOf(state, tenant) {
  const end = f.daysBefore(f.today(tenant.reporting_time_zone), 1);
  const start = f.daysBefore(end, Number(state.period) - 1);
  const query = new URLSearchParams({ start, end, granularity: state.granularity, group_by: 'platform' });
  if (state.platforms.length && state.platforms.length < PLATFORMS.length) query.set('platforms', state.platforms.join(','));
  if (state.datasets.length) query.set('datasets', state.datasets.join(','));
  return query;
}

function paramsOf(state) {
  const params = { granularity: state.granularity, period: state.period, metric: state.metric };
  if (state.platforms.length < PLATFORMS.length) params.platforms = state.platforms.join(',');
  if (state.datasets.length < Object.keys(DATASETS).length) params.datasets = state.datasets.join(',');
  return params;
}

function toolbar(state, changed) {
  const radios = (legend, name, options, current) => h('fieldset', {}, h('legend', {}, legend),
    Object.entries(options).map(([value, label]) => h('label', {},
      h('input', { type: 'radio', name, value, checked: value === current, onchange: () => changed({ [name]: value }) }), ` ${label}`)));
  const boxes = (legend, name, options, chosen) => h('fieldset', {}, h('legend', {}, legend),
    Object.entries(options).map(([value, label]) => h('label', {},
      h('input', { type: 'checkbox', name, value, checked: chosen.includes(value),
        onchange: (event) => {
          const set = new Set(chosen);
          if (event.target.checked) set.add(value); else set.delete(value);
          changed({ [name]: Object.keys(options).filter((v) => set.has(v)) });
        } }), ` ${label}`)));
  const period = h('select', { name: 'period', onchange: (event) => changed({ period: event.target.value }) },
    Object.entries(PERIODS).map(([value, label]) => h('option', { value, selected: value === state.period }, label)));
  const metric = h('select', { name: 'metric', onchange: (event) => changed({ metric: event.target.value }) },
    Object.entries(METRICS).map(([value, m]) => h('option', { value, selected: value === state.metric }, m.label)));
  return h('form', { class: 'toolbar', 'aria-label': 'What to show', onsubmit: (event) => event.preventDefault() },
    field('Period', period),
    radios('Granularity', 'granularity', GRANULARITIES, state.granularity),
    boxes('Platforms', 'platforms', Object.fromEntries(PLATFORMS.map((p) => [p, platformName(p)])), state.platforms),
    boxes('Datasets', 'datasets', DATASETS, state.datasets),
    field('Chart shows', metric));
}

function reasons(body) {
  const all = [...(body.stale_reasons || [])];
  for (const dataset of body.freshness || []) {
    for (const reason of dataset.stale_reasons || []) {
      const text = `${DATASETS[dataset.dataset] || dataset.dataset}: ${reason}`;
      if (!all.includes(reason) && !all.includes(text)) all.push(text);
    }
  }
  return all;
}

function snapshotLine(body, tenant) {
  if (!body.snapshot_generated_at) return h('p', {}, 'No snapshot has been made yet; the numbers are computed from the facts.');
  const zone = tenant.reporting_time_zone;
  return h('p', {}, 'Snapshot made ',
    h('time', { datetime: body.snapshot_generated_at, 'data-zone': 'tenant' }, `${f.instant(body.snapshot_generated_at, zone)} (${zone})`),
    ', your time ',
    h('time', { datetime: body.snapshot_generated_at, 'data-zone': 'viewer' }, f.instant(body.snapshot_generated_at, f.viewerZone())), '.');
}

function banner(body, tenant, outage) {
  if (outage) {
    const kept = outage.kept;
    return h('div', { class: 'banner down', role: 'alert', 'data-state': 'down' },
      h('p', {}, h('strong', {}, outage.slow ? 'The service is answering too slowly.' : 'The service cannot be reached.')),
      kept
        ? h('p', {}, 'Showing the last answer, received ', h('span', { class: 'age', 'data-received': kept.at }, f.age(Date.now() - kept.at)),
          ` (${f.instant(new Date(kept.at).toISOString(), f.viewerZone())}).`)
        : h('p', {}, 'There is no earlier answer to show.'),
      h('p', {}, 'Trying again in ', h('span', { class: 'retry-in' }, String(outage.retryIn)), ' s. ',
        h('button', { type: 'button', class: 'secondary', onclick: outage.retryNow }, 'Try now')),
      body ? snapshotLine(body, tenant) : null);
  }
  const why = reasons(body);
  if (body.stale || why.length) {
    return h('div', { class: 'banner stale', role: 'status', 'data-state': 'stale' },
      h('p', {}, h('strong', {}, 'Some data may be out of date.')),
      snapshotLine(body, tenant),
      why.length ? h('ul', { class: 'reasons' }, why.map((reason) => h('li', {}, reason))) : null);
  }
  return h('div', { class: 'banner fresh', role: 'status', 'data-state': 'fresh' },
    h('p', {}, h('strong', {}, 'Up to date.')), snapshotLine(body, tenant));
}

function totals(body) {
  const t = body.totals;
  if (!t) return null;
  return h('section', { 'aria-labelledby': 'totals-title' },
    h('h2', { id: 'totals-title' }, `Totals in ${body.currency}`),
    h('dl', { class: 'totals' }, Object.entries(METRICS).map(([name, m]) => h('div', {},
      h('dt', {}, m.label), h('dd', { 'data-metric': name, 'data-value': t[name] ?? '' }, show(m.kind, t[name], body.currency))))));
}

function unconverted(body) {
  const u = body.unconverted;
  if (!u || (!u.ad_rows && !u.web_rows)) return null;
  const items = [
    ...Object.entries(u.spend_by_currency || {}).map(([currency, amount]) => h('li', { 'data-currency': currency },
      `Spend ${amount} ${currency}`)),
    ...Object.entries(u.revenue_by_currency || {}).map(([currency, amount]) => h('li', { 'data-currency': currency },
      `GA4 revenue ${amount} ${currency}`)),
  ];
  return h('section', { class: 'banner stale', 'aria-labelledby': 'unconverted-title', 'data-unconverted': '' },
    h('h2', { id: 'unconverted-title' }, `Not converted into ${body.currency}`),
    h('p', {}, `${u.ad_rows} ad rows and ${u.web_rows} GA4 rows have no exchange rate (or no currency): their amounts are shown as they are and left out of the totals.`),
    h('ul', {}, items));
}

// Rows drawn at once; the rest follow in slices between frames, so a year by day (about two
// thousand rows) does not hold the page: the reader can scroll and click while they arrive.
const FIRST_ROWS = 150;
const ROWS_PER_SLICE = 400;

function tableRow(row, body, columns) {
  return h('tr', { 'data-period': row.period, 'data-platform': row.platform || '' },
    h('th', { scope: 'row' }, row.period),
    h('td', { class: 'text' }, platformName(row.platform)),
    columns.map(([name, m]) => h('td', { 'data-metric': name, 'data-value': row[name] ?? '' },
      row.currency_code === body.currency || m.kind !== 'money' ? show(m.kind, row[name], body.currency) : `${row[name]} ${row.currency_code}`)));
}

function table(body, signal) {
  if (!body.rows || !body.rows.length) {
    return empty('No ad data for this period and these platforms.', 'Connect a platform or upload a CSV export, or widen the period.');
  }
  const columns = Object.entries(METRICS);
  const tbody = h('tbody', {}, body.rows.slice(0, FIRST_ROWS).map((row) => tableRow(row, body, columns)));
  const element = h('table', { 'data-rows': '' },
    h('caption', { id: 'rows-caption' }, `By platform and ${GRANULARITIES[body.granularity].toLowerCase()}, in ${body.currency}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Period'), h('th', { scope: 'col', class: 'text' }, 'Platform'),
      columns.map(([, m]) => h('th', { scope: 'col' }, m.label)))),
    tbody);
  let next = FIRST_ROWS;
  const slice = () => {
    if (signal.aborted || !element.isConnected) return;
    const rows = body.rows.slice(next, next + ROWS_PER_SLICE);
    const part = document.createDocumentFragment();
    rows.forEach((row) => part.append(tableRow(row, body, columns)));
    tbody.append(part);
    next += rows.length;
    if (next < body.rows.length) setTimeout(slice, 0);
    else element.dataset.complete = '';
  };
  if (body.rows.length > FIRST_ROWS) setTimeout(slice, 0);
  else element.dataset.complete = '';
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'rows-caption' }, element);
}

function sections(body) {
  const out = [];
  if (body.web) {
    const w = body.web.totals;
    out.push(h('section', { 'aria-labelledby': 'web-title' }, h('h2', { id: 'web-title' }, 'GA4'),
      body.web.rows.length ? h('dl', { class: 'totals' },
        h('div', {}, h('dt', {}, 'Sessions'), h('dd', { 'data-web': 'sessions' }, f.count(w.sessions))),
        h('div', {}, h('dt', {}, 'Users'), h('dd', {}, f.count(w.users))),
        h('div', {}, h('dt', {}, 'Conversions'), h('dd', {}, f.count(w.conversions))),
        h('div', {}, h('dt', {}, 'Revenue'), h('dd', {}, f.money(w.revenue, body.currency))))
        : empty('No GA4 data for this period.', 'Connect a GA4 property to see sessions and revenue.')));
  }
  if (body.search) {
    const s = body.search.totals;
    out.push(h('section', { 'aria-labelledby': 'search-title' }, h('h2', { id: 'search-title' }, 'Search Console'),
      body.search.rows.length ? h('dl', { class: 'totals' }, Object.entries(s).map(([name, value]) => h('div', {},
        h('dt', {}, name.replace(/_/g, ' ')), h('dd', {}, f.count(value)))))
        : empty('No Search Console data for this period.', 'Connect a Search Console property to see organic clicks.')));
  }
  return out;
}

async function chart(container, body, metric) {
  const rows = body.rows || [];
  if (!rows.length) {
    replace(container);
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const platforms = [...new Set(rows.map((r) => r.platform))];
  const index = new Map(periods.map((p, i) => [p, i]));
  const series = platforms.map(() => periods.map(() => null));
  rows.forEach((row) => {
    const value = row[metric];
    series[platforms.indexOf(row.platform)][index.get(row.period)] = value === null || value === undefined ? null : Number(value);
  });
  const m = METRICS[metric];
  container.setAttribute('aria-label', `${m.label} by platform over time; the table below has every number.`);
  const uPlot = await uPlotReady();
  replace(container);
  const width = Math.max(280, container.clientWidth - 16);
  // eslint-disable-next-line new-cap
  const plot = new uPlot({
    width,
    height: width < 500 ? 220 : 300,
    series: [{ label: 'Period', value: (u, v) => (v === null ? '—' : new Date(v * 1000).toISOString().slice(0, 10)) },
      ...platforms.map((p, i) => ({ label: platformName(p), stroke: COLOURS[i % COLOURS.length], width: 2,
        value: (u, v) => show(m.kind, v, body.currency) }))],
    axes: [{}, { values: (u, ticks) => ticks.map((v) => show(m.kind, v, body.currency)), size: 80 }],
    scales: { x: { time: true } },
  }, [periods.map((p) => Date.parse(`${p}T00:00:00Z`) / 1000), ...series], container);
  return plot;
}

export async function render(root, ctx) {
  // The chart library loads while the numbers are asked for.
  uPlotReady().catch(() => undefined);
  let state = stateOf(ctx.params);
  const key = () => `${ctx.tenant.slug}?${queryOf(state, ctx.tenant)}`;
  const bannerBox = h('div', { 'aria-live': 'polite' });
  const content = h('div', {});
  const chartBox = h('div', { class: 'chart', role: 'img' });
  const refresh = h('button', { type: 'button', class: 'secondary', onclick: () => load() }, 'Refresh');
  let retryTimer = null;
  let tickTimer = null;
  let attempt = 0;
  let plot = null;

  function changed(patch) {
    state = { ...state, ...patch };
    ctx.remember(paramsOf(state));
    if (Object.keys(patch).length === 1 && patch.metric) {
      const kept = lastAnswers.get(key());
      if (kept) drawChart(kept.body);
      return;
    }
    load();
  }

  async function drawChart(body) {
    shown = body;
    if (plot) plot.destroy();
    plot = await chart(chartBox, body, state.metric).catch((failure) => {
      replace(chartBox, problem(failure));
      return null;
    });
  }

  function draw(body, outage) {
    replace(bannerBox, banner(body, ctx.tenant, outage));
    if (!body) {
      replace(content);
      return;
    }
    replace(content, totals(body), unconverted(body),
      h('h2', {}, `${METRICS[state.metric].label} by platform`), chartBox,
      h('h2', {}, 'By platform over time'), table(body, ctx.signal), sections(body));
    drawChart(body);
  }

  function stopTimers() {
    clearTimeout(retryTimer);
    clearInterval(tickTimer);
  }
  // The chart is drawn to the width it has: again when the window changes (a phone turned).
  let resizing = null;
  let shown = null;
  const onResize = () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => { if (shown) drawChart(shown); }, 150);
  };
  window.addEventListener('resize', onResize);
  ctx.signal.addEventListener('abort', () => {
    stopTimers();
    window.removeEventListener('resize', onResize);
    if (plot) plot.destroy();
  });

  async function load() {
    stopTimers();
    const wanted = key();
    // The query on the page, so a reader (or a test) can ask the API the same question.
    root.dataset.query = queryOf(state, ctx.tenant).toString();
    refresh.disabled = true;
    try {
      const body = await ctx.api.get(`${ctx.api.tenant('metrics/combined/')}?${queryOf(state, ctx.tenant)}`,
        { timeoutMs: TIMEOUT_MS, signal: ctx.signal });
      if (ctx.signal.aborted) return;
      attempt = 0;
      lastAnswers.set(wanted, { body, at: Date.now() });
      lastAnswers.set(ctx.tenant.slug, lastAnswers.get(wanted));
      draw(body, null);
      announce('Dashboard updated');
    } catch (failure) {
      if (ctx.signal.aborted) return;
      if (failure.status && failure.status !== 503 && failure.status !== 502 && failure.status !== 504) {
        // The API answered and refused (a bad parameter, no access): say what it said.
        replace(bannerBox, problem(failure));
        replace(content);
        return;
      }
      const kept = lastAnswers.get(wanted) || lastAnswers.get(ctx.tenant.slug);
      const wait = failure.retryAfter || RETRIES_S[Math.min(attempt, RETRIES_S.length - 1)];
      attempt += 1;
      let left = wait;
      const outage = { kept, slow: failure.status === 0 && failure.slow, retryIn: left, retryNow: () => load() };
      draw(kept ? kept.body : null, outage);
      tickTimer = setInterval(() => {
        left -= 1;
        outage.retryIn = Math.max(0, left);
        const ageText = bannerBox.querySelector('.age');
        if (ageText && kept) ageText.textContent = f.age(Date.now() - kept.at);
        const retryIn = bannerBox.querySelector('.retry-in');
        if (retryIn) retryIn.textContent = String(outage.retryIn);
      }, 1000);
      retryTimer = setTimeout(load, wait * 1000);
      announce('The service cannot be reached; showing the last answer');
    } finally {
      refresh.disabled = false;
    }
  }

  replace(root,
    h('div', { class: 'title-row' }, h('h1', {}, `Dashboard · ${ctx.tenant.display_name}`), refresh),
    bannerBox, toolbar(state, changed), content);
  await load();
}
