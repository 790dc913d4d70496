import type { Channel } from '@checkmark/schemas';
import { VIOLATION_KINDS, VIOLATION_SEVERITIES } from '@checkmark/schemas/compliance';
import { BadUserInputError, type InputIssue } from '../../common/errors/bad-user-input.error';
import { ChannelEnum } from '../../graphql/enums/channel.enum';
import { isCalendarDate } from '../../graphql/scalars/date.scalar';
import { CASE_STATES, type CaseState } from '../compliance/compliance-violation.entity';
import type { ViolationFilterInput } from '../compliance/dtos/violation-filter.input';
import type { ComplianceReportInput } from './dtos/compliance-report.input';
import { isReportLanguage, type ReportLanguage } from './i18n/report-catalogue';

/** A request's query string as Express parses it. */
export type QueryParams = Record<string, unknown>;

const CHANNELS = Object.values(ChannelEnum) as string[];

/**
 * Reads download query parameters strictly: unknown parameters and bad values are a BAD_USER_INPUT naming each
 * parameter (a typo must not silently widen what an auditor receives). Lists may be repeated (`kinds=A&kinds=B`)
 * or comma-separated (`kinds=A,B`); enum values are case-insensitive.
 */
class ParamReader {
  readonly issues: InputIssue[] = [];

  constructor(
    private readonly query: QueryParams,
    allowed: readonly string[],
  ) {
    for (const name of Object.keys(query)) {
      if (!allowed.includes(name)) this.issues.push({ path: name, message: 'is not a parameter of this download' });
    }
  }

  private values(name: string): string[] | null {
    const raw = this.query[name];
    if (raw === undefined) return null;
    const items = Array.isArray(raw) ? raw : [raw];
    if (!items.every((item): item is string => typeof item === 'string')) {
      this.issues.push({ path: name, message: 'must be plain text' });
      return null;
    }
    return items.flatMap((item) => item.split(',')).map((item) => item.trim());
  }

  one(name: string): string | null {
    const values = this.values(name);
    if (values === null) return null;
    if (values.length !== 1) {
      this.issues.push({ path: name, message: 'must be given once' });
      return null;
    }
    return values[0];
  }

  date(name: string): string {
    const value = this.one(name);
    if (value === null) this.issues.push({ path: name, message: 'is required (YYYY-MM-DD)' });
    else if (!isCalendarDate(value)) this.issues.push({ path: name, message: 'must be a calendar date YYYY-MM-DD' });
    return value ?? '';
  }

  ids(name: string): string[] | null {
    const values = this.values(name)?.filter((v) => v !== '') ?? null;
    if (values?.some((v) => v.length > 64)) this.issues.push({ path: name, message: 'ids are at most 64 characters' });
    return values?.length ? values : null;
  }

  enums<T extends string>(name: string, allowed: readonly string[], normalise: (v: string) => string): T[] | null {
    const values = this.values(name)?.filter((v) => v !== '') ?? null;
    if (values === null || values.length === 0) return null;
    const normalised = values.map(normalise);
    const bad = normalised.filter((v) => !allowed.includes(v));
    if (bad.length)
      this.issues.push({ path: name, message: `unknown value(s) ${bad.join(', ')}; one of ${allowed.join(', ')}` });
    return normalised as T[];
  }

  boolean(name: string): boolean | null {
    const value = this.one(name);
    if (value === null) return null;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    this.issues.push({ path: name, message: 'must be true or false' });
    return null;
  }

  lang(): ReportLanguage {
    const value = (this.one('lang') ?? 'en').toLowerCase();
    if (isReportLanguage(value)) return value;
    this.issues.push({ path: 'lang', message: 'must be one of en, ru, uk, pl, pt' });
    return 'en';
  }

  channel(): Channel | null {
    const value = this.one('channel');
    if (value === null || value === '') return null;
    if (CHANNELS.includes(value.toLowerCase())) return value.toLowerCase() as Channel;
    this.issues.push({ path: 'channel', message: `must be one of ${CHANNELS.join(', ')}` });
    return null;
  }

  done(): void {
    if (this.issues.length) {
      throw new BadUserInputError(
        this.issues,
        `bad download parameters: ${this.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      );
    }
  }
}

/** `from`, `to`, `accountIds`, `campaignIds`, `lang` of report.pdf / report.csv. */
export function reportParams(query: QueryParams): { input: ComplianceReportInput; lang: ReportLanguage } {
  const r = new ParamReader(query, ['from', 'to', 'accountIds', 'campaignIds', 'lang']);
  const input = {
    from: r.date('from'),
    to: r.date('to'),
    accountIds: r.ids('accountIds'),
    campaignIds: r.ids('campaignIds'),
  };
  const lang = r.lang();
  r.done();
  return { input, lang };
}

/** The ViolationFilter fields of violations.csv. */
export function violationFilterParams(query: QueryParams): ViolationFilterInput {
  const r = new ParamReader(query, [
    'from',
    'to',
    'kinds',
    'severities',
    'channels',
    'accountIds',
    'campaignIds',
    'caseStates',
    'assigneeUserIds',
    'unassigned',
    'includeRetracted',
  ]);
  const lower = (v: string) => v.toLowerCase();
  const filter: ViolationFilterInput = {
    from: r.date('from'),
    to: r.date('to'),
    kinds: r.enums('kinds', VIOLATION_KINDS, (v) => v.toUpperCase()),
    severities: r.enums('severities', VIOLATION_SEVERITIES, lower),
    channels: r.enums<Channel>('channels', CHANNELS, lower),
    accountIds: r.ids('accountIds'),
    campaignIds: r.ids('campaignIds'),
    caseStates: r.enums<CaseState>('caseStates', CASE_STATES, lower),
    assigneeUserIds: r.ids('assigneeUserIds'),
    unassigned: r.boolean('unassigned'),
    includeRetracted: r.boolean('includeRetracted') ?? false,
  };
  r.done();
  return filter;
}

/** `channel` and `lang` of the ledger downloads. */
export function ledgerParams(query: QueryParams): { channel: Channel | null; lang: ReportLanguage } {
  const r = new ParamReader(query, ['channel', 'lang']);
  const channel = r.channel();
  const lang = r.lang();
  r.done();
  return { channel, lang };
}
