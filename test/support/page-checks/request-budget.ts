import { listPages, readPage } from '../dist.ts';
import { findOffenders } from './offenders.ts';

/**
 * What a page makes the browser fetch beyond its HTML and one stylesheet before the reader does anything: scripts are
 * inline, and islands load their code when used (`npm run bench` reports the bytes).
 */
export function checkRequestBudget(html: string): string[] {
  const problems: string[] = [];
  const stylesheets = html.match(/<link[^>]+rel="stylesheet"/g)?.length ?? 0;
  if (stylesheets > 1) problems.push(`${stylesheets} stylesheets`);
  if (/<script[^>]+\bsrc=/.test(html)) problems.push('a script file');
  const hint = /rel="(?:modulepreload|preload|prefetch)"/.exec(html);
  if (hint) problems.push(`a ${hint[0]} hint`);
  return problems;
}

export function findRequestBudgetOffenders(dist: string): string[] {
  return findOffenders(listPages(dist), (page) => checkRequestBudget(readPage(page, dist)));
}
