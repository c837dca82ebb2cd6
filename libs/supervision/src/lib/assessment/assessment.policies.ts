import { dispatchable, globalTable } from '@zeren/tenancy';
import { AssessmentScheme } from './assessment-scheme.entity';
import { AssessmentResult } from './assessment-result.entity';
import { AssessmentAdjustment } from './assessment-adjustment.entity';

// The scheme is the committee's; every agency reads it once published.
globalTable(AssessmentScheme, { writers: 'committee' });

// The committee writes every agency's result and 加减分; the agency only reads its own.
dispatchable(AssessmentResult, {
  committeeFields: ['year', 'schemeId', 'components', 'adjustmentCenti', 'totalCenti', 'rank', 'rankedOf', 'grade', 'overdueMarks', 'openRectifications', 'computedAt'],
  agencyFields: [],
});
dispatchable(AssessmentAdjustment, { committeeFields: ['year', 'pointsCenti', 'reason', 'createdById'], agencyFields: [] });
