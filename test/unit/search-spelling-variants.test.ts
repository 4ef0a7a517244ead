import { describe, expect, it } from 'vitest';
import { foldSpelling, foldSpellings, getFoldedSpellings } from '../../src/lib/search/spelling-variants.ts';
import { stemEnglishWords } from '../../src/lib/search/english-stems.ts';

describe('British and American spellings meet', () => {
  it.each([
    ['behaviour', 'behavior'],
    ['Behavioural', 'behavioral'],
    ['favourite', 'favorite'],
    ['analyse', 'analyze'],
    ['analysing', 'analyzing'],
    ['organisation', 'organization'],
    ['organisations', 'organizations'],
    ['personalised', 'personalized'],
    ['prioritise', 'prioritize'],
    ['catalogue', 'catalog'],
    ['centre', 'center'],
    ['programmes', 'programs'],
    ['modelling', 'modeling'],
    ['enquiries', 'inquiries'],
  ])('%s is folded to %s', (british, american) => {
    expect(foldSpelling(british)).toBe(american);
  });

  it.each(['analysis', 'analyses', 'emphasis', 'promise', 'exercise', 'otherwise', 'realistic', 'organism', 'our', 'model', 'segment', 'customers'])(
    '%s is a word of its own and is left as it is',
    (word) => {
      expect(foldSpelling(word)).toBe(word);
    },
  );

  it('keeps the rest of a text, Chinese included, as it was', () => {
    expect(foldSpellings('Customer Behaviour 客户行为')).toBe('Customer behavior 客户行为');
  });
});

describe('inflections and spellings reach the same stem as the index', () => {
  it.each([
    [['segment', 'segments', 'segmented', 'segmenting'], 'segment'],
    [['customer', 'customers'], 'custom'],
    [['behaviour', 'behavior', 'behaviours', 'behaviors'], 'behavior'],
    [['organisation', 'organization'], 'organ'],
    [['personalise', 'personalize', 'personalised', 'personalized'], 'person'],
    [['analyse', 'analyze', 'analysed', 'analyzed'], 'analyz'],
  ])('%j all stem to %s', (words, stem) => {
    expect(new Set(words.map(stemEnglishWords))).toEqual(new Set([stem]));
  });

  it('does not take analysis for an inflection of analyse', () => {
    expect(stemEnglishWords('analysis')).not.toBe(stemEnglishWords('analyse'));
  });
});

describe('a text with British spellings is indexed with their American forms', () => {
  it('lists each American form once, and nothing for a text already in American spelling', () => {
    expect(getFoldedSpellings('Behaviour predicts; behaviour and the Organisation centre behavior')).toEqual(['behavior', 'organization', 'center']);
    expect(getFoldedSpellings('customer behavior analysis')).toEqual([]);
  });
});
