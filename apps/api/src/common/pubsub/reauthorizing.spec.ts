import { reauthorizing } from './reauthorizing';

function source(values: number[]) {
  let i = 0;
  let returned = false;
  const it: AsyncIterator<number> & { returned: () => boolean } = {
    next: async () => (i < values.length ? { done: false, value: values[i++] } : { done: true, value: undefined }),
    return: async () => {
      returned = true;
      return { done: true, value: undefined };
    },
    returned: () => returned,
  };
  return it;
}

describe('reauthorizing', () => {
  it('checks again only once the interval has passed, and passes events through', async () => {
    let clock = 0;
    const check = jest.fn(async () => undefined);
    const it = reauthorizing(source([1, 2, 3]), check, 60_000, () => clock);
    expect((await it.next()).value).toBe(1);
    expect(check).not.toHaveBeenCalled();
    clock = 60_000;
    expect((await it.next()).value).toBe(2);
    expect(check).toHaveBeenCalledTimes(1);
    expect((await it.next()).value).toBe(3);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('ends the subscription with the check’s error and releases the source', async () => {
    let clock = 0;
    const src = source([1, 2]);
    const it = reauthorizing(src, async () => Promise.reject(new Error('not found')), 1_000, () => clock);
    await it.next();
    clock = 5_000;
    await expect(it.next()).rejects.toThrow('not found');
    expect(src.returned()).toBe(true);
  });

  it('unsubscribes at once on return()', async () => {
    const src = source([1]);
    await reauthorizing(src, async () => undefined).return!();
    expect(src.returned()).toBe(true);
  });
});
