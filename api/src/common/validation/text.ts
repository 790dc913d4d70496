import { z } from 'zod';

/** C0 control characters and DEL: invisible in the dashboard and in exports. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Trimmed, non-empty, at most `max` characters, no control characters. */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !hasControlCharacter(value), 'must not contain control characters');
}

/** Like `requiredText`, but null, undefined and blank all mean "not set" (null). */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !hasControlCharacter(value), 'must not contain control characters')
    .nullish()
    .transform((value) => (value ? value : null));
}
