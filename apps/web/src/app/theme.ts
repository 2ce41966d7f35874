import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's theme tuned for WCAG 2.2 AA: a darker primary shade so white text on
 * filled buttons and blue links reach 4.5:1, and motion off when the person asks.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  cursorType: 'pointer',
});

/** Mantine's lighter shades fall under 4.5:1 on white (dimmed text, errors, light variants): use darker ones. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    ...Object.fromEntries(
      ['blue', 'red', 'grape', 'violet', 'cyan', 'pink', 'indigo'].map((color) => [
        `--mantine-color-${color}-light-color`,
        `var(--mantine-color-${color}-9)`,
      ]),
    ),
    // Even shade 9 of these is under 4.5:1 on their light backgrounds.
    '--mantine-color-green-light-color': '#1f6e30',
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-color-lime-light-color': '#3d6b04',
    '--mantine-color-yellow-light-color': '#7c4a03',
    '--mantine-color-orange-light-color': '#9c3a0a',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
  },
  dark: {},
});
