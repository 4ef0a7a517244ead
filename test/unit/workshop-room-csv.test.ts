import { describe, expect, it } from 'vitest';
import { aggregateRoom } from '../../src/lib/workshop/aggregate-room.ts';
import { toCsvCell, toRoomCsv, type RoomCsvLabels } from '../../src/lib/workshop/room-csv.ts';
import type { RoomQuestion } from '../../src/lib/workshop/room-questions.ts';
import type { RoomResponse } from '../../src/lib/workshop/room-response.ts';

const questions: RoomQuestion[] = [
  { id: 'q-1-1', mistake: 'alpha', number: 1, riskyAnswer: 'no' },
  { id: 'q-2-1', mistake: 'beta', number: 2, riskyAnswer: 'yes' },
];
const responses: RoomResponse[] = [
  { code: '1n-', locale: 'en', answers: { 'q-1-1': 'no' } },
  { code: '1yy', locale: 'zh', answers: { 'q-1-1': 'yes', 'q-2-1': 'yes' } },
  { code: '1uy', locale: 'zh-hant', answers: { 'q-1-1': 'unsure', 'q-2-1': 'yes' } },
];
const zhLabels: RoomCsvLabels = {
  response: '回答',
  locale: '语言',
  number: '编号',
  mistake: '错误',
  risk: '有风险',
  check: '值得检查',
  clear: '无风险',
  open: '未答完',
  answers: { yes: '是', no: '否', unsure: '不确定' },
};
const summary = aggregateRoom(questions, responses);

/** A small RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  return rows;
}

describe('toRoomCsv', () => {
  const csv = toRoomCsv(questions, responses, summary, zhLabels, { titles: { alpha: '第一个错误', beta: '第二个错误' } });

  it('writes a row per response, a blank line, then the per-mistake summary sorted by risk', () => {
    expect(parseCsv(csv.slice(1))).toEqual([
      ['回答', '语言', 'q-1-1', 'q-2-1'],
      ['1', 'en', '否', ''],
      ['2', 'zh', '是', '是'],
      ['3', 'zh-hant', '不确定', '是'],
      [''],
      ['编号', '错误', '有风险', '值得检查', '无风险', '未答完'],
      ['2', '第二个错误', '2', '0', '0', '1'],
      ['1', '第一个错误', '1', '1', '1', '0'],
    ]);
  });

  it('starts with a UTF-8 byte order mark, so Excel reads the Chinese, and ends records with CRLF', () => {
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(toRoomCsv(questions, responses, summary, zhLabels, { bom: false }).startsWith('回答,')).toBe(true);
  });

  it('shows a mistake without a title by its slug', () => {
    expect(toRoomCsv(questions, [], aggregateRoom(questions, []), zhLabels)).toContain('\r\n1,alpha,0,0,0,0\r\n');
  });

  it('quotes labels with commas, quotes and line breaks, and defuses formulas', () => {
    const labels = { ...zhLabels, response: 'Response, #', mistake: 'The "mistake"', answers: { yes: '=1+1', no: 'No\nreally', unsure: '@SUM(A1)' } };
    const rows = parseCsv(toRoomCsv(questions, responses, summary, labels, { bom: false, titles: { beta: '-2+3' } }));
    expect(rows[0]?.[0]).toBe('Response, #');
    expect(rows[1]).toEqual(['1', 'en', 'No\nreally', '']);
    expect(rows[2]).toEqual(['2', 'zh', "'=1+1", "'=1+1"]);
    expect(rows[3]?.[2]).toBe("'@SUM(A1)");
    expect(rows[5]?.[1]).toBe('The "mistake"');
    expect(rows[6]?.[1]).toBe("'-2+3");
  });
});

describe('toCsvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['中文', '中文'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j → %j', (value, cell) => {
    expect(toCsvCell(value)).toBe(cell);
  });
});
