import { useState, type ReactNode } from 'react';
import { Badge, Button, Code, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, formatInstant } from '@gantry/shared';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { describeError } from '@/lib/errors';
import { formatLength } from '@/lib/format';
import { useRestoreMaterialVersion } from '../hooks/useMaterialMutations';

export const MaterialHistoryFragment = graphql(`
  fragment MaterialHistory_material on Material {
    id
    version
    versions {
      version
      createdAt
      title
      summary
      minutes
      bodyMarkdown
      url
      modalityCodes
      domainCodes
    }
  }
`);

type History = ReturnType<typeof readHistory>;
type Version = History['versions'][number];
function readHistory(ref: FragmentType<typeof MaterialHistoryFragment>) {
  return getFragmentData(MaterialHistoryFragment, ref);
}

function SavedAt({ at, zone }: { at: string; zone: string }) {
  return <time dateTime={at}>{formatInstant(at, zone)}</time>;
}

/**
 * Every saved version, newest first, with the time in the viewer's zone. "View" shows a
 * version's fields; "Restore" saves it again as a new version (nothing is rewritten).
 */
export function MaterialHistory({
  material: ref,
  viewerZone,
  canRestore,
  onConflict,
}: {
  material: FragmentType<typeof MaterialHistoryFragment>;
  viewerZone: string;
  canRestore: boolean;
  /** Load the latest saved version after someone else saved first. */
  onConflict: () => Promise<unknown>;
}) {
  const m = readHistory(ref);
  const [viewing, setViewing] = useState<Version | null>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);
  return (
    <Stack gap="xs">
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Versions">
        {m.versions.map((v) => (
          <li key={v.version} data-testid="version-row">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0} style={{ flex: '1 1 14rem', minWidth: 0 }}>
                <Group gap={6}>
                  <Text fw={600} size="sm">
                    Version {v.version}
                  </Text>
                  {v.version === m.version ? (
                    <Badge size="sm" variant="dot" color="green">
                      Current
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" c="dimmed">
                  <SavedAt at={v.createdAt} zone={viewerZone} />
                </Text>
                <Text size="sm" truncate="end">
                  {v.title}
                </Text>
              </Stack>
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => setViewing(v)} aria-label={`View version ${v.version}`}>
                  View
                </Button>
                {canRestore && v.version !== m.version ? (
                  <Button size="xs" variant="light" onClick={() => setRestoring(v)} aria-label={`Restore version ${v.version}`}>
                    Restore
                  </Button>
                ) : null}
              </Group>
            </Group>
          </li>
        ))}
      </Stack>

      <Modal opened={!!viewing} onClose={() => setViewing(null)} title={viewing ? `Version ${viewing.version}` : ''} size="lg">
        {viewing ? (
          <VersionFields
            version={viewing}
            zone={viewerZone}
            onRestore={
              canRestore && viewing.version !== m.version
                ? () => {
                    setRestoring(viewing);
                    setViewing(null);
                  }
                : undefined
            }
          />
        ) : null}
      </Modal>
      <RestoreDialog material={m} version={restoring} onClose={() => setRestoring(null)} onConflict={onConflict} />
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** One version's saved fields, as they were (the Markdown source, not a rendering). */
function VersionFields({ version: v, zone, onRestore }: { version: Version; zone: string; onRestore?: () => void }) {
  return (
    <Stack gap="sm">
      <Stack component="dl" gap="sm" m={0}>
        <Field label="Saved">
          <SavedAt at={v.createdAt} zone={zone} />
        </Field>
        <Field label="Title">{v.title}</Field>
        <Field label="Summary">{v.summary || '—'}</Field>
        <Field label="Minutes">{formatLength(v.minutes)}</Field>
        <Field label="Modalities">{v.modalityCodes.join(', ') || '—'}</Field>
        <Field label="Exam domains">{v.domainCodes.join(', ') || '—'}</Field>
        {v.url ? <Field label="Link">{v.url}</Field> : null}
      </Stack>
      {v.bodyMarkdown ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Text (Markdown)
          </Title>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '50vh', overflowY: 'auto' }} tabIndex={0} aria-label={`Text of version ${v.version}`}>
            {v.bodyMarkdown}
          </Code>
        </Stack>
      ) : null}
      {onRestore ? (
        <Group justify="flex-end">
          <Button variant="light" onClick={onRestore}>
            Restore version {v.version}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/**
 * "Restore version N?" Saves it with the version the page shows as current; if someone
 * saved meanwhile the API answers CONFLICT, the page reloads the history and the user
 * decides again with the new version in view.
 */
function RestoreDialog({ material, version, onClose, onConflict }: { material: History; version: Version | null; onClose: () => void; onConflict: () => Promise<unknown> }) {
  const { restore, loading } = useRestoreMaterialVersion();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!version) return;
    setError(null);
    const seen = material.version;
    try {
      await restore(material.id, version.version, seen);
      close();
    } catch (e) {
      if (describeError(e).code === ErrorCode.Conflict) {
        await onConflict();
        setError(`Someone else saved this item after version ${seen}. The history now shows their version; restore version ${version.version} over it only if you still want to.`);
      } else {
        setError(describeError(e).message);
      }
    }
  };
  return (
    <Modal opened={!!version} onClose={close} title={version ? `Restore version ${version.version}?` : ''} centered>
      {version ? (
        <Stack>
          <Text size="sm">
            Version {version.version} (“{version.title}”) becomes the current one, saved as version {material.version + 1}. Every version stays in the history.
          </Text>
          {error ? (
            <Text c="red.9" role="alert" size="sm">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Keep the current version
            </Button>
            <Button loading={loading} onClick={() => void confirm()}>
              Restore version {version.version}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
