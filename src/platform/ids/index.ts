import { hash, randomUUID } from 'node:crypto';

/** A new random id (UUID v4). */
export function newId(): string {
  return randomUUID();
}

/**
 * A deterministic UUID-shaped id from a namespace and natural key, so re-running an import or a
 * job produces the same id (idempotency) without a lookup.
 */
export function stableId(namespace: string, ...parts: Array<string | number>): string {
  // One-shot crypto.hash (Node 20.12+): the same digest as chained update() calls, without a Hash object.
  const h = hash('sha256', `${namespace}\u0000${parts.join('\u0000')}`, 'hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
