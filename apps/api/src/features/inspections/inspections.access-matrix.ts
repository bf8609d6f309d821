// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for inspections
// and hazards (PRV-1, ORG-1, ORG-3).
import { denial, typename } from '../../test-support/access-matrix-answers';
import type { GraphQLResponse, GraphQLTestClient } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';

type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const H: Outcome = 'HIDDEN';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
type Pair = readonly [own: Outcome, other: Outcome];
type Row = Record<string, Pair>;
interface ProbeInput {
  app: TestApp;
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
  attempt: number;
}

interface Cells {
  heads: Pair;
  /** 安稳办 and 督导室: every institution. */
  district: Pair;
  /** basic, preschool, vocational: the kinds they supervise (own) and another (other). */
  sections: Pair;
  /** personnel, policy: neither inspectors nor leadership. */
  others: Pair;
  leader: Pair;
  teacher?: Pair;
  admin?: Pair;
}
function row(c: Cells): Row {
  return {
    anonymous: [U, U],
    teacher: c.teacher ?? [F, F],
    staff: c.teacher ?? [F, F],
    admin: c.admin ?? [F, F],
    'head.primary': c.heads,
    'head.kg': c.heads,
    basic: c.sections,
    preschool: c.sections,
    vocational: c.sections,
    safety: c.district,
    inspect: c.district,
    personnel: c.others,
    policy: c.others,
    leader: c.leader,
  };
}

// Read by the head, the institution's inspectors and leadership (PRV-1).
const READ = { heads: [A, H], district: [A, A], sections: [A, H], others: [H, H], leader: [A, A] } as const;
// Hazards: teachers reach the operation (they read the hazards they own: none here).
const HAZARD_READ = { ...READ, teacher: [H, H], admin: [F, F] } as const;
// Recorded by the institution's inspectors; the head and leadership read but do not record.
const INSPECTOR_ACTS = {
  heads: [F, H],
  district: [A, A],
  sections: [A, H],
  others: [H, H],
  leader: [F, F],
} as const;

export const INSPECTION_MATRIX: Record<string, Row> = {
  inspectionTemplates: row({
    heads: [H, H],
    district: [A, A],
    sections: [A, A],
    others: [A, A],
    leader: [A, A],
  }),
  inspectionCampaigns: row({
    heads: [A, H],
    district: [A, A],
    sections: [A, A],
    others: [A, A],
    leader: [A, A],
  }),
  inspectionCampaign: row({
    heads: [A, H],
    district: [A, A],
    sections: [A, A],
    others: [A, A],
    leader: [A, A],
  }),
  inspection: row(READ),
  openInspectionCampaign: row({
    heads: [F, F],
    district: [A, A],
    sections: [F, F],
    others: [F, F],
    leader: [F, F],
  }),
  startInspection: row({ heads: [F, H], district: [A, A], sections: [A, H], others: [F, F], leader: [F, F] }),
  recordInspectionItem: row(INSPECTOR_ACTS),
  submitInspection: row(INSPECTOR_ACTS),
  hazards: row(HAZARD_READ),
  hazard: row(HAZARD_READ),
  assignHazard: row({ ...INSPECTOR_ACTS, heads: [A, H], teacher: [H, H], admin: [F, F] }),
  recordRectification: row({
    ...INSPECTOR_ACTS,
    heads: [A, H],
    district: [F, F],
    sections: [F, H],
    teacher: [H, H],
    admin: [F, F],
  }),
  verifyRectification: row({ ...INSPECTOR_ACTS, teacher: [H, H], admin: [F, F] }),
};

interface Fixture {
  campaignId: string;
  /** Per institution: an on-site inspection, a hazard to assign and rectify, one awaiting verification. */
  byInstitution: Map<
    string,
    { inspectionId: string; itemId: string; hazardId: string; pendingId: string; staffId: string | null }
  >;
}
let fixture: Promise<Fixture> | null = null;

/** Arranged by the owner once per test app: a campaign over every institution, an inspection and two hazards each. */
function fixtureOf(app: TestApp): Promise<Fixture> {
  fixture ??= (async () => {
    const [{ id: inspect }] = await app.owner.query(`SELECT id FROM account WHERE username = 'inspect'`);
    const [{ id: templateId }] = await app.owner.query(
      `SELECT id FROM inspection_template WHERE code = 'DISTRICT_DEFAULT'`,
    );
    const items: { id: string }[] = await app.owner.query(
      `SELECT id FROM inspection_template_item WHERE template_id = $1 AND kinds = '{}' ORDER BY position LIMIT 3`,
      [templateId],
    );
    const [{ id: campaignId }] = await app.owner.query(
      `INSERT INTO inspection_campaign (name, template_id, starts_at, ends_at, opened_by_account_id, opened_at)
       VALUES ('矩阵', $1, now() - interval '1 day', now() + interval '30 days', $2, now()) RETURNING id`,
      [templateId, inspect],
    );
    await app.owner.query(
      'INSERT INTO inspection_campaign_institution (campaign_id, institution_id) SELECT $1, id FROM institution',
      [campaignId],
    );
    const institutions: { id: string; staff_id: string | null }[] = await app.owner.query(
      `SELECT i.id, (SELECT s.id FROM staff_member s WHERE s.institution_id = i.id AND s.status = 'ACTIVE' LIMIT 1) AS staff_id
       FROM institution i`,
    );
    const byInstitution: Fixture['byInstitution'] = new Map();
    for (const institution of institutions) {
      const [{ id: inspectionId }] = await app.owner.query(
        `INSERT INTO inspection (institution_id, template_id, kind, started_by_account_id, started_at)
         VALUES ($1, $2, 'ON_SITE', $3, now()) RETURNING id`,
        [institution.id, templateId, inspect],
      );
      const hazards: { id: string }[] = await app.owner.query(
        `INSERT INTO hazard (institution_id, inspection_id, item_id, description, found_at, stage)
         SELECT $1, $2, unnest($3::uuid[]), '矩阵', now(), unnest($4::varchar[]) RETURNING id`,
        [
          institution.id,
          inspectionId,
          [items[0].id, items[1].id],
          ['AWAITING_RECTIFICATION', 'AWAITING_VERIFICATION'],
        ],
      );
      await app.owner.query(
        `INSERT INTO hazard_rectification (hazard_id, note, recorded_by_account_id, recorded_at) VALUES ($1, '矩阵', $2, now())`,
        [hazards[1].id, inspect],
      );
      byInstitution.set(institution.id, {
        inspectionId,
        itemId: items[2].id,
        hazardId: hazards[0].id,
        pendingId: hazards[1].id,
        staffId: institution.staff_id,
      });
    }
    return { campaignId, byInstitution };
  })();
  return fixture;
}

function judge(response: GraphQLResponse, field: string): Outcome {
  const denied = denial(response);
  if (denied) return denied;
  switch (typename(response, field)) {
    case 'InspectionCampaign':
    case 'Inspection':
    case 'Hazard':
      return A;
    // The actor may act; only the record's state refuses (e.g. already verified by an earlier probe).
    case 'InspectionStateError':
      return A;
    case 'InspectionForbiddenError':
      return F;
    case 'InspectionNotFoundError':
      return H;
    default:
      throw new Error(`Unexpected answer: ${response.text}`);
  }
}

async function mutate(input: ProbeInput, field: string, inputType: string, values: Record<string, unknown>) {
  const response = await (
    await input.client()
  ).request(`mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`, { input: values });
  return judge(response, field);
}

const of = async (input: ProbeInput) => (await fixtureOf(input.app)).byInstitution.get(input.target.id)!;

export const INSPECTION_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  inspectionTemplates: async ({ client }) => {
    const response = await (await client()).request('{ inspectionTemplates { id } }');
    return denial(response) ?? ((response.body.data?.inspectionTemplates as unknown[]).length > 0 ? A : H);
  },
  inspectionCampaigns: async ({ app, client, target }) => {
    const { campaignId } = await fixtureOf(app);
    const c = await client();
    const list = await c.request('{ inspectionCampaigns { items { id } } }');
    const denied = denial(list);
    if (denied) return denied;
    const items = (list.body.data?.inspectionCampaigns as { items: { id: string }[] }).items;
    if (!items.some((i) => i.id === campaignId)) return H;
    const detail = await c.request(
      'query($id: ID!) { inspectionCampaign(id: $id) { institutions { institutionId } } }',
      {
        id: campaignId,
      },
    );
    const rows = (detail.body.data?.inspectionCampaign as { institutions: { institutionId: string }[] })
      .institutions;
    return rows.some((r) => r.institutionId === target.id) ? A : H;
  },
  inspectionCampaign: async ({ app, client, target }) => {
    const { campaignId } = await fixtureOf(app);
    const response = await (
      await client()
    ).request('query($id: ID!) { inspectionCampaign(id: $id) { institutions { institutionId } } }', {
      id: campaignId,
    });
    const campaign = response.body.data?.inspectionCampaign as {
      institutions: { institutionId: string }[];
    } | null;
    return denial(response) ?? (campaign?.institutions.some((r) => r.institutionId === target.id) ? A : H);
  },
  inspection: async (input) => {
    const { inspectionId } = await of(input);
    const response = await (
      await input.client()
    ).request('query($id: ID!) { inspection(id: $id) { id } }', { id: inspectionId });
    return denial(response) ?? (response.body.data?.inspection ? A : H);
  },
  openInspectionCampaign: async (input) => {
    const { campaignId } = await fixtureOf(input.app);
    const [{ template_id: templateId }] = await input.app.owner.query(
      'SELECT template_id FROM inspection_campaign WHERE id = $1',
      [campaignId],
    );
    return mutate(input, 'openInspectionCampaign', 'OpenInspectionCampaignInput', {
      name: `矩阵 ${input.attempt}`,
      templateId,
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: new Date('2027-01-01T00:00:00Z'),
      institutionIds: [input.target.id],
    });
  },
  startInspection: (input) =>
    mutate(input, 'startInspection', 'StartInspectionInput', {
      kind: 'ON_SITE',
      institutionId: input.target.id,
    }),
  recordInspectionItem: async (input) => {
    const { inspectionId, itemId } = await of(input);
    return mutate(input, 'recordInspectionItem', 'RecordInspectionItemInput', {
      inspectionId,
      itemId,
      result: 'PASSED',
    });
  },
  submitInspection: async (input) => {
    const { inspectionId } = await of(input);
    return mutate(input, 'submitInspection', 'SubmitInspectionInput', { inspectionId });
  },
  hazards: async (input) => {
    const { hazardId } = await of(input);
    const response = await (
      await input.client()
    ).request('query($filter: HazardFilter) { hazards(filter: $filter, first: 100) { items { id } } }', {
      filter: { institutionId: input.target.id },
    });
    const denied = denial(response);
    if (denied) return denied;
    return (response.body.data?.hazards as { items: { id: string }[] }).items.some((h) => h.id === hazardId)
      ? A
      : H;
  },
  hazard: async (input) => {
    const { hazardId } = await of(input);
    const response = await (
      await input.client()
    ).request('query($id: ID!) { hazard(id: $id) { id } }', { id: hazardId });
    return denial(response) ?? (response.body.data?.hazard ? A : H);
  },
  assignHazard: async (input) => {
    const { hazardId, staffId } = await of(input);
    return mutate(input, 'assignHazard', 'AssignHazardInput', {
      hazardId,
      ownerStaffId: staffId,
      dueAt: new Date(input.app.clock.now().getTime() + (30 + input.attempt) * 60_000),
    });
  },
  recordRectification: async (input) => {
    const { hazardId } = await of(input);
    return mutate(input, 'recordRectification', 'RecordRectificationInput', { hazardId, note: '矩阵' });
  },
  verifyRectification: async (input) => {
    const { pendingId } = await of(input);
    return mutate(input, 'verifyRectification', 'VerifyRectificationInput', {
      hazardId: pendingId,
      decision: 'VERIFY',
    });
  },
};
