import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@web/i18n/i18n-context';

export interface SourceBar {
  key: string;
  name: string;
  conversations: number;
  uniqueContacts: number;
}

/** Conversations and unique contacts per source kind; selecting a kind's bars calls onSelect. */
export function SourceKindsChart({
  bars,
  label,
  onSelect,
}: {
  bars: SourceBar[];
  label: string;
  onSelect: (bar: SourceBar) => void;
}) {
  const { t, fmt } = useI18n();
  const names = { conversations: t('campaigns.conversations'), uniqueContacts: t('campaigns.contacts') };
  return (
    <div className="chart" role="img" aria-label={label} data-testid="source-kinds-chart">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart
          data={bars}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          onClick={(state) => {
            const index = Number(state.activeTooltipIndex);
            if (Number.isInteger(index) && bars[index]) onSelect(bars[index]);
          }}
          style={{ cursor: 'pointer' }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip formatter={(value, name) => [fmt.count(Number(value)), names[name as keyof typeof names]]} />
          <Legend formatter={(name) => names[name as keyof typeof names]} />
          <Bar dataKey="conversations" fill="#1f5fbf" isAnimationActive={false} />
          <Bar dataKey="uniqueContacts" fill="#6a3fb5" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
