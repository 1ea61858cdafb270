import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { describeError } from '@/lib/errors';

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for destructive actions. */
  danger?: boolean;
  cancelLabel?: string;
  /** E.g. until a choice inside the dialog is made. */
  confirmDisabled?: boolean;
  onClose: () => void;
  /** Throw to keep the dialog open and show the message. */
  onConfirm: () => Promise<unknown>;
}

/**
 * "Are you sure?" for an action that cannot simply be undone. The dialog traps focus
 * while open and returns it to the button that opened it when it closes.
 */
export function ConfirmDialog({ opened, title, children, confirmLabel, danger = false, cancelLabel = 'Keep it', confirmDisabled = false, onClose, onConfirm }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack>
        {children}
        {error ? (
          <Text c="red.9" role="alert" size="sm">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button
            color={danger ? 'red.9' : undefined}
            loading={busy}
            disabled={confirmDisabled}
            onClick={async () => {
              setBusy(true);
              setError(null);
              try {
                await onConfirm();
                close();
              } catch (e) {
                setError(describeError(e).message);
              } finally {
                setBusy(false);
              }
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
