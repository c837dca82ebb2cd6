import type zhCN from '../zh-CN/home';

export default {
  home: {
    greeting: 'Hello, {name}',
    tenant: 'Agency',
    roles: 'Roles',
    lastStep: 'Open your work from the menu on the left',
    shortcuts: 'Shortcuts',
    myMember: 'My party membership',
    noMember: 'Your account is not linked to a member record',
    todos: 'My to-dos',
    noTodos: 'Nothing to do',
    todosFailed: 'Could not load your to-dos',
    dueAt: 'Due {at}',
    noDue: 'No due date',
    levelBLUE: 'Blue: not yet due',
    levelYELLOW: 'Yellow: due soon',
    levelRED: 'Red: overdue',
  },
  account: {
    title: 'Change password',
    current: 'Current password',
    next: 'New password',
    repeat: 'Repeat new password',
    currentRequired: 'Enter your current password',
    nextRule: 'The new password needs 8 to 128 characters, with letters and digits',
    repeatMismatch: 'The two new passwords differ',
    hint: 'Every token issued before the change stops working; you will sign in again.',
  },
} satisfies typeof zhCN;
