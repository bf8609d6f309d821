import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Credentials for signIn.' })
export class SignInInput {
  @Field({ description: 'Sign-in name; case and surrounding spaces are ignored.' })
  username: string;

  @Field({ description: 'Password.' })
  password: string;
}
