-- The contact's country (ISO 3166-1 alpha-2, upper case) promoted from the canonical `contactCountry`: derived by
-- the pipeline from the calling code of a phone-number contact id before pseudonymisation (the number is gone
-- afterwards), or as the sender stated it. Compliance reads it for the contact's local time (quiet hours,
-- schemas/src/compliance/country-time-zones.ts) and for per-country content rules. '' when unknown: e-mail,
-- bot user ids, PSIDs, business-scoped user ids, and every row ingested before this migration.
ALTER TABLE {{DB}}.events {{ON_CLUSTER}}
    ADD COLUMN IF NOT EXISTS contact_country LowCardinality(String) DEFAULT '' AFTER contact_id;
