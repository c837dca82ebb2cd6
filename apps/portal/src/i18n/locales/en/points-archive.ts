import type zh from '../zh-CN/points-archive';

export default {
  pointsArchive: {
    menu: 'Points archive',
    title: 'Yearly points archive',
    subtitle: 'Once a year is over and its points decided, archive it: the year’s points and ranking are kept as they stand, and nothing of that year can be declared, decided, appealed or reversed again; the new year starts from zero',
    archive: 'Archive {year}',
    confirm: 'Archive the points of {year}? Nothing of that year can change afterwards.',
    archived: 'The points of {year} are archived',
    export: 'Export .xlsx',
    file: 'Points archive {year}.xlsx',
    none: 'No year archived yet',
    empty: 'No member has points in this year',
    year: 'Archived year',
    yearLabel: '{year}',
    totalPoints: 'Points in the year',
    members: 'Members',
    participants: 'Members with points',
    rate: 'Participation',
    archivedAt: 'Archived on',
    rank: 'Rank',
    member: 'Member',
    branch: 'Branch',
    branchRank: 'Rank in branch',
    points: 'Points',
  },
} satisfies typeof zh;
