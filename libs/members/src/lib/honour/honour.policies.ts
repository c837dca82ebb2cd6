import { dispatchable, globalTable } from '@zeren/tenancy';
import { HonourNomination, HonourRound } from './honour.entity';
import { NominationStatus as N } from './honour.enums';

// The committee opens the rounds and publishes their results; every agency reads them.
globalTable(HonourRound, { writers: 'committee' });

// The agency nominates; the committee approves or rejects (with the reason). Neither side writes the other's fields.
dispatchable(HonourNomination, {
  createdBy: 'agency',
  agencyFields: ['roundId', 'category', 'memberId', 'unitId', 'deeds', 'evidence', 'createdById'],
  committeeFields: ['rejectReason', 'decidedById', 'decidedAt'],
  state: {
    field: 'status',
    initial: N.SUBMITTED,
    transitions: [
      { from: N.SUBMITTED, to: N.APPROVED, by: 'committee' },
      { from: N.SUBMITTED, to: N.REJECTED, by: 'committee' },
    ],
  },
});
