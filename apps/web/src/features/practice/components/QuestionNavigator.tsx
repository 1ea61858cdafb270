import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { navLabel } from '../model';

export interface NavItem {
  position: number;
  answered: boolean;
  flagged: boolean;
}

/**
 * Every question of the attempt as a button: answered ones filled with a check mark,
 * flagged ones with a flag, the current one outlined and marked `aria-current`. Each
 * button says all of that in its name too: nothing is told by colour alone.
 */
export function QuestionNavigator({ items, current, onGo }: { items: readonly NavItem[]; current: number | null; onGo: (position: number) => void }) {
  return (
    <Stack gap={6} component="nav" aria-label="Questions">
      <Text size="xs" c="dimmed">
        ✓ answered · ⚑ flagged · outlined: where you are
      </Text>
      <Group component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((it) => {
          const isCurrent = it.position === current;
          return (
            <li key={it.position}>
              <UnstyledButton
                className="attempt-nav-button"
                data-answered={it.answered || undefined}
                data-flagged={it.flagged || undefined}
                data-current={isCurrent || undefined}
                aria-current={isCurrent ? 'step' : undefined}
                aria-label={navLabel(it.position, { ...it, current: isCurrent })}
                onClick={() => onGo(it.position)}
                data-testid="nav-question"
                style={{
                  minWidth: 40,
                  height: 36,
                  padding: '0 6px',
                  borderRadius: 6,
                  fontSize: 13,
                  fontWeight: isCurrent ? 700 : 500,
                  textAlign: 'center',
                  border: isCurrent ? '3px solid var(--mantine-color-blue-9)' : '1px solid var(--mantine-color-gray-6)',
                  background: it.answered ? 'var(--mantine-color-blue-0)' : 'var(--mantine-color-body)',
                  color: 'var(--mantine-color-text)',
                }}
              >
                {it.position + 1}
                {it.answered ? ' ✓' : ''}
                {it.flagged ? ' ⚑' : ''}
              </UnstyledButton>
            </li>
          );
        })}
      </Group>
    </Stack>
  );
}
