import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { introductionSchema, mistakeSchema } from './lib/content-schema.ts';

// CONTENT_DIR lets the bad-input tests build a fixture tree with the real pipeline.
const base = process.env.CONTENT_DIR ?? './content';

// The default id would be the `slug` field, which both languages share: key entries by path instead.
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

export const collections = {
  mistakes: defineCollection({
    loader: glob({ base, pattern: '*/mistakes/*.mdx', generateId: idFromPath }),
    schema: mistakeSchema,
  }),
  introductions: defineCollection({
    loader: glob({ base, pattern: '*/introduction.mdx', generateId: idFromPath }),
    schema: introductionSchema,
  }),
};
