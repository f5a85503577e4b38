// Every page of the console, one line each. A page is a module pages/<name>.js exporting
// render(root, ctx) (see docs/console.md). public: shown without signing in, outside any tenant.
// permission: shown in the navigation only to roles that have it (the API refuses the rest anyway).
export const pages = [
  { name: 'sign-in', title: 'Sign in', public: true, load: () => import('../pages/sign-in.js') },
  { name: 'reset-password', title: 'Reset password', public: true, load: () => import('../pages/reset-password.js') },
  { name: 'accept-invitation', title: 'Accept invitation', public: true, load: () => import('../pages/accept-invitation.js') },
  { name: 'consent-failed', title: 'Consent not completed', public: true, load: () => import('../pages/consent-failed.js') },
  { name: 'dashboard', title: 'Dashboard', load: () => import('../pages/dashboard.js') },
  { name: 'health', title: 'Health', load: () => import('../pages/health.js') },
  { name: 'tenant', title: 'Tenant', load: () => import('../pages/tenant.js') },
  { name: 'connections', title: 'Data sources', load: () => import('../pages/connections.js') },
  { name: 'alerts', title: 'Alerts', load: () => import('../pages/alerts.js') },
  { name: 'imports', title: 'CSV import', load: () => import('../pages/imports.js') },
  { name: 'members', title: 'Members', permission: 'view_members', load: () => import('../pages/members.js') },
  { name: 'audit', title: 'Audit log', permission: 'view_audit', load: () => import('../pages/audit.js') },
];

export const home = 'dashboard';
