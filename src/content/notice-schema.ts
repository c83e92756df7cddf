import { z } from 'astro/zod';
import type { Notice } from '../../scripts/lib/model.ts';

/**
 * The zod mirror of the Notice model (scripts/lib/model.ts), used to validate
 * content/<notice>/notice.json. The `satisfies` check at the end makes tsc fail if the two
 * drift apart; the field documentation lives in model.ts.
 */
const sourceLine = z.number().int().positive();

const dutyRole = z.enum(['lead', 'responsible', 'cooperating']);
const departmentRef = z.object({ id: z.string().min(1), name: z.string().min(1), role: dutyRole });
const jurisdictionLevel = z.enum(['provincial', 'municipal', 'district', 'county', 'township']);
const jurisdiction = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), level: jurisdictionLevel }).nullable();

const correctionStatus = z.enum(['corrected', 'uncertain']);

const pieces = z
  .array(z.union([z.string(), z.object({ correction: z.string(), original: z.string().min(1), corrected: z.string().min(1), status: correctionStatus })]))
  .optional();

const segment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string(), pieces }),
  z.object({
    kind: z.literal('responsibility'),
    id: z.string().regex(/^m\d{2,}-p\d+-r\d+$/),
    text: z.string().min(1),
    pieces,
    departments: z.array(departmentRef).min(1),
    verb: z.string().nullable(),
    form: z.enum(['verbal', 'labelled', 'list']),
    note: z.string().nullable(),
    covers: z.string().nullable().optional(),
  }),
]);

const numberingStyle = z.enum(['zhang', 'tiao', 'han', 'paren-han', 'arabic', 'paren-arabic', 'circled', 'dash']);

const paragraph = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  line: sourceLine,
  heading: z.string().nullable(),
  headingTerminator: z.string().nullable(),
  segments: z.array(segment).min(1),
  item: z.object({ marker: z.string().min(1), style: numberingStyle, number: z.number().int().nonnegative(), level: z.number().int().positive() }).optional(),
});

const masthead = z.array(z.object({ kind: z.enum(['red-header', 'document-number', 'date', 'issuer', 'attachment', 'title-repeat']), text: z.string(), line: sourceLine }));

const fact = z.object({
  value: z.string().nullable(),
  from: z.enum(['metadata', 'title', 'masthead', 'red-header', 'signature', 'page-title', 'first-line']).nullable(),
  iso: z.string().nullable().optional(),
});

const damageKind = z.enum([
  'clause-open-bracket-missing',
  'clause-close-bracket-missing',
  'clause-separator-missing',
  'clause-verb-missing',
  'clause-verb-repeated',
  'department-prefix-missing',
  'title-stop-missing',
  'date-digits-run-together',
  'number-range-run-together',
  'bracket-unbalanced',
  'quote-unbalanced',
  'date-incomplete',
  'line-breaks-lost',
  'html-markup',
  'whitespace-only-lines',
  'indented-lines',
  'metadata-duplicate',
  'numbering-irregular',
]);

export const noticeSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.enum(['utf-8', 'gb18030']),
  sourceScript: z.enum(['zh-Hans', 'zh-Hant']),
  layout: z.object({
    metadata: z.enum(['none', 'label-lines', 'inline', 'multi-pair', 'mixed']),
    shape: z.enum(['cover-and-plan', 'letter', 'plan']),
    outline: z.array(numberingStyle),
    plainText: z.boolean(),
  }),
  facts: z.object({ title: fact, documentNumber: fact, issuer: fact, date: fact }),
  chrome: z.object({
    header: z.string(),
    siteName: z.string(),
    toolbar: z.array(z.string()),
    breadcrumb: z.array(z.string()),
    lines: z.array(z.object({ kind: z.enum(['header', 'toolbar', 'today', 'visits', 'print', 'navigation', 'breadcrumb', 'footer', 'page-title']), text: z.string(), line: sourceLine })),
  }),
  metadata: z.array(
    z.object({
      key: z.enum(['name', 'indexNumber', 'issuer', 'documentNumber', 'subject', 'writtenDate', 'issuedDate', 'effectiveDate', 'validity', 'source', 'keywords']),
      label: z.string(),
      value: z.string().nullable(),
      line: sourceLine,
    }),
  ),
  cover: z
    .object({
      title: z.string().min(1),
      titleLines: z.array(z.string()),
      masthead,
      addressees: z.string(),
      body: z.array(paragraph),
      issuer: z.string().nullable(),
      date: z.string().nullable(),
      datePieces: pieces,
      publicationNote: z.string().nullable(),
      line: sourceLine,
    })
    .nullable(),
  plan: z.object({
    title: z.string().min(1),
    line: sourceLine,
    masthead,
    preamble: z.array(paragraph),
    chapters: z.array(
      z.object({
        number: z.number().int(),
        numeral: z.string(),
        id: z.string(),
        title: z.string(),
        titleTerminator: z.string().nullable(),
        style: numberingStyle,
        marker: z.string(),
        paragraphs: z.array(paragraph),
        measures: z.array(z.number().int()),
        line: sourceLine,
      }),
    ),
    measures: z.array(
      z.object({
        number: z.number().int().positive(),
        numeral: z.string(),
        id: z.string().regex(/^m\d{2,}$/),
        title: z.string(),
        titleTerminator: z.string().nullable(),
        chapter: z.number().int().nullable(),
        style: numberingStyle,
        marker: z.string(),
        paragraphs: z.array(paragraph),
        line: sourceLine,
      }),
    ),
    signature: z.object({ issuer: z.string().nullable(), date: z.string().nullable(), line: sourceLine }).nullable(),
  }),
  jurisdiction,
  departments: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      uid: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
      name: z.string(),
      kind: z.union([jurisdictionLevel, z.enum(['municipal-branch', 'other', 'generic'])]),
      jurisdiction,
      inVocabulary: z.boolean(),
      spellings: z.array(z.string().min(1)).min(1),
      duties: z.array(z.object({ measure: z.number().int(), paragraph: z.string(), clause: z.string(), role: dutyRole })),
    }),
  ),
  damage: z.array(z.object({ kind: damageKind, text: z.string(), note: z.string(), line: sourceLine })),
  corrections: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      number: z.number().int().positive(),
      place: z.string(),
      original: z.string().min(1),
      corrected: z.string().min(1),
      status: correctionStatus,
      reason: z.string().min(1),
      evidence: z.string().nullable(),
      measure: z.number().int().nullable(),
    }),
  ),
  sourceLines: z.array(z.object({ line: sourceLine, text: z.string() })).min(1),
}) satisfies z.ZodType<Notice>;
