import { checkUploadFile, MEDIA_RULES, userErrorMessage, type CropArea, type MediaKind } from '@carnet/shared';
import { Button, FileButton, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { ImageCropper } from './ImageCropper';
import { uploadMedia } from './upload';

interface Props extends ButtonProps {
  kind: MediaKind;
  label: string;
  onUploaded: () => void;
  /** Where to send the file, when it is not the member's own profile (a company page's logo or cover). */
  route?: string;
}

/**
 * Picks a file, checks it with the shared rules, lets the member choose the area of an image to keep, and
 * uploads it with that area. Errors, the server's included, are shown in the reader's language.
 */
export function MediaUploadButton({ kind, label, onUploaded, route, ...buttonProps }: Props) {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState<{ file: File; url: string } | null>(null);
  const [area, setArea] = useState<CropArea | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // Emptied after each choice, so that choosing the same file again (after an error) is noticed.
  const resetRef = useRef<() => void>(null);
  useEffect(
    () => () => {
      if (pending) URL.revokeObjectURL(pending.url);
    },
    [pending],
  );

  const send = async (file: File, crop: CropArea | null = null) => {
    setSending(true);
    try {
      const [problem] = await uploadMedia(kind, file, i18n.language, crop, route);
      setError(problem?.message ?? null);
      if (!problem) onUploaded();
    } catch {
      setError(t('errors.network'));
    } finally {
      setSending(false);
      setPending(null);
    }
  };

  const pick = (file: File | null) => {
    if (!file) return;
    resetRef.current?.();
    const [invalid] = checkUploadFile(kind, file);
    if (invalid) return setError(userErrorMessage(invalid, currentLocale(i18n.language)));
    setError(null);
    if (kind === 'CV') return void send(file);
    setArea(null);
    setPending({ file, url: URL.createObjectURL(file) });
  };

  return (
    <Stack gap={4} align="flex-start">
      <FileButton resetRef={resetRef} onChange={pick} accept={MEDIA_RULES[kind].types.join(',')}>
        {(props) => (
          <Button leftSection={<IconUpload size={16} />} loading={sending} {...buttonProps} {...props}>
            {label}
          </Button>
        )}
      </FileButton>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      <Modal opened={!!pending} onClose={() => setPending(null)} title={label} size="lg">
        {pending && kind !== 'CV' && (
          <Stack>
            <ImageCropper kind={kind} src={pending.url} onAreaChange={setArea} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                {t('profile.cancel')}
              </Button>
              <Button loading={sending} onClick={() => void send(pending.file, area)}>
                {t('profile.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
