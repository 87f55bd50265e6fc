export { totalsOf, type Statement, type StatementLine, type Language } from './statement.js';
export { explainLine, statementText, formatDate } from './wording.js';
export { renderStatementHtml } from './render-html.js';
export { renderStatementPdf } from './render-pdf.js';
export { fleschKincaidGrade } from './readability.js';
export { buildStatement, statementFromJson, statementAccountsJsonSql, statementSql, statementVerifyCode, type StatementJson } from './build-statement.js';
