import { loadConfig, describeConfig } from './config';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database.url).toBeUndefined();
    expect(c.seedDemo).toBe(true);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
  });

  it('never seeds demo data in production and never logs secrets', () => {
    const c = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:secret@db/x', SMTP_URL: 'smtp://me:pw@mail' });
    expect(c.seedDemo).toBe(false);
    expect(c.auth.cookieSecure).toBe(true);
    expect(JSON.stringify(describeConfig(c))).not.toMatch(/secret|pw@/);
  });
});
