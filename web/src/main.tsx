import '@mantine/core/styles.css';
import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';

// Shade 9 and the palest light backgrounds keep text at WCAG AA contrast (4.5:1): Mantine's
// default teal-6 under white text is 2.6:1, dimmed gray-6 on white 3.3:1.
// Mantine's darkest green (#2b8a3e) is 4.4:1 under white text and 4.1:1 on its own pale
// background; shade 9 is darkened to #237a35 (5.4:1 and 5.0:1) so "paid" and "sent" badges read.
// Yellow (#e67700, 2.8:1 on its pale background) and orange (#d9480f, 4.0:1) get the same treatment.
const green = ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#40c057', '#37b24d', '#2f9e44', '#237a35'] as const;
const yellow = ['#fff9db', '#fff3bf', '#ffec99', '#ffe066', '#ffd43b', '#fcc419', '#fab005', '#f59f00', '#f08c00', '#a15c00'] as const;
const orange = ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#f76707', '#e8590c', '#b8390b'] as const;
const theme = createTheme({ colors: { green, yellow, orange }, primaryColor: 'teal', primaryShade: 9, defaultRadius: 'md', fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif' });
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Hovering a filled button would otherwise lighten it to teal-8 (3.9:1): darken instead.
    '--mantine-color-teal-filled-hover': '#066649',
    ...Object.fromEntries(['teal', 'blue', 'red', 'gray', 'green', 'yellow', 'orange'].map((c) => [`--mantine-color-${c}-light`, `var(--mantine-color-${c}-0)`])),
    // Hovering a light button darkens its background to shade 1, not Mantine's shade 2 (teal-9 text
    // on teal-2 is 3.8:1); teal's text is the darker filled-hover green so it stays at 4.5:1 there.
    ...Object.fromEntries(['teal', 'blue', 'red', 'gray', 'green', 'yellow', 'orange'].map((c) => [`--mantine-color-${c}-light-hover`, `var(--mantine-color-${c}-1)`])),
    '--mantine-color-teal-light-color': '#066649',
    // Input placeholders (gray-5 by default, 2.6:1 on white).
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
