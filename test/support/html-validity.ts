import { HtmlValidate } from 'html-validate';

// A table too wide for a phone scrolls in a focusable box named by the table's caption: a region. html-validate would have
// it be a <section>, but the W3C checker then wants a heading in that section, which a caption already is.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'prefer-native-element': ['error', { exclude: ['region'] }] } });

/** Returns html-validate's recommended-rule messages for a page, one line each (`line:column rule: message`). */
export async function findHtmlProblems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
