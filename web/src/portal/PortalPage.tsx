import { Card, Container, Text, Title } from '@mantine/core';

export function PortalPage() {
  return (
    <Container size="sm" py="md">
      <Title order={2}>Patient portal</Title>
      <Card withBorder mt="md">
        <Text>Patients reach their bill through a secure link sent by message or on their statement. They verify who they are before anything private is shown.</Text>
      </Card>
    </Container>
  );
}
