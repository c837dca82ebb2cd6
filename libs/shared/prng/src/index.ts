export { Prng } from './lib/prng';
