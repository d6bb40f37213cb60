import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const BADGED = ['FIRST', 'SECOND', 'THIRD'];

/** "1st", "2nd" or "3rd" beside a member; nothing for the viewer themselves or out of network. */
export function DegreeBadge({ degree }: { degree: string }) {
  const { t } = useTranslation();
  if (!BADGED.includes(degree)) return null;
  const label = t(`network.degree.${degree}`);
  return (
    <Badge variant="outline" aria-label={t('network.degree.label', { degree: label })}>
      {label}
    </Badge>
  );
}
