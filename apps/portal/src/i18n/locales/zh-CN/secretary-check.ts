export default {
  secretaryCheck: {
    title: '一把手兼任机关党组织书记检查',
    subtitle: '设有机关党委、但其书记不是本单位党组(党委)书记或有空缺的单位',
    top: '党组(党委)',
    topSecretary: '党组(党委)书记',
    organ: '机关党委',
    organSecretary: '机关党委书记',
    problem: '问题',
    vacant: '空缺',
    topVacant: '党组(党委)书记空缺',
    organVacant: '机关党委书记空缺',
    different: '机关党委书记不是一把手',
    empty: '各单位都由一把手兼任机关党委书记',
  },
};
