import { AnyMember, CurrentContext, RequestContext } from '@crowdcomms/request-context';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { MentionSuggestion, MentionSuggestionsArgs } from './dto/mentions.types';
import { PostsService } from './posts.service';

@Resolver()
export class MentionsResolver {
  constructor(private readonly posts: PostsService) {}

  @AnyMember()
  @Query(() => [MentionSuggestion], {
    description:
      'People an @mention being typed may mean (a word of their name starts with `prefix`), with the mention to insert.',
  })
  mentionSuggestions(
    @CurrentContext() ctx: RequestContext,
    @Args() args: MentionSuggestionsArgs,
  ): Promise<MentionSuggestion[]> {
    return this.posts.mentionSuggestions(ctx, args);
  }
}
