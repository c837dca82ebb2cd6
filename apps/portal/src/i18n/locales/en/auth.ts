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
    features: ['Party organizations and the member register, with spreadsheet import', 'Posts of the three levels, two classes and nine posts, with the head-secretary check', 'Live committee overview of every agency'],
  },
} satisfies typeof zhCN;
