import type { ConsentLedgerModel, ConsentStateModel } from '../../consent/dtos/consent-ledger.model';
import { REPORT_CATALOGUES, type ReportCatalogue, type ReportLanguage } from '../i18n/report-catalogue';
import type { ReportDocument } from './report-document';
import { localDateTime } from './report-format';

export interface LedgerExport {
  ledger: ConsentLedgerModel;
  /** Per channel × purpose at generatedAt. */
  states: ConsentStateModel[];
  tenantName: string;
  timeZone: string;
  generatedAt: Date;
}

/** A contact's consent ledger as a printable document: the state at generation time, then every entry with evidence. */
export function consentLedgerDocument(data: LedgerExport, lang: ReportLanguage): ReportDocument {
  const t = REPORT_CATALOGUES[lang];
  const word = (prefix: string, value: string) => t[`${prefix}_${value}` as keyof ReportCatalogue] ?? value;
  const when = (d: Date) => localDateTime(d, data.timeZone);
  const { ledger } = data;
  return {
    title: t.ledgerTitle,
    subtitle: data.tenantName,
    meta: [
      { label: t.tenant, value: data.tenantName },
      { label: t.contact, value: ledger.contactId },
      { label: t.channel, value: ledger.channel ?? t.allChannels },
      { label: t.generatedAt, value: `${when(data.generatedAt)} (${data.timeZone})` },
    ],
    footer: `${t.ledgerFooter} · ${data.tenantName} · ${ledger.contactId}`,
    pageLabel: t.pageLabel,
    lang,
    generatedAt: data.generatedAt,
    sections: [
      {
        heading: t.statesHeading,
        blocks: [
          { kind: 'paragraph', text: t.ledgerText },
          {
            kind: 'table',
            columns: [
              { header: t.channel },
              { header: t.purpose },
              { header: t.state, weight: 1.4 },
              { header: t.since, weight: 1.3 },
              { header: t.method },
            ],
            rows: data.states.map((s) => [
              s.channel,
              word('purpose', s.purpose),
              `${word('consent', s.state)}${s.blocked ? ` (${t.blocked})` : ''}`,
              s.since ? when(s.since) : t.dash,
              s.method ?? t.dash,
            ]),
            emptyText: t.noEntries,
          },
        ],
      },
      {
        heading: t.historyHeading,
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: t.occurred, weight: 1.3 },
              { header: t.channel, weight: 0.9 },
              { header: t.purpose, weight: 0.9 },
              { header: t.action, weight: 0.9 },
              { header: t.method, weight: 1 },
              { header: t.source, weight: 1.1 },
              { header: t.evidence, weight: 3 },
            ],
            rows: ledger.entries.map((e) => [
              when(e.occurredAt),
              e.channel,
              word('purpose', e.purpose),
              word('action', e.action),
              e.method,
              e.source,
              [
                [t.evidenceText, e.evidence.text],
                [t.evidenceUrl, e.evidence.url],
                [t.evidenceForm, e.evidence.formId],
                [t.evidenceCapturedBy, e.evidence.capturedBy],
                [t.evidenceProof, e.evidence.proofRef],
              ]
                .filter(([, value]) => value)
                .map(([label, value]) => `${label}: ${value}`)
                .join('; '),
            ]),
            emptyText: t.noEntries,
          },
        ],
      },
    ],
  };
}
