import { isValidTimeZone } from '@gantry/shared';
import { z } from 'zod';

export const previewZoomImportSchema = z.object({
  sessionId: z.string(),
  filename: z
    .string()
    .trim()
    .min(1, 'Give the file a name.')
    .max(255, 'Use a file name of at most 255 characters.'),
  csv: z.string().min(1, 'The file is empty.'),
  zone: z
    .string()
    .trim()
    .refine((z) => isValidTimeZone(z), 'Choose a time zone by its IANA name, such as America/Denver.')
    .nullish(),
});
export type PreviewZoomImportData = z.infer<typeof previewZoomImportSchema>;

export const applyZoomImportSchema = z.object({
  importId: z.string(),
  manualMatches: z
    .array(z.object({ participantKey: z.string().min(1).max(400), userId: z.string() }))
    .max(1000, 'At most 1,000 manual matches.')
    .nullish(),
});
export type ApplyZoomImportData = z.infer<typeof applyZoomImportSchema>;
