import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Divider, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { ErrorCode, nowUtc, runtimeTimeZone } from '@gantry/shared';
import { Loading, QueryError } from '@/components/Feedback';
import { PageTitle } from '@/components/PageTitle';
import { SessionTime } from '@/components/SessionTime';
import { graphql } from '@/gql';
import { AgendaMaterial } from '@/features/agenda/components/AgendaMaterial';
import { useMarkAgendaItemDone } from '@/features/agenda/hooks/useAgendaMutations';
import { FilePreview } from '@/features/files/components/FilePreview';
import { inReadingOrder, PHASE_LABEL, PHASE_SHORT } from '@/features/agenda/model';
import { errorCode } from '@/lib/errors';
import { useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

const AgendaItemPageQuery = graphql(`
  query AgendaItemPage($id: ID!) {
    agendaItem(id: $id) {
      id
      sessionId
      phase
      position
      released
      releasesAt
      viewerDone
      material {
        id
        title
        minutes
        ...AgendaMaterial_material
        file {
          id
          url
          ...FilePreview_file
        }
      }
      session {
        id
        number
        title
        cohort {
          id
          title
          timeZone
          viewerCanManage
        }
        agenda {
          id
          phase
          position
          material {
            id
            title
          }
        }
      }
    }
  }
`);

/**
 * One released agenda item, read in the context of its session: the material itself, a
 * "done" switch, the way back to the session and on to the previous and next items.
 */
export function Component() {
  const { itemId = '' } = useParams();
  const { viewer } = useViewer();
  const zone = viewer?.timeZone ?? runtimeTimeZone();
  const { data, error, refetch } = useQuery(AgendaItemPageQuery, { variables: { id: itemId }, fetchPolicy: 'cache-and-network' });
  const { setDone } = useMarkAgendaItemDone();
  // A file's links are signed for a few minutes: note when these were fetched.
  const fileUrl = data?.agendaItem.material.file?.url;
  const [linksAt, setLinksAt] = useState(() => nowUtc().toMillis());
  useEffect(() => {
    if (fileUrl) setLinksAt(nowUtc().toMillis());
  }, [fileUrl]);

  if (error && !data) {
    if (errorCode(error) === ErrorCode.NotFound) {
      return (
        <Stack maw={640}>
          <PageTitle>Item not found</PageTitle>
          <Text>This item is not available to you. Your mentor may not have released it yet, or it belongs to a cohort you are not in.</Text>
          <Anchor component={Link} to={paths.home.to()}>
            Go to your home page
          </Anchor>
        </Stack>
      );
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const item = data.agendaItem;
  const session = item.session;
  const cohort = session.cohort;
  const ordered = inReadingOrder(session.agenda);
  const at = ordered.findIndex((i) => i.id === item.id);
  const prev = at > 0 ? ordered[at - 1] : undefined;
  const next = at >= 0 ? ordered[at + 1] : undefined;
  const title = item.material.title;

  return (
    <Stack gap="lg" maw={820}>
      <Stack gap={6}>
        {cohort && session ? (
          <nav aria-label="Breadcrumb">
            <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
              <Anchor component={Link} to={paths.cohort.to(cohort.id)} size="sm">
                {cohort.title}
              </Anchor>
              <Anchor component={Link} to={paths.cohortSession.to(cohort.id, session.id)} size="sm">
                Session {session.number}: {session.title}
              </Anchor>
            </Breadcrumbs>
          </nav>
        ) : null}
        <PageTitle>{title}</PageTitle>
        <Text size="sm" c="dimmed" data-testid="item-phase">
          {session ? `${PHASE_SHORT[item.phase]} session ${session.number}` : PHASE_LABEL[item.phase]}
          {at >= 0 ? ` · item ${at + 1} of ${ordered.length}` : ''}
        </Text>
        {!item.released && item.releasesAt && cohort ? (
          <Text size="sm">
            Not released yet: students see it from <SessionTime startsAt={item.releasesAt} viewerZone={zone} cohortZone={cohort.timeZone} />
          </Text>
        ) : null}
      </Stack>

      <AgendaMaterial
        material={item.material}
        file={
          item.material.file ? (
            <FilePreview file={item.material.file} title={title} loadedAt={linksAt} onRefresh={async () => (await refetch()).data?.agendaItem.material.file} />
          ) : undefined
        }
      />

      {cohort?.viewerCanManage ? null : (
        <Paper withBorder p="md">
          <Switch
            size="md"
            label="Mark as done"
            description={item.viewerDone ? 'Done. It counts towards your progress.' : 'When you have worked through it.'}
            checked={item.viewerDone}
            disabled={!item.released}
            onChange={(e) =>
              void setDone(
                { id: item.id, title, sessionId: item.sessionId, cohortId: cohort?.id, minutes: item.material.minutes, released: item.released, viewerDone: item.viewerDone },
                e.currentTarget.checked,
              )
            }
          />
        </Paper>
      )}

      {session && cohort ? (
        <>
          <Divider />
          <Group justify="space-between" gap="md" wrap="wrap" component="nav" aria-label="Agenda items">
            {prev ? (
              <Anchor component={Link} to={paths.agendaItem.to(prev.id)} rel="prev">
                ← Previous: {prev.material.title}
              </Anchor>
            ) : (
              <span />
            )}
            {next ? (
              <Anchor component={Link} to={paths.agendaItem.to(next.id)} rel="next">
                Next: {next.material.title} →
              </Anchor>
            ) : (
              <Anchor component={Link} to={paths.cohortSession.to(cohort.id, session.id)}>
                Back to session {session.number}
              </Anchor>
            )}
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
