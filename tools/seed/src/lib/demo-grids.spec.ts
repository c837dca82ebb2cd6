import { DEMO_GRIDS } from '@zeren/grids';
import { DONGYING_AGENCIES } from './dongying-agencies.data';

describe('demo grids', () => {
  it('put every agency of the Dongying register in exactly one of the ten grids', () => {
    const named = DEMO_GRIDS.flatMap((g) => g.agencies);
    expect(DEMO_GRIDS).toHaveLength(10);
    expect([...named].sort()).toEqual(DONGYING_AGENCIES.map((a) => a.code).sort());
  });
});
