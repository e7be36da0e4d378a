import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { tempFile } from '../../../../../test/fixtures/incidents/setup.ts';
import { planCsv } from './csv-chunks.ts';

/** The text of each chunk, to check the cuts by eye. */
const texts = (file: string, plan: NonNullable<ReturnType<typeof planCsv>>) =>
  plan.chunks.map((c) => fs.readFileSync(file).subarray(c.start, c.end).toString('utf8'));

describe('CSV chunk plan for the parallel import', () => {
  it('cuts at line ends after the target size and gives each chunk its first line number', () => {
    const file = tempFile('a,b\n1,x\n2,y\n3,z\n4,w\n5,v');
    const plan = planCsv(file, 8)!;
    assert.deepEqual(plan.header, ['a', 'b']);
    assert.equal(plan.delimiter, ',');
    assert.equal(plan.quoted, false);
    assert.deepEqual(texts(file, plan), ['1,x\n2,y\n', '3,z\n4,w\n', '5,v']);
    assert.deepEqual(
      plan.chunks.map((c) => c.firstLine),
      [2, 4, 6],
    );
    assert.equal(plan.lines, 5, 'five lines after the header (the last without a newline)');
    assert.equal(plan.bytes, fs.statSync(file).size);
  });

  it('never cuts inside a quoted field, also across escaped quotes, and counts its lines', () => {
    const file = tempFile('\uFEFF"id";"note"\r\n1;"one\r\ntwo ""quoted"" \nthree"\r\n2;plain\r\n3;"x"\r\n');
    const plan = planCsv(file, 4)!;
    assert.deepEqual(plan.header, ['id', 'note']);
    assert.equal(plan.delimiter, ';');
    assert.equal(plan.quoted, true);
    assert.deepEqual(texts(file, plan), ['1;"one\r\ntwo ""quoted"" \nthree"\r\n', '2;plain\r\n', '3;"x"\r\n']);
    assert.deepEqual(
      plan.chunks.map((c) => c.firstLine),
      [2, 5, 6],
    );
    assert.equal(plan.lines, 5);
  });

  it('skips empty lines before the header and returns null for a file without one', () => {
    const file = tempFile('\n\nid,type\nA,1.1.1\n');
    const plan = planCsv(file)!;
    assert.equal(plan.headerLine, 3);
    assert.deepEqual(plan.chunks, [{ start: 10, end: 18, firstLine: 4 }]);
    assert.equal(planCsv(tempFile('\n  \n')), null);
    assert.deepEqual(planCsv(tempFile('id,type\n'))!.chunks, []);
  });
});
