// Child process that opens a stopped product's chDB data directory and answers queries over stdio (JSON lines).
// chDB binds one data directory per process, so e2e tests read stored data here, never in the Jest worker.
const { createInterface } = require('node:readline');
const { join } = require('node:path');
const { openWarehouse, queryRows } = require(join(__dirname, '../../schemas/dist/warehouse/index.js'));

const [dataDir, database] = process.argv.slice(2);
const send = (message) => process.stdout.write(JSON.stringify(message) + '\n');

openWarehouse({ dataDir, database }).then(
  (warehouse) => {
    send({ ready: true });
    const input = createInterface({ input: process.stdin });
    input.on('line', (line) => {
      const { id, sql, params } = JSON.parse(line);
      queryRows(warehouse.client, sql, params ?? {}).then(
        (rows) => send({ id, rows }),
        (error) => send({ id, error: String(error && error.message ? error.message : error) }),
      );
    });
    input.on('close', () => {
      warehouse.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  },
  (error) => {
    send({ ready: false, error: String(error && error.message ? error.message : error) });
    process.exit(1);
  },
);
