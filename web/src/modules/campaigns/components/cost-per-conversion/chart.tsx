import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface CostBar {
  key: string;
  name: string;
  cost: number;
  conversions: number;
  cheapest: boolean;
}

const BAR = '#1f5fbf';
const CHEAPEST = '#1a7f4b';

/** Cost per conversion as horizontal bars, cheapest on top and in green; selecting a bar calls onSelect. */
export function CostPerConversionChart({
  bars,
  label,
  money,
  costName,
  onSelect,
}: {
  bars: CostBar[];
  label: string;
  money: (value: number) => string;
  costName: string;
  onSelect: (bar: CostBar) => void;
}) {
  const height = Math.max(160, bars.length * 36 + 40);
  return (
    <div className="chart" role="img" aria-label={label} data-testid="cost-per-conversion-chart">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" horizontal={false} />
          <XAxis type="number" tickFormatter={money} />
          <YAxis type="category" dataKey="name" width={160} interval={0} />
          <Tooltip formatter={(value) => [money(Number(value)), costName]} />
          <Bar
            dataKey="cost"
            isAnimationActive={false}
            style={{ cursor: 'pointer' }}
            onClick={(_, index) => bars[index] && onSelect(bars[index])}
          >
            {bars.map((bar) => (
              <Cell key={bar.key} fill={bar.cheapest ? CHEAPEST : BAR} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
