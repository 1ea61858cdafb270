import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Title } from '@mantine/core';

/**
 * The page's one <h1>. It sets the document title and, after an in-app navigation
 * (not on first load), takes focus so screen-reader and keyboard users start at the
 * new page's heading rather than on the link they left.
 */
export function PageTitle({ children, documentTitle }: { children: ReactNode; documentTitle?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const text = documentTitle ?? (typeof children === 'string' ? children : undefined);

  useEffect(() => {
    if (text) document.title = `${text} · Gantry`;
  }, [text]);

  useEffect(() => {
    if (location.key !== 'default') ref.current?.focus({ preventScroll: false });
    // Only a change of page moves focus, not a change of query string (filters).
  }, [location.pathname]);

  return (
    <Title order={1} ref={ref} tabIndex={-1} mb="md" className="page-title">
      {children}
    </Title>
  );
}
