import type { AlertKind, AlertSeverity } from './alert-kinds';

/** Something a rule found in the data; `key` identifies it within the rule, so it fires at most once. */
export interface AlertCondition {
  kind: AlertKind;
  key: string;
  severity: AlertSeverity;
  title: string;
  detail: string;
  /** External account id when the condition is about one account. */
  accountId: string | null;
  conditionAt: Date;
  link: string | null;
}
