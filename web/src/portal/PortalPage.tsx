import { Card, Container, Text, Title } from '@mantine/core';
import { useLocation } from 'react-router-dom';
import { PatientPortal } from './PatientPortal';

/** `/pay/<token>`: the patient's secure page. `/portal` (staff navigation): what patients see, explained. */
export function PortalPage() {
  const location = useLocation();
  if (location.pathname.startsWith('/pay/')) return <PatientPortal token={decodeURIComponent(location.pathname.slice(5).replace(/\/+$/, ''))} />;
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
