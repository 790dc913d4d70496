import { useI18n } from '@web/i18n/i18n-context';

const DAYS = [1, 2, 3, 4, 5, 6, 7];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

interface Slot {
  /** ISO weekday, 1 = Monday. */
  dayOfWeek: number;
  hour: number;
}

/**
 * A heatmap by weekday and hour (rows Monday to Sunday, columns 0–23), each cell shaded by its level. It is a real
 * table: screen readers read it cell by cell, each cell described. Cells that open something are buttons; the others
 * are images. A slot without a cell stays empty.
 */
export function HourOfWeekGrid<Cell extends Slot>({
  title,
  shadeNote,
  cells,
  level,
  describe,
  onOpen,
  testId,
}: {
  title: string;
  /** What the shade means, read after the title. */
  shadeNote: string;
  cells: readonly Cell[];
  /** How dark the cell is, 0 to 1. */
  level: (cell: Cell) => number;
  describe: (cell: Cell) => string;
  onOpen?: (cell: Cell) => void;
  testId?: string;
}) {
  const { fmt } = useI18n();
  const byKey = new Map(cells.map((c) => [`${c.dayOfWeek}-${c.hour}`, c]));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
      <table className="heatmap" data-testid={testId}>
        <caption className="visually-hidden">
          {title}. {shadeNote}
        </caption>
        <thead>
          <tr>
            <td />
            {HOURS.map((hour) => (
              <th key={hour} scope="col" abbr={fmt.hour(hour)}>
                {hour}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DAYS.map((day) => (
            <tr key={day}>
              <th scope="row" abbr={fmt.weekday(day)}>
                {fmt.weekday(day, 'short')}
              </th>
              {HOURS.map((hour) => {
                const cell = byKey.get(`${day}-${hour}`);
                if (!cell) return <td key={hour} className="heatmap-empty" />;
                const backgroundColor = `rgba(31, 95, 191, ${(0.12 + 0.88 * level(cell)).toFixed(2)})`;
                const description = describe(cell);
                return (
                  <td key={hour}>
                    {onOpen ? (
                      <button
                        type="button"
                        className="heatmap-cell"
                        style={{ backgroundColor }}
                        aria-label={description}
                        title={description}
                        onClick={() => onOpen(cell)}
                      />
                    ) : (
                      <span
                        className="heatmap-cell"
                        role="img"
                        style={{ backgroundColor, cursor: 'default' }}
                        aria-label={description}
                        title={description}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
