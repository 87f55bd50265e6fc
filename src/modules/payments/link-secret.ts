import { createHmac } from 'node:crypto';

/**
 * The key portal links are signed with, derived from the process secret (KINDLY_SECRET or the one
 * kept in app_settings): a separate key per purpose, and always 32+ bytes whatever the input.
 */
export function portalLinkSecret(appSecret: string): string {
  if (!appSecret) throw new RangeError('an application secret is required to sign portal links');
  return createHmac('sha256', appSecret).update('kindly-portal-links-v1').digest('base64url');
}
