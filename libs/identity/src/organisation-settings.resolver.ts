import { BadInputError } from '@crowdcomms/errors';
import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Organisation } from './entities/organisation.entity';
import { ProfileVisibility } from './entities/profile-visibility.enum';
import { OrganisationsService } from './organisations.service';

@ObjectType({ description: 'What an admin controls for the whole organisation.' })
export class OrganisationSettingsView {
  @Field()
  name: string;

  @Field(() => ProfileVisibility, { description: 'The visibility new profiles start with: PRIVATE or HR_ONLY.' })
  defaultProfileVisibility: ProfileVisibility;

  @Field({ description: 'Members new to the community follow everyone and every topic by default.' })
  followEveryoneByDefault: boolean;

  @Field({
    description:
      'When a member is erased, posts and comments others replied to keep their text (from "a former member"); by default the text is removed.',
  })
  keepRepliedContentOnErasure: boolean;
}

@Resolver()
export class OrganisationSettingsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Roles(Role.ADMIN)
  @Query(() => OrganisationSettingsView, { description: 'Your organisation’s name and settings (admins).' })
  organisationSettings(@CurrentContext() ctx: RequestContext): Promise<OrganisationSettingsView> {
    return this.organisations.settingsView(ctx.organisationId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Organisation, { description: 'Rename your organisation (2–120 characters); its slug stays.' })
  renameOrganisation(@CurrentContext() ctx: RequestContext, @Args('name') name: string): Promise<Organisation> {
    const trimmed = name.trim();
    if (trimmed.length < 2 || trimmed.length > 120) {
      throw new BadInputError('name must be 2 to 120 characters', { field: 'name' });
    }
    return this.organisations.rename(ctx.organisationId, trimmed);
  }
}
