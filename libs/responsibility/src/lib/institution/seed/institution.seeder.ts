import { SEEDED_AGENCY_USERS } from '@zeren/auth';
import { SEEDED_AGENCY, SeedKey, type ModuleSeeder } from '@zeren/tenancy';
import { InstitutionKind, ReceiptStatus } from '../institution-kind.enum';
import { InstitutionReceipt } from '../institution-receipt.entity';
import { InstitutionSupplement } from '../institution-supplement.entity';
import type { InstitutionVersion } from '../institution-version.entity';
import { InstitutionService } from '../institution.service';

const PUBLISHED = new SeedKey<readonly InstitutionVersion[]>('responsibility.institutionVersions');

/** The 1+N library as the committee issued it: the implementing opinion and four standards. */
export const SEEDED_INSTITUTIONS: readonly { kind: InstitutionKind; title: string; number: string; effectiveOn: string; body: string }[] = [
  {
    kind: InstitutionKind.ONE,
    title: '关于推进市直机关党支部“两规范一创建”的实施意见',
    number: '市直工委发〔2025〕1号',
    effectiveOn: '2025-01-01',
    body: [
      '为深入贯彻落实新时代党的建设总要求,推进市直机关党支部标准化规范化建设,创建模范机关,结合市直机关实际,提出如下实施意见。',
      '一、总体目标。以党支部建设标准化、组织生活规范化为基础,以创建模范机关为目标,构建“1+N”制度体系。',
      '二、主要任务。规范党支部设置,规范组织生活,规范党员队伍建设,创建过硬党支部。',
      '三、保障措施。各部门单位党组(党委)履行主体责任,机关党委履行直接责任,党支部履行具体责任。',
    ].join('\n'),
  },
  {
    kind: InstitutionKind.N,
    title: '市直机关党支部标准化规范化建设规范',
    number: '市直工委发〔2025〕2号',
    effectiveOn: '2025-01-01',
    body: ['党支部按照“七个规范”开展建设:组织设置、班子建设、党员管理、组织生活、活动阵地、工作制度、基础保障。', '每个党支部每年至少开展一次标准化建设自查。'].join('\n'),
  },
  {
    kind: InstitutionKind.N,
    title: '发展党员工作规程',
    number: '市直工委发〔2025〕3号',
    effectiveOn: '2025-01-01',
    body: ['发展党员工作分为申请入党、入党积极分子的确定和培养教育、发展对象的确定和考察、预备党员的接收、预备党员的教育考察和转正五个阶段。', '各环节材料应当完整、规范,按时归档。'].join('\n'),
  },
  {
    kind: InstitutionKind.N,
    title: '党支部换届选举工作规程',
    number: '市直工委发〔2025〕4号',
    effectiveOn: '2025-01-01',
    body: ['党支部委员会每届任期三年,任期届满应当按期换届。', '换届选举前,党支部应当向上级党组织提出书面请示,经批复后召开党员大会选举。'].join('\n'),
  },
  {
    kind: InstitutionKind.N,
    title: '“三会一课”制度',
    number: '市直工委发〔2025〕5号',
    effectiveOn: '2025-01-01',
    body: ['党支部每季度召开一次党员大会,每月召开一次支部委员会会议,党小组每月召开一次党小组会。', '党支部书记每年至少讲一次党课。'].join('\n'),
  },
];

/**
 * The committee's library, published before any agency exists; each agency then gets its receipts
 * as a publication would have sent them (the first confirmed, the rest waiting) and, where it has an
 * admin, one supplement under the 三会一课 rules.
 */
export const institutionSeeder: ModuleSeeder = {
  async committee({ db, shared }) {
    const service = new InstitutionService();
    const published: InstitutionVersion[] = [];
    for (const [i, item] of SEEDED_INSTITUTIONS.entries()) {
      const doc = await service.createDocument(db, { kind: item.kind, title: item.title, number: item.number, sortOrder: (i + 1) * 10 });
      const draft = await service.draftVersion(db, doc.id, { body: item.body, effectiveOn: item.effectiveOn });
      published.push(await service.publish(db, draft.id));
    }
    shared.set(PUBLISHED, published);
  },
  async agency({ db, shared }) {
    const tenant = shared.get(SEEDED_AGENCY);
    const published = shared.get(PUBLISHED);
    const admin = shared.get(SEEDED_AGENCY_USERS).find((u) => u.person === 'admin');
    const dispatch = db.dispatch([tenant.id]).repo(InstitutionReceipt);
    for (const [i, v] of published.entries()) {
      const issuedAt = v.publishedAt ?? new Date();
      const confirmer = i === 0 ? admin : undefined;
      await dispatch.fanOut([tenant.id], {
        documentId: v.documentId,
        versionId: v.id,
        issuedAt,
        status: confirmer ? ReceiptStatus.CONFIRMED : ReceiptStatus.UNCONFIRMED,
        confirmedAt: confirmer ? issuedAt : null,
        confirmedById: confirmer?.id ?? null,
      });
    }
    if (!admin) return;
    await db.actingFor(tenant.id).repo(InstitutionSupplement).insert({
      documentId: published[published.length - 1].documentId,
      title: `${tenant.name}“三会一课”实施细则`,
      body: '本单位主题党日固定在每月第一个星期五下午。\n党课由党支部书记、班子成员轮流讲授。',
      fileIds: [],
      sortOrder: 10,
      writtenById: admin.id,
    });
  },
};

/** The responsibility module's seeder with the 1+N library after it. */
export function withInstitutions(seeder: ModuleSeeder): ModuleSeeder {
  return {
    async committee(context) {
      await seeder.committee?.(context);
      await institutionSeeder.committee?.(context);
    },
    async agency(context) {
      await seeder.agency?.(context);
      await institutionSeeder.agency?.(context);
    },
  };
}
