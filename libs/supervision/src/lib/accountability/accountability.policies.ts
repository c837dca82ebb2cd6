import { dispatchable, globalTable } from '@zeren/tenancy';
import { AccountabilityRule } from './accountability-rule.entity';
import { AccountabilityMeasure } from './accountability-measure.entity';
import { MeasureStatus as M } from './accountability.enums';

globalTable(AccountabilityRule, { writers: 'committee' });

// Proposed into the agency by the committee and decided by it; the agency reads its confirmed ones.
dispatchable(AccountabilityMeasure, {
  committeeFields: ['year', 'kind', 'resultId', 'ruleIds', 'grounds', 'proposedAt', 'note', 'dueOn', 'dismissReason', 'decidedAt', 'decidedById'],
  agencyFields: [],
  state: {
    field: 'status',
    initial: M.PROPOSED,
    transitions: [
      { from: M.PROPOSED, to: M.CONFIRMED, by: 'committee' },
      { from: M.PROPOSED, to: M.DISMISSED, by: 'committee' },
    ],
  },
});
