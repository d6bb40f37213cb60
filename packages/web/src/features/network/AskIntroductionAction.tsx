import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { IntroductionModal } from './IntroductionModal';

interface Props {
  member: { id: string; handle: string; displayName: string };
  state: { degree: string; mutualConnectionCount: number; invitation?: unknown };
}

/** "Ask for an introduction" on a 2nd-degree profile with no invitation pending between you. */
export function AskIntroductionAction({ member, state }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  if (state.degree !== 'SECOND' || state.invitation || state.mutualConnectionCount === 0) return null;
  return (
    <>
      <Button variant="default" onClick={open}>
        {t('introductions.ask.button')}
      </Button>
      <IntroductionModal member={member} opened={opened} onClose={close} />
    </>
  );
}
