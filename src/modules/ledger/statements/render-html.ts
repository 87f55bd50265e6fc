import type { Statement } from './statement.js';
import { explainLine, formatDate, money, optionsOf, statementText } from './wording.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The statement as an accessible HTML fragment for the verified portal (clinical detail allowed). */
export function renderStatementHtml(statement: Statement, opts: { verified: boolean } = { verified: true }): string {
  const L = statement.language;
  const t = statementText(L);
  const lines = statement.lines
    .map((line) => {
      const e = explainLine(line, L, opts.verified);
      return `<section class="visit"><h3>${esc(e.heading)}</h3><ul>${e.sentences.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></section>`;
    })
    .join('\n');
  const eobRows = statement.lines
    .map(
      (l) =>
        `<tr><td>${esc(l.serviceDate ? formatDate(l.serviceDate, L) : l.accountRef)}</td><td>${money(l.chargesCents, L)}</td><td>${money(l.insurancePaidCents, L)}</td><td>${money(l.contractualAdjustmentCents, L)}</td><td>${money(l.insurancePendingCents, L)}</td><td>${money(l.youOweCents, L)}</td></tr>`,
    )
    .join('');
  const tot = statement.totals;
  return `<article class="kindly-statement" lang="${L}">
<h2>${esc(t.title)}</h2>
<p>${esc(t.hello(statement.guarantor.name))}</p>
<p>${esc(t.intro)}</p>
<p class="amount-due"><strong>${esc(t.youOwe)}: <span data-testid="statement-total">${money(tot.youOweCents, L)}</span></strong></p>
${tot.youOweCents > 0 ? `<p>${esc(t.dueBy(formatDate(statement.dueOn, L)))}</p>` : ''}
<div class="statement-grid">
<div class="explanation">${lines}</div>
<aside class="eob" aria-label="${esc(t.eobTitle)}"><h3>${esc(t.eobTitle)}</h3>
<table><thead><tr>${t.eobCols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>
<tbody>${eobRows}<tr class="totals"><th scope="row">${esc(t.totals)}</th><td>${money(tot.chargesCents, L)}</td><td>${money(tot.insurancePaidCents, L)}</td><td>${money(tot.adjustmentsCents, L)}</td><td>${money(tot.insurancePendingCents, L)}</td><td>${money(tot.youOweCents, L)}</td></tr></tbody></table></aside>
</div>
<h3>${esc(t.optionsTitle)}</h3>
<ul class="options">${optionsOf(statement).map((o) => `<li>${esc(o)}</li>`).join('')}</ul>
<p>${esc(t.contact(statement.contact.phone, statement.contact.hours))}</p>
<p class="verify">${esc(t.verify(statement.verifyCode))}</p>
</article>`;
}
