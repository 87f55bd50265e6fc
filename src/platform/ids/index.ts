import { createHash, randomUUID } from 'node:crypto';

/** A new random id (UUID v4). */
export function newId(): string {
  return randomUUID();
}

/**
 * A deterministic UUID-shaped id from a namespace and natural key, so re-running an import or a
 * job produces the same id (idempotency) without a lookup.
 */
export function stableId(namespace: string, ...parts: Array<string | number>): string {
  const h = createHash('sha256').update(namespace).update('\u0000').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
