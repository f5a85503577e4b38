// The row report of a mapped upload: counts, every problem by line and column (the first 100),
// lines left out, a preview of the rows as they would be stored; and commit when it is ready.
import { h, replace, empty, problem, announce } from '../../js/dom.js';
import * as f from '../../js/format.js';
import { table, row } from './ui.js';

const PREVIEW = ['date_day', 'account_id', 'campaign_name', 'campaign_id', 'currency_code', 'spend', 'impressions', 'clicks', 'conversions',
  'conversions_value'];

export function reportOf(ctx, upload, shown) {
  const report = upload.report;
  const out = h('div', { 'aria-live': 'polite' });
  const skipped = Object.entries(report.skipped_rows || {});
  const problems = report.problems || [];
  const preview = report.preview || [];
  let commit = null;
  if (upload.status === 'ready' && ctx.may('upload_data')) {
    commit = h('button', { type: 'button', 'data-commit': '' }, `Commit ${f.count(report.valid_rows)} rows`);
    commit.addEventListener('click', async () => {
      commit.disabled = true;
      try {
        const committed = await ctx.api.post(ctx.api.tenant(`uploads/${encodeURIComponent(upload.id)}/commit/`));
        announce(`${committed.file_name} committed`);
        await shown(committed);
      } catch (failure) {
        replace(out, problem(failure));
        commit.disabled = false;
      }
    });
  }
  return h('div', { 'data-report': upload.status },
    h('h3', {}, '4. Row report'),
    h('dl', { class: 'facts' }, [['Rows', report.rows], ['Would be stored', report.valid_rows], ['Cannot be stored', report.invalid_rows]]
      .map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, f.count(value))))),
    skipped.length ? h('p', { class: 'hint' }, 'Left out: ', skipped.map(([why, n]) => `${n} × ${why}`).join(', '), '.') : null,
    upload.status === 'invalid' ? h('p', { class: 'problem', role: 'alert' }, 'Some rows cannot be stored: correct the file or the mapping, then check again.') : null,
    problems.length
      ? table('Problems by line', [{ label: 'Line' }, { label: 'Column', text: true }, { label: 'Why', text: true }],
        problems.map((p) => h('tr', { 'data-line': p.line }, h('th', { scope: 'row' }, String(p.line)), h('td', { class: 'text' }, p.column || '(the row)'),
          h('td', { class: 'text' }, p.reason))), { 'data-problems': '' })
      : (report.problems ? empty('No problems', 'Every row would be stored.') : null),
    h('h3', {}, 'Preview'),
    preview.length
      ? table('The first rows as they would be stored', PREVIEW.map((c) => ({ label: c.replace(/_/g, ' '), text: !/spend|impressions|clicks|conversions/.test(c) })),
        preview.map((r) => row({}, r.date_day, ...PREVIEW.slice(1).map((c) => (/spend|impressions|clicks|conversions/.test(c)
          ? h('td', {}, r[c] === null || r[c] === undefined ? '—' : String(r[c])) : (r[c] === null || r[c] === undefined ? '—' : String(r[c])))))),
        { 'data-preview': '' })
      : empty('Nothing to preview', 'No row would be stored under this mapping.'),
    out,
    upload.status === 'committed' ? h('p', { class: 'ok', role: 'status', 'data-committed': '' },
      `Committed ${f.instant(upload.committed_at, ctx.tenant.reporting_time_zone)}: its rows are among the tenant's numbers.`) : commit);
}
