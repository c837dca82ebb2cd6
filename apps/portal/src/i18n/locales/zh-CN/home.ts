import { PASSWORD } from '@zeren/shared-rules';

// Rule messages come from @zeren/shared-rules: the form says what the server would say.
export default {
  home: {
    greeting: '您好,{name}',
    tenant: '所属单位',
    roles: '角色',
    lastStep: '从左侧菜单进入您负责的工作',
    shortcuts: '常用功能',
    myMember: '我的党员信息',
    noMember: '您的账号没有关联党员信息',
    todos: '我的待办',
    noTodos: '暂无待办事项',
    todosFailed: '待办事项加载失败',
    dueAt: '截止 {at}',
    noDue: '无截止时间',
    levelBLUE: '蓝色预警',
    levelYELLOW: '黄色预警',
    levelRED: '红色预警',
  },
  account: {
    title: '修改密码',
    current: '当前密码',
    next: '新密码',
    repeat: '确认新密码',
    currentRequired: '请输入当前密码',
    nextRule: PASSWORD.message as string,
    repeatMismatch: '两次输入的新密码不一致',
    hint: '修改后,之前签发的登录凭证全部失效,需要重新登录。',
  },
};
