import type { ReactNode } from 'react';
import { Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../shared/i18n/i18n';
import type { NeedHit } from './NeedCard';

/** One term–value row of a description list (`<dl>`). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A need card's line under its title: the company, the place (or `placeUnknown`) and the occupation. */
export function NeedCardMeta({ hit, place, placeUnknown, className }: { hit: NeedHit; place: string | undefined; placeUnknown: string; className: string }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  return (
    <p className={className}>
      <Text variant="bold">{hit.companyName}</Text>
      {' · '}
      <Text>{place || placeUnknown}</Text>
      {hit.occupationLabel ? (
        <>
          {' · '}
          {/* Occupation labels are stored in Finnish. */}
          <Text lang={language === 'fi' ? undefined : 'fi'}>{hit.occupationLabel}</Text>
        </>
      ) : null}
    </p>
  );
}
