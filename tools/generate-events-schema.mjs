// Writes docs/events.schema.json from the compiled event model (run after building schemas).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { eventsJsonSchema } = createRequire(import.meta.url)(join(root, 'schemas/dist/events/json-schema.js'));
writeFileSync(join(root, 'docs/events.schema.json'), JSON.stringify(eventsJsonSchema(), null, 2) + '\n');
console.log('wrote docs/events.schema.json');
