import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../common/auth/policy.decorator';
import { FilePurpose } from './stored-file.entity';
import { FilesService } from './files.service';
import { FilePurposeEnum, StoredFileModel, UploadLimitsModel } from './stored-file.model';

/**
 * A StoredFile is only reachable through a parent the viewer may see (`Material.file`),
 * so its links are signed for whoever reached it.
 */
@Resolver(() => StoredFileModel)
export class FilesResolver {
  constructor(private readonly files: FilesService) {}

  @Authenticated()
  @Query(() => UploadLimitsModel, { description: 'Size and types allowed for uploads of this purpose (POST /files?purpose=…).' })
  uploadLimits(@Args('purpose', { type: () => FilePurposeEnum }) purpose: FilePurpose): UploadLimitsModel {
    return this.files.limits(purpose);
  }

  @Authenticated()
  @ResolveField(() => String, { description: 'Signed, short-lived link that opens the file in the browser where it can (PDF, images), else downloads it: a path on this origin, or a storage URL.' })
  async url(@Parent() f: StoredFileModel): Promise<string> {
    return this.files.link(f, 'inline');
  }

  @Authenticated()
  @ResolveField(() => String, { description: 'Signed, short-lived link that always downloads the file.' })
  async downloadUrl(@Parent() f: StoredFileModel): Promise<string> {
    return this.files.link(f, 'attachment');
  }
}
