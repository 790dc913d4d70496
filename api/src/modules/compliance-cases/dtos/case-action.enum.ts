import { registerEnumType } from '@nestjs/graphql';
import type { CaseAction } from '../case-transitions';

/** GraphQL `CaseAction` (same spelling inside the app). */
export const CaseActionEnum = {
  ACKNOWLEDGE: 'ACKNOWLEDGE',
  RESOLVE: 'RESOLVE',
  MARK_FALSE_POSITIVE: 'MARK_FALSE_POSITIVE',
  REOPEN: 'REOPEN',
  ASSIGN: 'ASSIGN',
  UNASSIGN: 'UNASSIGN',
} as const satisfies Record<CaseAction, CaseAction>;
registerEnumType(CaseActionEnum, {
  name: 'CaseAction',
  description:
    'open → acknowledged → resolved | false_positive, open → false_positive, resolved | false_positive → open ' +
    '(REOPEN); ASSIGN / UNASSIGN in any state',
});
