import { describe, expect, it } from 'vitest';
import { historyWords, type HistoryFormat } from './list-history';

const format: HistoryFormat = {
  coordinatorStatus: (status) => `c:${status}`,
  employerStatus: (status) => `e:${status}`,
  date: (iso) => `d:${iso.slice(0, 10)}`,
};

describe('historyWords', () => {
  it('names the status set and who set it, by role and organisation', () => {
    expect(
      historyWords({ kind: 'COORDINATOR_STATUS', actor: 'COORDINATOR', actorOrganizationName: 'Lahden työllisyyspalvelut', byYou: false, coordinatorStatus: 'RELEVANT' }, format),
    ).toEqual({
      what: { key: 'history.kind.COORDINATOR_STATUS', params: { status: 'c:RELEVANT' } },
      by: { key: 'history.by.COORDINATOR_AT', params: { organization: 'Lahden työllisyyspalvelut' } },
    });
    expect(historyWords({ kind: 'EMPLOYER_STATUS', actor: 'EMPLOYER', actorOrganizationName: 'Konepaja Oy', byYou: false, employerStatus: 'HIRED' }, format)).toEqual({
      what: { key: 'history.kind.EMPLOYER_STATUS', params: { status: 'e:HIRED' } },
      by: { key: 'history.by.EMPLOYER_AT', params: { organization: 'Konepaja Oy' } },
    });
  });

  it('names the progress outcome recorded, by the employer or a coordinator', () => {
    expect(
      historyWords({ kind: 'PROGRESS', actor: 'EMPLOYER', actorOrganizationName: 'Konepaja Oy', byYou: false, progress: 'WORK_TRIAL' }, { ...format, progress: (p) => `p:${p}` }),
    ).toEqual({
      what: { key: 'history.kind.PROGRESS', params: { progress: 'p:WORK_TRIAL' } },
      by: { key: 'history.by.EMPLOYER_AT', params: { organization: 'Konepaja Oy' } },
    });
    expect(historyWords({ kind: 'PROGRESS', actor: 'COORDINATOR', byYou: true, progress: null }, format).what).toEqual({ key: 'history.kind.PROGRESS_UNKNOWN', params: {} });
  });

  it('says "you" for the reader’s own steps, and names no organisation it does not know', () => {
    expect(historyWords({ kind: 'PRESENTED', actor: 'COORDINATOR', actorOrganizationName: 'Lahden työllisyyspalvelut', byYou: true }, format).by).toEqual({
      key: 'history.by.YOU_AT',
      params: { organization: 'Lahden työllisyyspalvelut' },
    });
    expect(historyWords({ kind: 'SHARE_CANCELLED', actor: 'COORDINATOR', actorOrganizationName: null, byYou: false }, format).by).toEqual({ key: 'history.by.COORDINATOR', params: {} });
  });

  it('gives the deadline of a share request, and the jobseeker’s and the system’s steps without an organisation', () => {
    expect(historyWords({ kind: 'SHARE_REQUESTED', actor: 'COORDINATOR', byYou: true, shareDeadline: '2026-12-24T10:00:00.000Z' }, format).what).toEqual({
      key: 'history.kind.SHARE_REQUESTED',
      params: { deadline: 'd:2026-12-24' },
    });
    expect(historyWords({ kind: 'SHARE_ACCEPTED', actor: 'JOBSEEKER', byYou: false }, format)).toEqual({
      what: { key: 'history.kind.SHARE_ACCEPTED', params: {} },
      by: { key: 'history.by.JOBSEEKER', params: {} },
    });
    expect(historyWords({ kind: 'SHARE_EXPIRED', actor: 'SYSTEM', byYou: false }, format).by).toEqual({ key: 'history.by.SYSTEM', params: {} });
  });
});
