import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { listPages, readPage } from '../support/dist.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('HTML validity', () => {
  it.each(listPages())('%s is valid HTML', async (page) => {
    const report = await validator.validateString(readPage(page), page);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
