import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FindableByEmailQuery, SetFindableByEmailMutation } from './operations';

/** The privacy setting: whether people who know your sign-in address may find you with it. */
export function FindableByEmailCard() {
  const { t } = useTranslation();
  const { data } = useQuery(FindableByEmailQuery);
  const [setFindable] = useMutation(SetFindableByEmailMutation);
  const findable = data?.viewer?.findableByEmail;
  if (findable == null) return null;
  return (
    <Card withBorder>
      <Switch
        checked={findable}
        onChange={(event) => void setFindable({ variables: { findable: event.currentTarget.checked } })}
        label={t('network.findable.label')}
        description={t('network.findable.description')}
        size="md"
      />
    </Card>
  );
}
