import { toInput, toValues, validateMonitoring } from './monitoring-values';

describe('monitoring settings form values', () => {
  it('shows no threshold as an empty field and a threshold as typed', () => {
    expect(toValues({ tierEra: 'AUTO', complaintSpikeThreshold: null })).toEqual({
      tierEra: 'AUTO',
      complaintSpikeThreshold: '',
    });
    expect(toValues({ tierEra: 'LEGACY', complaintSpikeThreshold: 2.5 }).complaintSpikeThreshold).toBe('2.5');
  });

  it('accepts empty (mean + 3σ) and rates from 0 to 1,000, a decimal comma included', () => {
    for (const threshold of ['', '  ', '0', '2,5', '1000'])
      expect(validateMonitoring({ tierEra: 'AUTO', complaintSpikeThreshold: threshold })).toEqual({});
  });

  it('refuses negative, too large and non-numeric thresholds', () => {
    for (const threshold of ['-1', '1000.5', 'abc', '3 per 1000'])
      expect(validateMonitoring({ tierEra: 'AUTO', complaintSpikeThreshold: threshold })).toEqual({
        complaintSpikeThreshold: 'monitoringSettings.validation.threshold',
      });
  });

  it('sends null for an empty threshold and the parsed number otherwise', () => {
    expect(toInput({ tierEra: 'PORTFOLIO_2025', complaintSpikeThreshold: '' })).toEqual({
      tierEra: 'PORTFOLIO_2025',
      complaintSpikeThreshold: null,
    });
    expect(toInput({ tierEra: 'ERA_2023', complaintSpikeThreshold: ' 4,25 ' })).toEqual({
      tierEra: 'ERA_2023',
      complaintSpikeThreshold: 4.25,
    });
  });
});
