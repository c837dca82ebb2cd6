/** One GraphQL POST, as the portal sends it; throws on transport errors and on GraphQL errors. */
export async function postGraphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetchOnce(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`GraphQL ${body.errors[0].extensions?.code ?? ''}: ${body.errors[0].message}`);
  if (!res.ok || !body.data) throw new Error(`HTTP ${res.status} from ${url}`);
  return body.data;
}

export async function postJson<T>(url: string, payload: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}: ${await res.text()}`);
  return (await res.json()) as T;
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const data = await postGraphql<{ login: { token: string } }>(url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
    u: username,
    p: password,
  });
  return data.login.token;
}

/**
 * fetch, tried a second time when it fails before any answer ("fetch failed"): undici may reuse a
 * keep-alive socket the server is just closing after an idle pause (seen once after the statement
 * tenants were written), and the request then never reached the server.
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return fetch(url, init);
  }
}
