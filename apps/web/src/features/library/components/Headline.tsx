import { Fragment } from 'react';
import { Mark, Text } from '@mantine/core';

/**
 * Split a search headline into plain text and matches. The API marks matches between
 * « and » in plain text; the parts become text nodes and <mark> elements, never HTML.
 * A stray or unpaired marker is kept as text.
 */
export function headlineParts(headline: string): { text: string; match: boolean }[] {
  const parts = headline.split(/«([^«»]*)»/);
  return parts.map((text, i) => ({ text, match: i % 2 === 1 })).filter((p) => p.text !== '');
}

/** Where the search matched, with the matching words marked. */
export function Headline({ text }: { text: string }) {
  return (
    <Text size="sm" data-testid="headline">
      {headlineParts(text).map((p, i) =>
        p.match ? (
          <Mark key={i} color="yellow">
            {p.text}
          </Mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </Text>
  );
}
