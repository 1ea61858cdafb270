import { materialSchema } from '@gantry/shared';
import { STARTER_READINGS } from './library-content';

describe('starter library content', () => {
  it.each(STARTER_READINGS.map((r) => [r.slug, r]))('%s passes the material rules', (_slug, r) => {
    const result = materialSchema.safeParse({
      kind: 'READING', scope: 'PLATFORM', title: r.title, summary: r.summary, minutes: r.minutes, bodyMarkdown: r.body,
      modalityCodes: r.modalities, domainCodes: r.domains,
    });
    expect(result.success ? 'ok' : JSON.stringify(result.error.issues)).toBe('ok');
  });
});
