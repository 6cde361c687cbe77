import { useParams } from 'react-router-dom';
import { ErrorPage } from '../../shared/errors/ErrorPage';
import { RevisionItem } from './RevisionItem';
import { ServiceItem } from './ServiceItem';
import './moderation.css';

/** /coordinator/moderation/service/:id or /coordinator/moderation/revision/:id. */
export default function ModerationItemPage() {
  const { kind, id } = useParams();
  if (!id) return <ErrorPage kind="notFound" />;
  if (kind === 'service') return <ServiceItem key={id} id={id} />;
  if (kind === 'revision') return <RevisionItem key={id} id={id} />;
  return <ErrorPage kind="notFound" />;
}
