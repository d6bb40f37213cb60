import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Payload } from '../../graphql/user-error';
import { ConnectionType } from '../../graphql/relay';
import { JobPosting } from './job-posting.types';

@InputType()
export class SaveJobInput {
  @Field(() => ID)
  jobPostingId: string;
}

@ObjectType()
export class SaveJobPayload extends Payload {
  @Field(() => JobPosting, { nullable: true })
  jobPosting: JobPosting | null;
}

/** Only inherited by the edge type: never a type of the schema on its own. */
@ObjectType()
export class SavedJobEdgeFields {
  @Field()
  savedAt: Date;
}

export const SavedJobConnection = ConnectionType(JobPosting, 'SavedJob', SavedJobEdgeFields);
