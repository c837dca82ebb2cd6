import { Cadence } from '@zeren/shared-periods';
import { OrgUnitKind, PostCode } from '@zeren/org-tree';
import { DutyLevel, EvidenceKind } from '../duty/duty-level.enum';

/**
 * One item of the 三级两类九岗 catalogue as the committee writes it. `due` is days after the period's
 * end, or for a one-off item a month-day of the template's year ('03-31').
 */
export interface CatalogueItem {
  level: DutyLevel;
  postCode: string;
  unitKinds?: OrgUnitKind[];
  area: string;
  title: string;
  content: string;
  requirement: string;
  cadence: Cadence;
  due: number | `${number}-${number}`;
  evidenceKinds: EvidenceKind[] | null;
  /**
   * Kept at 0 in the seed: most seeded agencies have no evidence files yet (libs/files seeds two for
   * each agency with demo users only), and a record with fewer files than its duty asks for could
   * not have been submitted. Agencies raise it by a tightening, the committee in next year's draft.
   */
  minEvidence: number;
  weight: number;
  supervisor: string;
}

const { PARTY_GROUP, ORGAN_COMMITTEE, BRANCH } = DutyLevel;
const { YEAR, HALF, QUARTER, MONTH, ONCE } = Cadence;
const DOCS = [EvidenceKind.PDF, EvidenceKind.OFFICE];
const PHOTOS_AND_DOCS = [EvidenceKind.IMAGE, EvidenceKind.PDF, EvidenceKind.OFFICE];
const BRANCHES = [OrgUnitKind.BRANCH, OrgUnitKind.ACTION_BRANCH];
const GW = '市直机关工委';
const PG = '党组(党委)';
const OC = '机关党委';
const BR = '党支部';

const item = (
  level: DutyLevel,
  postCode: string,
  area: string,
  title: string,
  content: string,
  requirement: string,
  cadence: Cadence,
  due: CatalogueItem['due'],
  evidenceKinds: EvidenceKind[] | null,
  weight: number,
  supervisor: string,
  unitKinds?: OrgUnitKind[],
): CatalogueItem => ({ level, postCode, area, title, content, requirement, cadence, due, evidenceKinds, minEvidence: 0, weight, supervisor, ...(unitKinds ? { unitKinds } : {}) });

/** The committee's first published version (2025): 50 items over the three levels and nine posts. */
export const DUTY_CATALOGUE: readonly CatalogueItem[] = [
  // 党组(党委): the organisation
  item(PARTY_GROUP, PostCode.PARTY_GROUP, '政治建设', '专题研究机关党建工作', '党组(党委)把机关党建纳入全局工作统筹谋划,定期听取机关党委工作汇报,研究解决机关党建重大问题。', '每半年至少召开1次党组(党委)会议专题研究机关党建工作,形成会议纪要并抄送机关党委。', HALF, 0, DOCS, 5, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP, '制度建设', '制定党建工作要点和责任清单', '年初结合市直机关工委工作要点,制定本单位党建工作要点,细化党组(党委)、机关党委、党支部责任清单。', '3月底前印发本单位年度党建工作要点和责任清单,责任分解到岗、到人,报市直机关工委备案。', ONCE, '03-31', DOCS, 4, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP, '思想建设', '理论学习中心组学习', '落实党组(党委)理论学习中心组学习制度,围绕党的创新理论和中心工作开展集体学习研讨。', '每季度至少集中学习1次,每年专题研讨不少于4次,做到有计划、有记录、有发言材料。', QUARTER, 0, DOCS, 4, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP, '思想建设', '落实意识形态工作责任制', '党组(党委)对本单位意识形态工作负主体责任,定期分析研判意识形态领域情况,管好用好各类宣传阵地。', '每半年专题研究1次意识形态工作,形成分析研判报告;重大情况及时向市委宣传部、市直机关工委报告。', HALF, 10, DOCS, 4, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP, '作风建设', '召开专题民主生活会', '按照市委统一部署召开年度民主生活会,会前学习研讨、征求意见、谈心谈话,会上开展批评和自我批评。', '次年1月底前召开;会前征求意见不少于2次,会后10日内报送情况报告和整改清单,逐项销号。', YEAR, 31, DOCS, 5, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP, '纪律建设', '研究部署党风廉政建设', '落实全面从严治党主体责任,研究部署党风廉政建设和反腐败工作,支持派驻纪检监察组履行监督职责。', '每半年至少专题研究1次党风廉政建设,年初签订党风廉政建设责任书,层层传导压力。', HALF, 0, DOCS, 4, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP, '组织建设', '报告党建工作责任制落实情况', '每年向市直机关工委书面报告落实机关党建工作责任制情况,总结成效、查找问题、明确下步措施。', '次年1月10日前报送书面报告,问题查摆具体,整改措施有时限、有责任人。', YEAR, 10, DOCS, 3, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP, '制度建设', '健全“1+N”党建制度体系', '对照“两规范一创建”要求,梳理完善本单位党建工作制度,配套党支部标准化建设、发展党员、换届等专项规范。', '每年底前完成一次制度梳理,修订或新增的制度印发执行并汇编成册。', YEAR, 0, DOCS, 3, GW),

  // 党组(党委)书记: the first responsible person
  item(PARTY_GROUP, PostCode.PARTY_GROUP_SECRETARY, '政治建设', '履行抓党建第一责任人职责', '党组(党委)书记带头落实党建工作责任制,对机关党建重要工作亲自部署、重大问题亲自过问、重点环节亲自协调。', '每季度至少听取1次机关党委工作汇报,对存在问题作出批示并督促落实。', QUARTER, 0, DOCS, 5, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP_SECRETARY, '组织建设', '确定书记抓基层党建突破项目', '聚焦机构、人员、经费、场所、活动等影响基层党建的关键问题,每名党组(党委)书记每年至少确定1个突破项目集中攻关。', '4月底前确定突破项目并报市直机关工委备案,明确目标任务、推进措施和完成时限。', ONCE, '04-30', DOCS, 5, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP_SECRETARY, '思想建设', '讲党课', '党组(党委)书记结合形势任务和单位实际,到所在党支部或联系点讲党课。', '每年至少讲1次党课,党课讲稿留存备查。', YEAR, 0, PHOTOS_AND_DOCS, 3, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP_SECRETARY, '组织建设', '抓基层党建工作述职', '按要求向市直机关工委述抓基层党建工作情况,接受评议,对点评指出的问题建立台账、跟踪整改。', '次年1月底前完成述职;述职报告问题查摆不少于3条,整改事项明确时限。', YEAR, 31, DOCS, 5, GW),
  item(PARTY_GROUP, PostCode.PARTY_GROUP_SECRETARY, '作风建设', '建立基层党建联系点', '在本单位确定1个党支部作为党建工作联系点,定期到联系点调研指导,帮助解决实际问题。', '每半年至少到联系点调研指导1次,形成调研记录。', HALF, 0, PHOTOS_AND_DOCS, 3, PG),

  // 党组(党委)班子成员: 一岗双责
  item(PARTY_GROUP, PostCode.PARTY_GROUP_MEMBER, '组织建设', '落实“一岗双责”', '班子成员对分管领域党建工作负领导责任,把党建工作与业务工作同部署、同落实、同检查。', '每半年至少听取1次分管科室(单位)党建工作情况汇报,指导解决存在问题。', HALF, 0, DOCS, 3, PG),
  item(PARTY_GROUP, PostCode.PARTY_GROUP_MEMBER, '思想建设', '为党员作形势报告', '落实党员领导干部为党员作形势报告制度,结合分管工作宣讲形势政策。', '每年至少为所在党支部或分管领域党员作1次形势报告。', YEAR, 0, PHOTOS_AND_DOCS, 3, PG),
  item(PARTY_GROUP, PostCode.PARTY_GROUP_MEMBER, '组织建设', '参加双重组织生活', '以普通党员身份参加所在党支部的组织生活会和主题党日等活动,带头开展批评和自我批评。', '每年参加所在党支部组织生活会,全年参加支部活动不少于4次。', YEAR, 31, PHOTOS_AND_DOCS, 2, PG),

  // 机关党委: the organisation
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE, '组织建设', '召开机关党委会议', '机关党委定期召开委员会会议,传达上级部署,研究机关党建日常工作,指导各党支部开展工作。', '每季度至少召开1次机关党委会议,会议记录完整,议定事项有落实。', QUARTER, 10, DOCS, 4, PG),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE, '组织建设', '发展党员和党员教育管理', '制定年度发展党员计划,严格落实发展党员规程;组织党员集中培训,规范组织关系转接。', '年度发展党员计划3月底前报市直机关工委;党员每年集中培训不少于32学时。', YEAR, 0, DOCS, 4, GW),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE, '组织建设', '党费收缴使用管理', '督促各党支部按规定收缴党费,规范党费使用和管理,接受党员监督。', '每半年汇总党费收缴情况并在机关内公示,党费按时足额上缴。', HALF, 15, DOCS, 3, GW),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE, '制度建设', '党支部星级评定', '对照党支部标准化规范化建设要求,组织开展党支部星级评定,推动晋位升级。', '每年12月中旬前完成星级评定,评定结果报市直机关工委。', YEAR, -15, DOCS, 4, GW),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE, '纪律建设', '开展警示教育和廉政提醒', '协助党组(党委)抓好党风廉政建设,在重要节点开展廉政提醒,组织观看警示教育片、参观警示教育基地。', '每半年至少组织1次警示教育,节假日前发送廉政提醒。', HALF, 0, PHOTOS_AND_DOCS, 3, PG),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE, '组织建设', '培训党务干部和党支部书记', '加强专兼职党务干部和党支部书记队伍建设,提升抓党建的能力。', '每年至少组织1次党务干部和党支部书记专题培训。', YEAR, 0, PHOTOS_AND_DOCS, 3, GW),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE, '思想建设', '组织“人人上讲台”活动', '组织开展“学理论、谈感悟、述工作”活动,把每名党员推到台前,实现“党建工作无配角,人人肩上有责任”。', '每半年至少组织1轮活动,各党支部全覆盖。', HALF, 0, PHOTOS_AND_DOCS, 3, GW),

  // 机关党委书记 (一把手兼任)
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE_SECRETARY, '制度建设', '审定机关党委年度工作计划', '主持制定机关党委年度工作计划,明确重点任务和责任分工。', '2月底前审定印发机关党委年度工作计划。', ONCE, '02-28', DOCS, 3, GW),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE_SECRETARY, '组织建设', '约谈提醒党支部书记', '对党建工作推进不力、考核排名靠后的党支部书记进行约谈提醒,督促整改。', '每年至少开展1次约谈提醒,约谈有记录、整改有反馈。', YEAR, 0, DOCS, 3, GW),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE_SECRETARY, '作风建设', '与支部书记谈心谈话', '经常与机关党委委员、党支部书记谈心谈话,了解思想状况,传导工作压力。', '每年与每名党支部书记至少谈心谈话1次。', YEAR, 0, DOCS, 2, GW),

  // 机关党委专职副书记
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY, '组织建设', '党建工作月调度', '每月汇总各党支部“三会一课”、主题党日开展情况,建立工作台账,对进度滞后的支部及时提醒。', '次月5日前完成上月调度,台账数据与支部记录一致。', MONTH, 5, DOCS, 3, OC),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY, '组织建设', '党员信息维护和组织关系转接', '及时维护党员信息,办理党员组织关系转接,排查失联党员。', '每季度核对1次党员信息,组织关系转接在规定时限内办结。', QUARTER, 10, DOCS, 2, OC),
  item(ORGAN_COMMITTEE, PostCode.ORGAN_COMMITTEE_FULL_TIME_DEPUTY, '制度建设', '规范党建工作档案', '按照档案管理要求,收集整理机关党委和各党支部的党建工作资料。', '次年1月15日前完成上年度党建档案整理归档。', YEAR, 15, DOCS, 2, OC),

  // 党支部: the organisation
  item(BRANCH, PostCode.BRANCH, '组织建设', '召开支部委员会会议', '落实“三会一课”制度,支部委员会研究支部日常工作、党员教育管理和发展党员等事项。', '每月至少召开1次支部委员会会议,按季度报送会议记录,记录规范完整。', QUARTER, 10, DOCS, 3, OC, BRANCHES),
  item(BRANCH, PostCode.BRANCH, '组织建设', '召开党员大会', '落实“三会一课”制度,党员大会传达学习上级精神,讨论决定支部重要事项。', '每季度至少召开1次党员大会,党员参会率不低于90%。', QUARTER, 10, PHOTOS_AND_DOCS, 3, OC, BRANCHES),
  item(BRANCH, PostCode.BRANCH, '思想建设', '上党课', '落实“三会一课”制度,围绕党的创新理论、党章党规和业务工作组织党课。', '每季度至少上1次党课,授课人、主题、参加人员记录完整。', QUARTER, 10, PHOTOS_AND_DOCS, 3, OC, BRANCHES),
  item(BRANCH, PostCode.BRANCH, '组织建设', '开展主题党日', '每月相对固定1天开展主题党日,组织党员集中学习、过组织生活、开展志愿服务。', '每月开展1次,活动方案、签到表、照片齐全。', MONTH, 5, PHOTOS_AND_DOCS, 3, OC, BRANCHES),
  item(BRANCH, PostCode.BRANCH, '组织建设', '组织生活会和民主评议党员', '每年召开组织生活会,开展批评和自我批评;组织民主评议党员,评定等次。', '次年1月底前完成,评议结果报机关党委备案。', YEAR, 31, DOCS, 4, OC, BRANCHES),
  item(BRANCH, PostCode.BRANCH, '组织建设', '党费收缴和公示', '按月收缴党员党费,做到应交尽交,定期公布党费收缴情况。', '按月收缴,每半年公布1次党费收缴情况,台账与上缴凭证一致。', HALF, 10, DOCS, 2, OC),
  item(BRANCH, PostCode.BRANCH, '组织建设', '培养入党积极分子和发展党员', '做好入党积极分子培养教育和考察,按程序发展党员。', '严格落实发展党员规程,每个环节材料齐全、程序规范。', YEAR, 0, DOCS, 3, OC, [OrgUnitKind.BRANCH]),
  item(BRANCH, PostCode.BRANCH, '组织建设', '党员积分量化管理', '实行党员积分量化管理,把党员日常表现折算为积分。', '每半年公示1次党员积分,年度积分作为评先树优的重要依据。', HALF, 10, DOCS, 2, OC, BRANCHES),
  item(BRANCH, PostCode.BRANCH, '制度建设', '党支部标准化建设自查', '对照党支部标准化建设规范,从组织设置、班子建设、组织生活、阵地建设等方面开展自查。', '9月底前完成自查,问题清单和整改措施报机关党委。', ONCE, '09-30', DOCS, 3, OC, BRANCHES),
  item(BRANCH, PostCode.BRANCH, '作风建设', '党员先锋岗和责任区', '推行“四个在一线”,结合业务工作设立党员先锋岗、责任区,开展“党旗在一线飘扬、党员在一线建功”活动。', '每半年总结1次先锋岗、责任区作用发挥情况。', HALF, 0, PHOTOS_AND_DOCS, 3, OC),
  item(BRANCH, PostCode.BRANCH, '纪律建设', '开展廉政教育', '组织党员学习党章党规党纪,开展廉政教育和警示教育。', '每半年至少开展1次廉政教育或警示教育。', HALF, 0, PHOTOS_AND_DOCS, 2, OC, BRANCHES),

  // 党支部书记
  item(BRANCH, PostCode.BRANCH_SECRETARY, '组织建设', '党支部书记述职', '党支部书记每年向机关党委和支部党员大会述抓党建工作情况,接受评议。', '次年1月15日前完成述职,评议结果作为书记考核的重要依据。', YEAR, 15, DOCS, 4, OC),
  item(BRANCH, PostCode.BRANCH_SECRETARY, '思想建设', '书记讲党课', '党支部书记带头为本支部党员讲党课,联系思想和工作实际答疑释惑。', '每半年至少讲1次党课,讲稿和签到表留存。', HALF, 0, PHOTOS_AND_DOCS, 3, OC),
  item(BRANCH, PostCode.BRANCH_SECRETARY, '组织建设', '与党员谈心谈话', '党支部书记与支部委员、党员经常开展谈心谈话,了解思想、工作和生活情况。', '每半年与本支部党员谈心谈话全覆盖,重点对象有记录。', HALF, 0, DOCS, 3, OC),
  item(BRANCH, PostCode.BRANCH_SECRETARY, '作风建设', '联系服务党员群众', '推动“支部走进党员心里、党员走进群众心里”,帮助党员群众解决实际困难。', '每半年至少走访联系1次困难党员和群众,形成走访记录。', HALF, 0, PHOTOS_AND_DOCS, 2, OC),
  item(BRANCH, PostCode.BRANCH_SECRETARY, '制度建设', '审核“三会一课”记录', '党支部书记审核本支部“三会一课”和主题党日记录,确保真实完整。', '每季度审核签字1次,报机关党委备查。', QUARTER, 10, DOCS, 2, OC),

  // 党员: every member (YEAR or HALF only; every member is a subject)
  item(BRANCH, PostCode.PARTY_MEMBER, '思想建设', '参加组织生活和理论学习', '按时参加“三会一课”、主题党日和理论学习,自觉接受党性教育。', '每半年撰写1篇学习心得,缺席组织生活须事先请假。', HALF, 10, DOCS, 2, BR),
  item(BRANCH, PostCode.PARTY_MEMBER, '组织建设', '按时足额交纳党费', '按照规定比例按月交纳党费,增强党员意识。', '每半年核对确认1次本人党费交纳情况。', HALF, 0, null, 1, BR),
  item(BRANCH, PostCode.PARTY_MEMBER, '组织建设', '参加民主评议', '参加组织生活会和民主评议党员,开展批评和自我批评,对照党员标准查找差距。', '次年1月底前完成个人对照检查材料。', YEAR, 31, DOCS, 2, BR),
  item(BRANCH, PostCode.PARTY_MEMBER, '作风建设', '“人人上讲台”', '在党支部“学理论、谈感悟、述工作”活动中走上讲台,交流学习体会和工作思考。', '每年至少上讲台发言1次。', YEAR, 0, PHOTOS_AND_DOCS, 2, BR),
  item(BRANCH, PostCode.PARTY_MEMBER, '作风建设', '公开承诺和践诺', '年初结合岗位职责作出公开承诺,年底对照承诺事项述诺评诺。', '年底前完成践诺评诺,承诺事项完成情况如实填报。', YEAR, 0, DOCS, 2, BR),
];

/** What the committee changed for the next year's version (2026): a copy of the previous one with these edits. */
export const NEXT_YEAR_CHANGES: {
  update: readonly { title: string; patch: Partial<CatalogueItem> }[];
  remove: readonly string[];
  add: readonly CatalogueItem[];
} = {
  update: [
    { title: '开展主题党日', patch: { requirement: '每月开展1次,结合“四个在一线”至少每季度组织1次进项目、进窗口的实践活动;活动方案、签到表、照片齐全。' } },
    { title: '理论学习中心组学习', patch: { due: 10, requirement: '每季度至少集中学习1次,季度结束后10日内报送学习记录;每年专题研讨不少于4次。' } },
    { title: '确定书记抓基层党建突破项目', patch: { due: '03-31', requirement: '3月底前确定突破项目并报市直机关工委备案,明确目标任务、推进措施和完成时限,年底报告攻关成效。' } },
  ],
  // Done everywhere in 2025: the committee checks standardisation through its inspection from now on.
  remove: ['党支部标准化建设自查'],
  add: [
    item(PARTY_GROUP, PostCode.PARTY_GROUP, '政治建设', '深化模范机关创建', '围绕“让党中央放心、让人民群众满意”,推进模范机关创建,以机关党建带动业务提升。', '每半年总结1次创建进展,年底形成创建成效报告。', HALF, 0, PHOTOS_AND_DOCS, 4, GW),
  ],
};

/** An agency's own item (本单位自定事项) added by a few seeded agencies. */
export const OWN_ITEM: CatalogueItem = item(
  BRANCH,
  PostCode.BRANCH,
  '组织建设',
  '党员业务骨干“双培养”',
  '把党员培养成业务骨干,把业务骨干培养成党员,推动党建和业务深度融合。',
  '每年梳理1次“双培养”对象名单,明确培养联系人,年底报告培养成效。',
  YEAR,
  0,
  null,
  2,
  OC,
);

/** The mandated item those agencies tighten, and how: earlier, with a photo, with a requirement of their own. */
export const TIGHTENED = {
  title: '开展主题党日',
  dueOffsetDays: 0,
  extraRequirement: '活动结束后3个工作日内在系统填报,并上传活动照片。',
} as const;

/** Review comments a returned record carries. */
export const RETURN_COMMENTS: readonly string[] = [
  '会议记录不完整,请补充参会人员和议题。',
  '印证资料与事项不符,请上传签到表或会议纪要。',
  '活动内容过于简略,请写明时间、地点和主要内容。',
  '未体现问题整改情况,请补充后重新报送。',
  '请补充领导点评意见和下步工作安排。',
];

/** What a record says it did, per area. */
export const RECORD_CONTENT: Readonly<Record<string, readonly string[]>> = {
  政治建设: ['召开专题会议传达学习上级部署,结合实际研究贯彻落实措施。', '对照责任清单逐项检查落实情况,明确整改责任人和时限。'],
  思想建设: ['组织集中学习党的创新理论,5名同志交流发言。', '围绕年度重点工作开展学习研讨,形成学习记录和心得体会。', '结合业务工作讲授专题党课,党员认真听讲并交流体会。'],
  组织建设: ['按程序召开会议,研究党员教育管理和支部建设有关事项。', '完成本期工作并建立台账,会议记录和签到表齐全。', '对照制度要求逐项落实,相关材料已归档备查。'],
  作风建设: ['深入联系点和服务对象走访调研,收集意见建议并逐项反馈。', '组织党员到项目一线和服务窗口开展志愿服务。'],
  纪律建设: ['组织观看警示教育片,开展廉政谈话和节前提醒。', '学习党纪法规,剖析典型案例,党员签订廉洁承诺。'],
  制度建设: ['梳理修订相关制度,经会议研究后印发执行。', '审核有关记录并签字确认,资料齐全规范。'],
};

export const RECORD_PLACES: readonly string[] = ['机关三楼会议室', '党员活动室', '党建联系点', '机关一楼报告厅'];
