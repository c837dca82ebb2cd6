import type { MessageCatalogue } from '@zeren/shared-errors';

/** English for this lib's zh-CN messages and labels (see MessageCatalogue). */
export const periodsMessages: MessageCatalogue = {
  // Cadences
  每年: 'Yearly',
  每半年: 'Half-yearly',
  每季度: 'Quarterly',
  每月: 'Monthly',
  每周: 'Weekly',
  一次性: 'One-off',
  // Period labels, and the pieces they are built from
  '{#year}年': '{year}',
  '{#year}年{half}半年': '{half} half of {year}',
  上: 'First',
  下: 'Second',
  '{#year}年第{quarter}季度': 'Q{quarter} {year}',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  '{#year}年{#month}月': '{month}/{year}',
  '{#year}年第{#week}周': 'Week {week} of {year}',
  // Period keys
  '周期标识“{key}”无效:{reason}': 'The period key “{key}” is not valid: {reason}',
  '应为 2026、2026-H2、2026-Q4、2026-12、2026-W49 或 ONCE 这样的形式': 'it should look like 2026, 2026-H2, 2026-Q4, 2026-12, 2026-W49 or ONCE',
  '年份应在 1900 到 9999 之间': 'the year should be between 1900 and 9999',
  '半年应为 H1 或 H2': 'the half should be H1 or H2',
  '季度应为 Q1 到 Q4': 'the quarter should be Q1 to Q4',
  '{#year}年按 ISO 8601 共{#weeks}周,周次应为 W01 到 W{#last}': '{year} has {weeks} ISO 8601 weeks, so the week should be W01 to W{last}',
  '月份应为 01 到 12': 'the month should be 01 to 12',
  // Dates and deadlines
  '日期“{date}”无效,应为 YYYY-MM-DD 形式的实际日期': 'The date “{date}” is not valid: it should be a real date written YYYY-MM-DD',
  '完成时限的偏移天数应为 -{min} 到 {max} 之间的整数': 'The deadline offset should be a whole number of days from -{min} to {max}',
  一次性事项的完成时限应为具体日期: 'The deadline of a one-off item should be a specific date',
  完成时限应为相对周期末的天数或具体日期之一: 'The deadline should be either a number of days from the end of the period or a specific date',
  '完成时限 {date} 早于{period}的开始': 'The deadline {date} is before the start of {period}',
  // Warnings and deadline statuses
  蓝: 'Blue',
  黄: 'Yellow',
  红: 'Red',
  未到期: 'Not yet due',
  逾期未完成: 'Overdue',
  按时完成: 'Completed on time',
  逾期完成: 'Completed late',
  黄色预警天数: 'Yellow warning days',
  补录宽限天数: 'Late-entry grace days',
  '{what}应为非负整数': '{what} should be a whole number, 0 or more',
};
