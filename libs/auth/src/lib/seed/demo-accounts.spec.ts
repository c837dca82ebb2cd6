import { AGENCY_ROLES, COMMITTEE_ROLES } from '../session/role.enum';
import { AGENCY_USER_ROLES, COMMITTEE_USERS } from './demo-accounts';

describe('demo accounts', () => {
  it('give every role one account to log in with, committee and agency alike', () => {
    expect(COMMITTEE_USERS.flatMap((u) => u.roles)).toEqual(COMMITTEE_ROLES);
    expect(AGENCY_USER_ROLES.flatMap((u) => u.roles)).toEqual(AGENCY_ROLES);
  });
});
