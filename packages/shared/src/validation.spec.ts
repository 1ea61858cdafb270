import { signUpSchema, fieldErrorsOf, createChapterSchema } from './validation';
import { isValidTimeZone, listTimeZones, formatInstant } from './time';
import { primaryRole, rolesGrant, Permission, Role } from './roles';

describe('validation rules', () => {
  it('normalises email and accepts a valid sign-up', () => {
    const r = signUpSchema.parse({ email: ' Ana@Example.ORG ', password: 'long enough pw', displayName: 'Ana', timeZone: 'America/Chicago' });
    expect(r.email).toBe('ana@example.org');
  });

  it('reports every bad field with a message', () => {
    const r = signUpSchema.safeParse({ email: 'nope', password: 'short', displayName: '', timeZone: 'Mars/Olympus' });
    expect(r.success).toBe(false);
    const errs = fieldErrorsOf(r.error!);
    expect(Object.keys(errs).sort()).toEqual(['displayName', 'email', 'password', 'timeZone']);
    expect(errs.password[0]).toMatch(/at least 10/);
  });

  it('validates chapter slugs and regions', () => {
    const bad = createChapterSchema.safeParse({ name: 'X', slug: 'Bad Slug', region: 'ZZ', timeZone: 'UTC', firstAdminEmail: 'a@b.co' });
    expect(bad.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(bad.error!)).sort()).toEqual(['name', 'region', 'slug']);
    const ok = createChapterSchema.parse({ name: 'CABMET', slug: 'cabmet', region: 'co', timeZone: 'America/Denver', firstAdminEmail: 'a@b.co' });
    expect(ok.region).toBe('CO');
    expect(ok.description).toBe('');
  });
});

describe('time helpers', () => {
  it('knows IANA zones', () => {
    expect(isValidTimeZone('America/Denver')).toBe(true);
    expect(isValidTimeZone('Not/AZone')).toBe(false);
    expect(listTimeZones()).toContain('America/New_York');
  });

  it('formats an instant in the viewer zone across DST', () => {
    expect(formatInstant('2026-03-09T01:00:00Z', 'America/Denver')).toBe('Sun, Mar 8, 2026, 7:00 PM MDT');
    expect(formatInstant('2026-03-02T02:00:00Z', 'America/Denver')).toBe('Sun, Mar 1, 2026, 7:00 PM MST');
  });
});

describe('roles', () => {
  it('grants by the shared map and picks the home role', () => {
    expect(rolesGrant([Role.Student], Permission.CreateChapter)).toBe(false);
    expect(rolesGrant([Role.Student, Role.PlatformAdmin], Permission.CreateChapter)).toBe(true);
    expect(primaryRole([Role.Student, Role.Mentor])).toBe(Role.Mentor);
    expect(primaryRole([])).toBe(Role.Student);
  });
});
