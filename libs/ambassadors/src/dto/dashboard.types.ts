import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { SignUpStatus } from '../entities/sign-up.entity';

@ArgsType()
export class ProgrammeDashboardArgs {
  @Field(() => Int, { nullable: true, defaultValue: 6, description: 'Months of history, this one included (1–24).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  months?: number;
}

@ObjectType()
export class StatusCount {
  @Field(() => SignUpStatus)
  status: SignUpStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ProgrammeMonth {
  @Field({ description: 'YYYY-MM (UTC).' })
  month: string;

  @Field(() => Int)
  signUps: number;

  @Field(() => Int, { description: 'Sign-ups that became active ambassadors.' })
  newAmbassadors: number;

  @Field(() => Int)
  tasksOpened: number;

  @Field(() => Int)
  tasksFilled: number;

  @Field(() => Float, { nullable: true, description: 'Hours from opening to full, for tasks filled this month.' })
  medianHoursToFill: number | null;

  @Field(() => Int)
  offers: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Float, { nullable: true, description: 'accepted ÷ (accepted + declined), 0–1.' })
  acceptanceRate: number | null;

  @Field(() => Int, { description: 'Assignments completed.' })
  completed: number;

  @Field(() => Float)
  hoursContributed: number;
}

@ObjectType()
export class ProgrammeDashboard {
  @Field(() => [StatusCount], { description: 'Sign-ups in each pipeline status.' })
  ambassadorsByStatus: StatusCount[];

  @Field(() => Int)
  openTasks: number;

  @Field(() => Int)
  filledTasks: number;

  @Field(() => Int)
  doneTasks: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from opening a task to its last seat taken.' })
  medianHoursToFill: number | null;

  @Field(() => Float, { nullable: true, description: 'Offers accepted ÷ offers decided, 0–1.' })
  acceptanceRate: number | null;

  @Field(() => Float)
  hoursContributed: number;

  @Field(() => Int)
  completedAssignments: number;

  @Field(() => [ProgrammeMonth], { description: 'Oldest month first.' })
  perMonth: ProgrammeMonth[];
}
