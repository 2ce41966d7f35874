import { ProfileAuditService } from '@crowdcomms/profiles';
import { AnyMember, CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreateSurveyInput, SurveyResponseInput, SurveyResults } from './dto/surveys.types';
import { Survey } from './entities/survey.entity';
import { SurveyResponse } from './entities/survey-response.entity';
import { SurveysService } from './surveys.service';

@Resolver(() => Survey)
export class SurveysResolver {
  constructor(
    private readonly surveys: SurveysService,
    private readonly audit: ProfileAuditService,
  ) {}

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => Survey, { description: 'Attach a survey to a campaign (optionally from the closing template).' })
  createSurvey(@CurrentContext() ctx: RequestContext, @Args('input') input: CreateSurveyInput): Promise<Survey> {
    return this.surveys.create(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => Survey, { description: 'No more answers or edits after this.' })
  closeSurvey(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Survey> {
    return this.surveys.close(ctx, id);
  }

  @AnyMember()
  @Query(() => Survey)
  survey(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Survey> {
    return this.surveys.get(ctx, id);
  }

  @AnyMember()
  @Query(() => [Survey])
  campaignSurveys(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<Survey[]> {
    return this.surveys.list(ctx, campaignId);
  }

  @AnyMember()
  @Mutation(() => SurveyResponse, { description: 'Answer once; edit with updateSurveyResponse while it is open.' })
  submitSurveyResponse(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: SurveyResponseInput,
  ): Promise<SurveyResponse> {
    return this.surveys.submit(ctx, input);
  }

  @AnyMember()
  @Mutation(() => SurveyResponse, { description: 'Replace your answers while the survey is open.' })
  updateSurveyResponse(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: SurveyResponseInput,
  ): Promise<SurveyResponse> {
    return this.surveys.update(ctx, input);
  }

  @AnyMember()
  @Query(() => SurveyResponse, { nullable: true })
  mySurveyResponse(
    @CurrentContext() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }, new ParseUUIDPipe()) surveyId: string,
  ): Promise<SurveyResponse | null> {
    return this.surveys.mine(ctx, surveyId);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => SurveyResults)
  surveyResults(
    @CurrentContext() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }, new ParseUUIDPipe()) surveyId: string,
  ): Promise<SurveyResults> {
    return this.surveys.results(ctx, surveyId);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => String, { description: 'One CSV line per response.' })
  async exportSurveyResults(
    @CurrentContext() ctx: RequestContext,
    @Args('surveyId', { type: () => ID }, new ParseUUIDPipe()) surveyId: string,
  ): Promise<string> {
    const csv = await this.surveys.resultsCsv(ctx, surveyId);
    await this.audit.recordExport(ctx, 'SURVEY_RESULTS', { surveyId });
    return csv;
  }
}
