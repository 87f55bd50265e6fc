import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNEYS_DIR, TEMPLATES_DIR, loadOutreachConfig, validateOutreachConfig, type ConfigFile } from './load-outreach-config.js';

const read = (dir: string, name: string): ConfigFile => ({ file: name, json: JSON.parse(readFileSync(join(dir, name), 'utf8')) });
const shippedTemplates = () => [read(TEMPLATES_DIR, 'en.json'), read(TEMPLATES_DIR, 'es.json')];
const selfPay = () => read(JOURNEYS_DIR, 'self-pay-standard.json');

describe('journey and template configuration', () => {
  it('ships valid journeys for every phase and the payer grace period, in English and Spanish', () => {
    const config = loadOutreachConfig();
    expect(config.journeys.map((j) => `${j.id}@${j.version}`).sort()).toEqual(['payer-premium-grace@1', 'plan-servicing@1', 'post-resolution@1', 'self-pay-standard@3']);
    expect(Object.keys(config.templates.es.templates).sort()).toEqual(Object.keys(config.templates.en.templates).sort());
  });

  it('lists every problem at once: overlaps, unreachable steps, missing templates, unknown placeholders, competing journeys', () => {
    const journey = selfPay();
    const j = journey.json as { steps: Array<Record<string, unknown>> };
    j.steps[1]!.window = { fromDay: -9, toDay: -1 }; // overlaps statement-ready (-40..-8)
    j.steps[2]!.window = { fromDay: 0, toDay: -1 }; // empty window
    j.steps[3]!.maxAttempts = 5; // 5 sends every 10 days do not fit days 3..20
    j.steps[4]!.template = 'no-such-template';
    const twin: ConfigFile = { file: 'twin.json', json: { ...(journey.json as object), id: 'twin' } };
    const [en, es] = shippedTemplates();
    const esJson = es!.json as { templates: Record<string, unknown> };
    delete esJson.templates['due-today'];
    const enJson = en!.json as { templates: Record<string, { sms?: { body: string } }> };
    enJson.templates['due-today']!.sms!.body += ' {{diagnosis}}';
    const { config, issues } = validateOutreachConfig([journey, twin], [en!, es!]);
    expect(config).toBeNull();
    const messages = issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
    const expectOne = (re: RegExp) => expect(messages.some((m) => re.test(m)), `${re} in\n${messages.join('\n')}`).toBe(true);
    expectOne(/self-pay-standard\.json steps\[1\]\.window: overlaps step statement-ready/);
    expectOne(/steps\[2\]\.window: unreachable: fromDay 0 is after toDay -1/);
    expectOne(/steps\[3\]\.maxAttempts: unreachable: 5 sends every 10 days/);
    expectOne(/steps\[4\]\.template: template no-such-template is missing in en/);
    expectOne(/template due-today is missing in es/);
    expectOne(/unknown placeholder \{\{diagnosis\}\}/);
    expectOne(/twin\.json entry: overlaps journey self-pay-standard/);
  });

  it('reports shape errors with the field path', () => {
    const { issues } = validateOutreachConfig([{ file: 'bad.json', json: { id: 'Bad Id', version: 0, steps: [] } }], shippedTemplates());
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'version', 'steps', 'name', 'entry', 'anchor']));
  });
});
