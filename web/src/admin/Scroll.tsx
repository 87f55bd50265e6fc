import type { ReactNode } from 'react';

/** A table that scrolls sideways on a phone; focusable so keyboard users can scroll it too. */
export function Scroll({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
