/** What one detection run did. */
export interface DetectionRunResult {
  /** The range re-detected, [from, to); null when the tenant has no events. */
  from: Date | null;
  to: Date;
  /** Violations the detectors returned (each key once). */
  found: number;
  inserted: number;
  updated: number;
  retracted: number;
  /** Rule versions of the violations found. */
  ruleVersions: string[];
  startedAt: Date;
  finishedAt: Date;
}

/** incremental: what arrived since the last run (a full run the first time or when requested); range: [from, to). */
export type DetectionRequest = { mode: 'incremental' } | { mode: 'full' } | { mode: 'range'; from: Date; to: Date };
