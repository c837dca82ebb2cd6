import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for the cadence's zh-CN words: its messages, the reports' notes and the 督查通报 .docx (spread into supervisionMessages). */
export const cadenceMessages: MessageCatalogue = {
  // Groupings
  督查分析的统计口径: 'Grouping of the inspection analysis',
  按问题类别: 'By problem category',
  按单位: 'By agency',

  // Messages
  '年度应在 {#min} 到 {#max} 之间': 'The year must be between {min} and {max}',
  '期次应在 1 到 {#max} 之间': 'The period must be between 1 and {max}',
  '{period}尚未开始': '{period} has not begun yet',
  '{period}尚未开始,不能印发': '{period} has not begun yet and cannot be issued',
  '{period}的{kind}已经印发': 'The {kind} of {period} has already been issued',
  没有找到该通报: 'No such bulletin',
  督查通报须在查看全部单位时印发: 'A bulletin is issued only while viewing every agency',

  // Titles and kinds
  '{period}督查整改调度通报': 'Rectification dispatch bulletin, {period}',
  '{period}督查情况分析通报': 'Inspection analysis bulletin, {period}',
  '{period}督查问题排查通报': 'Problem sweep bulletin, {period}',
  督查整改调度通报: 'rectification dispatch bulletin',
  督查情况分析通报: 'inspection analysis bulletin',
  督查问题排查通报: 'problem sweep bulletin',
  '工委督查〔{#year}〕{#number}号': 'Committee Inspection [{year}] No. {number}',
  述职评议: 'Secretaries’ report review',

  // Notes
  '未销号事项为截至统计日尚未回访销号的整改事项,含往年遗留的': 'Open items are rectifications not closed after a return visit by the cut-off date, earlier years’ included',
  '逾期未整改指整改时限已过、尚未报送整改完成的事项(含验收不通过后未重新报送的)': 'Overdue items are past their deadline and not reported as rectified (including those failed at verification and not reported again)',
  '往期的状态由各事项的开始整改、报送、验收和销号时间推算至该期末': 'For past periods, each item’s state is worked out at the period’s end from when it was started, reported, verified and closed',
  '统计对象为该季度下发的整改事项(督查问题以督查日期计),各季度均截至该季度末统计,本季度截至今日':
    'Counted are the rectifications issued in each quarter (a finding by its inspection date), each quarter as at its end, the current one as at today',
  '销号率 = 已销号 ÷ 整改事项;按时整改率 = 按时报送整改 ÷ 已到期(时限已过或已报送)': 'Closure rate = closed ÷ rectifications; on-time rate = reported on time ÷ due (deadline passed or reported)',
  按网格统计待网格化联系指导模块上线后提供: 'Figures by grid follow when the grid liaison module is in place',
  '排查对象:截至统计日未销号的问题,以及本半年下发的问题中重复发生或逾期报送的': 'Swept are the problems open at the cut-off date, and those issued in the half year that recurred or were reported late',

  // The .docx
  督查通报: 'Inspection bulletin',
  '(未印发)': '(not issued)',
  '统计截止日期:{date}': 'Cut-off date: {date}',
  '{n}、{section}': '{n}. {section}',
  '{#n}. {text}': '{n}. {text}',
  说明: 'Notes',
  // Section numbers past the quarters' 一 to 四 (periods' catalogue has those)
  五: '5',
  六: '6',
  '市直机关工委 {date}': 'Working Committee of the Municipal Organs, {date}',
  '市直机关工委(草稿,生成于 {date})': 'Working Committee of the Municipal Organs (draft, made {date})',
  总体情况: 'Overview',
  逾期未整改事项: 'Overdue items',
  无逾期未整改事项: 'No overdue items',
  '无逾期未整改事项。': 'No overdue items.',
  各单位未销号事项: 'Open items by agency',
  工作要求: 'Requirements',
  按问题类别分析: 'By problem category',
  按单位分析: 'By agency',
  季度趋势: 'Quarterly trend',
  问题单位清单: 'Agencies with problems',
  问题明细: 'The problems',
  '无。': 'None.',
  序号: 'No.',
  单位: 'Agency',
  问题类别: 'Problem category',
  问题: 'Problem',
  整改时限: 'Deadline',
  逾期天数: 'Days overdue',
  状态: 'Status',
  情形: 'Marks',
  未销号: 'Open',
  逾期未整改: 'Overdue',
  重复发生: 'Recurred',
  逾期报送: 'Reported late',
  发现问题: 'Findings',
  整改事项: 'Rectifications',
  已销号: 'Closed',
  销号率: 'Closure rate',
  按时整改率: 'On-time rate',
  期次: 'Period',
  '截至{date},各单位督查整改事项未销号{#open}项,其中逾期未整改{#overdue}项,3日内到期{#soon}项;本月销号{#closed}项。':
    'As at {date}, {open} rectifications are open across the agencies, {overdue} of them overdue and {soon} due within 3 days; {closed} were closed this month.',
  '本季度督查发现问题{#findings}个,下发整改事项{#rectifications}项,已销号{#closed}项,销号率{rate};已到期{#due}项,按时整改{#onTime}项,按时整改率{onTimeRate}。':
    'This quarter the inspections found {findings} problems and {rectifications} rectifications were issued; {closed} are closed, a closure rate of {rate}; of {due} due, {onTime} were reported on time, an on-time rate of {onTimeRate}.',
  '上年同期发现问题{#findings}个,销号率{rate},按时整改率{onTimeRate}。': 'In the same quarter last year: {findings} problems found, closure rate {rate}, on-time rate {onTimeRate}.',
  '截至{date},排查出存在逾期、重复发生或未销号问题的单位{#agencies}个,未销号问题{#unclosed}项,逾期未整改{#overdue}项,重复发生{#repeated}项,逾期报送{#late}项。':
    'As at {date}, the sweep found {agencies} agencies with overdue, recurring or open problems: {unclosed} open, {overdue} overdue, {repeated} recurring and {late} reported late.',
  '各单位党组(党委)要切实履行整改主体责任,对逾期未整改的问题,逐项明确责任人和完成时限,确保按期整改到位。':
    'Each agency’s party group (committee) is to carry its primary responsibility for rectification: for every overdue problem, name who is responsible and by when, and see it rectified on time.',
  '对重复发生的问题,要深入查找原因,建立长效机制,坚决防止问题反弹。': 'For recurring problems, find the causes, build lasting arrangements and keep them from coming back.',
  '工委将对整改情况持续跟踪调度,整改结果纳入年度机关党建工作考核。': 'The committee will keep following the rectifications; the results count in the yearly assessment of party work in the organs.',
};
