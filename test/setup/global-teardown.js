'use strict';
// Jest global teardown: stops the broker global-setup.js started (if it started one) and removes its data.
const { stopKafka } = require('./kafka-broker');

module.exports = async function globalTeardown() {
  const broker = globalThis.__checkmarkKafka;
  if (!broker) return;
  globalThis.__checkmarkKafka = undefined;
  delete process.env.KAFKA_BROKERS;
  stopKafka(broker.dir);
};
