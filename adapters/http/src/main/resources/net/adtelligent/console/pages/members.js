// Members and invitations: every member with their role (view_members); owners and admins change
// a role or remove a member (change_members: only owners grant or take the owner role, and a
// tenant keeps one owner, which the API says when refused), invite by email and revoke a pending
// invitation (invite_members).
import { h, replace, empty, problem, field, announce } from '../js/dom.js';
import * as f from '../js/format.js';
import { table, row, action, confirmed, select } from './parts/ui.js';

const ROLES = ['owner', 'admin', 'analyst', 'viewer'];

function assignable(ctx) {
  return ROLES.filter((role) => ctx.role === 'owner' || role !== 'owner').map((r) => [r, r]);
}

function roleControl(ctx, member, out, changed) {
  if (!ctx.may('change_members') || (member.role === 'owner' && ctx.role !== 'owner')) return member.role;
  const choice = select('role', assignable(ctx), member.role);
  choice.setAttribute('aria-label', `Role of ${member.email}`);
  const save = action('Change', out, () => ctx.api.patch(ctx.api.tenant(`members/${encodeURIComponent(member.user_id)}/`), { role: choice.value }),
    async (changedMember) => { await changed(); return `${changedMember.email} is now ${changedMember.role}.`; },
    { 'aria-label': `Change the role of ${member.email}`, 'data-change-role': member.email });
  return h('span', { class: 'buttons' }, choice, ' ', save);
}

async function members(ctx, out, changed) {
  const page = await ctx.api.get(ctx.api.tenant('members/'), { signal: ctx.signal });
  if (!page.items.length) return empty('No members', 'Invite someone below.');
  const zone = ctx.tenant.reporting_time_zone;
  const removable = (m) => ctx.may('change_members') && (m.role !== 'owner' || ctx.role === 'owner');
  return table('Members', [{ label: 'Email', text: true }, { label: 'Role', text: true }, { label: 'Member since', text: true },
    ...(ctx.may('change_members') ? [{ label: 'Remove', text: true }] : [])],
  page.items.map((m) => row({ 'data-member': m.email }, m.email, roleControl(ctx, m, out, changed), f.instant(m.since, zone),
    ...(ctx.may('change_members') ? [removable(m) ? confirmed('Remove', `Remove ${m.email} from ${ctx.tenant.display_name}?`, out,
      () => ctx.api.delete(ctx.api.tenant(`members/${encodeURIComponent(m.user_id)}/`)),
      async () => { await changed(); return `${m.email} removed.`; }, { 'aria-label': `Remove ${m.email}` }) : '—'] : []))),
  { 'data-members': '' });
}

async function invitations(ctx, out, changed) {
  const page = await ctx.api.get(ctx.api.tenant('invitations/'), { signal: ctx.signal });
  if (!page.items.length) return empty('No pending invitations', 'An invitation stays here until it is accepted, revoked or runs out (7 days).');
  const zone = ctx.tenant.reporting_time_zone;
  return table('Pending invitations', [{ label: 'Email', text: true }, { label: 'Role', text: true }, { label: 'Sent', text: true },
    { label: 'Runs out', text: true }, { label: 'Revoke', text: true }],
  page.items.map((i) => row({ 'data-invitation': i.email }, i.email, i.role, f.instant(i.issued_at, zone), f.instant(i.expires_at, zone),
    confirmed('Revoke', `Revoke the invitation of ${i.email}?`, out, () => ctx.api.delete(ctx.api.tenant(`invitations/${encodeURIComponent(i.id)}/`)),
      async () => { await changed(); return `The invitation of ${i.email} is revoked.`; }, { 'aria-label': `Revoke the invitation of ${i.email}` }))),
  { 'data-invitations': '' });
}

function inviteForm(ctx, changed) {
  const email = h('input', { type: 'email', name: 'email', required: true, autocomplete: 'off', maxlength: 254 });
  const role = select('role', assignable(ctx), 'analyst');
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card', 'data-invite': '' }, h('h2', {}, 'Invite someone'), out,
    field('Email', email), field('Role', role), h('button', { type: 'submit' }, 'Send the invitation'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const sent = await ctx.api.post(ctx.api.tenant('invitations/'), { email: email.value, role: role.value });
      form.reset();
      await changed();
      replace(out, h('p', { class: 'ok', role: 'status' }, `Invitation sent to ${sent.email} as ${sent.role}.`));
      announce(`Invitation sent to ${sent.email}`);
    } catch (failure) {
      replace(out, problem(failure));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export async function render(root, ctx) {
  const out = h('div', { class: 'errors', 'aria-live': 'polite' });
  const memberList = h('div', {});
  const invitationList = h('div', {});
  const drawMembers = async () => replace(memberList, await members(ctx, out, drawAll).catch(problem));
  const drawInvitations = async () => replace(invitationList, await invitations(ctx, out, drawAll).catch(problem));
  async function drawAll() {
    await drawMembers();
    if (ctx.may('invite_members')) await drawInvitations();
  }
  replace(root, h('div', { class: 'title-row' }, h('h1', {}, 'Members')), out, memberList,
    ctx.may('invite_members') ? [h('h2', {}, 'Invitations'), invitationList, inviteForm(ctx, drawAll)] : null);
  await drawAll();
}
