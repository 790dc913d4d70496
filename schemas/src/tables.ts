/** ClickHouse table names, in the database the warehouse connects to. */
export const TABLES = {
  events: 'events',
  ingestRejects: 'ingest_rejects',
  messageFacts: 'message_facts',
  conversationFacts: 'conversation_facts',
  migrations: 'schema_migrations',
} as const;
