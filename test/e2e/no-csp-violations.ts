import { afterEach, expect } from 'vitest';
import { takeCspViolations } from '../support/csp-violations.ts';

// Set up for every e2e file: whatever a test did — search, self-check, copy link, language switch, offline, updates — the
// pages it opened broke no Content-Security-Policy rule.
afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
