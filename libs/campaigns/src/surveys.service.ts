import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, isUniqueViolation, NotFoundError } from '@crowdcomms/errors';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { CampaignsService } from './campaigns.service';
import { SurveyQuestionKind } from './campaigns.enums';
import { toCsv } from '@crowdcomms/csv';
import { MembersService } from '@crowdcomms/identity';
import {
  CreateSurveyInput,
  SurveyAnswerInput,
  SurveyQuestionInput,
  SurveyResponseInput,
  SurveyResults,
} from './dto/surveys.types';
import { Survey, SurveyQuestion } from './entities/survey.entity';
import { SurveyAnswer, SurveyResponse } from './entities/survey-response.entity';
import { respondentKey } from './respondent-key';

const { FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE } = SurveyQuestionKind;

/** The closing survey of the origin story. */
export const CLOSING_QUESTIONS: SurveyQuestionInput[] = [
  { kind: FREE_TEXT, prompt: 'What did you share during the campaign?' },
  {
    kind: MULTIPLE_CHOICE,
    prompt: 'What stopped you from sharing?',
    options: ['Time', 'Not sure what to share', 'Confidence', 'Not sure what is allowed', 'Skills or tools', 'Nothing'],
  },
  { kind: FREE_TEXT, prompt: 'What help do you need to keep sharing?' },
];

/**
 * Campaign surveys: built by comms, answered once per participant (editable
 * while open), reported per question. An anonymous survey stores no member
 * against its answers and shows results only from ANONYMOUS_SURVEY_MIN_RESPONSES answers on.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly campaigns: CampaignsService,
    private readonly config: AppConfig,
    private readonly members: MembersService,
  ) {}

  /** The caller's keyed hash for this survey: one response per person, without naming them. */
  private respondent(ctx: RequestContext, survey: Survey): string {
    return respondentKey(this.config.get('JWT_SECRET'), survey.id, ctx.membershipId);
  }

  /** Fewer answers than this to an anonymous survey and its results are withheld: few answers identify people. */
  private get anonymityThreshold(): number {
    return this.config.get('ANONYMOUS_SURVEY_MIN_RESPONSES');
  }

  async create(ctx: RequestContext, input: CreateSurveyInput): Promise<Survey> {
    const campaign = await this.campaigns.get(ctx, input.campaignId);
    const asked = [...(input.closingTemplate ? CLOSING_QUESTIONS : []), ...(input.questions ?? [])];
    if (!asked.length) throw new BadInputError('A survey needs at least one question', { argument: 'questions' });
    const questions: SurveyQuestion[] = asked.map((q, i) => {
      const choice = q.kind === SINGLE_CHOICE || q.kind === MULTIPLE_CHOICE;
      const options = (q.options ?? []).map((o) => o.trim());
      if (choice && (options.length < 2 || new Set(options).size !== options.length)) {
        throw new BadInputError(`Question ${i + 1} needs at least two different options`, { argument: 'questions' });
      }
      if (!choice && options.length) {
        throw new BadInputError(`Question ${i + 1} takes no options`, { argument: 'questions' });
      }
      return { id: `q${i + 1}`, kind: q.kind, prompt: q.prompt.trim(), options };
    });
    const repo = this.db.getRepository(Survey);
    return repo.save(
      repo.create({
        organisationId: ctx.organisationId,
        campaignId: campaign.id,
        title: input.title.trim(),
        anonymous: input.anonymous ?? false,
        questions,
        closedAt: null,
      }),
    );
  }

  async get(ctx: RequestContext, id: string): Promise<Survey> {
    const survey = await this.db.getRepository(Survey).findOneBy({ organisationId: ctx.organisationId, id });
    if (!survey) throw new NotFoundError('Survey');
    return survey;
  }

  async list(ctx: RequestContext, campaignId: string): Promise<Survey[]> {
    const campaign = await this.campaigns.get(ctx, campaignId);
    return this.db
      .getRepository(Survey)
      .find({ where: { organisationId: ctx.organisationId, campaignId: campaign.id }, order: { createdAt: 'ASC' } });
  }

  /** Closes a survey: no more answers or edits. Closing twice is harmless. */
  async close(ctx: RequestContext, id: string): Promise<Survey> {
    const survey = await this.get(ctx, id);
    await this.db
      .getRepository(Survey)
      .update({ organisationId: ctx.organisationId, id: survey.id, closedAt: IsNull() }, { closedAt: new Date() });
    return this.get(ctx, id);
  }

  /** A participant's one response; a second one is a CONFLICT (edit it instead). */
  async submit(ctx: RequestContext, input: SurveyResponseInput): Promise<SurveyResponse> {
    const { survey, answers } = await this.prepare(ctx, input);
    try {
      const repo = this.db.getRepository(SurveyResponse);
      return await repo.save(
        repo.create({
          organisationId: ctx.organisationId,
          surveyId: survey.id,
          membershipId: survey.anonymous ? null : ctx.membershipId,
          respondentKey: this.respondent(ctx, survey),
          answers,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('You have already answered this survey; edit your answers');
      throw error;
    }
  }

  /** Replaces the caller's answers while the survey is open. */
  async update(ctx: RequestContext, input: SurveyResponseInput): Promise<SurveyResponse> {
    const { survey, answers } = await this.prepare(ctx, input);
    const repo = this.db.getRepository(SurveyResponse);
    const mine = await repo.findOneBy({
      organisationId: ctx.organisationId,
      surveyId: survey.id,
      respondentKey: this.respondent(ctx, survey),
    });
    if (!mine) throw new NotFoundError('Survey response');
    mine.answers = answers;
    return repo.save(mine);
  }

  async mine(ctx: RequestContext, surveyId: string): Promise<SurveyResponse | null> {
    const survey = await this.get(ctx, surveyId);
    return this.db
      .getRepository(SurveyResponse)
      .findOneBy({ organisationId: ctx.organisationId, surveyId, respondentKey: this.respondent(ctx, survey) });
  }

  /** Per question: how many answered, the distribution of choices or scale points, and every free-text answer. */
  async results(ctx: RequestContext, surveyId: string): Promise<SurveyResults> {
    const survey = await this.get(ctx, surveyId);
    const responses = await this.responses(ctx, survey);
    if (this.withheld(survey, responses.length)) {
      return { survey, responses: responses.length, questions: [], withheldBelow: this.anonymityThreshold };
    }
    const questions = survey.questions.map((q) => {
      const answers = responses
        .map((r) => r.answers.find((a) => a.questionId === q.id))
        .filter((a): a is SurveyAnswer => !!a);
      const keys = q.kind === SCALE ? ['1', '2', '3', '4', '5'] : q.options;
      const values = answers.flatMap((a) => (q.kind === SCALE ? [String(a.scale)] : (a.choices ?? [])));
      const scales = answers.map((a) => a.scale ?? 0).filter(Boolean);
      return {
        questionId: q.id,
        kind: q.kind,
        prompt: q.prompt,
        answered: answers.length,
        distribution:
          q.kind === FREE_TEXT ? [] : keys.map((key) => ({ key, count: values.filter((v) => v === key).length })),
        average:
          q.kind === SCALE && scales.length
            ? Math.round((scales.reduce((a, b) => a + b, 0) / scales.length) * 100) / 100
            : null,
        // Anonymous free text in alphabetical order: nothing to line up with one person's other answers.
        texts:
          q.kind !== FREE_TEXT
            ? []
            : survey.anonymous
              ? answers.map((a) => a.text ?? '').sort((a, b) => a.localeCompare(b))
              : answers.map((a) => a.text ?? ''),
      };
    });
    return { survey, responses: responses.length, questions, withheldBelow: null };
  }

  private withheld(survey: Survey, responses: number): boolean {
    return survey.anonymous && responses < this.anonymityThreshold;
  }

  /**
   * One line per response, one column per question; unless the survey is anonymous, each line starts with who
   * answered: member id, name and department (read in two queries for the whole file).
   */
  async resultsCsv(ctx: RequestContext, surveyId: string): Promise<string> {
    const survey = await this.get(ctx, surveyId);
    const responses = await this.responses(ctx, survey);
    if (this.withheld(survey, responses.length)) {
      throw new ConflictError(
        `The results of an anonymous survey are shown once ${this.anonymityThreshold} people have answered`,
        { reason: 'TOO_FEW_RESPONSES' },
      );
    }
    const who = new Map<string, [string, string]>();
    if (!survey.anonymous) {
      const ids = [...new Set(responses.map((r) => r.membershipId).filter((id): id is string => !!id))];
      const memberships = await this.members.findByIds(ctx, ids);
      const users = new Map((await this.members.usersByIds(memberships.map((m) => m.userId))).map((u) => [u.id, u]));
      for (const m of memberships) who.set(m.id, [users.get(m.userId)?.displayName ?? '', m.department ?? '']);
    }
    const header = [
      ...(survey.anonymous ? [] : ['memberId', 'name', 'department']),
      ...survey.questions.map((q) => q.prompt),
    ];
    const rows = responses.map((r) => [
      ...(survey.anonymous ? [] : [r.membershipId, ...(who.get(r.membershipId ?? '') ?? ['', ''])]),
      ...survey.questions.map((q) => {
        const a = r.answers.find((x) => x.questionId === q.id);
        if (!a) return '';
        return q.kind === FREE_TEXT ? a.text : q.kind === SCALE ? a.scale : (a.choices ?? []).join('; ');
      }),
    ]);
    return toCsv(header, rows);
  }

  private responses(ctx: RequestContext, survey: Survey): Promise<SurveyResponse[]> {
    // Anonymous surveys are listed in an order that says nothing about who answered when.
    return this.db.getRepository(SurveyResponse).find({
      where: { organisationId: ctx.organisationId, surveyId: survey.id },
      order: survey.anonymous ? { id: 'ASC' } : { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private async prepare(ctx: RequestContext, input: SurveyResponseInput) {
    const survey = await this.get(ctx, input.surveyId);
    if (survey.closedAt) throw new BadInputError('This survey is closed', { argument: 'surveyId' });
    const campaign = await this.campaigns.get(ctx, survey.campaignId);
    if (!(await this.campaigns.participants(ctx, campaign)).includes(ctx.membershipId)) {
      throw new BadInputError('This survey is for the campaign’s participants', { argument: 'surveyId' });
    }
    const seen = new Set<string>();
    const answers = input.answers.map((a) => {
      if (seen.has(a.questionId)) throw new BadInputError(`${a.questionId} is answered twice`, { argument: 'answers' });
      seen.add(a.questionId);
      return this.check(survey, a);
    });
    if (!answers.length) throw new BadInputError('Answer at least one question', { argument: 'answers' });
    return { survey, answers };
  }

  private check(survey: Survey, a: SurveyAnswerInput): SurveyAnswer {
    const q = survey.questions.find((x) => x.id === a.questionId);
    const bad = (why: string) => new BadInputError(`${a.questionId}: ${why}`, { argument: 'answers' });
    if (!q) throw bad('no such question');
    switch (q.kind) {
      case FREE_TEXT:
        if (!a.text?.trim() || a.choices || a.scale) throw bad('give a text answer');
        return { questionId: q.id, text: a.text.trim() };
      case SCALE:
        if (!a.scale || a.text || a.choices) throw bad('give a number from 1 to 5');
        return { questionId: q.id, scale: a.scale };
      default: {
        const choices = a.choices ?? [];
        if (a.text || a.scale || !choices.length) throw bad('choose from the options');
        if (q.kind === SINGLE_CHOICE && choices.length !== 1) throw bad('choose one option');
        if (new Set(choices).size !== choices.length || choices.some((c) => !q.options.includes(c))) {
          throw bad('choose from the options');
        }
        return { questionId: q.id, choices };
      }
    }
  }
}
