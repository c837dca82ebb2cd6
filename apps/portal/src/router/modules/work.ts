import type { RouteRecordRaw } from 'vue-router';
import { Permission } from '../permissions';

// 项目化任务推送 (the committee's key points and monthly tasks, the agencies' receipts) and the
// secretaries' 突破项目. The 工作台's to-dos link to /work/inbox?receipt=ID, /work/tasks,
// /work/projects?status=APPLIED and /work/projects/ID.
export default [
  {
    path: 'work/tasks',
    name: 'work-tasks',
    component: () => import('@/views/work/tasks/index.vue'),
    meta: { title: 'menu.workTasks', permission: Permission.WORK_TASKS_READ, committee: true, menu: { icon: 'Promotion', order: 7, group: 'menu.groupWork' } },
  },
  {
    path: 'work/tasks/:id',
    name: 'work-task',
    component: () => import('@/views/work/task/index.vue'),
    meta: { title: 'work.boardTitle', permission: Permission.WORK_TASKS_READ, committee: true, menuPath: '/work/tasks' },
  },
  {
    path: 'work/inbox',
    name: 'work-inbox',
    component: () => import('@/views/work/inbox/index.vue'),
    meta: { title: 'menu.workInbox', permission: Permission.WORK_RECEIPTS_RESPOND, menu: { icon: 'Message', order: 8, group: 'menu.groupWork' } },
  },
  {
    path: 'work/projects',
    name: 'work-projects',
    component: () => import('@/views/work/projects/index.vue'),
    meta: { title: 'menu.workProjects', permission: Permission.WORK_PROJECTS_READ, menu: { icon: 'Flag', order: 9, group: 'menu.groupWork' } },
  },
  {
    path: 'work/projects/:id',
    name: 'work-project',
    component: () => import('@/views/work/project/index.vue'),
    meta: { title: 'menu.workProject', permission: Permission.WORK_PROJECTS_READ, menuPath: '/work/projects' },
  },
] satisfies RouteRecordRaw[];
