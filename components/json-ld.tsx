import type { Graph } from "schema-dts";

/**
 * The only writer of JSON-LD. `JSON.stringify` does not escape `<`, so a
 * string such as `</script>` in the data could end the script element; it is
 * written as `\u003c` instead (Next.js JSON-LD guide).
 */
export function JsonLd({ graph }: { graph: Graph }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(graph).replace(/</g, "\\u003c") }}
    />
  );
}
