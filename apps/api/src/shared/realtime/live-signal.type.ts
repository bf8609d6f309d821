import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

/** A signal that something the subscriber reads has changed: read it again with its query. */
@ObjectType({ description: 'Something changed: fetch it again with its query (a signal carries no data).' })
export class LiveSignal {
  @Field(() => GraphQLISODateTime, { description: 'When the server heard of the change.' })
  at: Date;
}
