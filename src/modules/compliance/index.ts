export { caReasonablePaymentCapCents } from './affordability.js';
