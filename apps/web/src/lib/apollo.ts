/**
 * The Apollo Client: same-origin HTTP (the session is an httpOnly cookie), a cache that
 * knows how the API paginates, and one place that reacts to a lost session.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy, type Reference, type TypePolicies } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
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
  // A rubric criterion's id is only unique within its assignment ("c1" recurs): store
  // criteria inside their assignment, never as shared cache entries.
  RubricCriterion: { keyFields: false },
  // An attempt's question carries the bank question's id, but its options are in that
  // attempt's order and its answer is revealed per attempt: keep it inside its item
  // (items have ids of their own), never shared between attempts.
  AttemptQuestion: { keyFields: false, merge: true },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}

export interface ClientOptions {
  /** Called when the API says the session is gone (expired, revoked, signed out elsewhere). */
  onUnauthenticated: () => void;
  uri?: string;
}

/** The same origin's /graphql as a WebSocket URL (ws: on http, wss: on https). */
export function websocketUrl(uri: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const url = new URL(uri, `${location.protocol}//${location.host}`);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export type SocketEvent = 'connected' | 'closed';
const socketListeners = new Set<(event: SocketEvent) => void>();

/**
 * Hear when the subscription socket (re)connects or drops. Events published while it was
 * down are not replayed, so a live view re-reads its data on every `connected` (the first
 * one too: changes between the page's query and the subscription's start are otherwise
 * missed). Returns the unsubscribe function.
 */
export function onSubscriptionSocket(listener: (event: SocketEvent) => void): () => void {
  socketListeners.add(listener);
  return () => socketListeners.delete(listener);
}

function emitSocket(event: SocketEvent) {
  for (const listener of socketListeners) listener(event);
}

/**
 * Subscriptions (live rosters) travel over one WebSocket, opened only when the first
 * subscription starts and closed a while after the last one ends; it reconnects with
 * backoff after a dropped connection. The session cookie authenticates it.
 */
function subscriptionLink(uri: string): ApolloLink {
  return new GraphQLWsLink(
    createClient({
      on: { connected: () => emitSocket('connected'), closed: () => emitSocket('closed') },
      url: () => websocketUrl(uri),
      lazy: true,
      lazyCloseTimeout: 3_000,
      // A live roster should outlast a dropped connection: retry with backoff capped at
      // 30 s, but not a refusal (4403: signed out), which would only repeat itself.
      retryAttempts: Infinity,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** retries) + Math.random() * 1_000)),
      shouldRetry: (e) => !(typeof e === 'object' && e !== null && 'code' in e && (e as { code: number }).code === 4403),
      keepAlive: 20_000,
    }),
  );
}

function isSubscription({ query }: ApolloLink.Operation): boolean {
  const def = getMainDefinition(query);
  return def.kind === 'OperationDefinition' && def.operation === 'subscription';
}

export function createApolloClient({ onUnauthenticated, uri = '/graphql' }: ClientOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  });
  const http = new HttpLink({ uri, credentials: 'same-origin' });
  const transport = typeof WebSocket === 'undefined' ? http : ApolloLink.split(isSubscription, subscriptionLink(uri), http);
  return new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: createCache(),
  });
}
