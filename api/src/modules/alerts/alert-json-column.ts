import type { ValueTransformer } from 'typeorm';

/** A string list kept as JSON text (both engines). */
export const jsonList: ValueTransformer = {
  to: (value: string[] | null | undefined) => JSON.stringify(value ?? []),
  from: (value: string | null) => (value ? (JSON.parse(value) as string[]) : []),
};

/** PostgreSQL returns numeric as a string; the app works with numbers. */
export const nullableDecimal: ValueTransformer = {
  to: (value: number | null | undefined) => value ?? null,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
