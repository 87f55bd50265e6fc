export { communications } from './schema.js';
