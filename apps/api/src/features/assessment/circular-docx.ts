import { toZoned } from '@xiaohu/domain';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TextRun } from 'docx';
import { CIRCULAR_ISSUER } from './circular-number';

/** What a circular 通报 says: the committee's document, printed and sealed by the office. */
export interface CircularContent {
  /** 文号, e.g. 九龙坡教督〔2026〕1号. */
  number: string;
  institutionName: string;
  periodName: string;
  findings: string[];
  /** ACC-3: the veto confirmed by leadership. */
  isVetoConfirmed: boolean;
  issuedAt: Date;
  timeZone: string;
}

const MM = 56.7; // twips per millimetre
const BODY_FONT = { ascii: '仿宋_GB2312', eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312' };
const TITLE_FONT = { ascii: '方正小标宋简体', eastAsia: '方正小标宋简体', hAnsi: '方正小标宋简体' };
const RED = 'C00000';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const ordinal = (index: number): string =>
  index < 10 ? NUMERALS[index] : index < 20 ? `十${NUMERALS[index - 10] ?? ''}` : String(index + 1);

/** 2026年12月2日, in the district's zone. */
export function chineseDate(at: Date, timeZone: string): string {
  const z = toZoned(at, timeZone);
  return `${z.year}年${z.month}月${z.day}日`;
}

/** The title of the circular. */
export function circularTitle(institutionName: string): string {
  return `关于${institutionName}学校保护工作问题的通报`;
}

// 三号 (16 pt) body: docx sizes are half-points.
const body = (
  text: string,
  options: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' },
    children: [new TextRun({ text, font: BODY_FONT, size: 32 })],
  });

/** The lines of the circular's body, in order: what the .docx shows and tests read. */
export function circularBody(content: CircularContent): string[] {
  return [
    `根据《进一步加强中小学生学校保护工作实施方案》（九龙坡教策〔2019〕58号）和${content.periodName}安排，经督导检查，${content.institutionName}在学校保护工作中存在以下问题：`,
    ...content.findings.map((text, index) => `${ordinal(index)}、${text}`),
    ...(content.isVetoConfirmed
      ? [
          `根据实施方案五（三），对${content.institutionName}在本考核周期的评优评先实行一票否决，其领导班子承担领导责任。`,
        ]
      : []),
    '现予以通报。各单位要引以为戒，举一反三，切实落实学校保护主体责任。',
  ];
}

/** ACC-2: the circular 通报 in the committee's layout (GB/T 9704 margins, red masthead and rule). */
export async function buildCircularDocx(content: CircularContent): Promise<Buffer> {
  const [intro, ...rest] = circularBody(content);
  const document = new Document({
    creator: CIRCULAR_ISSUER,
    title: circularTitle(content.institutionName),
    sections: [
      {
        properties: {
          page: { margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: CIRCULAR_ISSUER, font: TITLE_FONT, size: 60, color: RED })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 400, after: 120 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
            children: [new TextRun({ text: content.number, font: BODY_FONT, size: 32 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 480, after: 480 },
            children: [
              new TextRun({ text: circularTitle(content.institutionName), font: TITLE_FONT, size: 44 }),
            ],
          }),
          body('各中小学校、幼儿园、中职学校、培训机构：', { indent: false }),
          body(intro),
          ...rest.map((line) => body(line)),
          new Paragraph({ spacing: { before: 960 }, children: [] }),
          body(CIRCULAR_ISSUER, { indent: false, align: AlignmentType.RIGHT }),
          body(chineseDate(content.issuedAt, content.timeZone), {
            indent: false,
            align: AlignmentType.RIGHT,
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
