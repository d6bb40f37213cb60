import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'carnet',
  colors: {
    carnet: [
      '#e8f1fa',
      '#cfe0f1',
      '#a0bfe3',
      '#6d9cd5',
      '#4580c9',
      '#2d6fc2',
      '#1c5d99',
      '#154d80',
      '#0f3d66',
      '#082b4a',
    ],
  },
  primaryShade: 6,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  focusRing: 'auto',
});
