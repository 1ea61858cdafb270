import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusSoon } from './ConfirmDialog';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('focusSoon', () => {
  it('focuses a target that is only rendered a while later (a busy machine commits late)', () => {
    vi.useFakeTimers();
    const button = document.createElement('button');
    focusSoon(() => (button.isConnected ? button : document.getElementById('not-yet')));
    vi.advanceTimersByTime(100);
    expect(document.activeElement).toBe(document.body);
    document.body.append(button);
    vi.advanceTimersByTime(20);
    expect(document.activeElement).toBe(button);
  });

  it('ignores an element no longer in the document, and stops looking after the time given', () => {
    vi.useFakeTimers();
    const detached = document.createElement('button');
    const lookups = vi.fn(() => detached);
    focusSoon(lookups, 100);
    vi.advanceTimersByTime(1000);
    expect(document.activeElement).toBe(document.body);
    const calls = lookups.mock.calls.length;
    expect(calls).toBeLessThan(10);
    vi.advanceTimersByTime(1000);
    expect(lookups.mock.calls.length).toBe(calls);
  });
});
