import { eventToJsonLine } from './event-json-line';
import { eventToRow } from './event-to-row';
import { messageReceived, messageSent, oneOfEachType } from './testing/event-fixtures';

/** What ClickHouse stores for a line: omitted fields take the column default ('', NULL, false). */
function asRow(line: string, template: Record<string, unknown>): Record<string, unknown> {
  const parsed = JSON.parse(line) as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const [key, empty] of Object.entries(template)) {
    const defaultValue = Array.isArray(empty)
      ? []
      : empty === null || typeof empty === 'number'
        ? null
        : typeof empty === 'boolean'
          ? false
          : '';
    row[key] = key in parsed ? parsed[key] : defaultValue;
  }
  row.payload = JSON.stringify(parsed.payload);
  return row;
}

describe('eventToJsonLine', () => {
  it('carries exactly the values of eventToRow for every canonical type', () => {
    for (const event of oneOfEachType()) {
      const row = eventToRow(event) as unknown as Record<string, unknown>;
      expect(asRow(eventToJsonLine(event), row)).toEqual(row);
    }
  });

  it("carries the contact's country when known", () => {
    const event = { ...messageSent('s9', '2025-03-10T09:00:00.000Z'), contactCountry: 'UA' };
    const row = eventToRow(event) as unknown as Record<string, unknown>;
    expect(asRow(eventToJsonLine(event), row)).toEqual(row);
    expect(JSON.parse(eventToJsonLine(event))).toMatchObject({ contact_country: 'UA' });
  });

  it('carries the parsed touch of customer messages, codes as a JSON array', () => {
    const event = messageReceived('m2', '2025-03-10T09:00:00.000Z', { text: 'Hi #SPRING24' });
    const row = eventToRow(event) as unknown as Record<string, unknown>;
    const line = eventToJsonLine(event);
    expect(asRow(line, row)).toEqual(row);
    expect(JSON.parse(line)).toMatchObject({ touch_kind: 'prefill_code', touch_codes: ['SPRING24'] });
    expect(JSON.parse(eventToJsonLine(messageReceived('m3', '2025-03-10T09:00:00.000Z')))).not.toHaveProperty(
      'touch_codes',
    );
  });

  it('omits empty columns and writes the payload as the JSON object itself', () => {
    const line = eventToJsonLine(messageReceived('m1', '2025-03-10T09:00:00.000Z', { text: 'Привет "👋"\n' }));
    const parsed = JSON.parse(line) as Record<string, unknown>;
    expect(parsed).not.toHaveProperty('status');
    expect(parsed).not.toHaveProperty('score');
    expect(parsed.text).toBe('Привет "👋"\n');
    expect(parsed.payload).toEqual(expect.objectContaining({ text: 'Привет "👋"\n' }));
    expect(line).not.toContain('\n');
  });

  it('writes UTC millisecond times whatever ISO spelling the event carries', () => {
    const canonical = messageSent('m1', '2025-03-10T09:00:00.120Z');
    expect(JSON.parse(eventToJsonLine(canonical)).occurred_at).toBe('2025-03-10 09:00:00.120');
    const offset = { ...canonical, occurredAt: '2025-03-10T11:00:00+02:00' };
    expect(JSON.parse(eventToJsonLine(offset)).occurred_at).toBe('2025-03-10 09:00:00.000');
  });
});
