import { formatOfFile } from '../components/file-import';
import { fromLocalInput, ledgerDownloadUrl, toLocalInput } from './contact-values';

describe('contact values', () => {
  it('picks the import format from the file name', () => {
    expect(formatOfFile('consents.csv')).toBe('CSV');
    expect(formatOfFile('export.NDJSON')).toBe('NDJSON');
    expect(formatOfFile('export.jsonl')).toBe('NDJSON');
    expect(formatOfFile('export.json')).toBe('NDJSON');
    expect(formatOfFile('consents')).toBe('CSV');
  });

  it('reads a datetime-local value as a wall clock of the zone, to the last millisecond of the minute', () => {
    // Berlin is UTC+1 in winter and UTC+2 in summer.
    expect(fromLocalInput('2026-01-15T10:30', 'Europe/Berlin')).toBe('2026-01-15T09:30:59.999Z');
    expect(fromLocalInput('2026-07-15T10:30', 'Europe/Berlin')).toBe('2026-07-15T08:30:59.999Z');
    expect(fromLocalInput('2026-07-15T10:30', 'UTC')).toBe('2026-07-15T10:30:59.999Z');
    // Next to the spring change (02:00 → 03:00 on 29 March 2026): both sides read with their own offset.
    expect(fromLocalInput('2026-03-29T01:59', 'Europe/Berlin')).toBe('2026-03-29T00:59:59.999Z');
    expect(fromLocalInput('2026-03-29T03:00', 'Europe/Berlin')).toBe('2026-03-29T01:00:59.999Z');
    // West of UTC, across the date line of UTC.
    expect(fromLocalInput('2026-01-15T23:00', 'America/New_York')).toBe('2026-01-16T04:00:59.999Z');
    expect(fromLocalInput('', 'UTC')).toBeNull();
    expect(fromLocalInput('2026-13-40T10:00', 'UTC')).toBeNull();
  });

  it('shows an instant as the wall clock of the zone, and reads back to the same minute', () => {
    const instant = new Date('2026-07-15T08:30:12Z');
    expect(toLocalInput(instant, 'Europe/Berlin')).toBe('2026-07-15T10:30');
    expect(toLocalInput(new Date('2026-01-01T00:00:00Z'), 'America/Sao_Paulo')).toBe('2025-12-31T21:00');
    expect(fromLocalInput(toLocalInput(instant, 'Asia/Kolkata'), 'Asia/Kolkata')).toBe('2026-07-15T08:30:59.999Z');
  });

  it('builds the ledger download address with the channel, and the language for the PDF only', () => {
    expect(ledgerDownloadUrl('c/1 x', 'pdf', 'WHATSAPP', 'pl')).toBe(
      '/v1/compliance/contacts/c%2F1%20x/ledger.pdf?channel=whatsapp&lang=pl',
    );
    expect(ledgerDownloadUrl('abc', 'csv', null, 'pl')).toBe('/v1/compliance/contacts/abc/ledger.csv');
  });
});
