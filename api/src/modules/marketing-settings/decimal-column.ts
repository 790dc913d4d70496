import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as a string; the app works with numbers. */
export const decimal: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};
