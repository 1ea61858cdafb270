/**
 * Validation rules shared by the web forms and the API. The API is the authority;
 * the web uses the same rules to show the same messages before a round trip.
 */
import { z } from 'zod';
import { isValidTimeZone } from './time/zone';
import { US_STATES } from './us-states';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .max(254, 'An email address has at most 254 characters.')
  .pipe(z.email({ message: 'Enter a valid email address, like name@example.org.' }))
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter your name.')
  .max(80, 'A name has at most 80 characters.');

export const timeZoneSchema = z
  .string()
  .refine((z) => isValidTimeZone(z), 'Choose a time zone from the list (an IANA zone such as America/Denver).');

export const slugSchema = z
  .string()
  .trim()
  .min(2, 'A slug has at least 2 characters.')
  .max(48, 'A slug has at most 48 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens, like "cabmet-denver".');

export const regionSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => s in US_STATES, 'Choose a US state or territory (two-letter code, like CO).');

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  timeZone: timeZoneSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

export const updateProfileSchema = z.object({
  displayName: displayNameSchema,
  timeZone: timeZoneSchema,
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(PASSWORD_MAX),
  newPassword: passwordSchema,
});

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().min(16, 'This reset link is not valid.').max(200, 'This reset link is not valid.'),
  newPassword: passwordSchema,
});

export const createChapterSchema = z.object({
  name: z.string().trim().min(2, 'A chapter name has at least 2 characters.').max(120, 'A chapter name has at most 120 characters.'),
  slug: slugSchema,
  region: regionSchema,
  timeZone: timeZoneSchema,
  description: z.string().trim().max(4000, 'A description has at most 4000 characters.').default(''),
  firstAdminEmail: emailSchema,
});

export const updateChapterSchema = createChapterSchema.omit({ firstAdminEmail: true, slug: true });

export const inviteMentorSchema = z.object({ email: emailSchema });

/** Field → messages, the shape the API returns in `extensions.fields`. */
export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
