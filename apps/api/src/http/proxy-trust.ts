import { AppConfig } from '@crowdcomms/config';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Application } from 'express';

/**
 * Which proxies may name the client in `X-Forwarded-For` (`TRUST_PROXY`; default none). Per-address
 * rate limits key on `req.ip`, so trusting a hop that clients can reach directly lets them pick their
 * own address. Set in the module (not in main.ts) so every way of starting the API gets it.
 */
@Injectable()
export class ProxyTrust implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const express = this.adapterHost.httpAdapter.getInstance<Application>();
    express.set('trust proxy', this.config.get('TRUST_PROXY'));
  }
}
