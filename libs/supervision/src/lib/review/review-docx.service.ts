import { centredParagraph, heading2, officialDocument, tableOf, textParagraphs, titleParagraph } from '@zeren/shared-office';
import { localDateOf } from '@zeren/shared-periods';
import { tenantNamesOf, type TenantDb } from '@zeren/tenancy';
import { REVIEW_SESSION_STATUS_LABELS } from './review.enums';
import { ReviewService } from './review.service';
import { visibleStandings } from './review-scores';

const score = (centi: number | null) => (centi === null ? '' : (centi / 100).toFixed(2));

/**
 * 述职评议汇总 (DESIGN.md seam 8): the results by rank, the votes by grade, and every comment with its
 * follow-up, as the committee prints it. The committee's readers only (the single ratings are theirs):
 * the circulated results once closed, the live ones before.
 */
export class ReviewDocxService {
  constructor(private readonly reviews = new ReviewService()) {}

  async summary(db: TenantDb, sessionId: string): Promise<Buffer> {
    const session = await this.reviews.session(db, sessionId);
    const standings = await visibleStandings(db, session, true);
    const [groups, figures, comments] = await Promise.all([this.reviews.groups(db, [sessionId]), this.reviews.figures(db, session), this.reviews.comments(db, { sessionId, offset: 0, limit: 10_000 })]);
    const tenantIds = [...new Set(standings.map((s) => s.participant.tenantId))];
    const names = await tenantNamesOf(db, tenantIds);
    const groupOf = new Map(groups.map((g) => [g.id, g.name]));
    const ranked = [...standings].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (names.get(a.participant.tenantId) ?? '').localeCompare(names.get(b.participant.tenantId) ?? '', 'zh-CN'));
    const agencyOf = new Map(standings.map((s) => [s.participant.id, names.get(s.participant.tenantId) ?? '']));
    return officialDocument({
      title: session.title,
      children: [
        titleParagraph(`${session.title}汇总`),
        centredParagraph(`述职评议会:${session.heldOn} · ${REVIEW_SESSION_STATUS_LABELS[session.status]} · 制表日期:${localDateOf(new Date())}`),
        heading2('一、评议结果'),
        tableOf(
          ['名次', '单位', '述职小组', '评议人数', '平均分', '等次'],
          ranked.map((s) => [s.rank ?? '', agencyOf.get(s.participant.id) ?? '', groupOf.get(s.participant.groupId) ?? '', s.ratingCount, score(s.centiScore), s.grade?.label ?? '']),
          [8, 32, 14, 12, 14, 12],
        ),
        heading2('二、述职报告报送和评议票数'),
        tableOf(['述职单位', '已报送', '未报送', '评议票数', ...figures.distribution.map((d) => d.label)], [[figures.participants, figures.submitted, figures.notSubmitted, figures.ratings, ...figures.distribution.map((d) => d.count)]]),
        heading2('三、现场点评和整改'),
        ...(comments.items.length
          ? [tableOf(['序号', '单位', '点评人', '点评意见', '列入整改台账'], comments.items.map((c, i) => [i + 1, agencyOf.get(c.participantId) ?? '', c.commenter, c.content, c.rectificationId ? '是' : '否']), [6, 20, 20, 42, 12])]
          : textParagraphs('暂无点评。')),
      ],
    });
  }
}
