import { readyUrl } from './child-server.process';

describe('child servers', () => {
  it('finds the URL in the gateway’s "gateway ready" log line and nowhere else', () => {
    expect(readyUrl('{"level":30,"msg":"gateway ready","url":"http://127.0.0.1:4711/graphql"}')).toBe('http://127.0.0.1:4711/graphql');
    expect(readyUrl('{"level":30,"msg":"graphql request","url":"x"}')).toBeNull();
    expect(readyUrl('Seeded 3 agencies')).toBeNull();
  });
});
