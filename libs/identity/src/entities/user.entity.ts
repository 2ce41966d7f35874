import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person, global across organisations; e-mail is stored lower-cased and unique. */
@ObjectType()
@Entity()
@Check('user_email_lower_case', `"email" = lower("email")`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ length: 254, unique: true })
  email: string;

  @Field()
  @Column({ length: 120 })
  displayName: string;

  @Column({ length: 255 })
  passwordHash: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
