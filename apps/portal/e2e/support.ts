import { DEMO_PASSWORD } from './harness';

// Test set-up talks to the API directly (the pages under test never do this): it makes sure the
// data a case needs exists, whether or not the seed already brings a demo org tree.
export class Api {
  constructor(private readonly baseUrl: string) {}

  async request<T = any>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`API: ${body.errors[0].message}`);
    return body.data as T;
  }

  async token(username: string): Promise<string> {
    const data = await this.request<{ login: { token: string } }>(
      null,
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: DEMO_PASSWORD },
    );
    return data.login.token;
  }

  /** The agency's top-level organization, created (as a 党组) when the seed has none. */
  async ensureRoot(token: string, name: string, code: string): Promise<{ id: string; name: string; code: string }> {
    const { orgRoots } = await this.request<{ orgRoots: { id: string; name: string; code: string }[] }>(token, '{ orgRoots { id name code } }');
    if (orgRoots[0]) return orgRoots[0];
    const { createOrgUnit } = await this.request<{ createOrgUnit: { id: string; name: string; code: string } }>(
      token,
      'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id name code } }',
      { i: { kind: 'PARTY_GROUP', name, code } },
    );
    return createOrgUnit;
  }

  async createUnit(token: string, input: Record<string, unknown>): Promise<{ id: string; name: string }> {
    const { createOrgUnit } = await this.request<{ createOrgUnit: { id: string; name: string } }>(
      token,
      'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id name } }',
      { i: input },
    );
    return createOrgUnit;
  }

  async parentOf(token: string, id: string): Promise<string | null> {
    const { orgUnit } = await this.request<{ orgUnit: { parentId: string | null } }>(token, 'query($id: ID!) { orgUnit(id: $id) { parentId } }', { id });
    return orgUnit.parentId;
  }

  async childCount(token: string, id: string): Promise<number> {
    const { orgUnit } = await this.request<{ orgUnit: { childCount: number } }>(token, 'query($id: ID!) { orgUnit(id: $id) { childCount } }', { id });
    return orgUnit.childCount;
  }

  async memberTotal(token: string, search?: string): Promise<number> {
    const { partyMembers } = await this.request<{ partyMembers: { total: number } }>(
      token,
      'query($s: String) { partyMembers(search: $s, limit: 1) { total } }',
      { s: search ?? null },
    );
    return partyMembers.total;
  }
}

export const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 100)}`;

/** Whether the API lets `username` sign in with `password`. */
export async function canSignIn(api: Api, username: string, password: string): Promise<boolean> {
  const query = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
  return api.request(null, query, { u: username, p: password }).then(
    () => true,
    () => false,
  );
}
