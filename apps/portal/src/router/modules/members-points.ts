import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 党员积分: the branch secretary's 积分审核 (the to-do "审核党员积分" links here). The 党员队伍 group
// holds 14.51–14.99: 我的积分 .51, 积分审核 .52, 积分台账 .53, 积分规则 .54, 积分排行 .55,
// 讲台活动 .6, 星级评定 .7, 表彰 .8. 台账 and 排行 are for those who oversee (a member's own entries and
// standing are on 我的积分).
export default [
  {
    path: 'members/points/mine',
    name: 'members-points-mine',
    component: () => import('@/views/members/points-mine/index.vue'),
    meta: { title: 'points.menuMine', permission: Permission.POINTS_DECLARE, menu: { icon: 'Medal', order: 14.51, group: 'menu.groupMembers' } },
  },
  {
    path: 'members/points/review',
    name: 'members-points-review',
    component: () => import('@/views/members/points-review/index.vue'),
    meta: { title: 'points.menuReview', permission: Permission.POINTS_DECIDE, menu: { icon: 'Checked', order: 14.52, group: 'menu.groupMembers' } },
  },
  {
    path: 'members/points/ledger',
    name: 'members-points-ledger',
    component: () => import('@/views/members/points-ledger/index.vue'),
    meta: { title: 'points.menuLedger', permission: Permission.POINTS_OVERSEE, menu: { icon: 'Tickets', order: 14.53, group: 'menu.groupMembers' } },
  },
  {
    path: 'members/points/rules',
    name: 'members-points-rules',
    component: () => import('@/views/members/points-rules/index.vue'),
    meta: { title: 'points.menuRules', permission: Permission.RULES_READ, menu: { icon: 'Notebook', order: 14.54, group: 'menu.groupMembers' } },
  },
  {
    path: 'members/points/ranking',
    name: 'members-points-ranking',
    component: () => import('@/views/members/points-ranking/index.vue'),
    meta: { title: 'points.menuRanking', permission: Permission.POINTS_OVERSEE, menu: { icon: 'TrendCharts', order: 14.55, group: 'menu.groupMembers' } },
  },
] satisfies RouteRecordRaw[];
