import type { z } from 'zod';
import { Statement, StatementLine } from './common.js';

/** A guarantor's plain-language statement (the JSON form; the same data is rendered as HTML and PDF). */
export { Statement, StatementLine };
export type Statement = z.infer<typeof Statement>;
export type StatementLine = z.infer<typeof StatementLine>;
