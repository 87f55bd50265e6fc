import * as c from './src/modules/conversations/index.js';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(c.classifyJsonLine(JSON.stringify({ id: 1, text: t })).value));
