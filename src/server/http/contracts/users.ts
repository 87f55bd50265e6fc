import { z } from 'zod';

/** A staff member as the admin page lists them. */
export const StaffUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  disabled: z.boolean(),
  twoFactor: z.boolean(),
  invitePending: z.boolean(),
  activeSessions: z.number().int(),
  createdAt: z.string(),
});
export type StaffUser = z.infer<typeof StaffUser>;
export const StaffUserList = z.object({ items: z.array(StaffUser) });

/** A live staff session. */
export const StaffSession = z.object({ id: z.string(), userId: z.string(), displayName: z.string(), createdAt: z.string(), lastSeenAt: z.string().nullable(), expiresAt: z.string(), current: z.boolean() });
export type StaffSession = z.infer<typeof StaffSession>;
export const StaffSessionList = z.object({ items: z.array(StaffSession) });

/** A one-time link (invitation, password reset): emailed, or handed to the administrator when mail is not set up. */
export const LinkResult = z.object({ emailed: z.boolean(), expiresAt: z.string(), link: z.string().optional() });
export type LinkResult = z.infer<typeof LinkResult>;

export const MySecurity = z.object({ twoFactor: z.boolean(), recoveryCodesLeft: z.number().int(), sessions: z.array(StaffSession) });
export type MySecurity = z.infer<typeof MySecurity>;

export const TotpEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
