import { CampaignCadence } from './campaigns.enums';
import { baselineOf, campaignPeriods } from './periods';

describe('campaign periods', () => {
  it('splits a three-month campaign into calendar-like months and mirrors its baseline', () => {
    const periods = campaignPeriods('2026-04-01', '2026-06-30', CampaignCadence.MONTHLY);
    expect(periods).toEqual([
      { from: '2026-04-01', to: '2026-05-01' },
      { from: '2026-05-01', to: '2026-06-01' },
      { from: '2026-06-01', to: '2026-07-01' },
    ]);
    expect(baselineOf({ from: '2026-04-01', to: '2026-07-01' }, '2026-04-01', CampaignCadence.MONTHLY)).toEqual({
      from: '2026-01-01',
      to: '2026-04-01',
    });
    expect(baselineOf(periods[1], '2026-04-01', CampaignCadence.MONTHLY)).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
    });
  });

  it('cuts the last period at the end day and clamps month ends', () => {
    expect(campaignPeriods('2026-01-31', '2026-03-10', CampaignCadence.MONTHLY)).toEqual([
      { from: '2026-01-31', to: '2026-02-28' },
      { from: '2026-02-28', to: '2026-03-11' },
    ]);
    expect(campaignPeriods('2026-01-01', '2026-01-10', CampaignCadence.WEEKLY)).toEqual([
      { from: '2026-01-01', to: '2026-01-08' },
      { from: '2026-01-08', to: '2026-01-11' },
    ]);
  });
});
