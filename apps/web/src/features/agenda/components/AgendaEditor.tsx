import { useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { Badge, Button, Group, Modal, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { AGENDA_MAX_ITEMS } from '@gantry/shared';
import { EmptyState, FormError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useNow } from '@/hooks/useNow';
import { describeError } from '@/lib/errors';
import { formatLength } from '@/lib/format';
import { useSaveAgenda } from '../hooks/useAgendaMutations';
import { minutesByPhase, moveItem, newDraftItem, PHASE_SHORT, PHASES, sameAgenda, toAgendaInput, toDraft, type DraftItem } from '../model';
import { AgendaEditorRow, releaseDaysError } from './AgendaEditorRow';
import { LibraryPicker, type PickedMaterial } from './LibraryPicker';

export const AgendaEditorFragment = graphql(`
  fragment AgendaEditor_session on CohortSession {
    id
    number
    startsAt
    endsAt
    agenda {
      id
      position
      phase
      release
      releaseDays
      material {
        id
        kind
        title
        minutes
      }
    }
  }
`);

interface Option {
  code: string;
  name: string;
}

const INSTRUCTIONS =
  'To reorder with the keyboard, focus an item’s drag handle and press Space or Enter to pick it up, the up and down arrow keys to move it, ' +
  'Space or Enter to drop it, or Escape to cancel. The Move up and Move down buttons do the same one step at a time.';

/**
 * The mentor's agenda builder for one session: the items in order, each with its phase
 * and release rule; reorder by dragging (pointer or keyboard) or with Move up / Move
 * down; add from the library; save the whole list at once. Changes stay local until
 * saved, and leaving with unsaved changes asks first.
 */
export function AgendaEditor({
  session: ref,
  viewerZone,
  cohortZone,
  modalities,
  domains,
  defaultModalityCodes,
}: {
  session: FragmentType<typeof AgendaEditorFragment>;
  viewerZone: string;
  cohortZone: string;
  modalities: readonly Option[];
  domains: readonly Option[];
  defaultModalityCodes: readonly string[];
}) {
  const session = getFragmentData(AgendaEditorFragment, ref);
  const saved = useMemo(() => toDraft([...session.agenda].sort((a, b) => a.position - b.position)), [session.agenda]);
  const [baseline, setBaseline] = useState(saved);
  const [draft, setDraft] = useState(saved);
  const [announcement, setAnnouncement] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const { save, loading: saving } = useSaveAgenda();
  const now = useNow(60_000);
  const listRef = useRef<HTMLOListElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<(() => HTMLElement | null | undefined) | null>(null);
  const dirty = !sameAgenda(draft, baseline);

  // A newer saved agenda from the API (after saving, or re-read) becomes the baseline;
  // edits not yet saved are kept.
  const savedKey = JSON.stringify(toAgendaInput(saved));
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    setBaseline(saved);
    if (!dirtyRef.current) setDraft(saved);
  }, [savedKey]);

  // Move focus where the user expects it once the list has re-rendered.
  useEffect(() => {
    const target = pendingFocus.current?.();
    pendingFocus.current = null;
    target?.focus();
  });

  // Closing the tab or reloading with unsaved changes asks the browser to confirm.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const titleOf = (id: string | number) => draft.find((d) => d.materialId === id)?.title ?? 'The item';
  const positionOf = (id: string | number) => draft.findIndex((d) => d.materialId === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, at position ${positionOf(active.id)} of ${draft.length}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} is over position ${positionOf(over.id)} of ${draft.length}.` : `${titleOf(active.id)} is no longer over the list.`),
    onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)} of ${draft.length}.` : `${titleOf(active.id)} dropped where it was.`),
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled. It stays at position ${positionOf(active.id)}.`,
  };

  const update = (next: DraftItem[]) => {
    setDraft(next);
    setSaveError(null);
  };

  const move = (from: number, to: number, via?: 'up' | 'down') => {
    if (to < 0 || to >= draft.length || from === to) return;
    const item = draft[from]!;
    update(moveItem(draft, from, to));
    setAnnouncement(`${item.title} moved to position ${to + 1} of ${draft.length}.`);
    if (via) {
      // Keep focus on the button used; at the top or bottom it is disabled, so use its twin.
      const row = () => listRef.current?.querySelector<HTMLElement>(`[data-row="${item.materialId}"]`);
      const other = via === 'up' ? 'down' : 'up';
      const atEdge = via === 'up' ? to === 0 : to === draft.length - 1;
      pendingFocus.current = () => row()?.querySelector<HTMLElement>(`[data-move="${atEdge ? other : via}"]`);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = draft.findIndex((d) => d.materialId === active.id);
    const to = draft.findIndex((d) => d.materialId === over.id);
    if (from < 0 || to < 0) return;
    update(moveItem(draft, from, to));
  };

  const remove = (index: number) => {
    const item = draft[index]!;
    const next = draft.filter((_, i) => i !== index);
    update(next);
    setAnnouncement(`${item.title} removed from the agenda.`);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = () =>
      neighbour
        ? listRef.current?.querySelector<HTMLElement>(`[data-row="${neighbour.materialId}"] [data-remove]`)
        : pickerRef.current?.querySelector<HTMLElement>('input');
  };

  const add = (m: PickedMaterial) => {
    if (draft.some((d) => d.materialId === m.id) || draft.length >= AGENDA_MAX_ITEMS) return;
    update([...draft, newDraftItem(m)]);
    setAnnouncement(`${m.title} added at position ${draft.length + 1}, before the session, released 7 days before it. Save the agenda to keep it.`);
  };

  const invalid = draft.some((d) => releaseDaysError(d));

  const onSave = async () => {
    setSaveError(null);
    setRowErrors({});
    if (invalid) {
      setSaveError('Some release rules need a number of days from 1 to 30.');
      return;
    }
    const items = toAgendaInput(draft);
    try {
      await save(session.id, items);
      setBaseline(draft);
      setAnnouncement('Agenda saved.');
    } catch (e) {
      const info = describeError(e);
      const perRow: Record<string, string> = {};
      const leftOver: string[] = [];
      for (const [field, messages] of Object.entries(info.fields)) {
        const m = /^items\.(\d+)\./.exec(field);
        const item = m ? draft[Number(m[1])] : undefined;
        if (item) perRow[item.materialId] = messages.join(' ');
        else leftOver.push(...messages);
      }
      setRowErrors(perRow);
      setSaveError(leftOver.length ? leftOver.join(' ') : Object.keys(perRow).length ? 'Some items could not be saved; see the messages on them.' : info.message);
    }
  };

  const perPhase = minutesByPhase(draft);
  const total = draft.reduce((s, d) => s + d.minutes, 0);

  return (
    <Stack gap="md">
      <Group gap="md" wrap="wrap" data-testid="phase-minutes" aria-label="Minutes per phase" role="group">
        {PHASES.map((p) => (
          <Text key={p} size="sm">
            {PHASE_SHORT[p]}: <strong>{formatLength(perPhase[p])}</strong>
          </Text>
        ))}
        <Text size="sm">
          Total: <strong>{formatLength(total)}</strong>
        </Text>
      </Group>

      <VisuallyHidden role="status" aria-live="polite" aria-atomic data-testid="plan-announcer">
        {announcement}
      </VisuallyHidden>

      {draft.length === 0 ? (
        <EmptyState>Nothing on this session’s agenda yet. Add items from the library below.</EmptyState>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
        >
          <SortableContext items={draft.map((d) => d.materialId)} strategy={verticalListSortingStrategy}>
            <ol ref={listRef} aria-label={`Agenda of session ${session.number}`} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-xs)' }}>
              {draft.map((item, i) => (
                <AgendaEditorRow
                  key={item.materialId}
                  item={item}
                  index={i}
                  count={draft.length}
                  session={session}
                  viewerZone={viewerZone}
                  cohortZone={cohortZone}
                  now={now}
                  serverError={rowErrors[item.materialId]}
                  onChange={(patch) => update(draft.map((d, j) => (j === i ? { ...d, ...patch } : d)))}
                  onMove={(to, via) => move(i, to, via)}
                  onRemove={() => remove(i)}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}

      <FormError message={saveError} />
      <Paper withBorder p="sm" bg={dirty ? 'yellow.0' : undefined}>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Group gap={6} aria-live="polite" data-testid="save-state">
            {dirty ? (
              <Badge color="gray.9" variant="outline" component="span">
                Unsaved
              </Badge>
            ) : null}
            <Text size="sm" span>
              {dirty ? 'You have unsaved changes.' : 'All changes saved.'}
            </Text>
          </Group>
          <Group gap="xs">
            <Button variant="default" disabled={!dirty || saving} onClick={() => update(baseline)}>
              Discard changes
            </Button>
            <Button onClick={() => void onSave()} loading={saving} disabled={!dirty}>
              Save agenda
            </Button>
          </Group>
        </Group>
      </Paper>

      <section aria-labelledby={`add-heading-${session.id}`} ref={pickerRef}>
        <Title order={3} size="h4" id={`add-heading-${session.id}`} mb="xs">
          Add from library
        </Title>
        <LibraryPicker
          modalities={modalities}
          domains={domains}
          defaultModalityCodes={defaultModalityCodes}
          addedIds={new Set(draft.map((d) => d.materialId))}
          full={draft.length >= AGENDA_MAX_ITEMS}
          onAdd={add}
        />
      </section>

      <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="Leave without saving?" centered>
        <Stack>
          <Text>Your changes to this session’s agenda are not saved. If you leave now, they are lost.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              Stay and keep editing
            </Button>
            <Button color="red.9" onClick={() => blocker.proceed?.()}>
              Leave without saving
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
