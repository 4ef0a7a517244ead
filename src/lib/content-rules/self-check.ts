import type { MistakeData } from '../content-schema.ts';
import { list, localeOf, nameOf, type ContentFile } from './files.ts';

/** What every language of a self-check question must agree on: everything but its wording. */
function describeQuestion(question: MistakeData['selfCheck'][number]): string {
  return `${question.id} (risky: ${question.riskyAnswer}${question.paragraph ? `, ${question.paragraph}` : ''})`;
}

/**
 * Self-check rules: question ids unique per language (they are anchors and share-link positions),
 * paragraphs that exist in the question's mistake, and the same questions (ids, risky answers, paragraphs) in every language.
 */
export function findSelfCheckProblems(mistakes: ContentFile<MistakeData>[]): string[] {
  return [...findQuestionProblems(mistakes), ...findMisalignedQuestions(mistakes)];
}

function findQuestionProblems(mistakes: ContentFile<MistakeData>[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const mistake of mistakes) {
    for (const question of mistake.data.selfCheck) {
      const key = `${localeOf(mistake)}#${question.id}`;
      const earlier = seen.get(key);
      if (earlier === mistake.filePath) problems.push(`${mistake.filePath}: self-check question id "${question.id}" is listed twice`);
      else if (earlier) problems.push(`${mistake.filePath}: self-check question id "${question.id}" is also used by ${earlier}`);
      else seen.set(key, mistake.filePath);
      if (question.paragraph && !mistake.data.paragraphs.includes(question.paragraph)) {
        problems.push(
          `${mistake.filePath}: self-check question "${question.id}" points to paragraph "${question.paragraph}", which this mistake does not have ${list(mistake.data.paragraphs)}`,
        );
      }
    }
  }
  return problems;
}

function findMisalignedQuestions(mistakes: ContentFile<MistakeData>[]): string[] {
  const problems: string[] = [];
  const firstByName = new Map<string, ContentFile<MistakeData>>();
  for (const mistake of mistakes) {
    const first = firstByName.get(nameOf(mistake));
    if (!first) {
      firstByName.set(nameOf(mistake), mistake);
      continue;
    }
    const questions = first.data.selfCheck.map(describeQuestion);
    const theirs = mistake.data.selfCheck.map(describeQuestion);
    if (JSON.stringify(theirs) !== JSON.stringify(questions)) {
      problems.push(`${mistake.filePath}: self-check questions do not line up: ${list(theirs)} here, ${list(questions)} in ${first.filePath}`);
    }
  }
  return problems;
}
