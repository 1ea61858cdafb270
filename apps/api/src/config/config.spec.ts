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

  it('treats an empty variable as unset (docker compose passes `${X:-}` as "")', () => {
    const c = loadConfig({ SMTP_URL: '', METRICS_TOKEN: '', REDIS_URL: '', PORT: '', S3_BUCKET: '' });
    expect(c.mail.smtpUrl).toBeUndefined();
    expect(c.metricsToken).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.port).toBe(3000);
    expect(c.files.storage.driver).toBe('local');
  });

  it('takes a metrics token of 16 characters or more, and never logs it', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
    const c = loadConfig({ METRICS_TOKEN: 'a-metrics-token-0123456789' });
    expect(c.metricsToken).toBe('a-metrics-token-0123456789');
    expect(describeConfig(c).metrics).toBe('bearer token');
    expect(JSON.stringify(describeConfig(c))).not.toMatch(/0123456789/);
  });

  describe('files', () => {
    it('stores on local disk under DATA_DIR/files by default, with 25 MB and 20 MB limits and 10-minute links', () => {
      const c = loadConfig({ DATA_DIR: '/srv/gantry' });
      expect(c.files.storage).toEqual({ driver: 'local', dir: '/srv/gantry/files', ephemeral: false });
      expect(c.files.maxBytes).toEqual({ MATERIAL: 25 * 1024 * 1024, SUBMISSION: 20 * 1024 * 1024 });
      expect(c.files.linkSeconds).toBe(600);
      expect(c.files.urlSecret).toBeUndefined();
      const mem = loadConfig({ DATA_DIR: 'memory://' }).files.storage;
      expect(mem).toMatchObject({ driver: 'local', ephemeral: true });
    });

    it('uses S3 when a bucket is named, and checks the settings belong together', () => {
      const c = loadConfig({ S3_BUCKET: 'gantry-files', S3_ENDPOINT: 'https://minio.example.org', S3_FORCE_PATH_STYLE: '1', S3_ACCESS_KEY_ID: 'AK', S3_SECRET_ACCESS_KEY: 'SK' });
      expect(c.files.storage).toEqual({
        driver: 's3', bucket: 'gantry-files', region: 'us-east-1', endpoint: 'https://minio.example.org', forcePathStyle: true,
        credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
      });
      expect(loadConfig({ FILE_STORAGE: 's3', S3_BUCKET: 'b-1', S3_REGION: 'eu-central-1' }).files.storage).toMatchObject({ region: 'eu-central-1', credentials: undefined });
      expect(() => loadConfig({ FILE_STORAGE: 's3' })).toThrow(/S3_BUCKET: required when FILE_STORAGE is s3/);
      expect(() => loadConfig({ FILE_STORAGE: 'local', S3_BUCKET: 'b-1' })).toThrow(/S3_BUCKET: set, but FILE_STORAGE is local/);
      expect(() => loadConfig({ S3_BUCKET: 'b-1', S3_ACCESS_KEY_ID: 'AK' })).toThrow(/S3_SECRET_ACCESS_KEY: set both/);
      expect(() => loadConfig({ S3_BUCKET: 'Not_A_Bucket' })).toThrow(/S3_BUCKET: must be an S3 bucket name/);
      expect(() => loadConfig({ S3_BUCKET: 'b-1', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT: must be an absolute URL/);
      expect(() => loadConfig({ FILE_STORAGE: 'ftp' })).toThrow(/FILE_STORAGE: must be local or s3/);
    });

    it('validates limits and the link secret, and never logs S3 keys', () => {
      expect(loadConfig({ MATERIAL_FILE_MAX_MB: '50', SUBMISSION_FILE_MAX_MB: '0.5' }).files.maxBytes).toEqual({ MATERIAL: 50 * 1024 * 1024, SUBMISSION: 512 * 1024 });
      expect(() => loadConfig({ MATERIAL_FILE_MAX_MB: '0' })).toThrow(/MATERIAL_FILE_MAX_MB: must be more than 0/);
      expect(() => loadConfig({ SUBMISSION_FILE_MAX_MB: 'lots' })).toThrow(/SUBMISSION_FILE_MAX_MB/);
      expect(() => loadConfig({ FILE_URL_SECRET: 'short' })).toThrow(/FILE_URL_SECRET: must be at least 32 characters/);
      expect(() => loadConfig({ FILE_LINK_MINUTES: '0' })).toThrow(/FILE_LINK_MINUTES/);
      const c = loadConfig({ S3_BUCKET: 'gantry-files', S3_ACCESS_KEY_ID: 'AKIDSECRETISH', S3_SECRET_ACCESS_KEY: 'sk-very-secret', FILE_URL_SECRET: 'x'.repeat(40) });
      expect(JSON.stringify(describeConfig(c))).not.toMatch(/AKIDSECRETISH|sk-very-secret|xxxxxxxx/);
      expect(describeConfig(c).files).toBe('s3 bucket gantry-files (us-east-1)');
    });
  });
});
