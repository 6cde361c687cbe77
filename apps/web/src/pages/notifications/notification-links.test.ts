import { describe, expect, it } from 'vitest';
import schema from '../../../../../schema.gql?raw';
import { LANGUAGES } from '../../shared/i18n/i18n';
import { loadResources } from '../../shared/i18n/all-resources';
import { concernsRoles, NOTIFICATION_CHANNELS, NOTIFICATION_TYPES, notificationTarget, typeKey } from './notification-links';

/** The values of one enum of the committed schema: the contract, not the generated code. */
function schemaEnum(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? '';
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
}

const need = { needId: 'need-1', proposalId: 'proposal-1', serviceId: 'service-1' };

describe('where a notification leads', () => {
  it('opens the need of a received proposal on the employer’s own need page', () => {
    expect(notificationTarget({ type: 'PROPOSAL_RECEIVED', subject: need }, ['EMPLOYER_USER'])).toEqual({ kind: 'need', to: '/needs/need-1' });
  });

  it('opens the need of an answered proposal and of a forward on the need’s public page for a provider', () => {
    expect(notificationTarget({ type: 'PROPOSAL_ANSWERED', subject: need }, ['PROVIDER_USER'])).toEqual({ kind: 'need', to: '/open-needs/need-1' });
    expect(notificationTarget({ type: 'NEED_FORWARDED', subject: { needId: 'need-2', forwardId: 'f' } }, ['PROVIDER_USER'])).toEqual({
      kind: 'need',
      to: '/open-needs/need-2',
    });
  });

  it('opens a coordinator’s strong-match digest on the need’s page', () => {
    expect(notificationTarget({ type: 'STRONG_MATCHES', subject: { needId: 'need-3' } }, ['COORDINATOR'])).toEqual({ kind: 'need', to: '/open-needs/need-3' });
  });

  it('opens the service of a moderation decision and of a submission', () => {
    expect(notificationTarget({ type: 'SERVICE_MODERATED', subject: { serviceId: 's-1' } }, ['PROVIDER_USER'])).toEqual({ kind: 'service', to: '/services/s-1' });
    expect(notificationTarget({ type: 'SERVICE_SUBMITTED', subject: { serviceId: 's-2' } }, ['COORDINATOR'])).toEqual({ kind: 'service', to: '/services/s-2' });
  });

  it('opens the jobseeker’s contacts page from a share request, its reminder and a closed candidacy', () => {
    for (const type of ['SHARE_REQUEST', 'SHARE_REQUEST_REMINDER', 'CANDIDACY_CLOSED']) {
      expect(notificationTarget({ type, subject: { needId: 'n', shareRequestId: 'r' } }, ['JOBSEEKER'])).toEqual({ kind: 'contacts', to: '/jobseeker/share-requests' });
    }
    expect(notificationTarget({ type: 'CANDIDACY_CLOSED', subject: { needId: 'n' } }, ['COORDINATOR'])).toBeNull();
  });

  it('gives no link where the web app has no page or the id is missing', () => {
    expect(notificationTarget({ type: 'PROPOSAL_RECEIVED', subject: {} }, ['EMPLOYER_USER'])).toBeNull();
    expect(notificationTarget({ type: 'SERVICE_MODERATED', subject: { needId: 'n' } }, ['PROVIDER_USER'])).toBeNull();
  });

  it('gives no link for a type this version does not know', () => {
    expect(notificationTarget({ type: 'SOMETHING_NEW', subject: need }, ['EMPLOYER_USER'])).toBeNull();
    expect(typeKey('SOMETHING_NEW')).toBe('unknown');
  });

  it('escapes ids in the path', () => {
    expect(notificationTarget({ type: 'SERVICE_MODERATED', subject: { serviceId: 'a/b' } }, [])?.to).toBe('/services/a%2Fb');
  });

  it('lists first the types that concern the person’s roles', () => {
    expect(concernsRoles('PROPOSAL_RECEIVED', ['EMPLOYER_USER'])).toBe(true);
    expect(concernsRoles('SHARE_REQUEST', ['EMPLOYER_USER'])).toBe(false);
    expect(concernsRoles('SOMETHING_NEW', ['EMPLOYER_USER'])).toBe(false);
  });
});

describe('notification words', () => {
  const resources = loadResources();
  const types = schemaEnum('NotificationType');
  const channels = schemaEnum('NotificationChannel');

  it('knows every notification type and channel of the schema', () => {
    expect(types.length).toBeGreaterThanOrEqual(8);
    expect([...NOTIFICATION_TYPES].sort()).toEqual([...types].sort());
    expect([...NOTIFICATION_CHANNELS].sort()).toEqual([...channels].sort());
  });

  it.each(LANGUAGES)('has a label and a description for every type and channel in %s', (language) => {
    const dictionary = resources[language]['notifications'] as {
      types: Record<string, { label?: string; description?: string }>;
      channels: Record<string, { label?: string; hint?: string }>;
    };
    for (const type of [...types, 'unknown']) {
      expect({ type, label: dictionary.types[type]?.label?.trim() || null }).toEqual({ type, label: expect.any(String) });
      expect({ type, description: dictionary.types[type]?.description?.trim() || null }).toEqual({ type, description: expect.any(String) });
    }
    for (const channel of channels) {
      expect({ channel, label: dictionary.channels[channel]?.label?.trim() || null }).toEqual({ channel, label: expect.any(String) });
    }
  });

  it('names every type differently within a language', () => {
    for (const language of LANGUAGES) {
      const dictionary = resources[language]['notifications'] as { types: Record<string, { label: string }> };
      const labels = types.map((type) => dictionary.types[type].label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
