// The named permissions routes and buttons ask for; the user's come from `me.permissions`. Which roles
// hold them is the server's catalogue alone (permissionCatalogue), and an e2e case checks that every
// name here is in it, so a renamed permission cannot silently hide a page.
export const Permission = {
  USERS_READ: 'users.read',
  USERS_MANAGE: 'users.manage',
  TENANTS_CREATE: 'tenants.create',
  AGENCY_USERS_MANAGE: 'agency-users.manage',
  TENANTS_MANAGE: 'tenants.manage',
  AUDIT_READ: 'audit.read',
  ORG_UNITS_MANAGE: 'org.units.manage',
  ORG_MEMBERS_READ: 'org.members.read',
  ORG_MEMBERS_MANAGE: 'org.members.manage',
  ORG_POSTS_ASSIGN: 'org.posts.assign',
  POST_TYPES_MANAGE: 'org.post-types.manage',
  ORG_OVERVIEW_READ: 'org.overview.read',
  REMINDER_SETTINGS_READ: 'reminders.settings.read',
  REMINDER_SETTINGS_MANAGE: 'reminders.settings.manage',
  INSTITUTIONS_MANAGE: 'duty.institutions.manage',
  INSTITUTIONS_RECEIPTS: 'duty.institutions.receipts.read',
  INSTITUTIONS_RESPOND: 'duty.institutions.respond',
  DUTY_TEMPLATES_MANAGE: 'duty.templates.manage',
  DUTY_LISTS_READ: 'duty.lists.read',
  DUTY_LISTS_MANAGE: 'duty.lists.manage',
  DUTY_RECORDS_WRITE: 'duty.records.write',
  DUTY_RECORDS_REVIEW: 'duty.records.review',
  DUTY_FIGURES_READ: 'duty.figures.read',
  WORK_TASKS_READ: 'work.tasks.read',
  WORK_TASKS_MANAGE: 'work.tasks.manage',
  WORK_RECEIPTS_REVIEW: 'work.receipts.review',
  WORK_RECEIPTS_RESPOND: 'work.receipts.respond',
  WORK_PROJECTS_READ: 'work.projects.read',
  WORK_PROJECTS_APPLY: 'work.projects.apply',
  WORK_PROJECTS_REVIEW: 'work.projects.review',
} as const;

export type Permission = (typeof Permission)[keyof typeof Permission];
