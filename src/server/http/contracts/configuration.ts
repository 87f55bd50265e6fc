import { z } from 'zod';

/** A problem found in a configuration document, with where it is. */
export const ConfigIssue = z.object({ path: z.string(), message: z.string(), file: z.string().optional(), line: z.number().int().optional() });
export type ConfigIssue = z.infer<typeof ConfigIssue>;

/** A template catalog (per language) or a journey, at one published version. */
export const ConfigDocument = z.object({
  kind: z.enum(['templates', 'journey', 'fap_policy', 'payment_policy', 'dispositions']),
  name: z.string(),
  /** 0: the shipped file, not yet edited for this tenant. */
  version: z.number().int(),
  /** The document itself (its own schema is checked on publish; see POST /api/v1/config/check). */
  body: z.unknown(),
  note: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type ConfigDocument = z.infer<typeof ConfigDocument>;
export const ConfigDocumentList = z.object({ items: z.array(ConfigDocument) });

export const ConfigCheck = z.object({ issues: z.array(ConfigIssue) });

/** A template rendered for a sample patient, with the compliance content check. */
export const ConfigPreview = z.object({
  rendered: z
    .object({ subject: z.string().nullable(), body: z.string(), voicemail: z.string().nullable(), content: z.object({ allowed: z.boolean(), reasons: z.array(z.string()), words: z.string() }) })
    .nullable(),
  issues: z.array(ConfigIssue),
});
export type ConfigPreview = z.infer<typeof ConfigPreview>;

export const Published = z.object({ version: z.number().int() });

/**
 * The FAP policy, payment policy or disposition list in use, as a document. The body is the
 * document as written (its own schema is checked on publish; see POST /api/v1/config/check).
 */
export const PolicyDocument = z.object({
  kind: z.enum(['fap_policy', 'payment_policy', 'dispositions']),
  name: z.literal('default'),
  /** 0: not yet published as a document (the tenant's settings or the defaults are in use). */
  version: z.number().int(),
  body: z.unknown(),
  note: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type PolicyDocument = z.infer<typeof PolicyDocument>;
export const PolicyDocumentList = z.object({ items: z.array(PolicyDocument) });
export type PolicyDocumentList = z.infer<typeof PolicyDocumentList>;
