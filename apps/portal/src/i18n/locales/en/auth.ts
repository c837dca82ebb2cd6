import type zhCN from '../zh-CN/auth';

export default {
  login: {
    title: 'Sign in',
    welcome: 'Welcome to the party-building responsibility platform',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    expired: 'Your session has expired; please sign in again',
    loggedOut: 'You have signed out',
    passwordChanged: 'Password changed; sign in with the new one',
    footer: 'Municipal organs working committee · the responsibility loop',
    features: ['Three-level, two-class, nine-post responsibility lists', 'Project tasks, inspections and rectification', 'Live committee overview of every agency'],
  },
} satisfies typeof zhCN;
