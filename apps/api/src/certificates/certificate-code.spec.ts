import { newCertificateCode, normalizeCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are GNT and three groups of four Crockford characters, and differ', () => {
    const codes = new Set(Array.from({ length: 500 }, newCertificateCode));
    expect(codes.size).toBe(500);
    for (const c of codes) expect(c).toMatch(/^GNT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('read back however they were typed', () => {
    const code = 'GNT-7K2M-Q9XD-4TRB';
    expect(normalizeCertificateCode(code)).toBe(code);
    expect(normalizeCertificateCode('gnt-7k2m-q9xd-4trb')).toBe(code);
    expect(normalizeCertificateCode(' 7k2m q9xd 4trb ')).toBe(code);
    expect(normalizeCertificateCode('GNT7K2MQ9XD4TRB')).toBe(code);
    expect(normalizeCertificateCode('GNT-10OI-L000-0000')).toBe('GNT-1001-1000-0000');
  });

  it('refuse what cannot be a code', () => {
    expect(normalizeCertificateCode('')).toBeNull();
    expect(normalizeCertificateCode('GNT-7K2M-Q9XD')).toBeNull();
    expect(normalizeCertificateCode('GNT-7K2M-Q9XD-4TRU')).toBeNull();
    expect(normalizeCertificateCode("GNT-7K2M-Q9XD-4TR'")).toBeNull();
  });
});
