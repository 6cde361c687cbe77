import { Page } from '../../shared/layout/Page';

// Placeholder: replaced by the page itself.
export default function AdviceListPage() {
  return <Page title="AdviceListPage" />;
}
