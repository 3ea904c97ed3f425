// Findings split by what they are: invalid input, unmet prerequisites, nonconformities. Counts by
// grade are of nonconformities only.
import type { Finding } from "../../model/finding.js";

export function byCategory<F extends Finding>(findings: F[]): { invalid: F[]; prerequisites: F[]; nonconformities: F[] } {
  return {
    invalid: findings.filter((f) => f.category === "invalid"),
    prerequisites: findings.filter((f) => f.category === "prerequisite"),
    nonconformities: findings.filter((f) => f.category === "nonconformity"),
  };
}
