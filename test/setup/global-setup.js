'use strict';
// Jest global setup: one real Kafka 3.9 broker for the whole run, shared by every worker through KAFKA_BROKERS.
//   KAFKA_BROKERS already set    → use that cluster, start nothing
//   CHECKMARK_TEST_KAFKA=off     → start nothing (Kafka tests then fail with a clear "KAFKA_BROKERS is not set")
//   CHECKMARK_TEST_KAFKA=on      → always start a broker
//   unset / auto                 → start one only if the selected tests include integration or e2e tests
const { startKafka, stopKafka } = require('./kafka-broker');
const { selectedTestsNeedKafka } = require('./selected-tests-need-kafka');

const MODES = ['auto', 'on', 'off'];

module.exports = async function globalSetup(globalConfig) {
  const mode = process.env.CHECKMARK_TEST_KAFKA || 'auto';
  if (!MODES.includes(mode)) throw new Error(`CHECKMARK_TEST_KAFKA must be one of ${MODES.join(', ')}; got "${mode}"`);
  if (process.env.KAFKA_BROKERS || mode === 'off') return;
  if (mode === 'auto' && !(await selectedTestsNeedKafka(globalConfig))) return;

  const broker = await startKafka();
  // Read by global-teardown.js (same process); the exit hook covers runs that end without a teardown.
  globalThis.__checkmarkKafka = broker;
  process.once('exit', () => {
    if (globalThis.__checkmarkKafka) stopKafka(globalThis.__checkmarkKafka.dir);
  });
  process.env.KAFKA_BROKERS = broker.brokers;
};
