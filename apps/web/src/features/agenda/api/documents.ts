import { graphql } from '@/gql';

/**
 * Replace a session's whole agenda (order = array order). The answer's `releasesAt` and
 * `released` are not computed by the API (always null / true), so they are not read
 * here: the plan page is re-read after a save instead.
 */
export const SetSessionAgendaMutation = graphql(`
  mutation SetSessionAgenda($sessionId: ID!, $items: [AgendaItemInput!]!) {
    setSessionAgenda(sessionId: $sessionId, items: $items) {
      id
      position
      phase
      release
      releaseDays
    }
  }
`);

export const MarkAgendaItemDoneMutation = graphql(`
  mutation MarkAgendaItemDone($id: ID!, $done: Boolean!) {
    markAgendaItemDone(id: $id, done: $done) {
      __typename
      id
      viewerDone
    }
  }
`);

export const SetSessionRecordingMutation = graphql(`
  mutation SetSessionRecording($sessionId: ID!, $recordingUrl: String, $slidesUrl: String) {
    setSessionRecording(sessionId: $sessionId, recordingUrl: $recordingUrl, slidesUrl: $slidesUrl) {
      id
      recordingUrl
      slidesUrl
    }
  }
`);

/** The library, searched from the agenda builder ("Add from library"). */
export const AgendaLibrarySearchQuery = graphql(`
  query AgendaLibrarySearch($filter: MaterialFilterInput, $first: Int) {
    materials(filter: $filter, first: $first) {
      nodes {
        headline
        material {
          id
          kind
          title
          minutes
          summary
          modalities {
            code
            name
          }
          domains {
            code
            name
          }
        }
      }
      totalCount
    }
  }
`);
