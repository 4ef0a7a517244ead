import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';

/** The front matter fields a synthetic copy changes; everything else (title, summary, topics, wording) is kept. */
interface MistakeFields {
  number: number;
  slug: string;
  related: string[];
  paragraphs: string[];
  selfCheck: { id: string; paragraph?: string }[];
}

/** Copy `copy` (1, 2, …) of the real mistakes: numbers shift by `copy × count`, slugs gain `-<copy + 1>`. */
interface Shift {
  copy: number;
  count: number;
}

const renumber = (id: string, shift: Shift) => id.replace(/^([pq])-(\d+)-/, (_, kind: string, n: string) => `${kind}-${Number(n) + shift.copy * shift.count}-`);
const reslug = (slug: string, shift: Shift) => `${slug}-${shift.copy + 1}`;

function isMistakeFields(data: unknown): data is MistakeFields {
  const fields = data as Partial<MistakeFields> | null;
  return (
    typeof fields?.number === 'number' &&
    typeof fields.slug === 'string' &&
    Array.isArray(fields.related) &&
    Array.isArray(fields.paragraphs) &&
    Array.isArray(fields.selfCheck)
  );
}

/**
 * Returns a copy of one mistake's front matter and body as mistake `number + copy × count`: new slug, number,
 * paragraph and question ids, related slugs of the same copy, and internal links (`/en/mistakes/<slug>/#p-3-2`) rewritten
 * to the same copy, so the copies are a complete, valid article of their own.
 */
export function shiftMistake(data: MistakeFields, body: string, shift: Shift): { data: MistakeFields; body: string } {
  const shifted: MistakeFields = {
    ...data,
    number: data.number + shift.copy * shift.count,
    slug: reslug(data.slug, shift),
    related: data.related.map((slug) => reslug(slug, shift)),
    paragraphs: data.paragraphs.map((id) => renumber(id, shift)),
    selfCheck: data.selfCheck.map((question) => ({
      ...question,
      id: renumber(question.id, shift),
      ...(question.paragraph === undefined ? {} : { paragraph: renumber(question.paragraph, shift) }),
    })),
  };
  const links = body.replace(/(\/mistakes\/)([a-z0-9-]+)(\/(?:#(p-\d+-\d+))?)/g, (_, prefix: string, slug: string, rest: string, anchor?: string) => {
    return `${prefix}${reslug(slug, shift)}${anchor ? rest.replace(anchor, renumber(anchor, shift)) : rest}`;
  });
  return { data: shifted, body: links };
}

/** Splits an MDX file into its YAML front matter and body. */
function splitFrontMatter(path: string, text: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no front matter between --- lines`);
  return { yaml: match[1] ?? '', body: match[2] ?? '' };
}

/**
 * Copies the content tree `source` (content/<locale>/…) into `target` and adds `factor − 1` synthetic copies of every
 * mistake in every language (so `factor` times the mistakes), numbered after the real ones. Returns the mistakes per
 * language. Throws, naming the file, when a mistake's front matter is not what the schema describes.
 */
export function writeSyntheticContent(source: string, target: string, factor: number): number {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`synthetic content: factor must be a whole number ≥ 1, not ${factor}`);
  cpSync(source, target, { recursive: true });
  const counts = new Set<number>();
  for (const locale of readdirSync(target, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const folder = join(target, locale.name, 'mistakes');
    const files = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
    counts.add(files.length);
    for (const name of files) {
      const path = join(folder, name);
      const { yaml, body } = splitFrontMatter(path, readFileSync(path, 'utf8'));
      const data = load(yaml);
      if (!isMistakeFields(data)) throw new Error(`${path}: front matter lacks number, slug, related, paragraphs or selfCheck`);
      for (let copy = 1; copy < factor; copy += 1) {
        const shifted = shiftMistake(data, body, { copy, count: files.length });
        writeFileSync(join(folder, `${shifted.data.slug}.mdx`), `---\n${dump(shifted.data, { lineWidth: -1 })}---\n${shifted.body}`);
      }
    }
  }
  if (counts.size !== 1) throw new Error(`synthetic content: the languages of ${source} have different numbers of mistakes`);
  return ([...counts][0] ?? 0) * factor;
}
