import { Card, Container, Text, Title } from '@mantine/core';
import { useLocation } from 'react-router-dom';
import { PatientPortal } from './PatientPortal';
import { CodeEntryPage, ShortLinkPage, SurveyPage, VerifyPage } from './PublicPages';

/** True for the pages patients reach without a staff session. */
export function isPatientPath(pathname: string): boolean {
  return pathname.startsWith('/pay/') || /^\/(p|s|verify)(\/|$)/.test(pathname);
}

/**
 * Patient pages: `/pay/<token>` (the secure page), `/p/<code>` (a message's short link), `/p` (type
 * a letter's code), `/s/<code>` (the survey), `/verify` (is this message genuine?). `/portal`
 * (staff navigation): what patients see, explained.
 */
export function PortalPage() {
  const location = useLocation();
  const path = location.pathname.replace(/\/+$/, '');
  const tail = (prefix: string) => decodeURIComponent(path.slice(prefix.length));
  if (path.startsWith('/pay/')) return <PatientPortal token={tail('/pay/')} />;
  if (path.startsWith('/p/')) return <ShortLinkPage key={path} code={tail('/p/')} />;
  if (path === '/p') return <CodeEntryPage />;
  if (path.startsWith('/s/')) return <SurveyPage code={tail('/s/')} />;
  if (path === '/verify' || path.startsWith('/verify/')) return <VerifyPage initialCode={path.startsWith('/verify/') ? tail('/verify/') : new URLSearchParams(location.search).get('code') ?? undefined} />;
  return (
    <Container size="sm" py="md">
      <Title order={2}>Patient portal</Title>
      <Card withBorder mt="md">
        <Text>
          Patients reach their bill through a secure link sent by message or on their statement. They verify who they are (date of birth and last name or ZIP)
          before anything private is shown, then see the bill explained, pay, choose a plan that fits their budget, or apply for financial assistance. Issue a link
          from an account (Payments: “Send a secure link”), or run <code>kindly demo-link</code>.
        </Text>
      </Card>
    </Container>
  );
}
