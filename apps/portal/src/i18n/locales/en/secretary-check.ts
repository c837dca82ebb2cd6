import type zhCN from '../zh-CN/secretary-check';

export default {
  secretaryCheck: {
    title: 'Head of the agency as secretary of its organ committee',
    subtitle: 'Agencies with an organ party committee whose secretary is not the head of the party group (committee), or where a post is vacant',
    top: 'Party group (committee)',
    topSecretary: 'Its secretary',
    organ: 'Organ committee',
    organSecretary: 'Its secretary',
    problem: 'Problem',
    vacant: 'Vacant',
    topVacant: 'Party group secretary vacant',
    organVacant: 'Organ committee secretary vacant',
    different: 'Not the head of the agency',
    empty: 'Every agency has its head as the organ committee secretary',
  },
} satisfies typeof zhCN;
