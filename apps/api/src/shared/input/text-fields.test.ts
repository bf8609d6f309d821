import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType } from 'graphql';
import { MULTI_LINE_FIELDS, PERSON_NAME_FIELDS, SECRET_FIELDS, textKindOf } from './text-fields';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8'));

// Every String or ID field of every input type, as "Type.field".
const textFields = Object.values(schema.getTypeMap())
  .filter(isInputObjectType)
  .flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => ['String', 'ID'].includes(getNamedType(field.type).name))
      .map((field) => `${type.name}.${field.name}`),
  );

// Fields whose name looks like a person's name or free text but which are not: say why here.
const NOT_A_PERSON_NAME = [
  'SignInInput.username', // a sign-in name, compared lower case
  'CreateAccountInput.username', // a sign-in name, checked by its own pattern
  'AuditFilter.actorUsername', // a sign-in name
  'OpenAssessmentPeriodInput.name', // the name of an assessment period, e.g. 2025-2026学年度学校保护工作考核
  'OpenInspectionCampaignInput.name', // a campaign, e.g. 开学安全大检查
  'RecordMonitoredPlaceInput.name', // a room or place, e.g. 钢琴练习室 3
  'RecordRiskSubjectInput.siteName', // a place near the campus, e.g. 某某网吧
  'RecordIntakeInput.name', // an intake, e.g. 2026级
  'RecordClassInput.name', // a class, e.g. 2026级(3)班
  'CreateApiClientInput.name', // a system, e.g. 区智慧校园平台
  'SubmitTipInput.schoolName', // a school typed on the tip line, e.g. 某某小学
];

it.each([...PERSON_NAME_FIELDS, ...MULTI_LINE_FIELDS, ...SECRET_FIELDS])(
  '%s is a text field of the schema (a renamed field must be renamed here too)',
  (field) => {
    expect(textFields).toContain(field);
  },
);

it('every input field that looks like a person’s name is read as one, or listed as not one', () => {
  const looksLikeName = textFields.filter((f) => /name|interviewer|checkedBy|officer/i.test(f.split('.')[1]));
  const unclassified = looksLikeName.filter(
    (f) => !PERSON_NAME_FIELDS.includes(f) && !NOT_A_PERSON_NAME.includes(f),
  );
  expect(unclassified).toEqual([]);
});

it('every input field that looks like free text keeps its line breaks', () => {
  const looksMultiLine = textFields.filter((f) =>
    /note|description|statement|facts|investigation/i.test(f.split('.')[1]),
  );
  expect(looksMultiLine.filter((f) => !MULTI_LINE_FIELDS.includes(f))).toEqual([]);
});

it('reads any other field as one line', () => {
  expect(textKindOf('RecordDisclosureInput', 'childName')).toBe('PERSON_NAME');
  expect(textKindOf('RecordDisclosureInput', 'childStatement')).toBe('MULTI_LINE');
  expect(textKindOf('SignInInput', 'password')).toBe('SECRET');
  expect(textKindOf('RecordDisclosureInput', 'childClass')).toBe('LINE');
});
