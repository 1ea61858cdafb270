import { Accordion, Anchor, Badge, Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import { formatInstant } from '@gantry/shared';
import { EmptyState } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';

export const OutboxMessageFragment = graphql(`
  fragment OutboxMessage_message on OutboxMessage {
    id
    to
    subject
    status
    kind
    createdAt
    sentAt
    attempts
    lastError
    textBody
  }
`);

/** The dot's colour; the badge text stays dark, so it reads on any background. */
const STATUS_COLOR: Record<string, string> = {
  PENDING: 'blue',
  SENDING: 'blue',
  SENT: 'green',
  FAILED: 'red',
  HELD: 'orange',
};

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** Links in a mail body, so an admin can open or copy (say) a password-reset link. */
export function linksIn(text: string): string[] {
  return Array.from(new Set(text.match(URL_PATTERN) ?? []));
}

/** Mail the platform sent or holds, newest first; each row opens to its full text. */
export function OutboxList({ messages, viewerZone }: { messages: readonly FragmentType<typeof OutboxMessageFragment>[]; viewerZone: string }) {
  const items = messages.map((m) => getFragmentData(OutboxMessageFragment, m));
  if (items.length === 0) return <EmptyState>No messages.</EmptyState>;
  return (
    <Accordion variant="separated" multiple chevronPosition="left" aria-label="Outbox messages">
      {items.map((m) => {
        const links = linksIn(m.textBody);
        return (
          <Accordion.Item key={m.id} value={m.id} data-testid="outbox-message">
            <Accordion.Control>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={0}>
                  <Text fw={600} size="sm">
                    {m.subject}
                  </Text>
                  <Text size="sm">To {m.to}</Text>
                </Stack>
                <Group gap="xs">
                  <Badge variant="dot" color={STATUS_COLOR[m.status] ?? 'gray'}>
                    {m.status}
                  </Badge>
                  <Text size="sm">{formatInstant(m.createdAt, viewerZone)}</Text>
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                <Text size="sm">
                  Kind: {m.kind} · Attempts: {m.attempts}
                  {m.sentAt ? ` · Sent ${formatInstant(m.sentAt, viewerZone)}` : ''}
                </Text>
                {m.lastError ? (
                  <Text size="sm" c="red.9">
                    Last error: {m.lastError}
                  </Text>
                ) : null}
                <pre className="mail-body" data-testid="outbox-body">
                  {m.textBody}
                </pre>
                {links.length ? (
                  <Stack gap={4}>
                    {links.map((link) => (
                      <Group key={link} gap="xs" wrap="nowrap">
                        <CopyButton value={link}>
                          {({ copied, copy }) => (
                            <Button size="xs" variant="default" onClick={copy}>
                              {copied ? 'Copied' : 'Copy link'}
                            </Button>
                          )}
                        </CopyButton>
                        <Anchor href={link} size="sm" style={{ wordBreak: 'break-all' }} target="_blank" rel="noreferrer">
                          {link}
                        </Anchor>
                      </Group>
                    ))}
                  </Stack>
                ) : null}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
