/** Validation rules for library material and agendas, shared by the editor and the API. */
import { z } from 'zod';

export const MATERIAL_KINDS = ['READING', 'LINK', 'FILE'] as const;
export const MATERIAL_SCOPES = ['DRAFT', 'CHAPTER', 'PLATFORM'] as const;
export const AGENDA_PHASES = ['BEFORE', 'DURING', 'AFTER'] as const;
export const RELEASE_RULES = ['NOW', 'DAYS_BEFORE', 'AFTER_END'] as const;
export const AGENDA_MAX_ITEMS = 30;

const httpsUrl = z
  .string()
  .trim()
  .max(1000, 'A link has at most 1000 characters.')
  .refine((u) => /^https:\/\/[^\s]+$/i.test(u), 'Use an https:// link.');

export const materialSchema = z
  .object({
    kind: z.enum(MATERIAL_KINDS),
    scope: z.enum(MATERIAL_SCOPES),
    chapterId: z.uuid().nullish(),
    title: z.string().trim().min(3, 'A title has at least 3 characters.').max(200, 'A title has at most 200 characters.'),
    summary: z.string().trim().max(600, 'A summary has at most 600 characters.').default(''),
    minutes: z.number().int('Use whole minutes.').min(1, 'Estimate at least 1 minute.').max(600, 'Estimate at most 600 minutes.'),
    bodyMarkdown: z.string().max(100_000, 'A reading has at most 100,000 characters.').default(''),
    url: httpsUrl.nullish(),
    fileId: z.uuid().nullish(),
    modalityCodes: z.array(z.string().trim().min(1)).min(1, 'Tag at least one modality.').max(11),
    domainCodes: z.array(z.string().trim().min(1)).min(1, 'Tag at least one exam domain.').max(6),
  })
  .superRefine((m, ctx) => {
    if (m.kind === 'READING' && !m.bodyMarkdown.trim()) ctx.addIssue({ code: 'custom', path: ['bodyMarkdown'], message: 'Write the reading.' });
    if (m.kind === 'LINK' && !m.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'Add the link.' });
    if (m.kind === 'FILE' && !m.fileId) ctx.addIssue({ code: 'custom', path: ['fileId'], message: 'Upload the file.' });
    if (m.scope === 'CHAPTER' && !m.chapterId) ctx.addIssue({ code: 'custom', path: ['chapterId'], message: 'Choose the chapter whose library this joins.' });
  });

export const agendaItemSchema = z
  .object({
    materialId: z.uuid({ message: 'Choose an item from the library.' }),
    phase: z.enum(AGENDA_PHASES),
    release: z.enum(RELEASE_RULES),
    releaseDays: z.number().int().min(0, 'Use 0 to 60 days.').max(60, 'Use 0 to 60 days.').nullish(),
  })
  .superRefine((i, ctx) => {
    if (i.release === 'DAYS_BEFORE' && (i.releaseDays === null || i.releaseDays === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['releaseDays'], message: 'How many days before the session?' });
    }
  });

export const agendaSchema = z.object({
  items: z
    .array(agendaItemSchema)
    .max(AGENDA_MAX_ITEMS, `An agenda has at most ${AGENDA_MAX_ITEMS} items.`)
    .refine((items) => new Set(items.map((i) => i.materialId)).size === items.length, 'Each item can be on a session’s agenda once.'),
});

export const recordingSchema = z.object({
  recordingUrl: httpsUrl.nullish(),
  slidesUrl: httpsUrl.nullish(),
});

export const materialSearchSchema = z.object({
  query: z.string().trim().max(200, 'Search with at most 200 characters.').default(''),
});
