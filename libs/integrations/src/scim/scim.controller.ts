import { CurrentContext, Public, RequestContext } from '@crowdcomms/request-context';
import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { Response } from 'express';
import { ScimAuthGuard } from './scim-auth.guard';
import { ScimError } from './scim-error';
import { ScimExceptionFilter } from './scim-exception.filter';
import { ScimGroupsService } from './scim-groups.service';
import { readPage } from './scim-page';
import { LIST_SCHEMA, resourceTypes, SCIM_MEDIA_TYPE, schemas, serviceProviderConfig } from './scim-schemas';
import { ScimUsersService } from './scim-users.service';

const list = (resources: object[]) => ({
  schemas: [LIST_SCHEMA],
  totalResults: resources.length,
  startIndex: 1,
  itemsPerPage: resources.length,
  Resources: resources,
});

/** `excludedAttributes=members` (Entra ID asks so when it only checks a group exists). */
const excludesMembers = (excluded: unknown) =>
  typeof excluded === 'string' && excluded.split(',').some((a) => a.trim().toLowerCase() === 'members');

/**
 * SCIM 2.0 (RFC 7644) for the organisation named by the bearer SCIM token: its members as Users and its
 * directory groups as Groups. Public to the session guard; the SCIM token guard stands in for it.
 */
@Public()
@UseGuards(ScimAuthGuard)
@UseFilters(ScimExceptionFilter)
@Controller('scim/v2')
export class ScimController {
  constructor(
    private readonly users: ScimUsersService,
    private readonly groups: ScimGroupsService,
  ) {}

  @Get('ServiceProviderConfig')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  serviceProviderConfig() {
    return serviceProviderConfig(this.users.baseUrl);
  }

  @Get('ResourceTypes')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  resourceTypes() {
    return list(resourceTypes(this.users.baseUrl));
  }

  @Get('ResourceTypes/:id')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  resourceType(@Param('id') id: string) {
    const found = resourceTypes(this.users.baseUrl).find((r) => r.id === id);
    if (!found) throw new ScimError(404, 'No such resource type');
    return found;
  }

  @Get('Schemas')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  schemas() {
    return list(schemas(this.users.baseUrl));
  }

  @Get('Schemas/:id')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  schema(@Param('id') id: string) {
    const found = schemas(this.users.baseUrl).find((s) => s.id === id);
    if (!found) throw new ScimError(404, 'No such schema');
    return found;
  }

  @Get('Users')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  listUsers(
    @CurrentContext() ctx: RequestContext,
    @Query('filter') filter: unknown,
    @Query('startIndex') startIndex: unknown,
    @Query('count') count: unknown,
  ) {
    return this.users.list(ctx, filterOf(filter), readPage(startIndex, count));
  }

  @Post('Users')
  @HttpCode(201)
  async createUser(
    @CurrentContext() ctx: RequestContext,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const user = await this.users.create(ctx, body);
    res.type(SCIM_MEDIA_TYPE).location(user.meta.location);
    return user;
  }

  @Get('Users/:id')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  getUser(@CurrentContext() ctx: RequestContext, @Param('id') id: string) {
    return this.users.get(ctx, id);
  }

  @Put('Users/:id')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  replaceUser(@CurrentContext() ctx: RequestContext, @Param('id') id: string, @Body() body: unknown) {
    return this.users.replace(ctx, id, body);
  }

  @Patch('Users/:id')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  patchUser(@CurrentContext() ctx: RequestContext, @Param('id') id: string, @Body() body: unknown) {
    return this.users.patch(ctx, id, body);
  }

  @Delete('Users/:id')
  @HttpCode(204)
  async deleteUser(@CurrentContext() ctx: RequestContext, @Param('id') id: string): Promise<void> {
    await this.users.remove(ctx, id);
  }

  @Get('Groups')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  listGroups(
    @CurrentContext() ctx: RequestContext,
    @Query('filter') filter: unknown,
    @Query('startIndex') startIndex: unknown,
    @Query('count') count: unknown,
    @Query('excludedAttributes') excluded: unknown,
  ) {
    return this.groups.list(ctx, filterOf(filter), readPage(startIndex, count), !excludesMembers(excluded));
  }

  @Post('Groups')
  @HttpCode(201)
  async createGroup(
    @CurrentContext() ctx: RequestContext,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const group = await this.groups.create(ctx, body);
    res.type(SCIM_MEDIA_TYPE).location(group.meta.location);
    return group;
  }

  @Get('Groups/:id')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  getGroup(
    @CurrentContext() ctx: RequestContext,
    @Param('id') id: string,
    @Query('excludedAttributes') excluded: unknown,
  ) {
    return this.groups.get(ctx, id, !excludesMembers(excluded));
  }

  @Put('Groups/:id')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  replaceGroup(@CurrentContext() ctx: RequestContext, @Param('id') id: string, @Body() body: unknown) {
    return this.groups.replace(ctx, id, body);
  }

  @Patch('Groups/:id')
  @Header('Content-Type', SCIM_MEDIA_TYPE)
  patchGroup(@CurrentContext() ctx: RequestContext, @Param('id') id: string, @Body() body: unknown) {
    return this.groups.patch(ctx, id, body);
  }

  @Delete('Groups/:id')
  @HttpCode(204)
  async deleteGroup(@CurrentContext() ctx: RequestContext, @Param('id') id: string): Promise<void> {
    await this.groups.remove(ctx, id);
  }
}

function filterOf(filter: unknown): string | undefined {
  if (filter === undefined || typeof filter === 'string') return filter;
  throw new ScimError(400, 'Give one filter', 'invalidFilter');
}
