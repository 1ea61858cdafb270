import { Alert, createTheme, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults, darkened where the default shade is below WCAG AA contrast
 * (4.5:1) for normal-size text: filled buttons and links use shade 8, and "dimmed"
 * text is gray 7 rather than gray 6, and error text is red 9. Alert titles use the text
 * colour (a green or yellow title on its light background is below 4.5:1; the colour
 * stays in the background and border). Notification and dialog close buttons get a name
 * (Mantine's have none by default).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  focusRing: 'auto',
  components: {
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      // Mantine greys a titled notification's text (gray 6, below 4.5:1 on white).
      styles: { description: { color: 'var(--mantine-color-text)' } },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Alert: Alert.extend({ styles: { label: { color: 'var(--mantine-color-text)' } } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
