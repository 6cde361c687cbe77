import { CallHandler, Controller, ExecutionContext, Get, Injectable, NestInterceptor, Param, Query, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { Observable, tap } from 'rxjs';
import { Public } from '@ytmt/core';
import { HsdsExportService, HsdsException } from './hsds-export.service';
import { PageRequest, parsePageRequest } from './hsds.paging';
import {
  HSDS_OPENAPI_URL,
  HSDS_VERSION,
  HsdsOrganization,
  HsdsOrganizationSummary,
  HsdsPage,
  HsdsService,
  HsdsServiceSummary,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './hsds.types';

/**
 * Published services are public and change slowly: harvesters and shared caches may keep an answer
 * for five minutes (so an archived service leaves caches within that). Errors keep the API's
 * `no-store`.
 */
export const HSDS_CACHE_CONTROL = 'public, max-age=300';

@Injectable()
class HsdsCacheControl implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(tap(() => context.switchToHttp().getResponse<Response>().setHeader('Cache-Control', HSDS_CACHE_CONTROL)));
  }
}

/**
 * The public, read-only Open Referral HSDS 3.0 API over published services, so that other
 * directories (Työmarkkinatori, municipal service finders) can harvest the catalogue.
 * Paths and query parameters follow the HSDS OpenAPI description, under `/hsds`.
 */
@Controller('hsds')
@UseInterceptors(HsdsCacheControl)
export class HsdsController {
  constructor(private readonly exporter: HsdsExportService) {}

  @Public()
  @Get()
  about(): { version: string; openapi_url: string } {
    return { version: HSDS_VERSION, openapi_url: HSDS_OPENAPI_URL };
  }

  @Public()
  @Get('services')
  services(@Query() query: Record<string, unknown>): Promise<HsdsPage<HsdsServiceSummary>> {
    return this.exporter.services(pageOf(query));
  }

  @Public()
  @Get('services/:id')
  service(@Param('id') id: string): Promise<HsdsService> {
    return this.exporter.service(id);
  }

  @Public()
  @Get('organizations')
  organizations(@Query() query: Record<string, unknown>): Promise<HsdsPage<HsdsOrganizationSummary>> {
    return this.exporter.organizations(pageOf(query));
  }

  @Public()
  @Get('organizations/:id')
  organization(@Param('id') id: string): Promise<HsdsOrganization> {
    return this.exporter.organization(id);
  }

  @Public()
  @Get('taxonomies')
  taxonomies(@Query() query: Record<string, unknown>): HsdsPage<HsdsTaxonomy> {
    return this.exporter.taxonomies(pageOf(query));
  }

  @Public()
  @Get('taxonomy_terms')
  taxonomyTerms(@Query() query: Record<string, unknown>): Promise<HsdsPage<HsdsTaxonomyTerm>> {
    const request = pageOf(query);
    const taxonomyId = query['taxonomy_id'];
    if (taxonomyId !== undefined && typeof taxonomyId !== 'string') {
      throw HsdsException.invalidQuery([{ path: 'taxonomy_id', message: 'must be given once' }]);
    }
    return this.exporter.taxonomyTerms(request, taxonomyId);
  }
}

function pageOf(query: Record<string, unknown>): PageRequest {
  const result = parsePageRequest(query);
  if (!result.ok) throw HsdsException.invalidQuery(result.problems);
  return result.request;
}
