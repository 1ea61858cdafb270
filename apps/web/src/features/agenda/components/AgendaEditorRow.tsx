import { ActionIcon, Badge, Group, NativeSelect, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { DateTime } from '@gantry/shared';
import { SessionTime } from '@/components/SessionTime';
import type { AgendaPhase, ReleaseRule } from '@/gql/graphql';
import { formatLength } from '@/lib/format';
import { KIND_LABEL, PHASE_SHORT, PHASES, RELEASE_DAYS_MAX, RELEASE_DAYS_MIN, RELEASE_LABEL, releaseInstant, type DraftItem } from '../model';

const RELEASES: ReleaseRule[] = ['NOW', 'DAYS_BEFORE', 'AFTER_END'];

export function releaseDaysError(item: DraftItem): string | null {
  if (item.release !== 'DAYS_BEFORE') return null;
  const d = item.releaseDays;
  return d === null || !Number.isInteger(d) || d < RELEASE_DAYS_MIN || d > RELEASE_DAYS_MAX ? `Use ${RELEASE_DAYS_MIN} to ${RELEASE_DAYS_MAX} days.` : null;
}

/** When students first see it, in the viewer's zone (the cohort's beside it). */
function ReleaseWhen({ item, session, viewerZone, cohortZone, now }: { item: DraftItem; session: { startsAt: string; endsAt: string }; viewerZone: string; cohortZone: string; now: DateTime }) {
  if (releaseDaysError(item)) return null;
  const at = releaseInstant(item, session);
  if (!at) return <Text size="sm">Students see it now.</Text>;
  const past = DateTime.fromISO(at) <= now;
  return (
    <Text size="sm">
      {past ? 'Released to students since ' : 'Students see it from '}
      <SessionTime startsAt={at} viewerZone={viewerZone} cohortZone={cohortZone} />
    </Text>
  );
}

function Arrow({ up }: { up: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden focusable="false">
      <path d={up ? 'M8 3 3 9h3.5v4h3V9H13z' : 'M8 13 3 7h3.5V3h3v4H13z'} fill="currentColor" />
    </svg>
  );
}

function Grip() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden focusable="false">
      {[3, 8, 13].flatMap((y) => [5, 11].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" fill="currentColor" />))}
    </svg>
  );
}

function Cross() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden focusable="false">
      <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export interface RowProps {
  item: DraftItem;
  index: number;
  count: number;
  session: { startsAt: string; endsAt: string };
  viewerZone: string;
  cohortZone: string;
  now: DateTime;
  serverError?: string;
  onChange: (patch: Partial<DraftItem>) => void;
  onMove: (to: number, via: 'up' | 'down') => void;
  onRemove: () => void;
}

/**
 * One item of the agenda being planned: a drag handle (pointer or keyboard), its place,
 * what it is, its phase and release rule with the moment students see it, and buttons
 * to move it up or down or remove it.
 */
export function AgendaEditorRow({ item, index, count, session, viewerZone, cohortZone, now, serverError, onChange, onMove, onRemove }: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.materialId });
  const daysError = releaseDaysError(item);
  const t = item.title;
  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      p="sm"
      data-testid="plan-item"
      data-row={item.materialId}
      shadow={isDragging ? 'md' : undefined}
      style={{ transform: CSS.Translate.toString(transform), transition, position: 'relative', zIndex: isDragging ? 2 : undefined }}
    >
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray.8"
          size="lg"
          aria-label={`Drag ${t}`}
          style={{ cursor: isDragging ? 'grabbing' : 'grab', touchAction: 'none', flexShrink: 0 }}
          {...attributes}
          {...listeners}
        >
          <Grip />
        </ActionIcon>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600} size="sm">
                <Text span c="dimmed" size="sm" mr={6}>
                  {index + 1}.
                </Text>
                {t}
              </Text>
              <Group gap={6}>
                <Badge size="sm" variant="outline" color="gray.8">
                  {KIND_LABEL[item.kind]}
                </Badge>
                <Text size="xs" c="dimmed">
                  {formatLength(item.minutes)}
                </Text>
              </Group>
            </Stack>
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              <ActionIcon variant="default" size="lg" aria-label={`Move ${t} up`} data-move="up" disabled={index === 0} onClick={() => onMove(index - 1, 'up')}>
                <Arrow up />
              </ActionIcon>
              <ActionIcon variant="default" size="lg" aria-label={`Move ${t} down`} data-move="down" disabled={index === count - 1} onClick={() => onMove(index + 1, 'down')}>
                <Arrow up={false} />
              </ActionIcon>
              <ActionIcon variant="default" color="red.9" size="lg" aria-label={`Remove ${t}`} data-remove onClick={onRemove}>
                <Cross />
              </ActionIcon>
            </Group>
          </Group>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NativeSelect
              size="xs"
              label="Phase"
              aria-label={`Phase of ${t}`}
              value={item.phase}
              data={PHASES.map((p) => ({ value: p, label: PHASE_SHORT[p] }))}
              onChange={(e) => onChange({ phase: e.currentTarget.value as AgendaPhase })}
              w={110}
            />
            <NativeSelect
              size="xs"
              label="Release"
              aria-label={`Release of ${t}`}
              value={item.release}
              data={RELEASES.map((r) => ({ value: r, label: RELEASE_LABEL[r] }))}
              onChange={(e) => {
                const release = e.currentTarget.value as ReleaseRule;
                onChange({ release, releaseDays: release === 'DAYS_BEFORE' ? (item.releaseDays ?? 7) : null });
              }}
              w={200}
            />
            {item.release === 'DAYS_BEFORE' ? (
              <NumberInput
                size="xs"
                label="Days before"
                aria-label={`Days before the session for ${t}`}
                value={item.releaseDays ?? ''}
                min={RELEASE_DAYS_MIN}
                max={RELEASE_DAYS_MAX}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="blur"
                onChange={(v) => onChange({ releaseDays: typeof v === 'number' ? v : v === '' ? null : Number(v) })}
                error={daysError}
                w={110}
              />
            ) : null}
          </Group>
          <ReleaseWhen item={item} session={session} viewerZone={viewerZone} cohortZone={cohortZone} now={now} />
          {serverError ? (
            <Text size="sm" c="red.9" role="alert">
              {serverError}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}
