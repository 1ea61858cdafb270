/** Validation for the platform's taxonomy (modalities and exam domains), shared by the admin page and the API. */
import { z } from 'zod';

export const TAXONOMY_KINDS = ['MODALITY', 'EXAM_DOMAIN'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

/** Codes are stable keys used in tags, filters and links: they cannot change after creation. */
export const taxonomyCodeSchema = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .pipe(
    z
      .string()
      .min(2, 'A code has at least 2 characters.')
      .max(40, 'A code has at most 40 characters.')
      .regex(/^[A-Z][A-Z0-9_]*$/, 'Use capital letters, digits and underscores, starting with a letter, like "NUC_MED".'),
  );

export const taxonomyEntrySchema = z.object({
  name: z.string().trim().min(2, 'A name has at least 2 characters.').max(120, 'A name has at most 120 characters.'),
  description: z.string().trim().max(1000, 'A description has at most 1000 characters.').default(''),
  sortOrder: z.number().int('Use a whole number.').min(0, 'Use 0 to 9999.').max(9999, 'Use 0 to 9999.'),
});

export const newTaxonomyEntrySchema = taxonomyEntrySchema.extend({ code: taxonomyCodeSchema });
