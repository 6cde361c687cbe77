import { Link } from 'react-router-dom';
import { RouterLink } from 'suomifi-ui-components';
import { useModerationText } from './moderation-text';

export function BackToQueue() {
  const { t } = useModerationText();
  return (
    <RouterLink asComponent={Link} to="/coordinator/moderation" className="moderation-back">
      {t('item.back')}
    </RouterLink>
  );
}
