import { isAdviceTopic, rankByMatchingTopics, topicsOfNeed } from '../src/advice-topics';

describe('advice topics', () => {
  it('takes a need’s measures and adjustments, and anonymous recruitment when chosen', () => {
    expect(topicsOfNeed({ measuresOpenTo: ['PAY_SUBSIDY'], adjustmentsOffered: ['WORKING_TIME'], anonymousRecruitment: false })).toEqual([
      'PAY_SUBSIDY',
      'WORKING_TIME',
    ]);
    expect(topicsOfNeed({ measuresOpenTo: [], adjustmentsOffered: [], anonymousRecruitment: true })).toEqual(['ANONYMOUS_RECRUITMENT']);
    expect(topicsOfNeed({ measuresOpenTo: [], adjustmentsOffered: [], anonymousRecruitment: false })).toEqual([]);
  });

  it('ignores codes that are not advice topics and repeats none', () => {
    expect(topicsOfNeed({ measuresOpenTo: ['WORK_TRIAL', 'SOMETHING_NEW', 'WORK_TRIAL'], adjustmentsOffered: [], anonymousRecruitment: false })).toEqual([
      'WORK_TRIAL',
    ]);
    expect(isAdviceTopic('INCLUSIVE_JOB_AD')).toBe(true);
    expect(isAdviceTopic('inclusive_job_ad')).toBe(false);
  });

  it('orders articles by the number of shared topics, then by slug, and drops the unrelated', () => {
    const articles = [
      { slug: 'c-working-time', topics: ['WORKING_TIME'] },
      { slug: 'b-pay-subsidy', topics: ['PAY_SUBSIDY'] },
      { slug: 'd-both', topics: ['PAY_SUBSIDY', 'WORKING_TIME', 'JOB_COACHING'] },
      { slug: 'a-unrelated', topics: ['INCLUSIVE_JOB_AD'] },
    ];
    expect(rankByMatchingTopics(articles, ['PAY_SUBSIDY', 'WORKING_TIME']).map((a) => a.slug)).toEqual(['d-both', 'b-pay-subsidy', 'c-working-time']);
    expect(rankByMatchingTopics(articles, [])).toEqual([]);
  });
});
