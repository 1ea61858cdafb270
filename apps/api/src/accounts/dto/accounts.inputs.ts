import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field() email!: string;
  @Field() password!: string;
  @Field() displayName!: string;
  @Field({ description: 'IANA zone, e.g. America/Denver' }) timeZone!: string;
}

@InputType()
export class SignInInput {
  @Field() email!: string;
  @Field() password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() token!: string;
  @Field() newPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() currentPassword!: string;
  @Field() newPassword!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field() displayName!: string;
  @Field() timeZone!: string;
  @Field(() => Int, { description: 'The version you edited; a newer one is a conflict.' }) expectedVersion!: number;
}
