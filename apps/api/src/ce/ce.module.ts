import { Module } from '@nestjs/common';
import { CeService } from './ce.service';
import { CredentialRulesService } from './credential-rules.service';
import { CeResolver, CredentialRulesResolver } from './ce.resolver';

/** Continuing education (issue 6): the CE ledger, the certification profile and eligibility, the versioned CRES rules. */
@Module({
  providers: [CeService, CredentialRulesService, CeResolver, CredentialRulesResolver],
  exports: [CredentialRulesService],
})
export class CeModule {}
