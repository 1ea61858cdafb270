/**
 * The signed-in user ("viewer"): one query the shell, the guards and every page share
 * through the cache. Signing in writes it, signing out clears it.
 */
import { useQuery } from '@apollo/client/react';
import { primaryRole, Role, type Role as SharedRole } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { Role as GqlRole, ViewerFieldsFragment } from '@/gql/graphql';

export const ViewerFields = graphql(`
  fragment ViewerFields on Me {
    id
    email
    displayName
    timeZone
    roles
    isPlatformAdmin
    version
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      ...ViewerFields
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

export function readViewer(ref: FragmentType<typeof ViewerFields>) {
  return getFragmentData(ViewerFields, ref);
}

/**
 * The GraphQL `Role` enum carries the shared role values (PLATFORM_ADMIN…). This table
 * checks that at compile time: if the schema and the shared map drift apart, it fails.
 */
const ROLE_FROM_GQL: Record<GqlRole, SharedRole> = {
  PLATFORM_ADMIN: Role.PlatformAdmin,
  CHAPTER_ADMIN: Role.ChapterAdmin,
  MENTOR: Role.Mentor,
  STUDENT: Role.Student,
};

export function sharedRoles(roles: readonly GqlRole[]): SharedRole[] {
  return roles.map((r) => ROLE_FROM_GQL[r]);
}

export function homeRoleOf(roles: readonly GqlRole[]): SharedRole {
  return primaryRole(sharedRoles(roles));
}

export interface ViewerState {
  viewer: Viewer | null;
  /** True only until the first answer; later refreshes keep showing the known viewer. */
  loading: boolean;
  error: unknown;
}

export function useViewer(): ViewerState {
  const { data, loading, error } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  const viewer = data?.viewer ? readViewer(data.viewer) : null;
  return { viewer, loading: loading && !data, error };
}
