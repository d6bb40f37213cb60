import { MEDIA_RULES, type CropArea } from '@carnet/shared';
import { Box, Slider, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import Cropper, { type Area } from 'react-easy-crop';
import { useTranslation } from 'react-i18next';

interface Props {
  kind: 'PHOTO' | 'COVER';
  src: string;
  onAreaChange: (area: CropArea) => void;
}

const MAX_ZOOM = 4;
/** Container pixels an arrow key moves the image by. */
const KEYBOARD_STEP = 10;

/** The area in whole pixels, as the upload route expects it. */
function wholePixels({ x, y, width, height }: Area): CropArea {
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

/**
 * Shows the chosen image with a frame of the kind's shape (a circle over a square for photos, a 4:1 band for
 * covers) that the member moves with the pointer or the arrow keys and zooms with the slider.
 *
 * The area is reported in pixels of the image as the browser shows it, that is after its EXIF orientation:
 * the server orients the image the same way before cropping.
 */
export function ImageCropper({ kind, src, onAreaChange }: Props) {
  const { t } = useTranslation();
  const [position, setPosition] = useState({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(1);
  const helpId = useId();
  return (
    <Stack gap="sm">
      <Box
        pos="relative"
        h={kind === 'PHOTO' ? 300 : 220}
        bg="dark.7"
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      >
        <Cropper
          image={src}
          crop={position}
          zoom={zoom}
          maxZoom={MAX_ZOOM}
          keyboardStep={KEYBOARD_STEP}
          aspect={MEDIA_RULES[kind].aspect ?? 1}
          cropShape={kind === 'PHOTO' ? 'round' : 'rect'}
          showGrid={false}
          onCropChange={setPosition}
          onZoomChange={setZoom}
          onCropComplete={(_, pixels) => onAreaChange(wholePixels(pixels))}
          mediaProps={{ alt: t('media.preview') }}
          cropperProps={{ role: 'group', 'aria-label': t('media.cropArea'), 'aria-describedby': helpId }}
        />
      </Box>
      <Text size="sm" c="dimmed" id={helpId}>
        {t('media.cropHelp')}
      </Text>
      <Box>
        <Text size="sm" aria-hidden>
          {t('media.zoom')}
        </Text>
        <Slider
          value={zoom}
          onChange={setZoom}
          min={1}
          max={MAX_ZOOM}
          step={0.05}
          label={(value) => `${Math.round(value * 100)} %`}
          thumbLabel={t('media.zoom')}
        />
      </Box>
    </Stack>
  );
}
