import { describe, expect, it } from 'vitest';
import { websocketUrl } from './apollo';

describe('websocketUrl', () => {
  it('uses the page’s own origin: ws on http, wss on https', () => {
    expect(websocketUrl('/graphql', { protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
    expect(websocketUrl('/graphql', { protocol: 'https:', host: 'gantry.example.org' })).toBe('wss://gantry.example.org/graphql');
  });
});
