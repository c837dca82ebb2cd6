import type zhCN from '../zh-CN/layout';

export default {
  layout: {
    allAgencies: 'All agencies',
    viewAgency: 'Agency',
    logout: 'Sign out',
    changePassword: 'Change password',
    language: 'Language',
    collapse: 'Collapse menu',
    expand: 'Expand menu',
    readOnlyHint: 'Committee leaders and grid liaisons browse agencies read-only',
    logoutConfirm: 'Sign out now?',
    mainMenu: 'Main menu',
    skipToContent: 'Skip to the content',
    userMenu: 'Account menu of {name}',
  },
  menu: {
    home: 'Home',
    overview: 'Party-building overview',
    orgTree: 'Organizations',
    members: 'Party members',
    posts: 'Posts',
    secretaryCheck: 'Head-secretary check',
    postTypes: 'Post catalogue',
    tenants: 'Agencies',
    users: 'Users',
    audit: 'Audit log',
    reminders: 'Reminders',
    account: 'Account',
    groupOrg: 'Organization',
    groupSystem: 'System',
  },
} satisfies typeof zhCN;
