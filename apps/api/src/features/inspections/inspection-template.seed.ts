import { DEFAULT_INSPECTION_TEMPLATE } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';

/**
 * PRV-1: the district's default checklist, kept in step with the domain's (reference data, in production
 * too). Items are matched by code: texts and order follow the domain; items already used stay.
 */
export async function seedInspectionTemplates(manager: EntityManager): Promise<void> {
  const template = DEFAULT_INSPECTION_TEMPLATE;
  const [{ id }] = (await manager.query(
    `INSERT INTO inspection_template (code, name_zh, name_en) VALUES ($1, $2, $3)
     ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en RETURNING id`,
    [template.code, template.nameZh, template.nameEn],
  )) as { id: string }[];
  await manager.query(
    `INSERT INTO inspection_template_item (template_id, code, position, item_group, rule_id, text_zh, text_en, kinds)
     SELECT $1, t.code, t.position, t.item_group, t.rule_id, t.text_zh, t.text_en, string_to_array(t.kinds, ',')::varchar[]
     FROM unnest($2::varchar[], $3::int[], $4::varchar[], $5::varchar[], $6::text[], $7::text[], $8::text[])
       AS t(code, position, item_group, rule_id, text_zh, text_en, kinds)
     ON CONFLICT (template_id, code) DO UPDATE SET position = EXCLUDED.position, item_group = EXCLUDED.item_group,
       rule_id = EXCLUDED.rule_id, text_zh = EXCLUDED.text_zh, text_en = EXCLUDED.text_en, kinds = EXCLUDED.kinds`,
    [
      id,
      template.items.map((i) => i.code),
      template.items.map((_, index) => index + 1),
      template.items.map((i) => i.group),
      template.items.map((i) => i.ruleId),
      template.items.map((i) => i.textZh),
      template.items.map((i) => i.textEn),
      template.items.map((i) => i.kinds.join(',')),
    ],
  );
}
