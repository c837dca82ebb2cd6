import { POST_CATALOGUE, PostCode } from '../post/post-type.catalogue';
import { MemberCategory } from '../member/party-member.entity';
import { OrgUnitKind } from '../org-unit/org-unit-kind.enum';
import { buildAgency, planShapes, type AgencySeed } from './org-dataset.generator';

const AGENCIES: AgencySeed[] = [
  { code: 'CZJ', name: '市财政局', size: 1.4 },
  { code: 'GAJ', name: '市公安局', size: 4.5, partyCommittee: true },
  { code: 'SJJ', name: '市审计局', size: 0.9 },
  { code: 'TSG', name: '市图书馆', size: 0.4 },
];
const MEMBERS = 2000;

const build = (seed: number) => planShapes(AGENCIES, MEMBERS, seed).map((shape) => buildAgency(shape, seed));

describe('org dataset generator', () => {
  it('builds the same data from the same seed, and other data from another', () => {
    expect(build(7)).toEqual(build(7));
    expect(build(7)[0].members.map((m) => m.name)).not.toEqual(build(8)[0].members.map((m) => m.name));
  });

  it('gives each agency its share of the members and a party committee where the plan says so', () => {
    const plans = build(7);
    expect(plans.reduce((n, p) => n + p.members.length, 0)).toBe(MEMBERS);
    expect(plans.map((p) => p.units.find((u) => u.key === 'root')?.name)).toEqual([
      '中共东营市财政局党组',
      '中共东营市公安局委员会',
      '中共东营市审计局党组',
      '中共东营市图书馆党组',
    ]);
  });

  it('takes the demo member from the demo secretary’s branch, so the secretary’s data scope shows them', () => {
    for (const seed of [1, 2, 3, 20_141_001]) {
      for (const plan of build(seed)) {
        const { secretary, member } = plan.people;
        const branch = plan.posts.find((p) => p.member === secretary && p.postCode === PostCode.BRANCH_SECRETARY)?.unitKey;
        const unit = plan.units.find((u) => u.key === plan.members[member].unitKey);
        expect(branch).toBeDefined();
        expect([unit?.key, unit?.parentKey]).toContain(branch);
        expect(member).not.toBe(secretary);
      }
    }
  });

  it('seeds only appointments the catalogue’s rules allow: the unit’s kind, full members for elected posts, holders from the unit or below', () => {
    const rules = new Map(POST_CATALOGUE.map((p) => [p.code, p]));
    const broken: string[] = [];
    for (const seed of [1, 7, 20_141_001]) {
      for (const plan of build(seed)) {
        const units = new Map(plan.units.map((u) => [u.key, u]));
        const within = (key: string, top: string): boolean => key === top || (!!units.get(key)?.parentKey && within(units.get(key)!.parentKey!, top));
        for (const post of plan.posts) {
          const rule = rules.get(post.postCode)!;
          const unit = units.get(post.unitKey)!;
          const member = plan.members[post.member];
          const what = `${plan.units[0].name} ${unit.name} ${rule.name}`;
          if (rule.unitKinds && !rule.unitKinds.includes(unit.kind)) broken.push(`${what}: a ${unit.kind} has no such post`);
          if (rule.fullMembersOnly && member.category !== MemberCategory.FULL) broken.push(`${what}: held by a probationary member`);
          if (rule.holderWithinUnit && unit.kind !== OrgUnitKind.ACTION_BRANCH && !within(member.unitKey, unit.key)) broken.push(`${what}: held from outside the unit`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
