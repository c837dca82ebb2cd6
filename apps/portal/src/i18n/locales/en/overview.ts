import type zhCN from '../zh-CN/overview';

export default {
  overview: {
    title: 'Party-building overview',
    scopeAll: 'Live figures of every agency',
    scopeOne: 'Live figures of the selected agency',
    scopeOwn: 'Live figures of your agency',
    leadershipShare: 'Branch secretaries from the leadership',
    leadershipShareFoot: '{n} of {total} secretaries of standing branches (not general branches, cells or action branches) sit on the leadership team',
    cadres: 'Party-affairs cadres',
    cadresFoot: '{full} full-time · {part} part-time',
    actionBranches: 'Action branches',
    actionBranchesFoot: 'Set up in task forces and major projects',
    members: 'Party members',
    membersFoot: '{n} probationary',
    agencies: 'Agencies',
    agenciesFoot: '{organ} with an organ party committee · {deputy} with a full-time deputy',
    people: '',
    units: '',
    agencyUnit: '',
    byKind: 'Organizations by kind',
    byAgency: 'Organizations per agency (top 12)',
    agencyTooltip: '{members} members · {branches} branches',
    noUnits: 'No organizations yet',
  },
} satisfies typeof zhCN;
