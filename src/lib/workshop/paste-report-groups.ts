import type { Classification, HoldReason, Rejection } from './classify-responses.ts';

/** How the latest paste is summed up in one line, and its lines sorted for the report and the kept list. */
export interface PasteReportGroups {
  added: number;
  /** Lines the trainer may still count: the same answers twice in this paste, or another site's links. */
  held: Rejection[];
  /** The same answers as a response already in the room: a chat pasted again brings back every earlier link. */
  counted: Rejection[];
  /** Never counted: not a share link, no answers, damaged, another version of the questions. */
  refused: Rejection[];
}

const groupOf: Record<HoldReason, 'held' | 'counted'> = { duplicate: 'held', 'other-site': 'held', 'in-room': 'counted' };

/** Sorts a paste's verdicts into the report's groups, each in paste order. */
export function toReportGroups({ accepted, rejected }: Classification): PasteReportGroups {
  const groups: PasteReportGroups = { added: accepted.length, held: [], counted: [], refused: [] };
  for (const rejection of rejected) {
    const group = rejection.reason in groupOf ? groupOf[rejection.reason as HoldReason] : 'refused';
    groups[group].push(rejection);
  }
  return groups;
}

/**
 * Lines a group shows before "Show all": about a screenful in all (each line takes two or three lines of text), so
 * that 1,000 garbage lines make a short page, not a list 50,000 px tall.
 */
export const shownLines = 5;
