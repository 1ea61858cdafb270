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
  /**
   * Where focus goes once the dialog closes, when the button that opened it may be gone
   * (a removed row, a menu item). Default: back to that button.
   */
  returnFocusTo?: (confirmed: boolean) => HTMLElement | null | undefined;
}

/**
 * Focus `target` once the page has re-rendered with it (after a dialog or form closes).
 * React may commit that render after a zero timeout on a busy machine, so this looks
 * again every frame-ish for up to `withinMs` until the element is in the document.
 */
export function focusSoon(target: () => HTMLElement | null | undefined, withinMs = 1000) {
  let waited = 0;
  const attempt = () => {
    const el = target();
    if (el?.isConnected) el.focus();
    else if (waited < withinMs) {
      waited += 16;
      window.setTimeout(attempt, 16);
    }
  };
  window.setTimeout(attempt, 0);
}

/**
 * "Are you sure?" for an action that cannot simply be undone. The dialog traps focus
 * while open and returns it to the button that opened it when it closes (or, with
 * `returnFocusTo`, somewhere that still exists after the action).
 */
export function ConfirmDialog({ opened, title, children, confirmLabel, danger = false, cancelLabel = 'Keep it', confirmDisabled = false, onClose, onConfirm, returnFocusTo }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = (confirmed = false) => {
    setError(null);
    onClose();
    if (returnFocusTo) focusSoon(() => returnFocusTo(confirmed));
  };
  return (
    <Modal opened={opened} onClose={() => close()} title={title} centered returnFocus={!returnFocusTo}>
      <Stack>
        {children}
        {error ? (
          <Text c="red.9" role="alert" size="sm">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => close()} disabled={busy}>
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
                close(true);
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
