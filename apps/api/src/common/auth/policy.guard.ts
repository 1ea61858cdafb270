import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { rolesGrant } from '@gantry/shared';
import { AppError } from '../errors/app-error';
import { POLICY_KEY, type Policy } from './policy.decorator';
import type { GqlContext, RequestWithViewer, Viewer } from './viewer';

/** Deny by default: an operation without a declared policy is refused. */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      this.logger.error(`No policy declared on ${context.getClass().name}.${context.getHandler().name}; denied.`);
      throw AppError.forbidden();
    }
    if (policy.kind === 'public') return true;
    const viewer = viewerOf(context);
    if (!viewer) throw AppError.unauthenticated();
    if (policy.kind === 'authenticated') return true;
    if (rolesGrant(viewer.roles, policy.permission)) return true;
    throw AppError.forbidden();
  }
}

export function viewerOf(context: ExecutionContext): Viewer | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GqlContext>().viewer;
  }
  return context.switchToHttp().getRequest<RequestWithViewer>().viewer;
}
