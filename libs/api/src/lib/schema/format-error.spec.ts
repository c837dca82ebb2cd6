import { Authorized, Query, Resolver } from 'type-graphql';
import { TenantKind } from '@zeren/tenancy';
import { createTestApi, type TestApi } from '../../testing';

@Resolver()
class BrokenResolver {
  @Authorized()
  @Query(() => String)
  broken(): string {
    throw new Error('connection to 10.0.0.7 refused: secret detail');
  }
}

describe('unexpected errors', () => {
  let api: TestApi;
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);

  beforeAll(async () => {
    api = await createTestApi({ resolvers: [BrokenResolver] });
    await api.addTenant('A', TenantKind.AGENCY);
  });
  afterAll(() => api.close());

  it('are masked for the client, with a request id to quote, and logged in full', async () => {
    const res = await api.as('a_member').run('{ broken }');
    expect(res.errors?.[0]).toMatchObject({
      message: '服务器内部错误,请稍后再试',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
    });
    expect(JSON.stringify(res.errors)).not.toMatch(/secret detail|10\.0\.0\.7/);
    expect(errors).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/secret detail/) }));
  });
});

describe('too many bad variables', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
    await api.addTenant('A', TenantKind.AGENCY);
  });
  afterAll(() => api.close());

  it('answers BAD_USER_INPUT when graphql-js stops coercing after 50 errors, not INTERNAL_SERVER_ERROR', async () => {
    const roles = Array.from({ length: 60 }, () => null);
    const res = await api
      .as('a_tenant_admin')
      .run('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username: 'x1_user', displayName: 'x', password: 'Pass-2026-x', roles } });
    const codes = new Set(res.errors?.map((e) => e.extensions?.['code']));
    expect({ codes: [...codes], status: res.status }).toEqual({ codes: ['BAD_USER_INPUT'], status: 400 });
  });
});
