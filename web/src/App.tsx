import type { ReactElement } from 'react';
import { AppShell, Badge, Burger, Button, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AdminPage } from './admin/AdminPage';
import { CompliancePage } from './admin/CompliancePage';
import { MySecurity } from './admin/MySecurity';
import { AnalyticsPage } from './analytics/AnalyticsPage';
import { SimulationPage } from './simulation/SimulationPage';
import { AssistancePage } from './assistance/AssistancePage';
import { DenialsPage } from './billing/DenialsPage';
import { IngestionPage } from './billing/IngestionPage';
import { CheckInPage } from './frontdesk/CheckInPage';
import { ReceiptPage } from './frontdesk/ReceiptPage';
import { CommunicationsLogPage } from './outreach/CommunicationsLogPage';
import { DisputesPage } from './disputes/DisputesPage';
import { InboxPage } from './outreach/InboxPage';
import { isPatientPath, PortalPage } from './portal/PortalPage';
import { api, ApiError, may, type Me } from './ui/api';
import { SetPasswordPage } from './ui/SetPasswordPage';
import { SignIn } from './ui/SignIn';
import { AccountDetail } from './workspace/AccountDetail';
import { WorkspacePage } from './workspace/WorkspacePage';
import { PlanOfferPage } from './workspace/PlanOfferPage';
import { TasksPage } from './workspace/TasksPage';
import { WorklistPage } from './workspace/WorklistPage';

// Each page names the permission its API needs (src/modules/identity/roles.ts): a role sees only
// the pages it may use. `unless` hides an entry when a better page for the same job is shown.
const NAV: Array<{ to: string; label: string; permission: string; unless?: string }> = [
  { to: '/workspace', label: 'Worklist', permission: 'worklist.use' },
  { to: '/accounts', label: 'Find an account', permission: 'accounts.read', unless: 'worklist.use' },
  { to: '/tasks', label: 'Tasks', permission: 'tasks.work' },
  { to: '/frontdesk', label: 'Front desk', permission: 'frontdesk.checkin' },
  { to: '/billing', label: 'Billing', permission: 'ingestion.run' },
  { to: '/claims', label: 'Claims and denials', permission: 'claims.read' },
  { to: '/assistance', label: 'Assistance', permission: 'assistance.decide' },
  { to: '/portal', label: 'Patient portal', permission: 'accounts.read' },
  { to: '/analytics', label: 'Analytics', permission: 'analytics.read' },
  { to: '/simulation', label: 'Strategy simulator', permission: 'analytics.read' },
  { to: '/compliance', label: 'Compliance', permission: 'compliance.evaluate' },
  { to: '/disputes', label: 'Disputes', permission: 'disputes.read' },
  { to: '/outreach/log', label: 'Communications log', permission: 'outreach.read' },
  { to: '/outreach/inbox', label: 'Dev inbox', permission: 'outreach.read' },
  { to: '/admin', label: 'Admin', permission: 'users.manage' },
  { to: '/admin', label: 'Audit and configuration', permission: 'audit.read', unless: 'users.manage' },
  { to: '/security', label: 'My sign-in', permission: 'accounts.read' },
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

  const nav = NAV.filter((n) => may(me.data, n.permission) && !(n.unless && may(me.data, n.unless)));
  const home = nav[0]?.to ?? '/portal';
  // A page outside the role's permissions is not rendered at all (the API would refuse it anyway).
  const gate = (permission: string, page: ReactElement) => (may(me.data, permission) ? page : <Text>This page is not part of your role. Use the menu to find your pages.</Text>);

  async function signOut() {
    await api('/api/v1/auth/logout', { method: 'POST' });
    queryClient.clear();
    queryClient.setQueryData(['me'], null);
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={3}>Kindly</Title>
            <Text c="dimmed" size="sm" visibleFrom="md">{me.data.tenantName}</Text>
          </Group>
          <Group wrap="nowrap" gap="xs">
            <Text size="sm" visibleFrom="sm">{me.data.displayName}</Text>
            {me.data.roles.map((r) => (
              <Badge key={r} variant="light" color="dark" visibleFrom="md">{r.replace(/_/g, ' ')}</Badge>
            ))}
            <Button variant="subtle" size="xs" onClick={signOut}>Sign out</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {nav.map((n) => (
          <NavLink key={n.to} component={Link} to={n.to} label={n.label} color="dark" active={location.pathname === n.to || (location.pathname.startsWith(`${n.to}/`) && n.to !== '/workspace')} onClick={close} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={<Navigate to={home} replace />} />
          <Route path="/workspace" element={may(me.data, 'worklist.use') ? <WorklistPage /> : <Navigate to={home} replace />} />
          <Route path="/tasks" element={gate('tasks.work', <TasksPage />)} />
          <Route path="/accounts" element={<WorkspacePage />} />
          <Route path="/workspace/accounts/:accountId" element={gate('accounts.open', <AccountDetail />)} />
          <Route path="/billing" element={<IngestionPage />} />
          <Route path="/claims" element={<DenialsPage me={me.data} />} />
          <Route path="/frontdesk" element={<CheckInPage />} />
          <Route path="/frontdesk/receipts/:paymentId" element={<ReceiptPage />} />
          <Route path="/workspace/accounts/:accountId/payment-options" element={<PlanOfferPage />} />
          <Route path="/assistance" element={<AssistancePage />} />
          <Route path="/portal" element={<PortalPage />} />
          <Route path="/analytics" element={<AnalyticsPage />} />
          <Route path="/simulation" element={gate('analytics.read', <SimulationPage />)} />
          <Route path="/compliance" element={<CompliancePage />} />
          <Route path="/disputes" element={<DisputesPage />} />
          <Route path="/outreach/log" element={<CommunicationsLogPage />} />
          <Route path="/outreach/inbox" element={<InboxPage />} />
          <Route path="/admin" element={<AdminPage me={me.data} />} />
          <Route path="/security" element={<MySecurity />} />
          <Route path="*" element={<Text>Page not found.</Text>} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
