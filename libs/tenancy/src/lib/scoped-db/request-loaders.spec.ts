import { RequestLoader } from './request-loaders';

describe('RequestLoader', () => {
  it('answers a held key at once, without a promise, and batches the others of one tick into one call', async () => {
    const calls: string[][] = [];
    const loader = new RequestLoader<string, string>(async (keys) => {
      calls.push([...keys]);
      return keys.map((k) => k.toUpperCase());
    });
    loader.prime('a', 'primed');
    expect(loader.load('a')).toBe('primed');
    const [b, c] = await Promise.all([loader.load('b'), loader.load('c')]);
    expect([b, c]).toEqual(['B', 'C']);
    expect(calls).toEqual([['b', 'c']]);
    // Loaded once, held from then on; priming does not replace what was loaded.
    expect(loader.load('b')).toBe('B');
    loader.prime('b', 'other');
    expect(loader.load('b')).toBe('B');
    expect(calls).toHaveLength(1);
  });
});
