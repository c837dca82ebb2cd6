import { Role } from '@zeren/auth';
import { MODULES } from './zeren-modules';

// The portal shows a committee reader as read-only when every permission it holds is a `.read` one
// (session.readOnly): a reading permission named otherwise would silently take that away.
describe('permission names', () => {
  it('names every permission of the committee’s reading roles `….read`', () => {
    const readers = [Role.COMMITTEE_LEADER, Role.GRID_LIAISON];
    const misnamed = MODULES.flatMap((m) =>
      Object.entries(m.permissions ?? {})
        .filter(([name, grant]) => grant.roles.some((r) => readers.includes(r)) && !name.endsWith('.read'))
        .map(([name]) => `${m.name}: ${name}`),
    );
    expect(misnamed).toEqual([]);
  });
});
