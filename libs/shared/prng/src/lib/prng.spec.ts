import { Prng } from './prng';

const draws = (rng: Prng, n = 5) => Array.from({ length: n }, () => rng.next());

describe('Prng', () => {
  it('draws the same sequence from the same seed, and another from another seed', () => {
    expect(draws(new Prng(7))).toEqual(draws(new Prng(7)));
    expect(draws(new Prng(7))).not.toEqual(draws(new Prng(8)));
  });

  it('gives each derived part its own stream', () => {
    expect(draws(Prng.derive(1, 'agency', 'CZJ'))).toEqual(draws(Prng.derive(1, 'agency', 'CZJ')));
    expect(draws(Prng.derive(1, 'agency', 'CZJ'))).not.toEqual(draws(Prng.derive(1, 'agency', 'JYJ')));
  });

  it('keeps integers and dates within their bounds', () => {
    const rng = new Prng(3);
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(2, 4);
      expect(n >= 2 && n <= 4 && Number.isInteger(n)).toBe(true);
      expect(rng.date(2020, 2020)).toMatch(/^2020-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    }
  });
});
