import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person as the hospital's identity provider knows them. */
export interface DirectoryEntry {
  email: string;
  email_verified: boolean;
  groups: string[];
}

export interface TestIdentityProvider {
  /** `http://127.0.0.1:<port>`: an issuer on the loopback address, which Kindly accepts over http. */
  issuer: string;
  client: { client_id: string; client_secret: string };
  /** The directory account the next sign-in at the provider completes as. */
  signInAs(account: string): void;
  close(): Promise<void>;
}

/**
 * A hospital's OpenID Connect provider (oidc-provider) on a free loopback port, for tests: one
 * confidential client with the code flow and PKCE, claims `email`, `email_verified` and `groups`.
 * Any login interaction completes at once as the account named by `signInAs`, and consent is
 * implied, so a browser (or a test's own fetches) goes provider → Kindly's callback without a form.
 */
export async function startTestIdentityProvider(opts: {
  redirectUris: string[];
  directory: Record<string, DirectoryEntry>;
  client?: { client_id: string; client_secret: string };
}): Promise<TestIdentityProvider> {
  const client = opts.client ?? { client_id: 'kindly-lakeside', client_secret: 'idp-client-secret-0123456789abcdef' };
  let account = Object.keys(opts.directory)[0]!;
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ ...client, redirect_uris: opts.redirectUris, grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], groups: ['groups'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...opts.directory[id]! }) }),
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile groups');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
      return;
    }
    void callback(req, res);
  });
  return {
    issuer,
    client,
    signInAs: (a) => {
      if (!opts.directory[a]) throw new Error(`no ${a} in the test directory`);
      account = a;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
