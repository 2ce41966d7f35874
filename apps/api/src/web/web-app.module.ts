import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import { webAppMiddleware } from './web-app.middleware';

/**
 * One product, one URL: the API serves the web app at `/` beside /graphql,
 * /health and /admin. Mounted on Express directly (after Nest's routes, before
 * its not-found handler) so static paths reach it unchanged.
 */
@Module({})
export class WebAppModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter?.getInstance<Express>();
    app?.use(webAppMiddleware());
  }
}
