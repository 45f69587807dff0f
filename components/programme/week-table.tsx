import { ContentBlocks } from "@/components/content/content-blocks";
import type { ProgrammeOptionView } from "@/lib/content/programme-page";

const weeksLabel = (from: number, to: number) => (from === to ? `${from}` : `${from} to ${to}`);

/** The trial's dose, week by week: a real table with a caption, each row with its sources. */
export function WeekTable({ option }: { option: ProgrammeOptionView }) {
  return (
    <table className="hp-programme__weeks">
      <caption>Week by week: {option.title.replace(/^Option \d: /, "")}</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Exercise</th>
          <th scope="col">Sets x reps</th>
          <th scope="col">Load</th>
          <th scope="col">How often</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {option.weeks.map((row, index) => (
          <tr key={index}>
            <th scope="row">Week {weeksLabel(row.from, row.to)}</th>
            <td data-label="Exercise">{row.exercise}</td>
            <td data-label="Sets x reps">
              {row.sets} x {row.reps}
            </td>
            <td data-label="Load">{row.load}</td>
            <td data-label="How often">{row.days}</td>
            <td data-label="Source">
              <ContentBlocks blocks={row.sources} headingLevel={3} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
