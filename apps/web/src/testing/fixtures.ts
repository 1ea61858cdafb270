/** Realistic API answers for tests, with the __typename fields the cache relies on. */
import type { Role } from '@/gql/graphql';
import { ViewerQuery } from '@/lib/viewer';
import type { Mocks } from './render';

export interface MeFixture {
  __typename: 'Me';
  id: string;
  email: string;
  displayName: string;
  timeZone: string;
  roles: Role[];
  isPlatformAdmin: boolean;
  version: number;
}

export function me(overrides: Partial<MeFixture> = {}): MeFixture {
  return {
    __typename: 'Me',
    id: 'user-1',
    email: 'avery@example.org',
    displayName: 'Avery Chen',
    timeZone: 'America/Denver',
    roles: ['STUDENT'],
    isPlatformAdmin: false,
    version: 1,
    ...overrides,
  };
}

export function viewerMock(viewer: MeFixture | null): Mocks[number] {
  return { request: { query: ViewerQuery }, result: { data: { viewer } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** A GraphQL error shaped the way the API formats it. */
export function gqlError(code: string, message: string, fields?: Record<string, string[]>) {
  return { message, extensions: { code, ...(fields ? { fields } : {}) } };
}
