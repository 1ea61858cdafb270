import { describe, expect, it } from 'vitest';
import { getFragmentData } from '@/gql';
import { AttemptPageDocument } from '@/gql/graphql';
import { AttemptItemFields } from '@/features/practice/api/documents';
import { attempt, attemptItem, optionId } from '@/features/practice/testing';
import { createCache, websocketUrl } from './apollo';

describe('websocketUrl', () => {
  it('uses the page’s own origin: ws on http, wss on https', () => {
    expect(websocketUrl('/graphql', { protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
    expect(websocketUrl('/graphql', { protocol: 'https:', host: 'gantry.example.org' })).toBe('wss://gantry.example.org/graphql');
  });
});

describe('the cache', () => {
  it('keeps the same question in two attempts apart: each its own option order and reveal', () => {
    const cache = createCache();
    const first = 'a7e00000-0000-4000-8000-0000000000f1';
    const second = 'a7e00000-0000-4000-8000-0000000000f2';
    const order = (letters: ('a' | 'b' | 'c' | 'd')[]) => letters.map((l) => ({ __typename: 'AttemptOption' as const, id: optionId(0, l), textHtml: `<p>${l}</p>` }));
    const write = (id: string, item: ReturnType<typeof attemptItem>) =>
      cache.writeQuery({ query: AttemptPageDocument, variables: { id, count: 200 }, data: { attempt: { ...attempt({ id }, [item]) } } as never });
    write(first, attemptItem(0, { id: `${first}:0` }, { options: order(['a', 'b', 'c', 'd']), correctOptionId: optionId(0, 'c'), rationaleHtml: '<p>Revealed</p>' }));
    write(second, attemptItem(0, { id: `${second}:0` }, { options: order(['d', 'c', 'b', 'a']) }));

    const read = (id: string) => {
      const data = cache.readQuery({ query: AttemptPageDocument, variables: { id, count: 200 } });
      return getFragmentData(AttemptItemFields, data!.attempt!.items[0]!).question;
    };
    expect(read(first).options.map((o) => o.id)).toEqual(['q0-a', 'q0-b', 'q0-c', 'q0-d']);
    expect(read(first).correctOptionId).toBe('q0-c');
    expect(read(second).options.map((o) => o.id)).toEqual(['q0-d', 'q0-c', 'q0-b', 'q0-a']);
    expect(read(second).correctOptionId).toBeNull();
    expect(read(second).rationaleHtml).toBeNull();
  });
});
