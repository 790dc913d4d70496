import { z } from 'zod';
import { ROLES } from '../../common/auth/role';
import { isIanaTimeZone } from '../tenant-settings/time-zone';
import { LOCALES } from './locale';

export const PASSWORD_MIN_LENGTH = 10;
/** scrypt takes any length, but a cap keeps a megabyte "password" from costing anything extra. */
export const PASSWORD_MAX_LENGTH = 200;

export const emailSchema = z.string().trim().max(320).email('must be an e-mail address');
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must have at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must have at most ${PASSWORD_MAX_LENGTH} characters`);
const nameSchema = z.string().trim().min(1, 'must not be empty').max(200);
const timeZoneSchema = z.string().refine(isIanaTimeZone, 'must be an IANA time zone such as "Europe/Kyiv"');

export const createUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: z.enum(ROLES),
  password: passwordSchema,
  locale: z.enum(LOCALES).nullish(),
  timeZone: timeZoneSchema.nullish(),
});

export const updateUserSchema = z.object({
  name: nameSchema.nullish(),
  role: z.enum(ROLES).nullish(),
  locale: z.enum(LOCALES).nullish(),
  timeZone: timeZoneSchema.nullish(),
  active: z.boolean().nullish(),
});

export const updateProfileSchema = updateUserSchema.pick({ name: true, locale: true, timeZone: true });

/** Case-insensitive identity of an e-mail address. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
