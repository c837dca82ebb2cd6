import { IsNull } from 'typeorm';
import { COMMITTEE_USERS, LoginName, SEEDED_AGENCY_USERS } from '@zeren/auth';
import { OrgUnit, OrgUnitKind, PartyMember } from '@zeren/org-tree';
import { DAY_MS, localDateOf } from '@zeren/shared-periods';
import { Prng } from '@zeren/shared-prng';
import { newId, SEEDED_COMMITTEE, SeedKey, type ModuleSeeder, type NewRow } from '@zeren/tenancy';
import { type CriterionScore, StarObjection, StarRating, StarScheme } from '../star/star.entity';
import { StarObjectionStatus, StarRatingStatus as S, StarSchemeStatus } from '../star/star.enums';
import { starsOf, totalTenthsOf } from '../star/star.rules';
import { StarService } from '../star/star.service';
import { STAR_BANDS, STAR_CRITERIA } from './stars.data';

interface SeededSchemes {
  today: string;
  committeeAdminId: string;
  byYear: ReadonlyMap<number, StarScheme>;
}

const SCHEMES = new SeedKey<SeededSchemes>('members.starSchemes');
const ADJUSTED = '已补充佐证材料,按实际完成情况调整';
const INNOVATION = ['“红色物业”服务群众项目', '“党建+业务”融合攻坚项目', '“一支部一品牌”创建项目'];
const OBJECTION = '该支部今年“三会一课”有两次未按时召开,建议核实后再公示';
const PAST_OBJECTION = '该支部创新项目的成效材料不够具体';
const PAST_ANSWER = '经核实,创新项目已在本单位推广,成效材料已补充,维持评定结果';

/** 邹城's scheme (stars.data.ts), satisfaction at 30 % capping at 三星 below 60, 五星 10 %. */
function schemeOf(year: number, status: StarSchemeStatus, now: Date): StarScheme {
  return Object.assign(new StarScheme(), {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    year,
    title: `${year}年度市直机关党支部星级评定`,
    criteria: STAR_CRITERIA.map((c) => ({ ...c })),
    bands: STAR_BANDS.map((b) => ({ ...b })),
    satisfactionWeight: 30,
    satisfactionCaps: [{ below: 60, maxStars: 3 }],
    quotas: [{ stars: 5, percent: 10 }],
    fiveStarNeedsInnovation: true,
    status,
  });
}

/** A total inside the band of `stars` (the bands above), as criteria scores at the same share of their maximum and a satisfaction near it. */
function pastScores(scheme: StarScheme, stars: number, rng: Prng) {
  const low = [0, 50, 62, 72, 82, 91][stars];
  const target = low + rng.int(0, stars === 5 ? 7 : 6);
  const satisfaction = Math.min(99, target + rng.int(-3, 4));
  const share = Math.min(1, (target - 0.3 * satisfaction) / 70);
  const scores: CriterionScore[] = scheme.criteria.map((c) => {
    const score = Math.round(c.maxScore * share);
    return { key: c.key, prefilled: null, evidence: '往年评定,系统上线前无预填数据', selfScore: score, selfReason: null, partyScore: null, partyReason: null };
  });
  return { scores, satisfaction };
}

/**
 * 星级评定 for the demo: the committee's schemes for the last two years (closed) and this year (open);
 * per agency, every branch named in both past years with a spread of 一星 to 五星 and stars moving up
 * or down between them; this year the branches are started from the records (the service's prefill)
 * and taken through different steps: 自评中 (the demo secretary's branch first), 公示中 with an
 * objection waiting for the committee, 已自评, 党委已评 and 工委已复核; last year's 公示 of the secretary's
 * branch drew an objection, answered. One insert of the past ratings per agency, then one transition per step.
 */
export function createStarsSeeder(options: { now?: () => Date } = {}): ModuleSeeder {
  const stars = new StarService();
  return {
    async committee({ db, shared }) {
      const now = options.now?.() ?? new Date();
      const today = localDateOf(now);
      const year = Number(today.slice(0, 4));
      const committee = shared.get(SEEDED_COMMITTEE);
      const admin = await db.reference(LoginName).findOneBy({ tenantId: committee.id, username: COMMITTEE_USERS[0].username });
      if (!admin) throw new Error('The stars seed needs the committee admin user (auth seeds it)');
      const schemes = [schemeOf(year - 2, StarSchemeStatus.CLOSED, now), schemeOf(year - 1, StarSchemeStatus.CLOSED, now), schemeOf(year, StarSchemeStatus.OPEN, now)];
      await db.register(StarScheme).insert(schemes);
      shared.set(SCHEMES, { today, committeeAdminId: admin.userId, byYear: new Map(schemes.map((s) => [s.year, s])) });
    },

    async agency({ plan, agency, shared, asAgency, db }) {
      const seeded = shared.get(SCHEMES);
      const own = asAgency();
      const year = Number(seeded.today.slice(0, 4));
      const branches = await own.repo(OrgUnit).find({ where: { kind: OrgUnitKind.BRANCH, dissolvedOn: IsNull() }, select: { id: true, tenantId: true, kind: true, parentId: true }, order: { id: 'ASC' } });
      if (branches.length === 0) return;
      const users = shared.get(SEEDED_AGENCY_USERS);
      const userOf = (person: string) => users.find((u) => u.person === person)?.id ?? null;
      const adminId = userOf('admin') ?? seeded.committeeAdminId;
      const rng = Prng.derive(plan.seed, 'stars', agency.code);
      const now = options.now?.() ?? new Date();

      // Past years: 五/四/三/二/一星 about 10/30/40/15/5 %, moving a star up or down one time in five each.
      const past: NewRow<StarRating>[] = [];
      for (const branch of branches) {
        let level = [5, 4, 4, 4, 3, 3, 3, 3, 2, 1][rng.int(0, 9)];
        for (const y of [year - 2, year - 1]) {
          if (y === year - 1) level = Math.max(1, Math.min(5, level + (rng.chance(0.2) ? 1 : rng.chance(0.25) ? -1 : 0)));
          const scheme = seeded.byYear.get(y)!;
          const { scores, satisfaction } = pastScores(scheme, level, rng);
          const innovationProject = level === 5 ? INNOVATION[rng.int(0, INNOVATION.length - 1)] : null;
          const totalTenths = totalTenthsOf(scheme, scores, satisfaction);
          past.push({ schemeId: scheme.id, year: y, unitId: branch.id, scores, satisfaction, innovationProject, totalTenths, stars: starsOf(scheme, { totalTenths, satisfaction, innovationProject }), status: S.DRAFT, partyReturnReason: null, selfSubmittedById: null, partyReviewedById: null, committeeReturnReason: null, confirmedById: null, publicizedUntil: null, namedOn: null, namedStars: null });
        }
      }
      const secretary = userOf('secretary');
      const home = secretary ? await own.repo(PartyMember).findOne({ userId: secretary }) : null;
      const homeBranch = home && branches.some((b) => b.id === home.unitId) ? home.unitId : null;
      const objector = userOf('member') ?? adminId;
      const rows = await own.repo(StarRating).insert(past);
      const committee = db.dispatch([rows[0].tenantId]).repo(StarRating);
      for (const r of rows) {
        await own.repo(StarRating).transition(r.id, S.SELF_SUBMITTED, { selfSubmittedById: adminId });
        await own.repo(StarRating).transition(r.id, S.PARTY_REVIEWED, { partyReviewedById: adminId });
        await committee.transition(r.id, S.COMMITTEE_CONFIRMED, { confirmedById: seeded.committeeAdminId });
        await committee.transition(r.id, S.PUBLICIZED, { publicizedUntil: `${r.year}-12-20` });
        // Last year's 公示 of the secretary's branch drew an objection, answered before naming.
        if (r.year === year - 1 && r.unitId === (homeBranch ?? branches[0].id)) {
          const objection = await own.repo(StarObjection).insertOne({ ratingId: r.id, unitId: r.unitId, content: PAST_OBJECTION, createdById: objector, status: StarObjectionStatus.OPEN, answer: null, answeredById: null, answeredAt: null });
          await db.dispatch([r.tenantId]).repo(StarObjection).transition(objection.id, StarObjectionStatus.ANSWERED, { answer: PAST_ANSWER, answeredById: seeded.committeeAdminId, answeredAt: now });
        }
        await committee.transition(r.id, S.NAMED, { namedOn: `${r.year + 1}-01-15`, namedStars: r.stars });
      }

      // This year: the demo secretary's branch first (it stays in 自评 for the demo), then the steps in turn.
      const current = await stars.start(own, year);
      const order = [...current].sort((x, y) => Number(y.unitId === homeBranch) - Number(x.unitId === homeBranch) || x.unitId.localeCompare(y.unitId));
      const steps = [S.DRAFT, S.PUBLICIZED, S.SELF_SUBMITTED, S.PARTY_REVIEWED, S.COMMITTEE_CONFIRMED];
      for (const [i, rating] of order.entries()) {
        const step = steps[i % steps.length];
        if (step === S.DRAFT) continue;
        // The branch raises the records' scores where it has more to show, and scores its 阵地建设; no
        // innovation project this year, so at most 四星 (the 五星 quota is the committee's at 复核).
        const scores = rating.scores.map((s) => {
          const max = seeded.byYear.get(year)!.criteria.find((c) => c.key === s.key)!.maxScore;
          const score = s.prefilled === null ? rng.int(Math.ceil(max * 0.6), max) : Math.max(s.prefilled, Math.round(max * (0.6 + 0.1 * rng.int(0, 3))));
          return { key: s.key, score, reason: s.prefilled !== null && score !== s.prefilled ? ADJUSTED : null };
        });
        await stars.saveSelf(own, rating.id, { scores, satisfaction: rng.int(72, 96), innovationProject: null });
        await stars.submitSelf(own, adminId, rating.id);
        if (step === S.SELF_SUBMITTED) continue;
        await stars.partyReview(own, adminId, rating.id, { scores: [] });
        if (step === S.PARTY_REVIEWED) continue;
        await stars.confirm(db.dispatch([rating.tenantId]), seeded.committeeAdminId, rating.id);
        if (step === S.COMMITTEE_CONFIRMED) continue;
        await stars.publicize(db.dispatch([rating.tenantId]), rating.id, localDateOf(new Date(now.getTime() + 5 * DAY_MS)), now);
        await stars.object(own, objector, rating.id, OBJECTION, now);
      }
    },
  };
}
