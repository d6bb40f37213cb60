import {
  USER_ERROR_CODES,
  userErrorMessage,
  type Locale,
  type UserErrorCode,
  type UserErrorDraft,
} from '@carnet/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(USER_ERROR_CODES, {
  name: 'UserErrorCode',
  description: 'What is wrong with an input, for clients that show their own words.',
});

@ObjectType({ description: 'A problem the person can fix, attached to an input field (no field: the whole form).' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'Name of the input field, as in the mutation input.' })
  field: string | null;

  @Field(() => USER_ERROR_CODES)
  code: UserErrorCode;

  @Field({ description: "Explanation in the reader's language (Accept-Language)." })
  message: string;
}

export function toUserErrors(drafts: UserErrorDraft[], locale: Locale): UserError[] {
  return drafts.map((draft) => ({
    field: draft.field || null,
    code: draft.code,
    message: userErrorMessage(draft, locale),
  }));
}

/** Base of every mutation payload. */
@ObjectType()
export abstract class Payload {
  @Field(() => [UserError])
  userErrors: UserError[];
}
