import { EVENT_SCHEMAS, EVENT_TYPES } from './event-types';

/** The event model as one JSON Schema document for integrators (docs/events.schema.json). */
export function eventsJsonSchema(): Record<string, unknown> {
  const defs = Object.fromEntries(
    EVENT_TYPES.map((t) => {
      const { $id: _id, ...schema } = JSON.parse(JSON.stringify(EVENT_SCHEMAS[t])) as {
        $id: string;
        required: string[];
      };
      // Integrators may omit tenantId: receivers set it from the API key.
      return [t, { ...schema, required: schema.required.filter((f) => f !== 'tenantId') }];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://checkmark.dev/schemas/events.v1.json',
    title: 'Checkmark canonical event, schema version 1',
    description:
      'One event. POST /v1/events takes an array of these or NDJSON; tenantId is set from the API key. Cross-field rules: survey score 0–10 for nps and 1–5 for csat; template messages need templateName; template.updated needs one of status, quality, category; message.status needs messageId.',
    oneOf: EVENT_TYPES.map((t) => ({ $ref: `#/$defs/${t}` })),
    $defs: defs,
  };
}
