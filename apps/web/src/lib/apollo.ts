/**
 * The Apollo Client: same-origin HTTP (the session is an httpOnly cookie), a cache that
 * knows how the API paginates, and one place that reacts to a lost session.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy, type Reference, type TypePolicies } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from './errors';

interface PageShape {
  __typename?: string;
  nodes: Reference[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount: number;
}

/**
 * Offset pages (`first`/`after`): the first page replaces, a page with `after` appends.
 * `keyArgs` keeps one list per filter (chapter, recipient) and ignores the cursor.
 */
export function pagedField(keyArgs: string[] | false): FieldPolicy<PageShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.nodes.map((n) => n.__ref));
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes.filter((n) => !seen.has(n.__ref))] };
    },
  };
}

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      chapters: pagedField(false),
      chapterMembers: pagedField(['chapterId']),
      chapterInvitations: pagedField(['chapterId']),
      outboxMessages: pagedField(['to']),
      catalog: pagedField(['filter']),
      chapterCohorts: pagedField(['chapterId']),
      cohortRoster: pagedField(['cohortId', 'statuses']),
    },
  },
  Cohort: {
    fields: {
      announcements: pagedField(false),
      // Lists the API always sends whole: the newest answer replaces the old one.
      sessions: { merge: false },
      mentors: { merge: false },
      modalities: { merge: false },
      // Objects without an id of their own, always about this cohort: merge the fields.
      seats: { merge: true },
      meeting: { merge: true },
    },
  },
  // A roster row is identified by its enrollment.
  RosterEntry: { keyFields: ['enrollmentId'] },
  // A member row is identified by its membership (one person can be in several chapters).
  ChapterMember: { keyFields: ['membershipId'] },
  // Memberships are read through `Me`; keep them as plain lists.
  Me: { fields: { memberships: { merge: false } } },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}

export interface ClientOptions {
  /** Called when the API says the session is gone (expired, revoked, signed out elsewhere). */
  onUnauthenticated: () => void;
  uri?: string;
}

export function createApolloClient({ onUnauthenticated, uri = '/graphql' }: ClientOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  });
  const http = new HttpLink({ uri, credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.from([errorLink, http]),
    cache: createCache(),
  });
}
