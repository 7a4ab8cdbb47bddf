import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** Slate green and ore gold: the cluster's colours. */
const veta: MantineColorsTuple = ['#e8f6f2', '#d3e9e2', '#a6d2c4', '#76baa4', '#4fa68a', '#389a7a', '#2a8a6b', '#1c7a5d', '#1c5d4f', '#0c4638'];
const ore: MantineColorsTuple = ['#fff8e3', '#fdeecd', '#f9db9c', '#f6c766', '#f3b63a', '#f1ab1e', '#f1a50e', '#d69000', '#be7f00', '#a56c00'];

export const theme = createTheme({
  primaryColor: 'veta',
  primaryShade: { light: 8, dark: 5 },
  colors: { veta, ore },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    Card: { defaultProps: { withBorder: true, radius: 'md' } },
    // Status badges never shrink to an ellipsis in narrow rows and table cells.
    Badge: { styles: { root: { flexShrink: 0, maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } } },
  },
});
