/** Open data: the whole model as JSON and the responsibility matrix as CSV, at documented paths. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../support/dist.ts';

const SLUG = 'jizhou-2022-16';
const json = () => JSON.parse(readFileSync(`${DIST}/data/${SLUG}.json`, 'utf8'));

describe('open data', () => {
  beforeAll(requireDist);

  it('lists the documents in data/index.json', () => {
    const index = JSON.parse(readFileSync(`${DIST}/data/index.json`, 'utf8'));
    expect(index.notices).toEqual([expect.objectContaining({ slug: SLUG, documentNumber: '蓟州政办发〔2022〕16号' })]);
  });

  it('carries metadata, chapters, measures with paragraphs, departments and page URLs', () => {
    const data = json();
    expect(data.metadata.documentNumber).toBe('蓟州政办发〔2022〕16号');
    expect(data.metadata.writtenDate).toBeNull();
    expect(data.plan.chapters).toHaveLength(9);
    expect(data.plan.measures).toHaveLength(29);
    const m29 = data.plan.measures[28];
    expect(m29).toMatchObject({ number: 29, title: '加大宣传引导力度', departments: ['xuanchuan', 'wangxin', 'youguan-bumen'] });
    expect(m29.url).toMatch(new RegExp(`/${SLUG}/measures/29/$`));
    expect(m29.paragraphs[0].url).toMatch(/#m29-p1$/);
    expect(data.departments.find((d: { id: string }) => d.id === 'minzheng').duties).toHaveLength(29);
    expect(data.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the responsibility matrix as CSV, one row per department and role, one column per measure', () => {
    const csv = readFileSync(`${DIST}/data/${SLUG}-responsibility.csv`, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n').map((r) => r.split(','));
    expect(rows[0]!.slice(0, 5)).toEqual(['id', '责任单位', '类型', '辖区', '角色']);
    expect(rows[0]).toHaveLength(5 + 29 + 1);
    // Every Jizhou clause makes its departments responsible (负责): one row each.
    expect(rows).toHaveLength(1 + 36);
    const shangwu = rows.find((r) => r[1] === '区商务局')!;
    expect(shangwu.slice(2, 5)).toEqual(['district', '天津市蓟州区', '负责']);
    expect(Number(shangwu.at(-1))).toBe(29);
    const total = rows.slice(1).reduce((sum, r) => sum + Number(r.at(-1)), 0);
    expect(total).toBe(json().departments.reduce((sum: number, d: { duties: unknown[] }) => sum + d.duties.length, 0));
  });

  it('serves the seed file byte for byte', () => {
    expect(readFileSync(`${DIST}/data/seeds/${SLUG}.txt`).equals(readFileSync(`seeds/${SLUG}.txt`))).toBe(true);
  });
});
