import type { PlanField, PlanProblem, PlanValues } from "@/lib/plan/input";
import { CONDITION_LABELS, PlanCondition, Unit } from "@/lib/plan/rules";
import { PLAN_PATH } from "@/lib/site";

type Props = {
  heading: string;
  /** The values to show again (a 400 keeps what was typed), empty on a new form. */
  values?: PlanValues;
  problems?: PlanProblem[];
};

const EMPTY: PlanValues = { distance: "", unit: "", weeks: "", condition: "" };

/** The id of a field's input (or its first radio button), which the list of problems links to. */
export const fieldId = (field: PlanField) => `plan-${field}`;

const UNIT_LABELS: Record<Unit, string> = { km: "km", miles: "miles" };

/**
 * A plain GET form to the plan page: it works with JavaScript off, and the
 * plan's address holds every number, so it can be bookmarked. Inputs are text,
 * not type=number, so whatever was typed comes back on a 400 to be corrected.
 */
export function PlanForm({ heading, values = EMPTY, problems = [] }: Props) {
  const problem = (field: PlanField) => problems.find((item) => item.field === field)?.message;
  const described = (field: PlanField) => (problem(field) ? `${fieldId(field)}-error` : undefined);
  const error = (field: PlanField) =>
    problem(field) ? (
      <p id={`${fieldId(field)}-error`} className="hp-plan-form__error">
        <span className="hp-visually-hidden">Error: </span>
        {problem(field)}
      </p>
    ) : null;
  const fieldClass = (field: PlanField) => `hp-plan-form__field${problem(field) ? " hp-plan-form__field--error" : ""}`;
  const textField = (field: "distance" | "weeks", label: string, inputMode: "decimal" | "numeric") => (
    <div className={fieldClass(field)}>
      <label htmlFor={fieldId(field)}>{label}</label>
      {error(field)}
      <input
        id={fieldId(field)}
        name={field}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        defaultValue={values[field]}
        aria-invalid={problem(field) ? true : undefined}
        aria-describedby={described(field)}
        className="hp-plan-form__input hp-plan-form__input--short"
      />
    </div>
  );

  return (
    <form action={PLAN_PATH} method="get" className="hp-plan-form" aria-labelledby="plan-form-heading">
      <h2 id="plan-form-heading">{heading}</h2>
      <p className="hp-plan-form__hint">
        We work out your first walk and each stage from the NHS Wales staged plan, with the rule and source beside every
        number. Nothing you enter is stored.
      </p>

      {textField("distance", "How far was your usual run?", "decimal")}

      <fieldset className={fieldClass("unit")} aria-describedby={described("unit")}>
        <legend>Is that in km or miles?</legend>
        {error("unit")}
        <div className="hp-plan-form__choices">
          {Unit.options.map((unit, index) => (
            <label key={unit} className="hp-plan-form__choice">
              <input
                id={index === 0 ? fieldId("unit") : undefined}
                type="radio"
                name="unit"
                value={unit}
                defaultChecked={values.unit === unit}
              />{" "}
              {UNIT_LABELS[unit]}
            </label>
          ))}
        </div>
      </fieldset>

      {textField("weeks", "How many weeks have you not run?", "numeric")}

      <div className={fieldClass("condition")}>
        <label htmlFor={fieldId("condition")}>What are you coming back from?</label>
        {error("condition")}
        <select
          id={fieldId("condition")}
          name="condition"
          defaultValue={PlanCondition.safeParse(values.condition).success ? values.condition : ""}
          aria-invalid={problem("condition") ? true : undefined}
          aria-describedby={described("condition")}
          className="hp-plan-form__input"
        >
          <option value="">Choose one</option>
          {PlanCondition.options.map((condition) => (
            <option key={condition} value={condition}>
              {CONDITION_LABELS[condition]}
            </option>
          ))}
        </select>
      </div>

      <button type="submit" className="hp-plan-form__button">
        Make my plan
      </button>
    </form>
  );
}
