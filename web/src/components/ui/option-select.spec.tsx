/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@web/i18n/i18n-context';
import { OptionSelect } from './option-select';

describe('OptionSelect', () => {
  it('names the control by its label alone, lists the options in their words and reports the value chosen', () => {
    const onChange = jest.fn();
    render(
      <I18nProvider initialLocale="en">
        <OptionSelect
          label="Trend by"
          value="DAY"
          options={[
            { value: 'DAY', label: 'support.trend.DAY' },
            { value: 'WEEK', label: 'support.trend.WEEK' },
          ]}
          onChange={onChange}
        />
      </I18nProvider>,
    );
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Trend by' });
    expect(select.value).toBe('DAY');
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([
      ['DAY', 'Day'],
      ['WEEK', 'Week'],
    ]);
    fireEvent.change(select, { target: { value: 'WEEK' } });
    expect(onChange).toHaveBeenCalledWith('WEEK');
  });
});
