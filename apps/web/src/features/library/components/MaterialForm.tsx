import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, MultiSelect, NumberInput, Radio, Select, SimpleGrid, Stack, Tabs, Text, Textarea, TextInput, Typography } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode, materialSchema } from '@gantry/shared';
import { FormError } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { MaterialInput, MaterialKind, MaterialScope } from '@/gql/graphql';
import { applyServerErrors, describeError } from '@/lib/errors';
import { useCreateMaterial, useUpdateMaterial } from '../hooks/useMaterialMutations';
import { KIND_LABEL, KINDS } from './labels';

export const MaterialFormFragment = graphql(`
  fragment MaterialForm_material on Material {
    id
    version
    kind
    scope
    chapterId
    title
    summary
    minutes
    bodyMarkdown
    bodyHtml
    url
    file {
      id
      filename
      contentType
      sizeBytes
    }
    modalities {
      id
      code
    }
    domains {
      id
      code
    }
  }
`);

type FormMaterial = ReturnType<typeof readForm>;
function readForm(ref: FragmentType<typeof MaterialFormFragment>) {
  return getFragmentData(MaterialFormFragment, ref);
}

export interface MaterialFormValues {
  kind: MaterialKind;
  scope: MaterialScope;
  chapterId: string | null;
  title: string;
  summary: string;
  minutes: number | string;
  modalityCodes: string[];
  domainCodes: string[];
  bodyMarkdown: string;
  url: string;
  fileId: string | null;
}

function valuesOf(m: FormMaterial): MaterialFormValues {
  return {
    kind: m.kind,
    scope: m.scope,
    chapterId: m.chapterId ?? null,
    title: m.title,
    summary: m.summary,
    minutes: m.minutes,
    modalityCodes: m.modalities.map((x) => x.code),
    domainCodes: m.domains.map((x) => x.code),
    bodyMarkdown: m.bodyMarkdown,
    url: m.url ?? '',
    fileId: m.file?.id ?? null,
  };
}

/** What the API receives: only the fields that belong to the kind and scope. */
export function toMaterialInput(v: MaterialFormValues): MaterialInput {
  return {
    kind: v.kind,
    scope: v.scope,
    chapterId: v.scope === 'CHAPTER' ? v.chapterId : null,
    title: v.title.trim(),
    summary: v.summary.trim(),
    minutes: typeof v.minutes === 'number' ? v.minutes : Number(v.minutes || Number.NaN),
    modalityCodes: v.modalityCodes,
    domainCodes: v.domainCodes,
    bodyMarkdown: v.bodyMarkdown,
    url: v.kind === 'LINK' ? v.url.trim() || null : null,
    fileId: v.kind === 'FILE' ? v.fileId : null,
  };
}

/** The shared zod rules (the API's own), with friendlier words for an empty number. */
export function validateMaterial(v: MaterialFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const input = toMaterialInput(v);
  const r = materialSchema.safeParse(input);
  if (!r.success) for (const i of r.error.issues) errors[i.path.join('.')] ??= i.message;
  // zod runs the schema's cross-field rules only once every field parses; say them at once
  // (in the schema's words) so the form lists everything missing in one go.
  if (!r.success && Object.keys(errors).length) {
    if (input.kind === 'READING' && !input.bodyMarkdown?.trim()) errors.bodyMarkdown ??= 'Write the reading.';
    if (input.kind === 'LINK' && !input.url) errors.url ??= 'Add the link.';
    if (input.kind === 'FILE' && !input.fileId) errors.fileId ??= 'Upload the file.';
    if (input.scope === 'CHAPTER' && !input.chapterId) errors.chapterId ??= 'Choose the chapter whose library this joins.';
  }
  if (v.minutes === '' || Number.isNaN(Number(v.minutes))) errors.minutes = 'Estimate how many minutes it takes.';
  return errors;
}

/** An uploaded file as the upload endpoint describes it. */
export interface AttachedFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

/** What the page's file picker gets (the upload itself is another feature's component). */
export interface FileFieldProps {
  file: AttachedFile | null;
  error: ReactNode;
  onUploaded: (file: AttachedFile) => void;
}

interface Props {
  /** The item being edited; without it the form creates a new one. */
  material?: FragmentType<typeof MaterialFormFragment>;
  modalities: readonly { code: string; name: string }[];
  domains: readonly { code: string; name: string }[];
  /** Chapters whose library the viewer may add to (myChapters). */
  chapters: readonly { id: string; name: string }[];
  /** Platform admins may share with every chapter. */
  canSharePlatform: boolean;
  onSaved: (id: string) => void;
  onCancel: () => void;
  /** Load the latest saved version after someone else saved first (edit only). */
  onConflict?: () => Promise<unknown>;
  /** The file picker for FILE items. */
  renderFileField: (field: FileFieldProps) => ReactNode;
}

const MARKDOWN_HELP = 'Markdown: ## Heading, **bold**, *italic*, - list item, 1. step, [text](https://…), | a | table |.';

/**
 * Create or edit a library item. The rules are the API's (the shared zod schema), so
 * most mistakes show before saving; whatever the API still refuses lands on its field.
 * An edit saves with the version it started from: if someone else saved meanwhile the
 * API answers CONFLICT, and the form keeps the user's edits and offers both ways on.
 */
export function MaterialForm({ material: ref, modalities, domains, chapters, canSharePlatform, onSaved, onCancel, onConflict, renderFileField }: Props) {
  const material = ref ? readForm(ref) : null;
  const editing = !!material;
  const { create, loading: creating } = useCreateMaterial();
  const { update, loading: updating } = useUpdateMaterial();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [tab, setTab] = useState<string | null>('write');
  const [file, setFile] = useState<AttachedFile | null>(material?.file ?? null);
  // The version this edit started from; only the user moves it on (after a conflict).
  const [baseVersion, setBaseVersion] = useState(material?.version ?? 0);

  const form = useForm<MaterialFormValues>({
    mode: 'controlled',
    initialValues: material
      ? valuesOf(material)
      : {
          kind: 'READING',
          scope: 'DRAFT',
          chapterId: chapters.length === 1 ? chapters[0]!.id : null,
          title: '',
          summary: '',
          minutes: 10,
          modalityCodes: [],
          domainCodes: [],
          bodyMarkdown: '',
          url: '',
          fileId: null,
        },
    validate: validateMaterial,
  });
  const values = form.getValues();

  const save = async (v: MaterialFormValues, expectedVersion: number) => {
    setFormError(null);
    setConflict(false);
    try {
      const input = toMaterialInput(v);
      const saved = material ? await update({ ...input, id: material.id, expectedVersion }) : await create(input);
      if (saved) onSaved(saved.id);
    } catch (e) {
      if (editing && describeError(e).code === ErrorCode.Conflict) {
        setConflict(true);
        setFormError('Someone else saved this item while you were editing. Your changes are still in the form.');
        await onConflict?.();
        return;
      }
      setFormError(applyServerErrors(form, e));
      if (describeError(e).fields.bodyMarkdown) setTab('write');
    }
  };

  const submit = form.onSubmit(
    (v) => save(v, baseVersion),
    (errors) => {
      if (errors.bodyMarkdown) setTab('write');
    },
  );

  const scopes: { value: MaterialScope; label: string; description: string; disabled?: boolean }[] = [
    { value: 'DRAFT', label: 'My drafts', description: 'Only you can see it.' },
    {
      value: 'CHAPTER',
      label: 'My chapter’s library',
      description: chapters.length ? 'Mentors and admins of the chapter can use it.' : 'You are not a mentor or admin of a chapter.',
      disabled: chapters.length === 0 && values.scope !== 'CHAPTER',
    },
  ];
  if (canSharePlatform || values.scope === 'PLATFORM') scopes.push({ value: 'PLATFORM', label: 'Every chapter', description: 'Shared platform-wide.' });

  const isReading = values.kind === 'READING';
  const savedHtml = material?.bodyHtml ?? '';
  const unsaved = editing && values.bodyMarkdown !== material?.bodyMarkdown;

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Edit library item' : 'New library item'}>
      <Stack>
        <FormError message={formError} title={conflict ? 'Not saved: someone else saved first' : 'Could not save'}>
          {conflict && material ? (
            <Stack gap="xs" mt="xs">
              <Text size="sm">
                The item is now at version {material.version}. Save yours over it as a new version (theirs stays in the history), or discard yours and load theirs.
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => {
                    setBaseVersion(material.version);
                    void save(form.getValues(), material.version);
                  }}
                >
                  Save mine as a new version
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    form.setValues(valuesOf(material));
                    setFile(material.file ?? null);
                    form.resetDirty();
                    setBaseVersion(material.version);
                    setConflict(false);
                    setFormError(null);
                  }}
                >
                  Discard mine and load theirs
                </Button>
              </Group>
            </Stack>
          ) : null}
        </FormError>

        {editing ? (
          <Text size="sm">
            <strong>Kind:</strong> {KIND_LABEL[values.kind]} <Text span c="dimmed" size="sm">(fixed once created)</Text>
          </Text>
        ) : (
          <Radio.Group label="Kind" required {...form.getInputProps('kind')}>
            <Group mt={6} gap="lg">
              {KINDS.map((k) => (
                <Radio key={k} value={k} label={KIND_LABEL[k]} />
              ))}
            </Group>
          </Radio.Group>
        )}

        <TextInput label="Title" required maxLength={200} {...form.getInputProps('title')} />
        <Textarea label="Summary" description="One or two sentences shown in search results." autosize minRows={2} maxRows={6} maxLength={600} {...form.getInputProps('summary')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput label="Minutes" description="To work through it" min={1} max={600} allowDecimal={false} required {...form.getInputProps('minutes')} />
          <MultiSelect
            label="Modalities"
            placeholder={values.modalityCodes.length ? undefined : 'Choose at least one'}
            data={modalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
            required
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('modalityCodes')}
          />
          <MultiSelect
            label="Exam domains"
            placeholder={values.domainCodes.length ? undefined : 'Choose at least one'}
            data={domains.map((d) => ({ value: d.code, label: d.name }))}
            required
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('domainCodes')}
          />
        </SimpleGrid>

        <Radio.Group label="Who can use it" required {...form.getInputProps('scope')}>
          <Stack mt={6} gap="xs">
            {scopes.map((s) => (
              <Radio key={s.value} value={s.value} label={s.label} description={s.description} disabled={s.disabled} />
            ))}
          </Stack>
        </Radio.Group>
        {values.scope === 'CHAPTER' ? (
          <Select
            label="Chapter"
            placeholder="Choose the chapter"
            data={chapters.map((c) => ({ value: c.id, label: c.name }))}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('chapterId')}
          />
        ) : null}

        {values.kind === 'LINK' ? (
          <TextInput label="Link" description="An https:// address; it opens in a new tab." type="url" placeholder="https://…" required maxLength={1000} {...form.getInputProps('url')} />
        ) : null}
        {values.kind === 'FILE' ? (
          renderFileField({
            file,
            error: form.errors.fileId,
            onUploaded: (f) => {
              setFile(f);
              form.setFieldValue('fileId', f.id);
              form.clearFieldError('fileId');
            },
          })
        ) : null}

        <Tabs value={tab} onChange={setTab} keepMounted>
          <Tabs.List>
            <Tabs.Tab value="write">Write</Tabs.Tab>
            <Tabs.Tab value="preview">Preview</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <Textarea
              label={isReading ? 'Reading' : 'Notes (optional)'}
              description={MARKDOWN_HELP}
              required={isReading}
              autosize
              minRows={isReading ? 10 : 4}
              maxRows={30}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('bodyMarkdown')}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            {savedHtml ? (
              <Stack gap="xs">
                <Alert variant="light" color={unsaved ? 'yellow' : 'blue'} p="xs">
                  <Text size="sm">
                    {unsaved ? 'Preview shows the saved version. Your unsaved changes appear here once you save.' : 'Preview shows the saved version.'}
                  </Text>
                </Alert>
                <Typography data-testid="saved-preview">
                  <div dangerouslySetInnerHTML={{ __html: savedHtml }} />
                </Typography>
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                The formatted text appears here once the item is saved (the server formats and cleans it). {MARKDOWN_HELP}
              </Text>
            )}
          </Tabs.Panel>
        </Tabs>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={creating || updating}>
            {editing ? 'Save as a new version' : 'Create item'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
