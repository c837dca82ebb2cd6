import { EvidenceKind } from '@zeren/files';
import { ProblemCategory } from '../work.enums';

/** 年度党建工作要点: the numbered points every year's plan carries (the year goes into the text). */
export const WORK_POINTS: readonly { title: string; content: (year: number) => string }[] = [
  {
    title: '突出政治建设,坚定拥护“两个确立”、坚决做到“两个维护”',
    content: (y) => `把党的政治建设摆在首位,严格执行重大事项请示报告制度,${y}年各部门单位党组(党委)每季度至少专题研究一次机关党建工作,推动党中央决策部署和省委、市委工作要求在市直机关落地见效。`,
  },
  {
    title: '深化理论武装,推动党的创新理论学习走深走实',
    content: (y) => `落实党组(党委)理论学习中心组学习制度,${y}年中心组集体学习不少于12次;用好“三会一课”、主题党日和青年理论学习小组,开展“人人上讲台”微党课活动,推动学习成果转化为推动工作的实际成效。`,
  },
  {
    title: '夯实基层基础,深入推进党支部“两规范一创建”',
    content: () => '对照党支部标准化规范化建设规范,规范组织设置、组织生活和党员管理,按期完成党支部换届,全年培育一批过硬党支部,确保党支部达标率100%。',
  },
  {
    title: '压实管党治党责任,健全“三级两类九岗”责任体系',
    content: () => '逐级签订党建工作责任书,党组(党委)书记履行第一责任人职责,班子成员落实“一岗双责”,机关党委和党支部书记履行直接责任和具体责任;落实履责纪实,按月调度、按季分析、半年排查。',
  },
  {
    title: '锤炼过硬作风,持续纠治形式主义、官僚主义',
    content: () => '聚焦群众反映强烈的突出问题开展作风建设专项整治,落实为基层减负各项措施,精简文件会议,推行“四下基层”,以优良作风保障各项任务落实。',
  },
  {
    title: '严明纪律规矩,推动全面从严治党向纵深发展',
    content: () => '深化党纪学习教育成果,常态化开展警示教育,落实谈心谈话、提醒谈话制度,运用监督执纪“第一种形态”,推动纪律教育融入日常、抓在经常。',
  },
  {
    title: '推动党建与业务深度融合,服务全市高质量发展大局',
    content: () => '围绕中心工作找准党建工作切入点,组建攻坚专班和行动支部,开展“党建+业务”融合攻坚,以党建引领重点项目、重点任务落实,打造一批融合发展典型案例。',
  },
  {
    title: '加强党员队伍建设,激发党员干部干事创业活力',
    content: () => '严格发展党员工作程序,加强党员教育管理监督,开展党员积分管理和星级评定,落实党内关怀帮扶,做好“两优一先”评选表彰。',
  },
  {
    title: '实施书记抓基层党建突破项目,深化模范机关创建',
    content: () => '各部门单位党组(党委)书记每年至少领办1个突破项目,聚焦机构、人员、经费、场所、活动方面的短板精准发力,实行立项审核、过程督导、结项验收、销号管理;培育模范机关创建示范单位。',
  },
  {
    title: '强化网格化联系指导和督查考评,推动责任落实落地',
    content: () => '发挥网格联系人作用,每周联系、每月走访;开展拉网式督查和述职评议,考核结果与评先树优、干部使用挂钩,对履责不力的严肃问责。',
  },
];

/** A monthly key task as the committee writes it; `due` is [months after the task's month, day]. */
export interface TaskSpec {
  month: number;
  /** The number of the plan's point it serves. */
  point: number;
  title: string;
  requirement: string;
  due: readonly [0 | 1, number];
  evidenceKinds: readonly EvidenceKind[] | null;
  minEvidence: number;
  /** Sent to chosen agencies: the ones with stored files ('evidence') or a sample of the agencies. */
  chosen?: 'evidence' | 'sample';
  /** Its deadline was moved by this many days once sent (DEADLINE_REASON). */
  extendedBy?: number;
}

const { IMAGE, PDF, OFFICE } = EvidenceKind;

/**
 * This year's monthly key tasks: one or two a month, three in July (the month the committee's page
 * warns about). A task that asks for evidence goes only to agencies that have files to cite.
 */
export const MONTHLY_TASKS: readonly TaskSpec[] = [
  { month: 1, point: 4, title: '签订年度党建工作责任书', requirement: '党组(党委)与机关党委、机关党委与各党支部逐级签订党建工作责任书,报送签订情况和责任书扫描件。', due: [0, 31], evidenceKinds: [PDF], minEvidence: 0 },
  { month: 1, point: 3, title: '报送基层党组织书记抓基层党建述职评议情况', requirement: '召开述职评议会议,党支部书记逐一述职,报送会议情况、测评结果和问题整改清单。', due: [1, 10], evidenceKinds: [PDF, OFFICE], minEvidence: 0 },
  { month: 2, point: 2, title: '制定年度理论学习中心组学习计划', requirement: '结合本单位实际制定全年中心组学习计划,明确专题、时间和领学人,报送学习计划。', due: [0, 28], evidenceKinds: [PDF, OFFICE], minEvidence: 0 },
  { month: 2, point: 8, title: '开展春节前后走访慰问困难党员', requirement: '走访慰问生活困难党员、老党员,报送走访人数、慰问资金和活动照片。', due: [0, 26], evidenceKinds: [IMAGE, PDF], minEvidence: 0 },
  { month: 3, point: 9, title: '确定书记抓基层党建突破项目并申报立项', requirement: '党组(党委)书记聚焦本单位机构、人员、经费、场所、活动方面的短板确定突破项目,在系统中填报立项书并申报。', due: [0, 20], evidenceKinds: null, minEvidence: 0 },
  { month: 3, point: 1, title: '召开党组(党委)专题会议研究部署机关党建工作', requirement: '召开党组(党委)会议专题研究年度机关党建工作,报送会议纪要。', due: [0, 31], evidenceKinds: [PDF], minEvidence: 0 },
  { month: 4, point: 6, title: '开展党纪学习教育专题读书班', requirement: '组织党员干部集中学习党章党规党纪,开展研讨交流,报送读书班安排和学习情况。', due: [0, 30], evidenceKinds: [IMAGE, PDF], minEvidence: 0 },
  { month: 5, point: 5, title: '开展作风建设专项整治自查', requirement: '对照专项整治重点逐项自查,建立问题清单和整改台账,报送自查报告。', due: [0, 31], evidenceKinds: [PDF, OFFICE], minEvidence: 0 },
  { month: 5, point: 7, title: '报送“党建+业务”融合攻坚典型案例', requirement: '总结本单位党建引领业务工作的经验做法,报送1篇不少于2000字的典型案例。', due: [1, 10], evidenceKinds: [PDF, OFFICE], minEvidence: 0, extendedBy: 5 },
  { month: 6, point: 6, title: '开展警示教育月活动', requirement: '组织观看警示教育片、参观廉政教育基地,召开警示教育大会,报送活动开展情况。', due: [0, 30], evidenceKinds: [IMAGE, PDF], minEvidence: 0 },
  { month: 6, point: 3, title: '排查党支部按期换届情况', requirement: '排查所属党支部任期情况,对到期未换届的党支部制定换届计划,报送排查情况表。', due: [0, 25], evidenceKinds: [OFFICE, PDF], minEvidence: 0 },
  { month: 7, point: 1, title: '开展庆祝建党纪念日主题党日活动', requirement: '以“七一”为契机开展重温入党誓词、过政治生日等主题党日活动,报送活动情况和照片。', due: [0, 15], evidenceKinds: [IMAGE], minEvidence: 0 },
  { month: 7, point: 8, title: '推荐“两优一先”表彰对象', requirement: '按照评选条件推荐优秀共产党员、优秀党务工作者和先进基层党组织,报送推荐材料。', due: [0, 10], evidenceKinds: [PDF, OFFICE], minEvidence: 0 },
  {
    month: 7,
    point: 9,
    title: '报送模范机关创建示范单位中期评估材料',
    requirement: '对照创建标准开展中期自评,报送自评报告和创建活动照片(至少1件印证资料)。',
    due: [0, 31],
    evidenceKinds: [IMAGE, PDF],
    minEvidence: 1,
    chosen: 'evidence',
  },
  { month: 8, point: 4, title: '开展党建工作责任落实半年排查', requirement: '对照责任清单排查上半年履责纪实情况,报送排查报告和问题整改清单。', due: [0, 25], evidenceKinds: [PDF, OFFICE], minEvidence: 0 },
  { month: 9, point: 2, title: '开展青年理论学习小组成果交流', requirement: '组织青年理论学习小组开展学习成果交流,报送交流材料和活动照片。', due: [0, 25], evidenceKinds: [IMAGE, PDF], minEvidence: 0 },
  { month: 9, point: 7, title: '申报机关党建品牌培育项目', requirement: '结合本单位职能提炼党建品牌,报送品牌名称、内涵和培育计划。', due: [0, 30], evidenceKinds: [PDF, OFFICE], minEvidence: 0, chosen: 'sample' },
  { month: 10, point: 3, title: '开展党支部标准化规范化建设达标自查', requirement: '对照“七个规范”逐项自查所属党支部建设情况,报送自查报告和达标情况表。', due: [0, 31], evidenceKinds: [PDF, OFFICE], minEvidence: 0 },
  { month: 10, point: 5, title: '报送为基层减负措施落实情况', requirement: '梳理精简文件会议、规范督查检查考核等措施落实情况,报送情况报告。', due: [0, 25], evidenceKinds: [PDF], minEvidence: 0 },
  { month: 11, point: 9, title: '报送书记突破项目结项验收材料', requirement: '对照立项书梳理突破项目完成情况,在系统中申请结项并报送结项报告。', due: [0, 30], evidenceKinds: [PDF, OFFICE], minEvidence: 0 },
  { month: 11, point: 7, title: '组织机关党员到社区“双报到”', requirement: '组织在职党员到居住地社区报到并参加志愿服务,报送报到人数和服务情况。', due: [0, 25], evidenceKinds: [IMAGE, OFFICE], minEvidence: 0 },
  { month: 12, point: 4, title: '报送年度党建工作总结', requirement: '全面总结全年机关党建工作,报送工作总结和下一年度工作打算。', due: [0, 25], evidenceKinds: [PDF, OFFICE], minEvidence: 0 },
  { month: 12, point: 10, title: '报送全面从严治党主体责任落实情况报告', requirement: '党组(党委)报告全年履行全面从严治党主体责任情况,书记签字后报送。', due: [0, 28], evidenceKinds: [PDF], minEvidence: 0 },
];

/** The reason given when a task's deadline was moved, for the one task the seed amends. */
export const DEADLINE_REASON = '部分单位反映典型案例需结合半年工作总结提炼,完成时限延长5天。';

/** What an agency writes when it reports, by how it went about it (the task's name goes in). */
export const RESPONSES: readonly ((task: string) => string)[] = [
  (t) => `已按要求完成“${t}”:党组(党委)会议专题研究部署,机关党委牵头制定工作方案,各党支部逐项落实,形成书面材料报送。`,
  (t) => `“${t}”已落实:明确分管领导和责任科室,逐项对照任务要求推进,完成情况经党组(党委)书记审定后报送。`,
  (t) => `完成“${t}”,同步梳理工作中发现的问题2项,已建立整改台账并明确整改时限,持续跟踪落实。`,
];

/** A response saved while the work is still in progress. */
export const DRAFT_RESPONSE = (task: string) => `正在推进“${task}”:已制定工作方案并分解到各党支部,材料正在汇总。`;

export const RECEIPT_RETURN_COMMENTS: readonly string[] = [
  '印证资料不全,请补充会议纪要或活动照片后重新报送。',
  '办理情况过于简略,请写明完成时间、参与人数和取得的成效。',
  '报送材料与任务要求不符,请对照任务要求逐项说明。',
];

export const RECEIPT_APPROVE_COMMENTS: readonly (string | null)[] = [null, null, '材料齐全,予以通过。', '同意。'];

/** One kind of breakthrough project: what it attacks, how, what it should bring, and its plan. */
export interface ProjectSpec {
  title: string;
  problem: string;
  measures: string;
  expectedOutcome: string;
  outcome: string;
  milestones: readonly [string, string, string, string];
}

/** 书记突破项目 by the five problem categories the brief names: 机构、人员、经费、场所、活动. */
export const PROJECT_CATALOGUE: Record<ProblemCategory, readonly ProjectSpec[]> = {
  [ProblemCategory.ORGANIZATION]: [
    {
      title: '党支部按期换届全覆盖攻坚',
      problem: '部分党支部未按期换届,支委会配备不齐,个别支部委员长期缺额,组织生活难以正常开展。',
      measures: '逐个党支部排查任期,建立换届工作台账;党组(党委)书记约谈到期未换届的党支部书记;机关党委全程指导换届程序,确保程序规范。',
      expectedOutcome: '到期党支部全部按期换届,支委会配备率达到100%。',
      outcome: '到期党支部全部完成换届,支委会配齐配强,换届程序经机关党委审核全部合规。',
      milestones: ['完成党支部任期排查并建立换届台账', '党组(党委)会议专题部署换届工作', '完成到期党支部换届选举', '总结换届工作并建立任期提醒机制'],
    },
    {
      title: '理顺所属事业单位党组织隶属关系',
      problem: '机构改革后所属事业单位党组织隶属关系不清,部分党员组织关系长期挂靠,管理责任不明确。',
      measures: '全面摸排所属单位党组织和党员底数;按照“应建尽建”原则调整党组织设置;逐一转接挂靠党员组织关系。',
      expectedOutcome: '所属单位党组织隶属关系全部理顺,党员组织关系转接率100%。',
      outcome: '调整党组织设置3个,转接党员组织关系全部到位,形成党组织隶属关系清单。',
      milestones: ['完成党组织和党员底数摸排', '制定党组织设置调整方案', '完成党组织设置调整和组织关系转接', '建立党组织隶属关系动态管理清单'],
    },
    {
      title: '在重点任务专班建立行动支部',
      problem: '重点项目专班人员来自多个科室,党员分散,党组织作用在攻坚一线发挥不明显。',
      measures: '在重点任务专班同步建立行动支部,明确支部书记和联络员;行动支部每月开展一次攻坚主题党日;定期向党组(党委)汇报攻坚进展。',
      expectedOutcome: '重点任务专班行动支部全覆盖,党员在攻坚一线亮身份、作表率。',
      outcome: '组建行动支部2个,开展攻坚主题党日12次,推动专班重点任务按期完成。',
      milestones: ['梳理重点任务专班和党员分布', '组建行动支部并明确负责人', '开展攻坚主题党日和党员承诺践诺', '评估行动支部作用并总结经验'],
    },
    {
      title: '健全机关党委工作机构和议事规则',
      problem: '机关党委工作机构不健全,委员分工不明确,议事决策程序不规范。',
      measures: '制定机关党委议事规则,明确委员分工;设立机关党委办公室并配备工作人员;建立机关党委会议定期召开制度。',
      expectedOutcome: '机关党委工作机构健全、分工明确,议事规则规范运行。',
      outcome: '出台机关党委议事规则,设立机关党委办公室,全年按规定召开机关党委会议。',
      milestones: ['调研梳理机关党委运行现状', '起草并审议机关党委议事规则', '设立机关党委办公室并明确分工', '评估议事规则执行情况'],
    },
    {
      title: '离退休干部党支部规范化建设',
      problem: '离退休干部党支部活动不经常,部分老党员参加组织生活不便,支部管理较为松散。',
      measures: '按居住区域优化设置离退休干部党支部;推行“线上+线下”组织生活;安排在职党务干部联系离退休党支部。',
      expectedOutcome: '离退休干部党支部组织生活正常开展,老党员参学率明显提高。',
      outcome: '优化设置离退休党支部2个,建立线上学习群,老党员参学率提升到95%以上。',
      milestones: ['摸排离退休党员居住和身体状况', '优化离退休干部党支部设置', '推行线上线下相结合的组织生活', '总结离退休党支部建设经验'],
    },
  ],
  [ProblemCategory.STAFF]: [
    {
      title: '专职党务干部配齐配强攻坚',
      problem: '机关党委专职党务干部配备不足,兼职党务干部多、流动快,党务工作力量薄弱。',
      measures: '按规定比例核定专职党务干部;选拔业务骨干充实党务岗位;建立党务干部与业务干部双向交流机制。',
      expectedOutcome: '专职党务干部按比例配齐,党务干部队伍结构明显优化。',
      outcome: '新配备专职党务干部2名,建立双向交流机制,党务干部队伍保持稳定。',
      milestones: ['核定党务干部配备比例和岗位', '选拔配备专职党务干部', '建立党务干部双向交流机制', '评估党务干部队伍建设成效'],
    },
    {
      title: '党支部书记“双带头人”培养工程',
      problem: '部分党支部书记由非业务骨干担任,抓党建和抓业务“两张皮”,支部带动力不强。',
      measures: '选优配强党支部书记,推动业务科室负责人担任支部书记;开展支部书记轮训;建立支部书记述职评议和考核激励机制。',
      expectedOutcome: '党支部书记中业务骨干比例达到90%以上,支部书记履职能力明显提升。',
      outcome: '调整党支部书记4名,业务骨干担任支部书记比例达到92%,完成全员轮训。',
      milestones: ['分析党支部书记队伍结构', '调整配强党支部书记', '开展党支部书记专题轮训', '开展述职评议并总结'],
    },
    {
      title: '党务干部业务能力轮训全覆盖',
      problem: '新任党务干部多,对党内法规和党务工作流程不熟悉,党务工作规范化水平不高。',
      measures: '制定党务干部年度培训计划;开展党务知识专题培训和实务练兵;编印党务工作口袋书。',
      expectedOutcome: '党务干部年度轮训全覆盖,党务工作差错率明显下降。',
      outcome: '举办党务培训班3期,党务干部轮训全覆盖,编印党务工作口袋书并下发各支部。',
      milestones: ['制定党务干部年度培训计划', '举办党务知识专题培训', '开展党务实务练兵和考试', '编印党务工作口袋书'],
    },
    {
      title: '青年党员“导师帮带”计划',
      problem: '青年党员占比高但党性锻炼不足,参与组织生活积极性不高,作用发挥不充分。',
      measures: '为青年党员选配政治素质好的导师;制定帮带计划并定期谈心谈话;组织青年党员承担党建和业务攻坚任务。',
      expectedOutcome: '青年党员导师帮带全覆盖,一批青年党员成长为业务骨干。',
      outcome: '结成帮带对子20对,青年党员参与组织生活率达到100%,3名青年党员获评业务标兵。',
      milestones: ['摸排青年党员底数和需求', '选配导师并签订帮带协议', '开展谈心谈话和岗位实践', '评估帮带成效并表彰'],
    },
    {
      title: '在业务骨干中发展党员质量提升',
      problem: '近年来在业务骨干、青年干部中发展党员偏少,入党积极分子培养链条不完整。',
      measures: '建立入党积极分子培养台账;党组(党委)班子成员联系培养业务骨干;严格发展党员程序和质量。',
      expectedOutcome: '业务骨干中入党积极分子数量明显增加,发展党员质量和程序全部合规。',
      outcome: '新确定入党积极分子6名,发展党员2名,发展程序经审查全部合规。',
      milestones: ['摸排业务骨干和青年干部政治面貌', '建立入党积极分子培养台账', '开展培养考察和发展工作', '总结发展党员工作'],
    },
  ],
  [ProblemCategory.FUNDING]: [
    {
      title: '党建工作经费纳入年度预算',
      problem: '党建工作经费未单独列入年度预算,支部开展活动经费来源不稳定。',
      measures: '测算党建工作经费需求,按规定标准列入部门年度预算;制定党建经费使用管理办法;定期公开经费使用情况。',
      expectedOutcome: '党建工作经费足额列入年度预算,使用规范、公开透明。',
      outcome: '党建工作经费按标准列入预算,出台经费使用管理办法,全年经费使用情况按季度公开。',
      milestones: ['测算党建工作经费需求', '将党建经费列入部门预算', '制定党建经费使用管理办法', '公开经费使用情况并评估'],
    },
    {
      title: '党费收缴使用管理规范化',
      problem: '党费收缴基数核定不准确,个别党员未按时足额交纳,党费使用审批不规范。',
      measures: '逐人核定党费交纳基数;推行党费线上交纳;建立党费收缴使用台账和审批程序。',
      expectedOutcome: '党费按时足额交纳率100%,党费使用全部按程序审批。',
      outcome: '重新核定全体党员交纳基数,线上交纳覆盖全部支部,党费收缴使用台账规范完整。',
      milestones: ['逐人核定党费交纳基数', '推行党费线上交纳', '建立党费收缴使用台账', '开展党费管理专项检查'],
    },
    {
      title: '党支部活动经费按人头核拨',
      problem: '党支部活动经费由机关统一掌握,支部开展活动需层层申请,经费保障不及时。',
      measures: '按党员人数核定各党支部年度活动经费;经费直接拨付到支部;建立支部经费使用报告制度。',
      expectedOutcome: '党支部活动经费全部按人头核拨到位,支部活动开展更加经常。',
      outcome: '各党支部活动经费全部按人头核拨,支部主题党日活动次数同比增长30%。',
      milestones: ['制定支部活动经费核拨标准', '将活动经费拨付到各党支部', '建立支部经费使用报告制度', '评估经费使用成效'],
    },
    {
      title: '党员教育培训经费专项保障',
      problem: '党员教育培训缺少专项经费,外出学习和专题培训难以常态开展。',
      measures: '设立党员教育培训专项经费;统筹安排红色教育、专题培训;建立培训经费绩效评价机制。',
      expectedOutcome: '党员教育培训经费有专项保障,全年党员集中培训全覆盖。',
      outcome: '设立培训专项经费,组织红色教育2批次、专题培训4期,党员集中培训全覆盖。',
      milestones: ['测算党员教育培训经费需求', '设立培训专项经费', '组织红色教育和专题培训', '开展经费绩效评价'],
    },
    {
      title: '统筹资金推进党建阵地提档升级',
      problem: '党建阵地建设资金分散在多个渠道,投入不足,阵地设施陈旧。',
      measures: '统筹部门预算、党费和共建资金;制定阵地建设资金使用计划;实行项目化管理和绩效评估。',
      expectedOutcome: '党建阵地建设资金统筹到位,完成阵地设施更新改造。',
      outcome: '统筹资金完成党员活动室和宣传栏改造,资金使用经审计全部合规。',
      milestones: ['梳理党建阵地建设资金来源', '制定资金统筹使用计划', '完成阵地设施更新改造', '开展资金使用绩效评估'],
    },
  ],
  [ProblemCategory.VENUE]: [
    {
      title: '党员活动室标准化建设',
      problem: '机关没有固定的党员活动室,党员活动借用会议室开展,阵地功能不完善。',
      measures: '调剂办公用房建设标准化党员活动室;按“七有”标准配齐设施;制定活动室使用管理制度。',
      expectedOutcome: '建成标准化党员活动室,满足各党支部开展组织生活需要。',
      outcome: '建成标准化党员活动室1处,各党支部轮流使用,全年开展组织生活60余次。',
      milestones: ['调剂确定活动室用房', '完成活动室设计和改造', '配齐设施并建立管理制度', '投入使用并总结评估'],
    },
    {
      title: '打造机关党建文化长廊',
      problem: '机关办公区党建氛围不浓,党建宣传阵地单一,党员身边缺少红色教育载体。',
      measures: '利用办公楼走廊建设党建文化长廊;展示党的创新理论、先进典型和单位党建成果;定期更新展示内容。',
      expectedOutcome: '建成党建文化长廊,成为党员日常学习教育的身边阵地。',
      outcome: '建成党建文化长廊1条,展示先进典型20名,每季度更新一次内容。',
      milestones: ['确定长廊选址和展示方案', '完成长廊设计和制作', '布展并投入使用', '建立内容定期更新机制'],
    },
    {
      title: '与社区共建共享党群服务阵地',
      problem: '机关党员活动场地有限,机关党建与社区党建联系不紧密,阵地资源利用率不高。',
      measures: '与共建社区签订共建协议;共享社区党群服务中心场地开展活动;机关党员到社区阵地开展志愿服务。',
      expectedOutcome: '与社区实现阵地共建共享,机关党员常态化到社区开展服务。',
      outcome: '与2个社区签订共建协议,共享阵地开展联学联建活动10次,党员志愿服务800余小时。',
      milestones: ['对接确定共建社区', '签订阵地共建共享协议', '开展联学联建和志愿服务', '总结共建共享经验'],
    },
    {
      title: '建设智慧党建学习室',
      problem: '党员学习方式单一,线上学习资源分散,缺少集学习、考试、交流于一体的学习场所。',
      measures: '建设配备学习终端的智慧党建学习室;接入学习强国、灯塔等平台资源;开展线上线下融合学习。',
      expectedOutcome: '建成智慧党建学习室,党员学习更加便捷高效。',
      outcome: '建成智慧党建学习室1处,配备学习终端10台,组织线上专题学习和测试12次。',
      milestones: ['制定学习室建设方案', '完成场地改造和设备采购', '接入学习平台并试运行', '总结运行情况'],
    },
    {
      title: '共建红色教育实践基地',
      problem: '开展党性教育缺少就近的实践基地,外出教育成本高、频次低。',
      measures: '与本地红色资源单位共建红色教育实践基地;开发现场教学课程;组织党员分批开展现场教学。',
      expectedOutcome: '建成红色教育实践基地,党员现场教学常态开展。',
      outcome: '与1处红色教育场馆共建实践基地,开发现场教学课程3门,党员现场教学全覆盖。',
      milestones: ['对接确定共建场馆', '签订共建协议并挂牌', '开发现场教学课程', '组织党员分批现场教学'],
    },
  ],
  [ProblemCategory.ACTIVITY]: [
    {
      title: '“三会一课”质量提升行动',
      problem: '部分党支部“三会一课”内容单一、形式呆板,存在照本宣科、记录代替落实的问题。',
      measures: '制定“三会一课”质量标准;推行支部书记讲党课、党员轮流领学;开展“三会一课”观摩评比。',
      expectedOutcome: '“三会一课”规范开展率100%,组织生活质量明显提升。',
      outcome: '出台“三会一课”质量标准,组织观摩评比2次,评选优秀组织生活案例5个。',
      milestones: ['调研“三会一课”开展情况', '制定“三会一课”质量标准', '开展观摩评比活动', '总结推广优秀案例'],
    },
    {
      title: '主题党日活动品牌化',
      problem: '主题党日活动内容随意、特色不鲜明,与业务工作结合不紧密,党员参与感不强。',
      measures: '结合单位职能设计主题党日活动菜单;每个支部培育一项主题党日特色活动;开展主题党日优秀案例评选。',
      expectedOutcome: '每个党支部形成1项主题党日特色活动,活动参与率达到95%以上。',
      outcome: '形成主题党日活动菜单,培育特色活动8项,党员参与率达到97%。',
      milestones: ['设计主题党日活动菜单', '各支部确定特色活动', '开展特色主题党日活动', '评选主题党日优秀案例'],
    },
    {
      title: '“人人上讲台”微党课活动',
      problem: '党课主要由支部书记讲授,普通党员参与少,党课吸引力不强。',
      measures: '制定“人人上讲台”活动计划,党员轮流讲授微党课;开展微党课比赛;优秀党课在机关内网展播。',
      expectedOutcome: '党员上讲台全覆盖,形成一批优秀微党课。',
      outcome: '党员全部上台讲授微党课,举办微党课比赛1次,10堂优秀党课在内网展播。',
      milestones: ['制定活动计划和讲授安排', '党员轮流讲授微党课', '举办微党课比赛', '汇编展播优秀微党课'],
    },
    {
      title: '机关党员进社区“双报到”常态化',
      problem: '在职党员到社区报到后参与服务不经常,“报到”与“服务”脱节。',
      measures: '建立在职党员社区服务积分制度;与社区共同设置服务岗位;将服务情况纳入党员评议。',
      expectedOutcome: '在职党员社区报到率100%,人均年服务时长不少于12小时。',
      outcome: '在职党员全部到社区报到,人均服务时长15小时,服务情况纳入民主评议。',
      milestones: ['组织在职党员到社区报到', '与社区共同设置服务岗位', '开展常态化志愿服务', '将服务情况纳入党员评议'],
    },
    {
      title: '党建与业务融合“揭榜攻坚”',
      problem: '党建活动与业务工作结合不紧,党支部在重点难点任务中作用发挥不明显。',
      measures: '梳理年度重点难点任务形成“攻坚榜单”;党支部和党员揭榜领题;定期晾晒攻坚进度并评选攻坚先锋。',
      expectedOutcome: '重点难点任务全部由党支部揭榜,按期完成率达到90%以上。',
      outcome: '发布攻坚榜单15项,党支部全部揭榜,按期完成14项,评选攻坚先锋10名。',
      milestones: ['梳理发布攻坚榜单', '组织党支部揭榜领题', '定期晾晒攻坚进度', '评选攻坚先锋并总结'],
    },
  ],
};

/** How each quarter's report reads, from the first quarter of a project's work to its last. */
export const PROGRESS_PHRASES: readonly string[] = [
  '召开专题会议研究部署,细化任务分工和时间节点',
  '按计划推进各项攻坚措施,完成阶段性目标',
  '对照节点开展自查,梳理存在的问题并落实整改',
  '总结经验做法,巩固攻坚成果',
];

export const PROJECT_APPROVE_COMMENTS: readonly (string | null)[] = [null, '同意立项。', '同意立项,请加强过程督导,按节点推进。'];

export const PROJECT_RETURN_COMMENTS: readonly string[] = [
  '问题查找不够精准,请结合本单位实际细化要解决的问题。',
  '攻坚措施缺少时间节点和责任人,请补充后重新申报。',
  '预期成效不够具体,请提出可量化、可检验的目标。',
];

export const ACCEPTANCE_COMMENTS: readonly (string | null)[] = ['完成预期目标,同意销号。', '成效明显,可作为典型经验推广。', '基本完成目标,同意销号,请巩固提升。', null];

export const TERMINATION_REASONS: readonly string[] = [
  '机构改革职能调整,项目依托的所属单位整建制划转,经研究终止实施。',
  '项目内容与市直机关统一部署的专项工作重复,并入统一推进,终止实施。',
];
