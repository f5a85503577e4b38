// The CSV import wizard: upload a file (with its progress), edit the mapping the API proposes,
// read the row report (problems by line and column, a preview of the rows as they would be
// stored), commit; and every upload with its status, newest first. ?upload=<id> continues one.
import { h, replace, empty, problem, field, announce } from '../js/dom.js';
import * as f from '../js/format.js';
import { table, row, paged, query } from './parts/ui.js';
import { mappingStep } from './parts/import-mapping.js';
import { reportOf } from './parts/import-report.js';

// Every upload, newest first, 20 at a time (GET …/uploads/csv/, cursor paged as the API does).
async function history(ctx, past) {
  const zone = ctx.tenant.reporting_time_zone;
  const body = h('tbody', {});
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Show older uploads');
  const out = h('div', { class: 'errors', 'aria-live': 'polite' });
  const first = await paged(body, more, (cursor) => ctx.api.get(ctx.api.tenant(`uploads/csv/${query({ limit: 20, cursor })}`),
    { signal: ctx.signal }), (uploads) => uploads.map((u) => row({ 'data-upload': u.id, 'data-status': u.status },
    h('a', { href: `#/${encodeURIComponent(ctx.tenant.slug)}/imports?upload=${encodeURIComponent(u.id)}` }, u.file_name),
    u.status, h('td', {}, u.report ? f.count(u.report.rows) : '—'), h('td', {}, u.report ? f.count(u.report.valid_rows) : '—'),
    h('td', {}, u.report ? f.count(u.report.invalid_rows) : '—'), f.instant(u.uploaded_at, zone), u.committed_at ? f.instant(u.committed_at, zone) : '—')), out);
  if (!first.items.length) {
    replace(past, empty('No uploads yet', 'Upload a CSV export of ad spend above.'));
    return;
  }
  replace(past, table('Uploads, newest first', [{ label: 'File', text: true }, { label: 'Status', text: true }, { label: 'Rows' },
    { label: 'Valid' }, { label: 'Invalid' }, { label: 'Uploaded', text: true }, { label: 'Committed', text: true }],
  body, { 'data-uploads': '' }), more, out);
}

function uploadForm(ctx, shown) {
  const file = h('input', { type: 'file', name: 'file', accept: '.csv,.tsv,.txt,text/csv', required: true });
  const progress = h('progress', { max: '1', value: '0', hidden: true, 'aria-label': 'Upload progress' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'data-upload-form': '' }, h('h2', {}, '1. Upload a file'),
    h('p', { class: 'hint' }, 'A CSV export of ad spend (comma, semicolon or tab between fields). Nothing reaches the numbers before you commit.'),
    out, field('CSV file', file), progress, h('button', { type: 'submit' }, 'Upload'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) return;
    const button = form.querySelector('button');
    button.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    try {
      const upload = await ctx.api.upload(ctx.api.tenant('uploads/csv/'), file.files[0], {
        onProgress: (fraction) => { progress.value = fraction; },
      });
      progress.value = 1;
      announce(`${upload.file_name} uploaded`);
      ctx.remember({ upload: upload.id });
      await shown(upload);
    } catch (failure) {
      replace(out, problem(failure));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export async function render(root, ctx) {
  const step = h('div', {});
  const past = h('div', {});
  const mayUpload = ctx.may('upload_data');

  async function drawHistory() {
    try {
      await history(ctx, past);
    } catch (failure) {
      replace(past, problem(failure));
    }
  }

  async function shown(upload) {
    replace(step, h('section', { class: 'card', 'data-wizard': upload.id, 'data-status': upload.status },
      h('h2', {}, `2. ${upload.file_name}`),
      h('p', {}, `Status: ${upload.status}. ${upload.header_note}`),
      upload.duplicate_of ? h('p', { class: 'hint' }, 'The same bytes were uploaded before; committing this one replaces the same rows, it does not add to them.') : null,
      mayUpload && upload.status !== 'committed' ? mappingStep(ctx, upload, shown) : null,
      upload.report ? reportOf(ctx, upload, shown) : null));
    await drawHistory();
  }

  replace(root, h('div', { class: 'title-row' }, h('h1', {}, 'CSV import')),
    mayUpload ? uploadForm(ctx, shown) : h('p', { class: 'hint' }, 'Your role reads uploads; owners, admins and analysts upload.'),
    step, h('h2', {}, 'Uploads'), past);
  const id = ctx.params.get('upload');
  if (id) {
    try {
      await shown(await ctx.api.get(ctx.api.tenant(`uploads/${encodeURIComponent(id)}/`), { signal: ctx.signal }));
    } catch (failure) {
      replace(step, problem(failure));
      await drawHistory();
    }
  } else {
    await drawHistory();
  }
}
