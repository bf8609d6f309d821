import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';

@ObjectType({ description: 'One entry of the append-only audit trail.' })
export class AuditEvent {
  @Field(() => ID, { description: 'Position in the trail.' })
  id: string;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who did it; null for the system or an anonymous sign-in attempt.',
  })
  actorUsername: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Issue 10: the actor’s display name; null for the system or an anonymous attempt.',
  })
  actorName: string | null;

  @Field({ description: 'What was done, e.g. "signIn", "signOut", "institution.read".' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Kind of record acted on, e.g. "institution".' })
  targetType: string | null;

  @Field(() => String, { nullable: true, description: 'Identifier of the record acted on.' })
  targetId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Issue 10: the name of the record acted on (an account, an institution, a staff member the viewer may see); never for a case.',
  })
  targetName: string | null;

  @Field({ description: '"OK" or an error code.' })
  outcome: string;
}

@ObjectType({ description: 'An audit event in a page of results.' })
export class AuditEventEdge {
  @Field({ description: 'Opaque cursor of this item.' })
  cursor: string;

  @Field(() => AuditEvent, { description: 'The event.' })
  node: AuditEvent;
}

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge], { description: 'The events of this page.' })
  edges: AuditEventEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
}

@InputType({ description: 'Narrows the audit trail; all given conditions must hold.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Only this actor.' })
  actorUsername?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action.' })
  action?: string | null;

  @Field(() => [String], { nullable: true, description: 'Issue 10: only these actions (any of them).' })
  actions?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Issue 10: only this actor’s account (picked by name).' })
  actorAccountId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant, exclusive.' })
  to?: Date | null;
}

@ObjectType({ description: 'Issue 10: an account to filter the audit trail by, found by name.' })
export class AuditActor {
  @Field(() => ID, { description: 'Account id.' })
  id: string;

  @Field({ description: 'Name shown in the UI.' })
  displayName: string;

  @Field({ description: 'Sign-in name.' })
  username: string;
}
