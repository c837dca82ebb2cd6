import { levelSizes } from './statement-tenants.seeder';

describe('statement tenants', () => {
  it('spreads the units over the root and three levels, exactly as many as asked', () => {
    for (const units of [10, 100, 1000, 10000]) {
      const sizes = levelSizes(units);
      expect(sizes.length).toBeLessThanOrEqual(4);
      expect(sizes.reduce((s, n) => s + n, 0)).toBe(units);
    }
    expect(levelSizes(10)).toEqual([1, 2, 4, 3]);
  });
});
