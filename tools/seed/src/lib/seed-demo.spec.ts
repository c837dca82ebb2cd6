import { MODULES, allEntities, allMigrations } from '@zeren/modules';
import { createTestApi, type TestApi } from '@zeren/api/testing';
import { openTestDatabase } from '@zeren/tenancy/testing';
import { DEMO_PASSWORD } from '@zeren/auth';
import { isEmpty } from './seed';
import { seedDemo } from './seed-demo';
import { seedSynthetic } from './seed-synthetic';

const OVERVIEW = `{ orgOverview { agencies members branchSecretaries branchSecretaryLeadershipShare partyAffairsCadres actionBranches agenciesWithOrganCommittee agenciesWithFullTimeDeputy unitsByKind { kind count } } }`;

describe('Dongying demo seed', () => {
  describe('on the full demo data', () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await createTestApi({ modules: MODULES, password: DEMO_PASSWORD });
      await seedDemo(api.dataSource);
    }, 180_000);
    afterAll(() => api.close());

    it('gives the committee the brief’s figures: 65 % of branch secretaries on the leadership team, 3 329 cadres, 32 action branches', async () => {
      const res = await api.as('gw_leader').run(OVERVIEW);
      expect(res.errors).toBeUndefined();
      expect(res.data?.orgOverview).toMatchObject({
        agencies: 99,
        members: 25_000,
        branchSecretaryLeadershipShare: 65,
        partyAffairsCadres: 3329,
        actionBranches: 32,
      });
      // Every agency with an organ party committee has its full-time deputy secretary.
      expect(res.data?.orgOverview.agenciesWithFullTimeDeputy).toBe(res.data?.orgOverview.agenciesWithOrganCommittee);
    });

    it('builds party trees three to five levels deep, each agency with one root', async () => {
      const depths: { tenant_id: string; deepest: number | string; roots: number | string }[] = await api.dataSource.query(
        'SELECT tenant_id, MAX(depth) AS deepest, SUM(CASE WHEN parent_id IS NULL THEN 1 ELSE 0 END) AS roots FROM org_unit GROUP BY tenant_id',
      );
      expect(depths).toHaveLength(99);
      expect(depths.every((d) => Number(d.roots) === 1)).toBe(true);
      expect(new Set(depths.map((d) => Number(d.deepest) + 1))).toEqual(new Set([3, 4, 5]));
    });

    it('follows 一把手兼任机关党组织书记 in every agency', async () => {
      const res = await api.as('gw_admin').run('{ secretaryMismatches { tenantId } }');
      expect(res.data?.secretaryMismatches).toEqual([]);
    });

    it('shows a tenant admin only their own figures, tree and members', async () => {
      const res = await api.as('czj_admin').run(`${OVERVIEW.slice(0, -1)} orgRoots { name } partyMembers(limit: 1) { total items { tenantId } } }`);
      expect(res.data?.orgOverview.agencies).toBe(1);
      expect(res.data?.orgOverview.members).toBe(res.data?.partyMembers.total);
      expect(res.data?.orgRoots).toEqual([{ name: '中共东营市财政局党组' }]);
    });

    it('links demo users to their member rows: a member sees their own phone, a secretary sees it masked', async () => {
      const mine = await api.as('czj_member').run('{ myPartyMember { id name phone } }');
      expect(mine.data?.myPartyMember.phone).toMatch(/^1\d{10}$/);
      const seen = await api.as('czj_secretary').run(`query($id: ID!) { partyMember(id: $id) { phone } }`, { id: mine.data?.myPartyMember.id });
      expect(seen.data?.partyMember.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
      const secretary = await api.as('czj_secretary').run('{ myPartyMember { posts { post { code } } } }');
      expect(secretary.data?.myPartyMember.posts.map((p: { post: { code: string } }) => p.post.code)).toContain('BRANCH_SECRETARY');
    });

    it('names each linked demo user after the member they are, and the others after their role', async () => {
      for (const username of ['czj_admin', 'czj_secretary', 'czj_member', 'sjj_member']) {
        const res = await api.as(username).run('{ me { displayName } myPartyMember { name } }');
        expect(res.data?.me.displayName).toBe(res.data?.myPartyMember.name);
      }
      const showcase = await api.as('czj_showcase').run('{ me { displayName } myPartyMember { name } }');
      expect(showcase.data).toEqual({ me: { displayName: '市财政局示范点管理员' }, myPartyMember: null });
    });
  });

  it('seeds the first agencies only, with demo users, when asked', async () => {
    const db = await openTestDatabase({ entities: allEntities, migrations: allMigrations });
    try {
      const { agencies } = await seedDemo(db.dataSource, { agencies: 3 });
      expect(agencies.map((a) => a.code)).toEqual(['CZJ', 'JYJ', 'WJW']);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('seeds a synthetic dataset on a migrated database', async () => {
    const db = await openTestDatabase({ entities: allEntities, migrations: allMigrations });
    try {
      expect(await isEmpty(db.dataSource)).toBe(true);
      // The migrations build exactly the schema the entities describe.
      expect((await db.dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query)).toEqual([]);
      const progress: number[] = [];
      const { agencies } = await seedSynthetic(db.dataSource, { agencies: 5, members: 600, seed: 7, onProgress: (p) => progress.push(p.members) });
      expect(agencies.map((a) => a.code)).toEqual(['S0001', 'S0002', 'S0003', 'S0004', 'S0005']);
      expect(progress.at(-1)).toBe(600);
      expect(await isEmpty(db.dataSource)).toBe(false);
    } finally {
      await db.close();
    }
  }, 60_000);
});
