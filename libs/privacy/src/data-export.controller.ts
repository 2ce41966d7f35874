import { AnyMember, CurrentContext, RequestContext } from '@crowdcomms/request-context';
import { Body, Controller, Header, HttpCode, Post, Res } from '@nestjs/common';
import { Response } from 'express';
import { PrivacyRequestsService } from './privacy-requests.service';

/**
 * The download behind an e-mailed "Download my data" link. A POST with the signed-in member's
 * bearer token and the link's secret in the body (never in a URL, so never in a log); it
 * answers the archive once, to that member only. Errors answer in the GraphQL error shape.
 */
@Controller('privacy')
export class DataExportController {
  constructor(private readonly requests: PrivacyRequestsService) {}

  @AnyMember()
  @Post('export')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async download(
    @CurrentContext() ctx: RequestContext,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Record<string, unknown>> {
    const archive = await this.requests.download(ctx, (body as { token?: unknown } | undefined)?.token);
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Disposition', `attachment; filename="crowdcomms-my-data-${day}.json"`);
    return archive;
  }
}
