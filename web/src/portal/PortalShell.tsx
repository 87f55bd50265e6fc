import { Badge, Box, Button, Container, Group, Text } from '@mantine/core';
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import { TEXTS, type Lang } from './i18n';

/**
 * The frame of every patient page: a banner with the sender and the language switch, the page in
 * a main landmark, and the help line in a footer (screen readers jump between them). Muted text
 * uses gray.7, not Mantine's "dimmed" gray, which is below 4.5:1 on white; and Mantine draws
 * subtle buttons in blue.6 at most (3.6:1), so inside patient pages those colors point at darker
 * shades (axe: color-contrast). The theme's teal is drawn at shade 9 for the same reason.
 */
const CONTRAST = {
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
  '--mantine-color-blue-6': 'var(--mantine-color-blue-8)',
  // Light teal buttons and notices: teal.9 on teal.2 is 4.3:1; a paler fill and a deeper green pass.
  '--mantine-color-teal-light': 'var(--mantine-color-teal-0)',
  '--mantine-color-teal-light-color': '#05603f',
} as CSSProperties;
export function PortalShell({ lang, setLang, tenantName, secure = true, children }: { lang: Lang; setLang: (l: Lang) => void; tenantName?: string | null; secure?: boolean; children: ReactNode }) {
  const t = TEXTS[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <Container size="xs" px="sm" py="md" style={CONTRAST}>
      <header>
        <Group justify="space-between" mb="sm" wrap="nowrap">
          <Box style={{ minWidth: 0 }}>
            <Text fw={700} size="lg">{tenantName || 'Kindly'}</Text>
            {secure && <Badge variant="outline" color="teal.9" size="sm">{t.securePage}</Badge>}
          </Box>
          <Button variant="subtle" color="blue.9" size="xs" px={6} style={{ flexShrink: 0 }} aria-label={t.languageLabel} onClick={() => setLang(lang === 'en' ? 'es' : 'en')}>{t.language}</Button>
        </Group>
      </header>
      <main>{children}</main>
      <footer>
        <Text size="sm" c="gray.7" mt="xl">{t.needHelp}</Text>
        <Text size="xs" c="gray.7" mt={4}>{t.scam}</Text>
      </footer>
    </Container>
  );
}
