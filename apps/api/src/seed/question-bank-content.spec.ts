import { normalizeOptionText, questionContentSchema } from '@gantry/shared';
import { STARTER_QUESTIONS, correctIndex, type StarterQuestion } from './question-bank-content';

const DOMAINS = ['ANATOMY', 'ELECTRONICS', 'IT_NETWORK', 'IMAGING_EQUIPMENT', 'MAINTENANCE', 'SAFETY'];
const MODALITIES = ['RAD', 'FLUORO', 'CT', 'MRI', 'MAMMO', 'US', 'NM', 'IR', 'DEXA', 'DENTAL', 'PACS'];
const LETTERS = ['A', 'B', 'C', 'D', 'E'];

const countBy = <K extends string | null>(qs: StarterQuestion[], key: (q: StarterQuestion) => K): Map<K, number> => {
  const out = new Map<K, number>();
  for (const q of qs) out.set(key(q), (out.get(key(q)) ?? 0) + 1);
  return out;
};
const share = (n: number | undefined, of: number): number => (n ?? 0) / of;

describe('starter question bank content', () => {
  it('has 180 questions, 30 in each exam domain, with unique keys', () => {
    expect(STARTER_QUESTIONS).toHaveLength(180);
    const byDomain = countBy(STARTER_QUESTIONS, (q) => q.domain);
    expect([...byDomain.keys()].sort()).toEqual([...DOMAINS].sort());
    for (const d of DOMAINS) expect({ d, n: byDomain.get(d as StarterQuestion['domain']) }).toEqual({ d, n: 30 });
    expect(new Set(STARTER_QUESTIONS.map((q) => q.key)).size).toBe(180);
  });

  it.each(STARTER_QUESTIONS.map((q) => [q.key, q]))('%s is a valid question', (_key, q) => {
    expect(DOMAINS).toContain(q.domain);
    if (q.modality !== null) expect(MODALITIES).toContain(q.modality);
    expect(['EASY', 'MEDIUM', 'HARD']).toContain(q.difficulty);
    expect(q.options.length).toBeGreaterThanOrEqual(4);
    expect(q.options.length).toBeLessThanOrEqual(5);
    expect(LETTERS.slice(0, q.options.length)).toContain(q.answer);
    // The bank's own rules: exactly one correct option, no two options alike, lengths.
    const result = questionContentSchema.safeParse({
      stemMarkdown: q.stem,
      rationaleMarkdown: q.rationale,
      options: q.options.map((text, i) => ({ textMarkdown: text, isCorrect: i === correctIndex(q) })),
    });
    expect(result.success ? 'ok' : JSON.stringify(result.error.issues)).toBe('ok');
    expect(new Set(q.options.map(normalizeOptionText)).size).toBe(q.options.length);
    expect(q.options.filter((o) => /all of the above|none of the above/i.test(o))).toEqual([]);
    // A rationale of one to three sentences.
    const sentences = q.rationale.match(/[.!?](?=\s|$)/g) ?? [];
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  it('has no duplicate stems', () => {
    const stems = STARTER_QUESTIONS.map((q) => q.stem.trim().replace(/\s+/g, ' ').toLowerCase());
    expect(stems.filter((s, i) => stems.indexOf(s) !== i)).toEqual([]);
  });

  it('spreads the correct answer across positions', () => {
    const byLetter = countBy(STARTER_QUESTIONS, (q) => q.answer);
    for (const l of LETTERS) {
      expect({ l, used: (byLetter.get(l as StarterQuestion['answer']) ?? 0) > 0 }).toEqual({ l, used: true });
      expect({ l, ok: share(byLetter.get(l as StarterQuestion['answer']), STARTER_QUESTIONS.length) <= 0.4 }).toEqual({ l, ok: true });
    }
    // A–D roughly even; E only exists on five-option questions, so it is measured among those.
    for (const l of ['A', 'B', 'C', 'D'] as const) expect(share(byLetter.get(l), STARTER_QUESTIONS.length)).toBeGreaterThanOrEqual(0.15);
    const fives = STARTER_QUESTIONS.filter((q) => q.options.length === 5);
    expect(fives.length).toBeGreaterThanOrEqual(20);
    expect(share(fives.filter((q) => q.answer === 'E').length, fives.length)).toBeGreaterThanOrEqual(0.2);
    for (const d of DOMAINS) {
      const qs = STARTER_QUESTIONS.filter((q) => q.domain === d);
      const top = Math.max(...countBy(qs, (q) => q.answer).values());
      expect({ d, ok: top / qs.length <= 0.4 }).toEqual({ d, ok: true });
    }
  });

  it('mixes difficulty roughly 30/50/20, in every domain', () => {
    const all = countBy(STARTER_QUESTIONS, (q) => q.difficulty);
    expect(share(all.get('EASY'), 180)).toBeGreaterThanOrEqual(0.25);
    expect(share(all.get('EASY'), 180)).toBeLessThanOrEqual(0.35);
    expect(share(all.get('MEDIUM'), 180)).toBeGreaterThanOrEqual(0.45);
    expect(share(all.get('MEDIUM'), 180)).toBeLessThanOrEqual(0.55);
    expect(share(all.get('HARD'), 180)).toBeGreaterThanOrEqual(0.15);
    expect(share(all.get('HARD'), 180)).toBeLessThanOrEqual(0.25);
    for (const d of DOMAINS) {
      const mix = countBy(STARTER_QUESTIONS.filter((q) => q.domain === d), (q) => q.difficulty);
      expect({ d, levels: [...mix.keys()].sort() }).toEqual({ d, levels: ['EASY', 'HARD', 'MEDIUM'] });
    }
  });

  it('covers every modality, with general questions too, and IT leaning on PACS', () => {
    const byModality = countBy(STARTER_QUESTIONS, (q) => q.modality);
    for (const m of MODALITIES) expect({ m, n: (byModality.get(m as StarterQuestion['modality']) ?? 0) >= 3 }).toEqual({ m, n: true });
    expect(byModality.get(null)).toBeGreaterThan(0);
    const it = countBy(STARTER_QUESTIONS.filter((q) => q.domain === 'IT_NETWORK' && q.modality), (q) => q.modality);
    expect(Math.max(...it.values())).toBe(it.get('PACS'));
    // Equipment questions span many modalities.
    expect(countBy(STARTER_QUESTIONS.filter((q) => q.domain === 'IMAGING_EQUIPMENT'), (q) => q.modality).size).toBeGreaterThanOrEqual(8);
  });
});
