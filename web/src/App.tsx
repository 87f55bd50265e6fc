import { AppShell, Badge, Burger, Button, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AdminPage } from './admin/AdminPage';
import { CompliancePage } from './admin/CompliancePage';
import { AnalyticsPage } from './analytics/AnalyticsPage';
import { AssistancePage } from './assistance/AssistancePage';
import { DenialsPage } from './billing/DenialsPage';
import { IngestionPage } from './billing/IngestionPage';
import { CheckInPage } from './frontdesk/CheckInPage';
import { ReceiptPage } from './frontdesk/ReceiptPage';
import { CommunicationsLogPage } from './outreach/CommunicationsLogPage';
import { DisputesPage } from './disputes/DisputesPage';
import { InboxPage } from './outreach/InboxPage';
import { isPatientPath, PortalPage } from './portal/PortalPage';
import { api, ApiError, type Me } from './ui/api';
import { SetPasswordPage } from './ui/SetPasswordPage';
import { SignIn } from './ui/SignIn';
import { AccountDetail } from './workspace/AccountDetail';
import { WorkspacePage } from './workspace/WorkspacePage';
import { PlanOfferPage } from './workspace/PlanOfferPage';

const NAV: Array<{ to: string; label: string; roles?: string[] }> = [
  { to: '/workspace', label: 'Workspace' },
  { to: '/frontdesk', label: 'Front desk', roles: ['access_representative', 'admin'] },
  { to: '/billing', label: 'Billing' },
  { to: '/claims', label: 'Claims and denials', roles: ['billing_specialist', 'admin', 'compliance_officer'] },
  { to: '/assistance', label: 'Assistance' },
  { to: '/portal', label: 'Patient portal' },
  { to: '/analytics', label: 'Analytics' },
  { to: '/compliance', label: 'Compliance' },
  { to: '/disputes', label: 'Disputes' },
  { to: '/outreach/log', label: 'Communications log' },
  { to: '/outreach/inbox', label: 'Dev inbox' },
  { to: '/admin', label: 'Admin' },
];

export function App() {
  const location = useLocation();
  // The patient portal is reached by secure link and never needs a staff session.
  if (isPatientPath(location.pathname)) return <PortalPage />;
  // An invited staff member sets a password before there is any session.
  if (location.pathname === '/set-password') return <SetPasswordPage />;
  return <StaffApp />;
}

function StaffApp() {
  const queryClient = useQueryClient();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const me = useQuery<Me | null>({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await api<Me>('/api/v1/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
  });
  if (me.isLoading) return <Loader m="xl" />;
  if (!me.data) return <SignIn onSignedIn={(m) => queryClient.setQueryData(['me'], m)} />;

  async function signOut() {
    await api('/api/v1/auth/logout', { method: 'POST' });
    queryClient.clear();
    queryClient.setQueryData(['me'], null);
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={3}>Kindly</Title>
            <Text c="dimmed" size="sm">{me.data.tenantName}</Text>
          </Group>
          <Group>
            <Text size="sm">{me.data.displayName}</Text>
            {me.data.roles.map((r) => (
              <Badge key={r} variant="light">{r.replace(/_/g, ' ')}</Badge>
            ))}
            <Button variant="subtle" size="xs" onClick={signOut}>Sign out</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {NAV.filter((n) => !n.roles || n.roles.some((r) => me.data!.roles.includes(r))).map((n) => (
          <NavLink key={n.to} component={Link} to={n.to} label={n.label} active={location.pathname.startsWith(n.to)} onClick={close} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={<Navigate to="/workspace" replace />} />
          <Route path="/workspace" element={<WorkspacePage />} />
          <Route path="/workspace/accounts/:accountId" element={<AccountDetail />} />
          <Route path="/billing" element={<IngestionPage />} />
          <Route path="/claims" element={<DenialsPage me={me.data} />} />
          <Route path="/frontdesk" element={<CheckInPage />} />
          <Route path="/frontdesk/receipts/:paymentId" element={<ReceiptPage />} />
          <Route path="/workspace/accounts/:accountId/payment-options" element={<PlanOfferPage />} />
          <Route path="/assistance" element={<AssistancePage />} />
          <Route path="/portal" element={<PortalPage />} />
          <Route path="/analytics" element={<AnalyticsPage />} />
          <Route path="/compliance" element={<CompliancePage />} />
          <Route path="/disputes" element={<DisputesPage />} />
          <Route path="/outreach/log" element={<CommunicationsLogPage />} />
          <Route path="/outreach/inbox" element={<InboxPage />} />
          <Route path="/admin" element={<AdminPage me={me.data} />} />
          <Route path="*" element={<Text>Page not found.</Text>} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
