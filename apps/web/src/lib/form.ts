import { schemaResolver } from '@mantine/form';

/**
 * Validate a Mantine form with one of the shared zod schemas (zod implements Standard
 * Schema), so the web shows the same messages the API would return.
 */
export function validateWith(schema: Parameters<typeof schemaResolver>[0]) {
  return schemaResolver(schema, { sync: true });
}
