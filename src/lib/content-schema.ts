import { z } from 'astro/zod';

/** Topics a mistake can be filed under; labels live in the i18n resources (`topic.<id>`). */
export const topicIds = ['goals', 'process', 'products', 'assets', 'time', 'behavior', 'value', 'data', 'marketing', 'service'] as const;
export type TopicId = (typeof topicIds)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const paragraphId = z.string().regex(/^p-[a-z0-9]+-[0-9]+$/, 'must look like p-3-2 (p-<mistake>-<paragraph>)');
const paragraphs = z.array(paragraphId).min(1).describe('anchor ids of the body paragraphs, in order, shared by both languages');

/** One self-check question: a practice a team can recognise, and the answer that signals the mistake. */
const selfCheckQuestion = z.strictObject({
  id: z.string().regex(/^q-[0-9]+-[0-9]+$/, 'must look like q-3-1 (q-<mistake>-<question>)'),
  question: z.string().min(1),
  riskyAnswer: z.enum(['yes', 'no']).describe('the answer that signals the mistake'),
  paragraph: paragraphId.optional().describe('the paragraph of this mistake that addresses the question'),
});
export type SelfCheckQuestion = z.infer<typeof selfCheckQuestion>;

/** Front matter of `content/<lang>/mistakes/<slug>.mdx`. Unknown keys are errors, so typos fail the build. */
export const mistakeSchema = z.strictObject({
  number: z.number().int().min(1),
  slug,
  title: z.string().min(1),
  summary: z.string().min(1),
  topics: z.array(z.enum(topicIds)).min(1),
  related: z.array(slug).min(1),
  paragraphs,
  selfCheck: z
    .array(selfCheckQuestion)
    .min(1)
    .describe('the self-check questions of this mistake, in order; ids, answers and paragraphs shared by both languages'),
});
export type MistakeData = z.infer<typeof mistakeSchema>;

/** Front matter of `content/<lang>/introduction.mdx`: the article's title, attribution and introduction. */
export const introductionSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  author: z
    .strictObject({
      name: z.string().min(1).describe('the author as this language writes the name, e.g. "Shi Yanjun (史雁军)"'),
      affiliation: z.string().min(1).describe('who the author is, as the source says it, e.g. "迪铭客户管理研究院专家"'),
    })
    .describe('named once in the attribution: name, then affiliation'),
  published: z.coerce.date(),
  source: z.strictObject({ name: z.string().min(1), url: z.url() }),
  paragraphs,
});
export type IntroductionData = z.infer<typeof introductionSchema>;
