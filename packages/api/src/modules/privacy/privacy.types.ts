import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Payload } from '../../graphql/user-error';

@ObjectType()
export class ExportMyDataPayload extends Payload {
  @Field(() => String, {
    nullable: true,
    description: 'Downloads the archive once (a zip with carnet.json and your files), until expiresAt.',
  })
  downloadUrl: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;
}

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'Your current password, to confirm.' })
  password: string;
}

@ObjectType()
export class DeleteAccountPayload extends Payload {
  @Field(() => ID, { nullable: true, description: 'The member that no longer exists.' })
  deletedMemberId: string | null;
}
