import { z } from "zod";

import { IsoDate, SectionRef, Slug } from "./schema";

/** One sentence or short paragraph of inline Markdown with at least one `[@key]` citation (checked by the parser). */
const CitedText = z.string().trim().min(5).max(400);

/** A list a reader scans: a few cited items. */
const CitedList = z.array(CitedText).min(1).max(6);

/** One row of a programme's week table: the trial's dose for a block of weeks. */
export const WeekRow = z
  .object({
    /** First week of the block, counting from 1. */
    from: z.number().int().min(1),
    /** Last week of the block; the same as `from` for a single week. */
    to: z.number().int().min(1),
    exercise: z.string().trim().min(3).max(80),
    sets: z.number().int().min(1).max(10),
    reps: z.number().int().min(1).max(30),
    /** How heavy: body weight, or "12RM" with what it means. */
    load: z.string().trim().min(3).max(120),
    /** How often, in the trial's words: "every second day", "every day, twice a day". */
    days: z.string().trim().min(3).max(60),
    /** The works the dose comes from: every row is cited. */
    cite: z.array(Slug).min(1, { error: "every row needs the source of its dose; add cite: [key]" }),
  })
  .strict();
export type WeekRow = z.infer<typeof WeekRow>;

/** One way of doing the programme: its steps, drawings, week table and tick grid. */
export const ProgrammeOption = z
  .object({
    /** Part of the tick grid's ids and of the key its ticks are kept under. */
    id: Slug,
    title: z.string().trim().min(3).max(70),
    /** Who this option suits, in a sentence or two. */
    summary: CitedText,
    /** Drawings from `content/figures.yaml`. */
    figures: z.array(Slug).max(2).default([]),
    steps: z.array(CitedText).min(1).max(10),
    weeks: z.array(WeekRow).min(1).max(12),
    /** Boxes per week in the tick grid: one per session. */
    sessionsPerWeek: z.number().int().min(1).max(14),
    /** How the grid's boxes map to the trial's days, shown above it. */
    ticksNote: CitedText,
  })
  .strict();
export type ProgrammeOption = z.infer<typeof ProgrammeOption>;

/** A programme file, `content/programmes/<slug>.yaml` (see content/README.md, "Programmes"). */
export const ProgrammeFile = z
  .object({
    /** The page's H1. */
    title: z.string().trim().min(3).max(70),
    /** Meta description and the summary under the H1. */
    description: z.string().trim().min(50).max(160),
    reviewed: IsoDate,
    nextReview: IsoDate,
    /** The condition article's section this programme belongs to: the breadcrumb and "read more". */
    article: SectionRef,
    /** Conditions from `content/triage.yaml` whose signs the "when to stop" cards add. */
    conditions: z.array(Slug).default([]),
    /** The opening answer: what the programme is and where it comes from. */
    intro: CitedList,
    forWho: CitedList,
    notFor: CitedList,
    /** Triage items shown in full under "not for": see a doctor first. */
    notForSigns: z.array(Slug).min(1),
    needs: CitedList,
    /** One option, or two a reader chooses between. */
    options: z.array(ProgrammeOption).min(1).max(2),
    feel: CitedList,
    goingUp: CitedList,
    steppingBack: CitedList,
  })
  .strict()
  .refine((file) => file.nextReview > file.reviewed, { error: "must be after reviewed", path: ["nextReview"] });
export type ProgrammeFile = z.infer<typeof ProgrammeFile>;

/** A validated programme and its URL slug (the file name). */
export type Programme = ProgrammeFile & { slug: string };
