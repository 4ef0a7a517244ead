import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { glossaryTermSchema } from './lib/glossary/schema.ts';
import { introductionSchema, mistakeSchema } from './lib/content-schema.ts';
import { scriptVariants } from './lib/locales.ts';
import { toVariantSource } from './lib/chinese-script/convert-content.ts';
import { getTextConversion } from './lib/text-conversions.ts';
import { localizedGlob } from './integrations/script-variant-loader.ts';

// CONTENT_DIR lets the bad-input tests build a fixture tree with the real pipeline.
const base = process.env.CONTENT_DIR ?? './content';

// The default id would be the `slug` field, which every language shares: key entries by path instead.
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

// Script variants (zh-hant) are generated from their source locale's files at build time, each with the conversion its
// row of the locale table names (OpenCC for zh-hant).
const variants = scriptVariants.map((variant) => {
  const convert = getTextConversion(variant.to).content;
  return { ...variant, convert: (source: string, options: { from: string; to: string; file: string }) => toVariantSource(source, { ...options, convert }) };
});

export const collections = {
  mistakes: defineCollection({
    loader: localizedGlob({ base, pattern: '*/mistakes/*.mdx', generateId: idFromPath, variants }),
    schema: mistakeSchema,
  }),
  introductions: defineCollection({
    loader: localizedGlob({ base, pattern: '*/introduction.mdx', generateId: idFromPath, variants }),
    schema: introductionSchema,
  }),
  // Every written language in one file, a term per entry (script variants convert their source's side where they show it).
  glossary: defineCollection({ loader: file(`${base}/glossary.yaml`), schema: glossaryTermSchema }),
};
