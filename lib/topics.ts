import type { Topic } from "./content/schema";

/** How each topic is named on the hub and above an article's title. */
export const TOPIC_LABELS: Record<Topic, string> = {
  overview: "Start here",
  causes: "Causes",
  treatment: "Treatment and recovery",
  prevention: "Prevention",
  "risk-factors": "Risk factors",
  complications: "Complications",
  guide: "Getting help",
};
