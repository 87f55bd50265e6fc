/**
 * The results of a pure function of one key, kept for keys seen again. At most `limit` results are
 * held: when full the memo is emptied, not evicted entry by entry. The callers' keys come in runs
 * (the days of a journey, the hours of a batch, one bundle's timestamps), so emptying costs less
 * than keeping an order of use, and the next run refills it. A result of `undefined` is not kept.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const held = new Map<K, V>();
  return (key) => {
    let value = held.get(key);
    if (value === undefined) {
      value = compute(key);
      if (held.size >= limit) held.clear();
      held.set(key, value);
    }
    return value;
  };
}
