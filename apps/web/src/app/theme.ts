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
  // A page title fits a 360 px phone in one or two lines without dwarfing the page.
  headings: { sizes: { h1: { fontSize: 'clamp(1.75rem, 1.2rem + 2.5vw, 2.125rem)' } } },
  // Statuses, roles and skills read as words ("Pinned", "Comms"), not shouted in capitals.
  components: { Badge: { styles: { root: { textTransform: 'none' } } } },
});

/** Mantine's lighter shades fall under 4.5:1 on white (dimmed text, errors, light variants): use darker ones. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Placeholders stay lighter than what is typed but reach 4.5:1 (gray 6 is 3.3:1): a file input's
    // "Choose a file" is real text, and axe judges it.
    '--mantine-color-placeholder': '#6c757d',
    ...Object.fromEntries(
      ['blue', 'red', 'grape', 'violet', 'cyan', 'pink', 'indigo'].map((color) => [
        `--mantine-color-${color}-light-color`,
        `var(--mantine-color-${color}-9)`,
      ]),
    ),
    // Red 9 on red 1 (a hovered "Deactivate") is just 4.5:1: a shade darker.
    '--mantine-color-red-light-color': '#a61e1e',
    // Light and subtle controls (the current page in the navigation, the header's Notifications
    // link, light buttons): shade 9 text on the palest shades, so it keeps 4.5:1 under the pointer
    // too (Mantine's hover background, shade 2, leaves blue text at 4.0:1).
    '--mantine-color-blue-light': 'var(--mantine-color-blue-0)',
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
    '--mantine-color-red-light': 'var(--mantine-color-red-0)',
    '--mantine-color-red-light-hover': 'var(--mantine-color-red-1)',
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
