import { escapeXml } from './markdown-text.ts';

/** One language's side of a concept: its preferred term, other admitted forms, and a definition. */
export interface TermbaseSide {
  lang: string;
  term: string;
  variants: readonly string[];
  definition: string;
}

/** One concept of the termbase: an id (an XML name) and a side per language. */
export interface TermbaseConcept {
  id: string;
  sides: readonly TermbaseSide[];
}

function langSec(side: TermbaseSide): string {
  const termSec = (term: string, status: string) =>
    `        <termSec><term>${escapeXml(term)}</term><termNote type="administrativeStatus">${status}</termNote></termSec>`;
  return [
    `      <langSec xml:lang="${escapeXml(side.lang)}">`,
    `        <descrip type="definition">${escapeXml(side.definition)}</descrip>`,
    termSec(side.term, 'preferredTerm-admn-sts'),
    ...side.variants.map((variant) => termSec(variant, 'admittedTerm-admn-sts')),
    '      </langSec>',
  ].join('\n');
}

/**
 * Returns a glossary as TBX-Basic (TermBase eXchange, ISO 30042:2019, DCA style), the format CAT tools and Weblate
 * import as a termbase: a `conceptEntry` per term, a `langSec` per language with its definition, the preferred term
 * and the admitted variants. `lang` is the language of the title (BCP-47).
 */
export function toTbx(concepts: readonly TermbaseConcept[], options: { title: string; source: string; lang: string }): string {
  const entries = concepts.map((concept) =>
    [`    <conceptEntry id="${escapeXml(concept.id)}">`, ...concept.sides.map(langSec), '    </conceptEntry>'].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="${escapeXml(options.lang)}" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc>
      <titleStmt><title>${escapeXml(options.title)}</title></titleStmt>
      <sourceDesc><p>${escapeXml(options.source)}</p></sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
${entries.join('\n')}
    </body>
  </text>
</tbx>
`;
}
