import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { byValue } from '../common/graphql-enums';
import { FilePurpose, type StoredFileEntity } from './stored-file.entity';
import { FilePreview, previewOf } from './file-types';

export const FilePurposeEnum = byValue(FilePurpose);
export const FilePreviewEnum = byValue(FilePreview);
registerEnumType(FilePurposeEnum, { name: 'FilePurpose', description: 'What a file is uploaded for: library MATERIAL or a homework SUBMISSION.' });
registerEnumType(FilePreviewEnum, { name: 'FilePreview', description: 'How the web app can show a file in the page: PDF, IMAGE, or NONE (download only).' });

@ObjectType('StoredFile', { description: 'An uploaded file. Its links are signed and short-lived: fetch them when needed, do not store them.' })
export class StoredFileModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'A cleaned-up version of the name it was uploaded with.' }) filename!: string;
  @Field({ description: 'The type sniffed from the bytes when it was uploaded.' }) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => FilePreviewEnum) preview!: FilePreview;
  /** For signing links; never a field. */
  storageKey!: string;
}

export const toStoredFile = (e: StoredFileEntity): StoredFileModel => ({
  id: e.id,
  filename: e.filename,
  contentType: e.contentType,
  sizeBytes: e.sizeBytes,
  preview: previewOf(e.contentType),
  storageKey: e.storageKey,
});

@ObjectType('UploadLimits', { description: 'What may be uploaded for a purpose, to show (and check) before uploading.' })
export class UploadLimitsModel {
  @Field(() => Int) maxBytes!: number;
  @Field(() => [String], { description: 'Content types accepted (decided from the file’s bytes, not its name).' }) contentTypes!: string[];
  @Field(() => [String], { description: 'File name extensions, with the dot (".pdf"), e.g. for an <input accept>.' }) extensions!: string[];
}
