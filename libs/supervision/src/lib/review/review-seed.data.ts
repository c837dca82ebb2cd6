/** The demo's 述职评议 texts: the city leaders who comment, what they say, and the reports' summaries. */

export const GROUP_NAMES = ['第一组', '第二组', '第三组', '第四组', '第五组', '第六组', '第七组', '第八组'];

export const sessionTitle = (year: number) => `${year}年度市直部门单位党组(党委)书记抓基层党建工作述职评议`;

/** 市领导 at the meeting (点评人). */
export const COMMENTERS = ['市委常委、市直机关工委书记 孙立民', '市委组织部部长 高建平', '市直机关工委常务副书记 周文清'];

/** 现场点评: what is said, most of it a problem to follow up. */
export const COMMENTS = [
  '机关党建与业务工作融合不够紧密,"两张皮"问题仍然存在,要以党建引领中心工作。',
  '支部标准化规范化建设推进较慢,部分支部"三会一课"记录不完整。',
  '党组书记第一责任人职责履行到位,但班子成员"一岗双责"落实有差距。',
  '党建品牌特色不够鲜明,创新举措不多,存在同质化倾向。',
  '党员教育管理方式单一,青年党员参与度不高,要创新载体。',
  '党建工作经费保障和活动阵地建设仍需加强。',
  '对下属单位党建工作督促指导不够,存在"灯下黑"问题。',
];

export const reportSummary = (agency: string, year: number) =>
  `${agency}党组(党委)书记${year}年度抓基层党建工作述职:履行第一责任人职责,落实"三级两类九岗"责任清单,推进书记突破项目,存在的问题和下一步打算。`;
