import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { KafkaConfig } from '../config';
import type { Logger } from '../logger';

/** A KafkaJS client whose logs go through the ingester's logger (warnings and errors unless debugging). */
export function createKafka(config: KafkaConfig, logger: Logger, debug = false): Kafka {
  const write = ({ level, namespace, log }: LogEntry) => {
    const { message, timestamp: _timestamp, logger: _logger, ...fields } = log;
    const entry = { kafkaNamespace: namespace, ...fields };
    if (level <= logLevel.ERROR) logger.error(message, entry);
    else if (level === logLevel.WARN) logger.warn(message, entry);
    else if (level === logLevel.INFO) logger.info(message, entry);
    else logger.debug(message, entry);
  };
  return new Kafka({
    clientId: config.clientId,
    brokers: config.brokers,
    logLevel: debug ? logLevel.DEBUG : logLevel.WARN,
    logCreator: () => write,
  });
}
