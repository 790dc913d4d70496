export type ContentRuleErrorCode = 'CONTENT_RULES_INVALID' | 'CONTENT_TERM_INVALID';

/** Invalid tenant rule overrides or an unusable term; `issues` lists each problem with its path. */
export class ContentRuleError extends Error {
  constructor(
    readonly code: ContentRuleErrorCode,
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ContentRuleError';
  }
}
