export default {
  login: {
    title: '登录',
    welcome: '欢迎使用机关党建责任管理平台',
    username: '登录名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入登录名',
    passwordRequired: '请输入密码',
    expired: '登录已过期,请重新登录',
    loggedOut: '您已退出登录',
    passwordChanged: '密码已修改,请用新密码登录',
    footer: '市直机关工委 · 抓党建责任闭环',
    // What the product does today; a line is added as each module lands (responsibility lists, tasks, …).
    features: ['党组织架构与党员名册,支持表格批量导入', '“三级两类九岗”岗位任职与一把手兼任检查', '工委实时总览各单位党建数据'],
  },
};
