import { escapeXml } from './markdown-text.ts';

/** One aligned pair: a source segment and its translation, named `<file>#<segment>` (e.g. `segmenting-by-assets#p-3-2`). */
export interface AlignedPair {
  id: string;
  source: string;
  target: string;
}

/** What the TMX header says: the languages (BCP-47), the tool that wrote it, and a note for its reader. */
export interface TmxOptions {
  sourceLang: string;
  targetLang: string;
  /** The language of the note (TMX's `adminlang`). */
  adminLang: string;
  tool: string;
  toolVersion: string;
  note: string;
}

/**
 * Returns aligned pairs as a TMX 1.4 translation memory (LISA's Translation Memory eXchange, read by OmegaT, Trados,
 * memoQ, Weblate, Crowdin): one `<tu>` per pair, its id as `tuid`, plain text segments. No DOCTYPE: the format does not
 * require one, and a relative DTD reference would send validating readers to a file the site does not serve.
 */
export function toTmx(pairs: readonly AlignedPair[], options: TmxOptions): string {
  const units = pairs.map(
    (pair) => `    <tu tuid="${escapeXml(pair.id)}">
      <tuv xml:lang="${escapeXml(options.sourceLang)}"><seg>${escapeXml(pair.source)}</seg></tuv>
      <tuv xml:lang="${escapeXml(options.targetLang)}"><seg>${escapeXml(pair.target)}</seg></tuv>
    </tu>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="${escapeXml(options.tool)}" creationtoolversion="${escapeXml(options.toolVersion)}" segtype="paragraph" o-tmf="mdx" adminlang="${escapeXml(options.adminLang)}" srclang="${escapeXml(options.sourceLang)}" datatype="plaintext">
    <note>${escapeXml(options.note)}</note>
  </header>
  <body>
${units.join('\n')}
  </body>
</tmx>
`;
}
