import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { frozenSql } from './frozen-sql.js';

const render = (q: ReturnType<typeof sql>) => new PgDialect().sqlToQuery(q);

describe('frozenSql', () => {
  it('renders a constant fragment once, to the text Drizzle renders, wherever it is embedded', () => {
    const inner = sql`(select count(*) from t where t.a = x.a)`;
    const fragment = sql`jsonb_build_object('n', ${inner}, 'm', ${sql.raw('3')})`;
    const frozen = frozenSql(fragment);
    expect(frozen).not.toBe(fragment);
    const around = (f: typeof fragment) => sql`select ${1} as one, ${f} as j from x where x.id = ${'a'}`;
    expect(render(around(frozen))).toEqual(render(around(fragment)));
    expect(render(around(frozen)).params).toEqual([1, 'a']);
  });

  it('leaves a fragment with parameters as it is', () => {
    const fragment = sql`x.id = ${'a'} limit ${3}`;
    expect(frozenSql(fragment)).toBe(fragment);
  });
});
