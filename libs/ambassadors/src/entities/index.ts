import { AmbassadorCall } from './ambassador-call.entity';
import { IntakeNote } from './intake-note.entity';
import { SignUp } from './sign-up.entity';

export * from './ambassador-call.entity';
export * from './intake-note.entity';
export * from './sign-up.entity';

/** The ambassadors context's tables, for the schema list. */
export const AMBASSADOR_ENTITIES = [AmbassadorCall, SignUp, IntakeNote];
