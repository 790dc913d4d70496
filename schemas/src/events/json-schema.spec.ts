import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES } from './event-types';
import { eventsJsonSchema } from './json-schema';

describe('events JSON Schema for integrators', () => {
  it('covers every event type', () => {
    const schema = eventsJsonSchema() as {
      oneOf: unknown[];
      $defs: Record<string, { properties: { type: { const: string } } }>;
    };
    expect(Object.keys(schema.$defs)).toEqual(EVENT_TYPES);
    for (const t of EVENT_TYPES) expect(schema.$defs[t].properties.type.const).toBe(t);
  });

  it('matches the committed docs/events.schema.json (regenerate: npm run schema:events)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../docs/events.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(eventsJsonSchema())));
  });
});
