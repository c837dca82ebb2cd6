import { Authorized, Query, Resolver } from 'type-graphql';
import { createTestApi, type TestApi } from '../../testing';
import type { ZerenModule } from '../module/zeren-module';

const DAY = 86_400_000;

/** A module whose to-do provider answers from the caller's identity, as a real module answers from its rows. */
const fixtureModule: ZerenModule = {
  name: 'todo-fixture',
  dependsOn: ['auth'],
  todos: [
    async (ctx) =>
      ctx.principal?.username === 'a_member'
        ? [
            { id: 'late', module: 'todo-fixture', title: '提交上月履责纪实', dueAt: new Date(Date.now() - DAY), link: '/responsibility' },
            { id: 'soon', module: 'todo-fixture', title: '填报本月任务回执', dueAt: new Date(Date.now() + DAY), link: null },
            { id: 'later', module: 'todo-fixture', title: '准备年度述职', dueAt: new Date(Date.now() + 30 * DAY), link: null },
            { id: 'open', module: 'todo-fixture', title: '阅读学习材料', dueAt: null, link: null },
          ]
        : [],
  ],
};

describe('myTodos', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ modules: [fixtureModule] });
    await api.addTenant('A');
  });
  afterAll(() => api.close());

  it('gathers the modules’ items for the caller, overdue first, with their warning levels', async () => {
    const res = await api.as('a_member').run('{ myTodos { id module title level link } }');
    expect(res.data?.myTodos.map((t: { id: string; level: string | null }) => [t.id, t.level])).toEqual([
      ['late', 'RED'],
      ['soon', 'YELLOW'],
      ['later', 'BLUE'],
      ['open', null],
    ]);
  });

  it('is empty for a caller with nothing to do, and refused without a login', async () => {
    expect((await api.as('a_tenant_admin').run('{ myTodos { id } }')).data?.myTodos).toEqual([]);
    expect((await api.as(null).run('{ myTodos { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

@Resolver()
class UngrantedResolver {
  @Authorized('nobody.grants-this')
  @Query(() => String)
  ungranted(): string {
    return 'never';
  }
}

describe('the permission catalogue at start-up', () => {
  it('refuses a schema whose resolvers name a permission no module grants', async () => {
    await expect(createTestApi({ resolvers: [UngrantedResolver] })).rejects.toThrow('granted by no module: nobody.grants-this');
  });

  it('refuses two modules granting the same permission', async () => {
    const twice: ZerenModule = { name: 'twice', permissions: { 'users.read': { label: 'x', roles: [] } } };
    await expect(createTestApi({ modules: [twice] })).rejects.toThrow('granted by two modules');
  });
});
